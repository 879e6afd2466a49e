"""Docs that cannot drift: the jq recipes run on the sample record, the schema page lists
every field."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jq
import pytest

from eventfacts.records import EventRecord
from eventfacts.serialize import dumps, json_schema

DOCS = Path(__file__).resolve().parent.parent / "docs"
RECIPE = re.compile(r"^eventfacts extract data/samples \| jq (?:-[rc] )?'(?P<program>.+)'$", re.M)
RECIPES = [m["program"] for m in RECIPE.finditer((DOCS / "usage.md").read_text(encoding="utf-8"))]


def test_there_are_at_least_ten_recipes() -> None:
    assert len(RECIPES) >= 10


@pytest.mark.parametrize("program", RECIPES)
def test_recipe_runs_on_the_sample_record(sample_record: EventRecord, program: str) -> None:
    results = jq.compile(program).input_value(json.loads(dumps(sample_record))).all()
    assert results, program
    assert any(r not in (None, [], {}, "") for r in results), program


def test_schema_page_lists_every_top_level_field() -> None:
    page = (DOCS / "schema.md").read_text(encoding="utf-8")
    for field in json_schema(EventRecord)["properties"]:
        assert f"`{field}`" in page


SHELL_RECIPE = re.compile(r"eventfacts extract \S+ \| jq (?:-[rc] )?'(?P<program>[^']+)'")


def _shell_recipes() -> list[str]:
    """Every jq program a user is shown: README, docs/usage.md and the commands' help."""
    from eventfacts import cli

    texts = [(DOCS.parent / "README.md").read_text(encoding="utf-8"), (DOCS / "usage.md").read_text("utf-8")]
    texts += [command.__doc__ or "" for command in (cli.extract, cli.docs, cli.merge)]
    return [m["program"] for text in texts for m in SHELL_RECIPE.finditer(text)]


def test_no_recipe_prints_null_for_a_missing_value(sample_record: EventRecord) -> None:
    """The samples have a quote nobody is named for: a recipe must say so, not print "null: ..."."""
    plain = json.loads(dumps(sample_record))
    assert any(q["speaker"] is None for q in plain["quotes"])
    programs = _shell_recipes()
    assert len(programs) > len(RECIPES)
    for program in programs:
        for result in jq.compile(program).input_value(plain).all():
            assert not (isinstance(result, str) and result.startswith("null")), (program, result)


def test_every_drop_reason_of_the_merge_is_documented() -> None:
    from eventfacts.reconcile import support

    page = " ".join((DOCS / "output.md").read_text(encoding="utf-8").split())
    assert f"`{support.REASON}`" in page


def test_fingerprint_hashes_the_utf8_of_each_four_words() -> None:
    import re
    import zlib

    from eventfacts.extract import SAMPLE_EVERY, fingerprint

    text = "Zoë Brandt of Łódź said the café on Rue Émile reopened; the ferry to Kelso sails at noon again."
    words = re.findall(r"[^\W_]+", text.casefold())
    expected = {zlib.crc32(" ".join(words[i : i + 4]).encode("utf-8")) for i in range(len(words) - 3)}
    assert fingerprint(text) == tuple(sorted(h for h in expected if h % SAMPLE_EVERY == 0))
    assert fingerprint(text)  # some four-word hashes are sampled

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

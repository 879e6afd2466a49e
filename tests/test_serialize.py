"""The one serializer: round trips, stable output, and the schema that cannot drift.

Regenerate docs/schema.json after changing eventfacts.records with: make schema
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from eventfacts.records import (
    CountMention,
    DocFacts,
    EntityMention,
    EventRecord,
    Evidence,
    QuoteMention,
    SourceInfo,
    SpeakerMention,
)
from eventfacts.serialize import dumps, from_json, from_plain, json_schema, to_plain

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "schema.json"


def test_checked_in_schema_equals_the_generated_one() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema(EventRecord)


def test_sample_record_validates_against_the_schema(sample_record: EventRecord) -> None:
    jsonschema.validate(json.loads(dumps(sample_record)), json_schema(EventRecord))


def test_docfacts_round_trip(sample_docs: list[DocFacts]) -> None:
    for doc in sample_docs:
        line = dumps(doc, compact=True)
        assert from_plain(DocFacts, json.loads(line)) == doc
        assert from_json(DocFacts, line) == doc
        assert dumps(from_json(DocFacts, line.encode("utf-8")), compact=True) == line


def test_a_line_without_the_fields_that_default_still_reads(sample_docs: list[DocFacts]) -> None:
    # a line written before an optional field existed, or with its default left out
    doc = sample_docs[0]
    optional = {
        f.name: f.default for f in dataclasses.fields(EntityMention) if f.default is not dataclasses.MISSING
    }
    plain = json.loads(dumps(doc, compact=True))
    assert optional and plain["entities"]
    for mention in plain["entities"]:
        for name in optional:
            mention.pop(name, None)
    read = from_json(DocFacts, json.dumps(plain))
    assert [m.text for m in read.entities] == [m.text for m in doc.entities]
    assert all(getattr(m, name) == default for m in read.entities for name, default in optional.items())


def test_whole_numbers_print_as_integers(sample_record: EventRecord) -> None:
    plain = to_plain(sample_record)
    assert all(isinstance(c["value"], int) for c in plain["counts"] if float(c["value"]).is_integer())


def test_a_malformed_line_is_refused_with_its_location(sample_docs: list[DocFacts]) -> None:
    with pytest.raises(ValueError, match=r"DocFacts\.source\.id: Expected `str`, got `int`"):
        from_plain(DocFacts, {"source": {"id": 3}})
    plain = json.loads(dumps(sample_docs[0], compact=True))
    plain["counts"][0]["value"] = "three"
    with pytest.raises(ValueError, match=r"DocFacts\.counts\[0\]\.value: Expected `float`, got `str`"):
        from_json(DocFacts, json.dumps(plain))
    with pytest.raises(ValueError, match=r"DocFacts: Object missing required field `source`"):
        from_json(DocFacts, "{}")
    with pytest.raises(ValueError, match="not JSON"):
        from_json(DocFacts, '{"source": ')


# A report of an invented flood, written for these tests: every kind of field a DocFacts line
# holds (records in tuples, optional records, literals, floats written as whole numbers,
# defaults left out).
FLOOD = "Floodwaters forced 340 families from Marlowe on Tuesday. \u201cWe lost everything,\u201d said Ines Carvalho."


def _ev(text: str) -> Evidence:
    start = FLOOD.index(text)
    return Evidence("flood", start, start + len(text), text)


FLOOD_FACTS = DocFacts(
    source=SourceInfo(
        "flood", "news/flood.txt", "Marlowe floods", None, "2025-03-04", "given", len(FLOOD), (), None
    ),
    entities=(
        EntityMention(
            "place", "Marlowe", "GPE", (), (), 0, False, _ev("Marlowe"), locative=True, before="from"
        ),
        EntityMention(
            "person", "Ines Carvalho", "PERSON", ("resident",), (), 1, False, _ev("Ines Carvalho"), age=61
        ),
    ),
    counts=(
        CountMention(340.0, None, None, "displaced", "families", "family", None, 0, _ev("340 families")),
        CountMention(
            2.5, "about", 12.0, "other", "metres", "metre", None, 0, _ev("Floodwaters"), previous=1.0
        ),
    ),
    quotes=(
        QuoteMention(
            "We lost everything,",
            False,
            False,
            SpeakerMention("Ines Carvalho", "Ines Carvalho", "name", _ev("Ines Carvalho")),
            "said",
            1,
            _ev("We lost everything,"),
            rule="said after the quote",
        ),
        QuoteMention("We lost", True, True, None, None, 1, _ev("We lost")),
    ),
)


def test_a_written_line_reads_back_as_the_same_records_with_the_same_types() -> None:
    line = dumps(FLOOD_FACTS, compact=True)
    back = from_plain(DocFacts, json.loads(line))
    assert back == FLOOD_FACTS
    # 340.0 is written as 340 and read back as a float, not an int that happens to compare equal.
    assert '"value":340,' in line and type(back.counts[0].value) is float
    assert type(back.counts[1].total) is float and back.counts[1].previous == 1.0
    assert back.quotes[1].speaker is None and back.quotes[0].speaker is not None
    assert back.entities[1].titles == ("resident",) and type(back.entities[1].titles) is tuple


def test_a_line_without_the_fields_that_have_defaults_reads_with_the_defaults() -> None:
    # A line of an older `eventfacts docs`, written before the later fields of its records.
    old = {
        "source": {
            "id": "flood",
            "path": "news/flood.txt",
            "title": None,
            "published": None,
            "reference_date": None,
            "reference_date_basis": None,
            "chars": 98,
            "dropped": [],
            "error": None,
        },
        "entities": [
            {
                "kind": "place",
                "text": "Marlowe",
                "label": "GPE",
                "titles": [],
                "aliases": [],
                "sentence": 0,
                "is_subject": False,
                "evidence": {"source": "flood", "start": 37, "end": 44, "text": "Marlowe"},
            }
        ],
    }
    doc = from_plain(DocFacts, old)
    assert doc.source.fingerprint == () and doc.source.url is None
    entity = doc.entities[0]
    assert (entity.locative, entity.age, entity.headline, entity.rules, entity.dep) == (
        False,
        None,
        False,
        (),
        None,
    )
    assert doc.counts == () and doc.title_cues == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda p: p["entities"][1]["evidence"].update(start="12"),
            r"^DocFacts\.entities\[1\]\.evidence\.start: Expected `int`, got `str`$",
        ),
        (
            lambda p: p["entities"][0].update(age=True),
            r"^DocFacts\.entities\[0\]\.age: Expected `int \| null`, got `bool`$",
        ),
        (
            lambda p: p["counts"][0].update(kind="drowned"),
            r"^DocFacts\.counts\[0\]\.kind: Invalid enum value 'drowned'$",
        ),
        (
            lambda p: p["counts"][1].update(total="twelve"),
            r"^DocFacts\.counts\[1\]\.total: Expected `float \| null`, got `str`$",
        ),
        (lambda p: p["source"].pop("path"), r"^DocFacts\.source: Object missing required field `path`$"),
        (
            lambda p: p["quotes"][0]["speaker"].update(evidence=[]),
            r"^DocFacts\.quotes\[0\]\.speaker\.evidence: Expected `object`, got `array`$",
        ),
        (
            lambda p: p["entities"][0].update(titles="resident"),
            r"^DocFacts\.entities\[0\]\.titles: Expected `array`, got `str`$",
        ),
        (
            lambda p: p["entities"][0].update(titles=["resident", 4]),
            r"^DocFacts\.entities\[0\]\.titles\[1\]: Expected `str`, got `int`$",
        ),
        (lambda p: p.update(quotes={}), r"^DocFacts\.quotes: Expected `array`, got `object`$"),
    ],
)
def test_a_mismatch_is_refused_with_the_path_to_it(
    change: Callable[[dict[str, Any]], object], message: str
) -> None:
    plain = json.loads(dumps(FLOOD_FACTS, compact=True))
    change(plain)
    with pytest.raises(ValueError, match=message):
        from_plain(DocFacts, plain)


@dataclass(frozen=True, slots=True)
class _Thread:
    """A record that holds records of its own type, as no record of eventfacts does yet."""

    text: str
    replies: tuple[_Thread, ...] = ()
    quoted: _Thread | None = None


def test_a_record_that_holds_its_own_type_reads_back() -> None:
    thread = _Thread("Bridge closed", (_Thread("Since when?", (_Thread("Noon"),)),), _Thread("Road works"))
    assert from_plain(_Thread, json.loads(dumps(thread))) == thread
    with pytest.raises(
        ValueError, match=r"^_Thread\.replies\[0\]\.replies\[0\]\.text: Expected `str`, got `null`$"
    ):
        from_plain(_Thread, {"text": "a", "replies": [{"text": "b", "replies": [{"text": None}]}]})

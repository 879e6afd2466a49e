"""The one serializer: round trips, stable output, and the schema that cannot drift.

Regenerate docs/schema.json after changing eventfacts.records with: make schema
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import jsonschema
import pytest

from eventfacts.records import DocFacts, EntityMention, EventRecord
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

"""The one serializer: round trips, stable output, and the schema that cannot drift.

Regenerate docs/schema.json after changing eventfacts.records with: make schema
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from eventfacts.records import DocFacts, EventRecord
from eventfacts.serialize import dumps, from_plain, json_schema, to_plain

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "docs" / "schema.json"


def test_checked_in_schema_equals_the_generated_one() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == json_schema(EventRecord)


def test_sample_record_validates_against_the_schema(sample_record: EventRecord) -> None:
    jsonschema.validate(json.loads(dumps(sample_record)), json_schema(EventRecord))


def test_docfacts_round_trip(sample_docs: list[DocFacts]) -> None:
    for doc in sample_docs:
        assert from_plain(DocFacts, json.loads(dumps(doc, compact=True))) == doc


def test_whole_numbers_print_as_integers(sample_record: EventRecord) -> None:
    plain = to_plain(sample_record)
    assert all(isinstance(c["value"], int) for c in plain["counts"] if float(c["value"]).is_integer())


def test_a_malformed_line_is_refused_with_its_location() -> None:
    with pytest.raises(ValueError, match=r"DocFacts\.source"):
        from_plain(DocFacts, {"source": {"id": 3}})

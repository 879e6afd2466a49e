"""End to end on data/samples: key facts, provenance of every evidence span, determinism.

These assert a handful of facts an editor would check, not a byte-exact snapshot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.records import DocFacts, EventRecord
from eventfacts.serialize import dumps, to_plain

from .conftest import SAMPLES


def _evidence(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        found = [node] if {"source", "start", "end", "text"} <= node.keys() else []
        return found + [e for value in node.values() for e in _evidence(value)]
    if isinstance(node, list):
        return [e for value in node for e in _evidence(value)]
    return []


def test_every_evidence_span_indexes_the_original_text(sample_record: EventRecord) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")}
    spans = _evidence(to_plain(sample_record))
    assert len(spans) > 200
    for span in spans:
        assert texts[span["source"]][span["start"] : span["end"]] == span["text"]


def test_docfacts_evidence_indexes_the_original_text(sample_docs: list[DocFacts]) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in SAMPLES.glob("*.txt")}
    for span in _evidence(to_plain(sample_docs)):
        assert texts[span["source"]][span["start"] : span["end"]] == span["text"]


def test_key_facts(sample_record: EventRecord) -> None:
    event = sample_record.event
    assert event.date is not None and event.date.value == "2021-11-07"
    assert event.location is not None and event.location.name in ("Baghdad", "Green Zone")
    injured = event.casualties.injured
    assert injured is not None and injured.value == 7 and injured.agreement == "conflict"
    assert {c.value for c in injured.claims} == {7, 6}
    assert event.casualties.killed is None  # the protester died in Friday's clashes, not in the attack
    people = {p.name: p for p in sample_record.people}
    kadhimi = next(p for p in sample_record.people if "Kadhimi" in p.name)
    assert len(kadhimi.sources) == 5 and "Al-Khadimi" in kadhimi.aliases
    assert "Susan Walsh" not in " ".join(people)
    quote = next(q for q in sample_record.quotes if q.text.startswith("I am fine and among my people"))
    assert quote.speaker is not None and quote.speaker.ref == kadhimi.id
    assert len(quote.sources) >= 3


def test_captions_teasers_and_the_appended_story_are_dropped(sample_record: EventRecord) -> None:
    reasons = {s.id: {d.reason for d in s.dropped} for s in sample_record.sources}
    assert "teaser for another story" in reasons["000_8888b476199a6f17"]
    assert "unrelated appended article" in reasons["002_bd44b5ef8647676d"]
    assert "caption or photo credit" in reasons["004_263e5c83ecafaaa9"]
    values = {c.value for c in sample_record.counts}
    assert not values & {92, 1_200_000, 60}


def test_reference_dates_come_from_the_other_sources(sample_record: EventRecord) -> None:
    assert {s.reference_date_basis for s in sample_record.sources} == {"other-sources"}
    assert {s.reference_date for s in sample_record.sources} == {"2021-11-07"}


def test_same_input_in_another_order_gives_the_same_bytes(nlp, sample_record: EventRecord) -> None:  # type: ignore[no-untyped-def]
    files = list(reversed(select_inputs([str(p) for p in sorted(Path(SAMPLES).glob("*.txt"))]).files))
    again = build_record(extract_docs(files, nlp=nlp))
    assert dumps(again) == dumps(sample_record)


def test_two_jobs_give_the_same_bytes(nlp, sample_record: EventRecord) -> None:  # type: ignore[no-untyped-def]
    files = select_inputs([str(SAMPLES)]).files
    parallel = build_record(extract_docs(files, nlp=nlp, jobs=2, batch_size=2))
    assert dumps(parallel) == dumps(sample_record)

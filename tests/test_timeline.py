"""A folder of articles about one shooting, written over four weeks: the incident's day and the
timeline of what followed, end to end (tests/data/timeline, written for this test)."""

from __future__ import annotations

from pathlib import Path

from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs

FOLDER = Path(__file__).resolve().parent / "data" / "timeline"


def test_the_incident_day_and_what_followed(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = list(extract_docs(select_inputs([str(FOLDER)]).files, nlp=nlp))
    record = build_record(docs)
    # each article's publication line, in four site styles, is its reference date
    assert {s.id: (s.reference_date, s.reference_date_basis) for s in record.sources} == {
        "01-first-report": ("2019-09-14", "text"),
        "02-arrest": ("2019-09-17", "text"),
        "03-victim-dies": ("2019-09-23", "text"),
        "04-charged": ("2019-10-08", "text"),
    }
    # the follow-ups' "Saturday night" and "Sept. 14" agree with the first report's "late Saturday"
    assert record.event.date is not None and record.event.date.value == "2019-09-14"
    assert [(t.date, t.kind) for t in record.timeline] == [
        ("2019-09-14", "incident"),
        ("2019-09-17", "arrest"),
        ("2019-09-22", "death"),
        ("2019-09-23", "vigil"),
        ("2019-09-28", "funeral"),
        ("2019-10-07", "charge"),
        ("2019-10-08", "court"),
    ]  # the hearing "scheduled for Nov. 12" has not happened: it is not on the timeline
    incident = record.timeline[0]
    assert incident.description == "Two men were shot late Saturday outside a diner on Route 9, police said."
    assert set(incident.sources) == {"01-first-report", "02-arrest", "03-victim-dies", "04-charged"}
    assert record.timeline[2].description.startswith("A man wounded in the Sept. 14 shooting")
    texts = {d.source.id: (FOLDER / f"{d.source.id}.txt").read_text() for d in docs}
    for entry in record.timeline:
        for ev in entry.evidence:
            assert texts[ev.source][ev.start : ev.end] == ev.text


UNDATED = Path(__file__).resolve().parent / "data" / "undated"


def test_undated_articles_date_each_other(nlp) -> None:  # type: ignore[no-untyped-def]
    """Three bare-text articles over nine days (tests/data/undated, written for this test): a
    copyright line states the year, a follow-up writes "Sunday, Oct. 14", and the last one's
    embedded post is the only full date. The first report's "early Sunday" is the incident's."""
    docs = list(extract_docs(select_inputs([str(UNDATED)]).files, nlp=nlp))
    record = build_record(docs)
    refs = {s.id: (s.reference_date, s.reference_date_basis) for s in record.sources}
    assert refs["03-court"] == ("2018-10-22", "text")  # the embedded post's day
    assert refs["01-first-report"][1] == refs["02-arrest"][1] == "other-sources"
    assert record.event.date is not None and record.event.date.value == "2018-10-14"
    assert set(record.event.date.sources) >= {"01-first-report", "02-arrest"}
    kinds = [(t.date, t.kind) for t in record.timeline]
    assert kinds[0] == ("2018-10-14", "incident")
    assert ("2018-10-17", "arrest") in kinds and ("2018-10-22", "court") in kinds
    assert [d for d, _ in kinds] == sorted(d for d, _ in kinds)

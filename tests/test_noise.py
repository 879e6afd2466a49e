"""Noise removal on articles written for this test (a plant fire in Ohio, three outlets).

Every noise passage must end up in a dropped span with a reason, and every body paragraph
must stay, whether the pattern rules or the cross-source support check does the work.
"""

from __future__ import annotations

from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.records import EventRecord

from .conftest import DATA

FOLDER = DATA / "noise"

NOISE = [
    ("wire", "Workers at the Apex Polymers plant in Marion, Ohio, leave after a shift."),
    ("wire", "(Paul Vernon / Associated Press)"),
    ("wire", "A new poll shows most voters want lower property taxes ahead of the spring ballot."),
    ("wire", "March 12, 2024"),
    (
        "wire",
        "Sign up for our morning newsletter to get the top headlines delivered to your inbox every weekday.",
    ),
    (
        "local",
        "FILE PHOTO: Smoke rises over the Apex Polymers plant in Marion, Ohio. REUTERS/Kim Lee/File Photo",
    ),
    ("local", "Local Team Wins State Title"),
    (
        "local",
        "The Marion Harding Presidents beat Toledo Central 3-1 in the state basketball final on Saturday",
    ),
    ("local", "Coach Mike Treadway said the win capped the best season in the school's history."),
    ("local", "Source: Marion Star and news agencies"),
    (
        "radio",
        "Listen to our weekend jazz programme every Saturday from nine, with classic recordings from the fifties.",
    ),
    ("radio", "Additional reporting by Sam Ortiz"),
]
BODY = [
    ("wire", "A fire at a chemical plant in Marion, Ohio, killed two workers"),
    ("wire", "Fire Chief Dana Ruiz said crews spent six hours"),
    ("wire", "The crews did everything they could"),
    ("wire", "The cause of the fire was not known."),
    ("wire", "Apex Polymers said it was cooperating with investigators"),
    ("wire", "Residents within a mile of the plant"),
    ("local", "Firefighters from four towns fought the blaze"),
    ("local", "The plant makes plastic pellets for packaging"),
    ("local", "The company said it would pay for the funerals"),
    ("radio", "Five other workers were taken to hospital"),
    ("radio", "Investigators from the state fire marshal's office"),
    ("radio", "Apex Polymers, which employs about 300 people"),
]


def _record(nlp) -> EventRecord:  # type: ignore[no-untyped-def]
    return build_record(extract_docs(select_inputs([str(FOLDER)]).files, nlp=nlp))


def _dropped_text(record: EventRecord) -> dict[str, list[tuple[str, str]]]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in FOLDER.glob("*.txt")}
    return {s.id: [(texts[s.id][d.start : d.end], d.reason) for d in s.dropped] for s in record.sources}


def test_every_noise_passage_is_dropped_with_a_reason(nlp) -> None:  # type: ignore[no-untyped-def]
    dropped = _dropped_text(_record(nlp))
    for source, passage in NOISE:
        assert any(passage in text and reason for text, reason in dropped[source]), (source, passage)


def test_every_body_paragraph_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    dropped = _dropped_text(_record(nlp))
    for source, passage in BODY:
        assert not any(passage in text for text, _ in dropped[source]), (source, passage)


def test_nothing_is_extracted_from_dropped_passages(nlp) -> None:  # type: ignore[no-untyped-def]
    record = _record(nlp)
    names = {p.name for p in record.people}
    assert "Mike Treadway" not in names and "Jalen Brooks" not in names and "Paul Vernon" not in names
    assert "Dana Ruiz" in names
    assert record.event.casualties.killed is not None and record.event.casualties.killed.value == 2

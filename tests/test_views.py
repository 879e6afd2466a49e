"""The human views show the timeline: the table view as a table of developments, the HTML page
as a table whose links lead to the evidence in each source's text (tests/data/timeline)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.records import EventRecord
from eventfacts.views import record_html, record_table

FOLDER = Path(__file__).resolve().parent / "data" / "timeline"


@pytest.fixture(scope="module")
def timeline_record(nlp) -> EventRecord:  # type: ignore[no-untyped-def]
    return build_record(extract_docs(select_inputs([str(FOLDER)]).files, nlp=nlp))


def test_the_table_view_lists_each_development_by_date(timeline_record: EventRecord) -> None:
    table = record_table(timeline_record, width=160)
    assert "Timeline" in table
    section = table.split("Timeline", 1)[1].split("Counts", 1)[0]
    rows = [(e.date, e.kind) for e in timeline_record.timeline]
    positions = [section.find(f"{day}") for day, _ in rows]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    for _, kind in rows:
        assert kind in section


def test_the_html_timeline_links_to_evidence_in_the_page(timeline_record: EventRecord) -> None:
    texts = {s.id: (FOLDER / f"{s.id}.txt").read_text() for s in timeline_record.sources}
    page = record_html(timeline_record, texts)
    section = page.split("<h2>Timeline</h2>", 1)[1].split("</table>", 1)[0]
    assert section.count("<tr>") == len(timeline_record.timeline) + 1  # a header row, one per entry
    targets = re.findall(r"href='#(ev-[^']+)'", section)
    assert targets and all(f"id='{t}'" in page for t in targets)


def test_no_timeline_no_section() -> None:
    record = build_record([])
    assert "Timeline" not in record_table(record) and "<h2>Timeline</h2>" not in record_html(record, {})


def test_evidence_in_the_first_sentence_of_a_text_keeps_its_first_letter(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stories = {
        "first": "HARTWELL, Georgia — Three people were killed when a grain silo collapsed on a farm "
        "outside town on Tuesday, the county coroner said.",
        "second": "HARTWELL, Georgia — Four people were killed when a grain silo collapsed on a farm "
        "outside town on Tuesday, the sheriff said.",
    }
    for name, text in stories.items():
        (tmp_path / f"{name}.txt").write_text(text + "\n")
    record = build_record(extract_docs(select_inputs([str(tmp_path)]).files, nlp=nlp))
    assert record.conflicts, "the two counts of the dead disagree"
    page = record_html(record, {name: text + "\n" for name, text in stories.items()})
    conflicts = page.split("<h2>Conflicts</h2>", 1)[1]
    assert "HARTWELL, Georgia — Three people were killed" in conflicts
    assert "ARTWELL" not in conflicts.replace("HARTWELL", "")

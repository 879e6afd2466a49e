"""Two undated articles about one event fix each other's year, end to end."""

from __future__ import annotations

from pathlib import Path

from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs

WIRE = """Tornado kills three in Oklahoma town

A tornado tore through the town of Elk Creek early Saturday, killing three people and destroying
dozens of homes, the county sheriff said.

It was the deadliest storm in the county since a tornado in 2019 killed two people.

Residents had been warned on Friday that severe storms were likely.
"""

LOCAL = """Elk Creek begins to clean up

Volunteers arrived in Elk Creek on Sunday to help residents whose homes were destroyed when a
tornado struck the town on 15 April.

The mayor said the town would hold a memorial service next Friday.
"""


def test_two_undated_articles_fix_each_others_year(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "wire.txt").write_text(WIRE)
    (tmp_path / "local.txt").write_text(LOCAL)
    record = build_record(extract_docs(select_inputs([str(tmp_path)]).files, nlp=nlp))
    # 15 April fell on a Saturday in 2023, the first such year from 2019, the latest year mentioned.
    assert {s.id: s.reference_date for s in record.sources} == {"local": "2023-04-16", "wire": "2023-04-15"}
    assert {s.reference_date_basis for s in record.sources} == {"other-sources"}
    assert record.event.date is not None
    assert (record.event.date.value, record.event.date.time_of_day) == ("2023-04-15", "early")
    values = {d.value for d in record.dates}
    assert {"2023-04-14", "2019"} <= values  # the warning on Friday; the earlier tornado
    assert "2023-04-21" in values  # "next Friday" points ahead


def test_a_given_reference_date_overrides_everything(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    (tmp_path / "wire.txt").write_text(WIRE)
    files = select_inputs([str(tmp_path)]).files
    record = build_record(
        extract_docs(files, nlp=nlp, reference_date=date(2024, 5, 5)), reference_date=date(2024, 5, 5)
    )
    assert record.sources[0].reference_date_basis == "given"
    assert record.event.date is not None and record.event.date.value == "2024-05-04"

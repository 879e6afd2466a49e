"""Splitting a mixed folder into events (issue 10), on articles written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from eventfacts.cli import app
from eventfacts.errors import ExitCode
from eventfacts.ingest import select_inputs
from eventfacts.pipeline import extract_docs
from eventfacts.reconcile import build_record, build_records

from .conftest import DATA, SAMPLES

EVENTS = DATA / "events"


def _docs(nlp, *folders: Path):  # type: ignore[no-untyped-def]
    return list(extract_docs(select_inputs([str(f) for f in folders]).files, nlp=nlp))


def _group(source_id: str) -> str:
    name = Path(source_id).name
    return "samples" if name[0].isdigit() else name[0]


def test_samples_and_three_other_events_split_into_four(nlp) -> None:  # type: ignore[no-untyped-def]
    records = build_records(_docs(nlp, SAMPLES, EVENTS))
    groups = [sorted({_group(s.id) for s in r.sources}) for r in records]
    assert sorted(groups) == [["f"], ["q"], ["s"], ["samples"]]
    assert [len(r.sources) for r in records] == [5, 4, 4, 4]
    assert records[0].event.date is not None and records[0].event.date.value == "2021-11-07"


def test_two_shootings_in_one_city_on_one_night_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    records = build_records(_docs(nlp, DATA / "nearmiss"))
    assert sorted(sorted(Path(s.id).name for s in r.sources) for r in records) == [
        ["bar1", "bar2"],
        ["gas1", "gas2"],
    ]


def test_one_event_is_one_record_without_a_warning(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = _docs(nlp, SAMPLES)
    assert len(build_records(docs)) == 1
    assert build_record(docs).warnings == ()


def test_a_mixed_folder_without_split_warns_with_the_outliers(nlp) -> None:  # type: ignore[no-untyped-def]
    record = build_record(_docs(nlp, SAMPLES, EVENTS / "fire"))
    (warning,) = record.warnings
    assert "more than one event" in warning and "f1" in warning and "000_8888b476199a6f17" not in warning


def test_split_on_the_command_line_prints_json_lines(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from eventfacts import pipeline

    monkeypatch.setattr(pipeline, "load_model", lambda name=None: nlp)
    result = CliRunner().invoke(app, ["extract", str(EVENTS), "--split"])
    assert result.exit_code == ExitCode.OK
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert all(json.loads(line)["schema_version"] == "1" for line in lines)

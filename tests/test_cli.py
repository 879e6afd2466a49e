"""The command line: stdout holds JSON only, each exit code, help everywhere, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventfacts import __version__, pipeline
from eventfacts.cli import app
from eventfacts.errors import ExitCode

from .conftest import SAMPLES

runner = CliRunner()


@pytest.fixture(autouse=True)
def _shared_model(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Load the model once for all CLI tests instead of once per invocation."""
    real = pipeline.load_model

    def load(name: str | None = None):  # type: ignore[no-untyped-def]
        return nlp if name is None else real(name)

    monkeypatch.setattr(pipeline, "load_model", load)


def _article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


STORY = (
    "Bridge collapse kills two in Pittsburgh\n\n"
    "A bridge collapsed in Pittsburgh early Friday, killing two drivers, Mayor Ed Gainey said.\n\n"
    "\u201cWe are lucky it was not rush hour,\u201d Gainey told reporters.\n"
)


def test_extract_prints_one_json_document_and_nothing_else(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    result = runner.invoke(app, ["extract", str(tmp_path), "--compact", "--reference-date", "2022-01-28"])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout.count("\n") == 1
    record = json.loads(result.stdout)
    assert record["event"]["date"]["value"] == "2022-01-28"
    assert record["quotes"][0]["speaker"]["name"] == "Ed Gainey"


def test_bad_files_are_reported_on_their_source_and_the_rest_is_processed(tmp_path: Path) -> None:
    _article(tmp_path, "good.txt", STORY)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\n\x00\x01binary")
    (tmp_path / "latin.txt").write_bytes(
        "Caf\u00e9 fire\n\nThe caf\u00e9 burned on Monday.\n".encode("cp1252")
    )
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 4)
    result = runner.invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == ExitCode.PARTIAL_FAILURE
    assert "3 of 5 articles could not be used" in result.stderr
    sources = {s["id"]: s for s in json.loads(result.stdout)["sources"]}
    assert sources["empty"]["error"] == "empty file"
    assert sources["scan"]["error"].startswith("binary file")
    assert sources["noise"]["error"]
    assert sources["latin"]["error"] is None and sources["good"]["error"] is None
    assert all("\n" not in (s["error"] or "") for s in sources.values())


def test_no_usable_article_exits_1_with_the_record_on_stdout(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(tmp_path / "empty.txt")])
    assert result.exit_code == ExitCode.NO_USABLE_INPUT
    assert json.loads(result.stdout)["sources"][0]["error"] == "empty file"
    assert result.stderr.count("\n") == 1


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(app, ["extract", str(tmp_path)]).exit_code == ExitCode.USAGE  # empty folder
    bad_date = runner.invoke(app, ["extract", str(SAMPLES), "--reference-date", "7 Nov"])
    assert bad_date.exit_code == ExitCode.USAGE and bad_date.stdout == ""
    assert "YYYY-MM-DD" in bad_date.stderr
    assert runner.invoke(app, ["extract", str(SAMPLES), "--jobs", "0"]).exit_code == ExitCode.USAGE


def test_missing_model_exits_3_with_an_install_hint(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    result = runner.invoke(app, ["extract", str(tmp_path), "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == ExitCode.NO_MODEL
    assert result.stdout == ""
    assert "pip install" in result.stderr and result.stderr.count("\n") == 1


def test_merge_refuses_what_docs_did_not_write_with_exit_4(tmp_path: Path) -> None:
    bad = _article(tmp_path, "bad.jsonl", '{"not": "docfacts"}\n')
    result = runner.invoke(app, ["merge", str(bad)])
    assert result.exit_code == ExitCode.BAD_DOCFACTS
    assert "bad.jsonl:1" in result.stderr and result.stdout == ""


def test_unwritable_output_exits_5(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    result = runner.invoke(
        app, ["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "no" / "dir" / "x.json")]
    )
    assert result.exit_code == ExitCode.OUTPUT_ERROR


def test_an_unexpected_error_is_one_line_not_a_traceback(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import eventfacts.reconcile as reconcile

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(reconcile, "build_record", broken)
    result = runner.invoke(app, ["merge", str(_article(tmp_path, "empty.jsonl", ""))])
    assert result.exit_code == ExitCode.INTERNAL_ERROR
    assert "Traceback" not in result.stderr and "boom" in result.stderr


def test_output_file_is_written_and_stdout_stays_empty(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    target = tmp_path / "record.json"
    target.write_text("old")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(target)])
    assert result.exit_code == ExitCode.OK and result.stdout == ""
    assert json.loads(target.read_text())["schema_version"] == "1"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_docs_then_merge_equals_extract() -> None:
    extracted = runner.invoke(app, ["extract", str(SAMPLES)])
    docs = runner.invoke(app, ["docs", str(SAMPLES)])
    assert docs.exit_code == ExitCode.OK
    assert len(docs.stdout.splitlines()) == 5
    merged = runner.invoke(app, ["merge", "-"], input=docs.stdout)
    assert merged.exit_code == ExitCode.OK
    assert merged.stdout == extracted.stdout


def test_schema_command_prints_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert json.loads(result.stdout)["title"] == "EventRecord"


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"eventfacts {__version__}"


@pytest.mark.parametrize("command", ["extract", "docs", "merge", "schema"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.stdout and "jq" in result.stdout


def test_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import eventfacts.reconcile as reconcile

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(reconcile, "build_record", interrupted)
    result = runner.invoke(app, ["merge", str(_article(tmp_path, "empty.jsonl", ""))])
    assert result.exit_code == ExitCode.INTERRUPTED == 130
    assert result.stderr.strip() == "eventfacts: interrupted"


def test_table_view_fits_100_columns(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    result = runner.invoke(
        app, ["extract", str(tmp_path), "--format", "table", "--reference-date", "2022-01-28"]
    )
    assert result.exit_code == ExitCode.OK
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    assert any("Ed Gainey" in line for line in lines) and "When: 2022-01-28" in result.stdout


def test_html_view_is_one_self_contained_page(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "html"])
    assert result.exit_code == ExitCode.OK
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert "class='quote'" in page and "class='dropped'" in page


def test_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLES), "--format", "xml"])
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""


def test_quiet_and_verbose(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    quiet = runner.invoke(app, ["extract", str(tmp_path), "--quiet"])
    assert quiet.exit_code == ExitCode.OK and quiet.stderr == ""
    verbose = runner.invoke(app, ["extract", str(tmp_path), "--verbose"])
    assert "notes.docx: skipped" in verbose.stderr and "a: " in verbose.stderr


def test_help_documents_exit_codes_and_completion() -> None:
    result = runner.invoke(app, ["--help"])
    flat = " ".join(result.stdout.split())
    assert "Exit codes" in flat and "130 interrupted" in flat
    assert "--install-completion" in result.stdout


def test_max_chars_truncates_and_says_so(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY * 40)
    result = runner.invoke(app, ["extract", str(tmp_path), "--max-chars", "2000"])
    assert result.exit_code == ExitCode.OK
    (source,) = json.loads(result.stdout)["sources"]
    assert source["chars"] <= 2000 and source["warnings"][0].startswith("truncated to")


def test_event_location_is_the_narrower_place_within_the_city(tmp_path: Path) -> None:
    _article(
        tmp_path,
        "a.txt",
        "Two killed outside bar\n\nA gunman opened fire outside a crowded bar in Dayton's Oregon District "
        "late Saturday, killing two men, police said.\n",
    )
    result = runner.invoke(app, ["extract", str(tmp_path), "--reference-date", "2024-02-11"])
    location = json.loads(result.stdout)["event"]["location"]
    assert (location["name"], location["kind"], location["within"][0]) == (
        "Oregon District",
        "neighbourhood",
        "Dayton",
    )
    assert (location["city"]["name"], location["region"]["name"]) == ("Dayton", "Ohio")


def test_verbose_shows_dropped_name_candidates(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Fire at a warehouse\n\nJerome Tate, aka Little Jay, 19, was arrested Friday after the fire.\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(tmp_path), "--verbose"])
    assert result.exit_code == 0
    assert "dropped person 'Little Jay' (nickname)" in result.stderr
    people = [p["name"] for p in json.loads(result.stdout)["people"]]
    assert "Little Jay" not in people and "Jerome Tate" in people

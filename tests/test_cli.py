"""The command line: stdout holds JSON only, each exit code, help everywhere, bad files."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from eventfacts import __version__, annotate, pipeline
from eventfacts.cli import app
from eventfacts.errors import ExitCode

from .conftest import DATA, SAMPLES

runner = CliRunner()


@pytest.fixture(autouse=True)
def _shared_model(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """Load the model once for all CLI tests instead of once per invocation."""
    real = pipeline.load_model

    def load(name: str | None = None):  # type: ignore[no-untyped-def]
        return nlp if name is None else real(name)

    monkeypatch.setattr(pipeline, "load_model", load)
    monkeypatch.setattr(annotate, "load_model", load)  # the command loads it from there


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


def test_merge_imports_no_spacy(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Reconciling saved lines needs no model: a title's place cues travel in the line."""
    import subprocess
    import sys

    from eventfacts.extract import doc_facts
    from eventfacts.records import Article, CleanArticle
    from eventfacts.serialize import dumps

    text = "A man was shot in Medford on Friday. He had driven there from Ashland, police said."
    article = Article(id="a", path="a.json", text=text, format="json", title="Driver shot in Ashland")
    facts = doc_facts(CleanArticle(article, text, ()), nlp(text))
    assert facts.title_cues
    lines = _article(tmp_path, "a.jsonl", dumps(facts, compact=True) + "\n")
    run = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "eventfacts", "merge", str(lines)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == ExitCode.OK and json.loads(run.stdout)["sources"][0]["id"] == "a"
    imported = [line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines() if "|" in line]
    assert "eventfacts.reconcile" in imported
    assert not [m for m in imported if m.split(".")[0] in ("spacy", "thinc")]


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


# ---------------------------------------------------------------------------------------------
# -o writes through what is not a regular file


def test_output_through_a_symlink_writes_its_target(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    (tmp_path / "records").mkdir()
    target = tmp_path / "records" / "latest.json"
    target.write_text("old")
    link = tmp_path / "record.json"
    link.symlink_to(target)
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(link)])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert link.is_symlink() and link.resolve() == target
    assert json.loads(target.read_text())["schema_version"] == "1"


def test_output_to_an_open_descriptor_writes_through_it(tmp_path: Path) -> None:
    """What `-o /dev/stdout` does when the shell sent stdout to a file: the link leads through
    /proc to a descriptor, and the file open on it must get the record, not a new file by its
    name. A link of our own to a descriptor of our own stands in for /dev/stdout here."""
    _article(tmp_path, "a.txt", STORY)
    with open(tmp_path / "captured.json", "w+", encoding="utf-8") as captured:
        link = tmp_path / "stdout"
        link.symlink_to(f"/proc/self/fd/{captured.fileno()}")
        result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(link), "--compact"])
        assert result.exit_code == ExitCode.OK, result.stderr
        assert link.is_symlink()
        captured.seek(0)
        assert json.loads(captured.read())["schema_version"] == "1"


def test_output_to_a_fifo_writes_into_it(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    pipe = tmp_path / "record.pipe"
    os.mkfifo(pipe)
    received: list[str] = []

    def read() -> None:
        with open(pipe, encoding="utf-8") as handle:
            received.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(pipe), "--compact"])
    reader.join(timeout=20)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert json.loads(received[0])["quotes"][0]["speaker"]["name"] == "Ed Gainey"


def test_output_to_a_device_writes_to_the_device(tmp_path: Path) -> None:
    """Root makes a null device of its own here, so the test never touches /dev/null's node;
    anyone else writes to /dev/null (where an atomic replace could only fail)."""
    _article(tmp_path, "a.txt", STORY)
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except PermissionError:
        device = Path("/dev/null")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "-o", str(device)])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert stat.S_ISCHR(device.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["a.txt", *([device.name] * (device.parent == tmp_path))]
    )


# ---------------------------------------------------------------------------------------------
# Inputs that stopped the run


def test_deeply_nested_json_fails_its_source_and_the_rest_is_read(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    deep = "[" * 1200 + "]" * 1200
    _article(
        tmp_path, "b.json", f'{{"title": "Dam holds", "text": "The dam held overnight.", "meta": {deep}}}'
    )
    extracted = runner.invoke(app, ["extract", str(tmp_path)])
    assert extracted.exit_code == ExitCode.PARTIAL_FAILURE, extracted.stderr
    sources = {s["id"]: s["error"] for s in json.loads(extracted.stdout)["sources"]}
    assert sources == {"a": None, "b": "JSON nested too deeply to read"}
    assert json.loads(extracted.stdout)["quotes"][0]["speaker"]["name"] == "Ed Gainey"
    lines = runner.invoke(app, ["docs", str(tmp_path)])
    assert lines.exit_code == ExitCode.PARTIAL_FAILURE, lines.stderr
    errors = [json.loads(line)["source"]["error"] for line in lines.stdout.splitlines()]
    assert errors == [None, "JSON nested too deeply to read"]


def test_a_fifo_named_on_the_command_line_is_read_once(tmp_path: Path) -> None:
    """The HTML report shows evidence in its text: a FIFO's text is gone once read, so the
    report must not open it again, where it would wait for a writer forever."""
    pipe = tmp_path / "story.txt"
    os.mkfifo(pipe)
    results: list[Result] = []

    def write_story() -> None:
        with open(pipe, "w", encoding="utf-8") as out:
            out.write(STORY)

    def run() -> None:
        results.append(runner.invoke(app, ["extract", str(pipe), "--format", "html"]))

    threading.Thread(target=write_story, daemon=True).start()
    command = threading.Thread(target=run, daemon=True)
    command.start()
    command.join(timeout=60)
    waited = command.is_alive()
    if waited:  # on a second read: give it an end of file so that the thread ends
        with open(pipe, "w", encoding="utf-8"):
            pass
        command.join()
    assert not waited
    assert results[0].exit_code == ExitCode.OK, results[0].stderr
    assert "Ed Gainey" in results[0].stdout and "class='quote'" in results[0].stdout


def test_a_missing_path_exits_2_and_makes_up_no_source(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""
    assert result.stderr == f"eventfacts: {tmp_path / 'b.txt'}: no such file or directory\n"


def test_a_wrong_type_of_text_field_is_named_on_the_source(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    _article(tmp_path, "b.json", '{"title": 42, "text": ["The dam held", "overnight."]}')
    result = runner.invoke(app, ["extract", str(tmp_path)])
    errors = {s["id"]: s["error"] for s in json.loads(result.stdout)["sources"]}
    assert errors["b"] == "JSON article's text field (text) is a list, not a string"


def test_an_impossible_reference_date_says_the_day_is_wrong(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    result = runner.invoke(app, ["extract", str(tmp_path), "--reference-date", "2021-02-30"])
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""
    assert "day is out of range for month" in result.stderr and "YYYY-MM-DD" not in result.stderr


def test_more_jobs_than_cores_are_capped_with_a_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _article(tmp_path, "a.txt", STORY)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    asked: list[int] = []
    real = pipeline.extract_docs

    def spy(files, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(kwargs["jobs"])
        return real(files, **kwargs)

    monkeypatch.setattr(pipeline, "extract_docs", spy)
    result = runner.invoke(app, ["extract", str(tmp_path), "--jobs", "64"])
    assert result.exit_code == ExitCode.OK, result.stderr
    assert asked == [2]
    assert result.stderr == "eventfacts: --jobs 64 capped at 2, the number of cores\n"
    quiet = runner.invoke(app, ["docs", str(tmp_path), "--jobs", "64", "-q"])
    assert quiet.exit_code == ExitCode.OK and quiet.stderr == "" and asked == [2, 2]


def test_the_table_uses_a_wide_terminal(tmp_path: Path) -> None:
    _article(tmp_path, "a.txt", STORY)
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "table"], env={"COLUMNS": "160"})
    assert result.exit_code == ExitCode.OK
    assert max(len(line) for line in result.stdout.splitlines()) == 160


def test_merge_takes_quiet() -> None:
    """A fire beside a quake: the record's mixed-events warning is what --quiet holds back."""
    events = DATA / "events"
    lines = runner.invoke(
        app, ["docs", str(events / "fire"), *(str(events / "quake" / f"q{i}.txt") for i in (1, 2))]
    ).stdout
    loud = runner.invoke(app, ["merge", "-"], input=lines)
    assert (
        loud.exit_code == ExitCode.OK and "warning: the articles seem to report more than one" in loud.stderr
    )
    quiet = runner.invoke(app, ["merge", "-", "-q"], input=lines)
    assert quiet.exit_code == ExitCode.OK and quiet.stderr == ""
    assert quiet.stdout == loud.stdout

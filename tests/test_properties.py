"""Property tests (hypothesis): no input makes the tool raise, and the output always validates.

The profile is fixed (derandomized, bounded examples, no deadline) so CI time is bounded and
runs are repeatable.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from eventfacts import formats
from eventfacts.annotate import annotate
from eventfacts.clean import clean
from eventfacts.cli import app
from eventfacts.errors import ExitCode
from eventfacts.extract import doc_facts
from eventfacts.ingest import decode
from eventfacts.reconcile import build_record
from eventfacts.records import Article, EventRecord
from eventfacts.serialize import dumps, json_schema

PROFILE = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
SCHEMA = json_schema(EventRecord)
FRAGMENTS = [
    "Police said two people were killed on Friday.",
    "\u201cWe will rebuild,\u201d Mayor Ana Silva said.",
    "Photo: a street in Riverton. (Jane Roe / Agency)",
    "The council met on 3 March 2024 in Riverton.",
    "At least 12 homes were destroyed, officials told reporters.",
    "Nov. 7, 2021",
    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \U0001f525\U0001f30a",
    "\u202eright-to-left override\u202c and \u200bzero width",
    "\x07\x1b[31mcontrol\x1b[0m characters\x0c",
    '"unbalanced quote and \u201canother',
]


def _record(nlp, texts: list[str]) -> EventRecord:  # type: ignore[no-untyped-def]
    items = [clean(Article(id=f"s{i}", path=f"s{i}.txt", text=t, title=None)) for i, t in enumerate(texts)]
    docs = [doc_facts(item, doc) for item, doc in annotate(items, nlp)]
    return build_record(docs, reference_date=date(2024, 3, 12))


def _check(record: EventRecord, texts: list[str]) -> None:
    plain = json.loads(dumps(record))
    jsonschema.validate(plain, SCHEMA)
    sources = {f"s{i}": t for i, t in enumerate(texts)}
    for kind in ("people", "organizations", "places", "dates", "quotes"):
        for item in plain[kind]:
            for ev in item["evidence"]:
                assert sources[ev["source"]][ev["start"] : ev["end"]] == ev["text"]


@PROFILE
@given(st.text(min_size=1, max_size=600))
def test_any_unicode_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _check(_record(nlp, [text]), [text])


@PROFILE
@given(
    st.lists(
        st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map("\n\n".join), min_size=1, max_size=4
    )
)
def test_random_article_sets(nlp, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    _check(_record(nlp, texts), texts)


@PROFILE
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_get_a_reason(data: bytes) -> None:
    decoded = decode(data)
    if decoded.problem is None:
        assert isinstance(decoded.text, str) and decoded.text.strip()
    else:
        assert decoded.text == "" and "\n" not in decoded.problem


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=12,
)
ARTICLE_KEYS = st.sampled_from(
    ["title", "text", "maintext", "body", "date", "date_publish", "url", "content"]
)


@PROFILE
@given(st.dictionaries(ARTICLE_KEYS, JSON_VALUES, max_size=6) | JSON_VALUES)
def test_json_reader_accepts_or_refuses_with_a_reason(value: object) -> None:
    try:
        parsed = formats.parse_json(json.dumps(value))
    except formats.FormatError as exc:
        assert "\n" not in str(exc)
    else:  # an article with an empty text field is read from its title alone (docs/output.md)
        assert parsed.text.strip() or (parsed.title or "").strip()


@PROFILE
@given(st.text(max_size=200))
def test_json_reader_on_arbitrary_text(text: str) -> None:
    with contextlib.suppress(formats.FormatError):
        formats.parse_json(text)
    assert formats.detect(text) in ("json", "jsonl", "html", "text")


# ---------------------------------------------------------------------------------------------
# The command line on folders of hostile files


GOOD_STORY = (
    "Crane collapse kills worker in Halifax\n\n"
    "A construction crane collapsed onto a street in downtown Halifax on Thursday, killing one "
    "worker, Mayor Andy Fillmore said.\n\n"
    "\u201cThis is a dark day for our city,\u201d Fillmore told reporters at the site.\n"
)
SUFFIXES = st.sampled_from([".txt", ".md", ".json", ".jsonl", ".html", ".csv", ""])


def _nested(depth: int, bracket: str) -> str:
    close = "]" if bracket == "[" else "}"
    inner = '{"k": ' if bracket == "{" else "["
    return inner * depth + "0" * (bracket == "{") + close * depth


@st.composite
def _hostile_entry(draw: st.DrawFn) -> tuple[str, str, bytes]:
    """(kind, suffix, content) of one entry of the folder."""
    kind = draw(
        st.sampled_from(["bytes", "empty", "binary", "nested", "fifo", "symlink", "dangling", "folder"])
    )
    suffix = draw(SUFFIXES)
    content = b""
    if kind == "bytes":
        content = draw(st.binary(min_size=1, max_size=300))
    elif kind == "binary":
        content = draw(st.sampled_from([b"%PDF-1.5\n", b"\x89PNG\r\n\x1a\n", b"\x1f\x8b\x08"]))
        content += draw(st.binary(max_size=200))
    elif kind == "nested":
        depth = draw(st.integers(min_value=0, max_value=3000))
        where = draw(st.sampled_from(["extra", "text", "title", "top"]))
        value = _nested(depth, draw(st.sampled_from(["[", "{"])))
        if where == "top":
            content = value.encode()
        else:
            fields = {
                "title": '"Crane"',
                "text": '"The crane fell on Thursday, the mayor said."',
                where: value,
            }
            content = ("{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}").encode()
    return kind, suffix, content


def _make(folder: Path, index: int, kind: str, suffix: str, content: bytes) -> None:
    path = folder / f"e{index:02d}{suffix}"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "symlink":
        path.symlink_to(folder / "a-good.txt")
    elif kind == "dangling":
        path.symlink_to(folder / f"gone{index}.txt")
    elif kind == "folder":  # a folder named like a file, holding an article of its own
        path.mkdir()
        (path / "inner.txt").write_text(GOOD_STORY.replace("Halifax", "Moncton"), encoding="utf-8")
    else:
        path.write_bytes(content)


@pytest.fixture
def shared_model(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from eventfacts import annotate

    monkeypatch.setattr(annotate, "load_model", lambda name=None: nlp)  # what the command loads


@settings(PROFILE, max_examples=25)
@given(st.lists(_hostile_entry(), max_size=6))
def test_a_folder_of_hostile_files_never_breaks_the_run(
    shared_model: None, entries: list[tuple[str, str, bytes]]
) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "a-good.txt").write_text(GOOD_STORY, encoding="utf-8")
        for index, entry in enumerate(entries):
            _make(folder, index, *entry)
        result = CliRunner().invoke(app, ["extract", str(folder), "--compact"])
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert result.exit_code in (ExitCode.OK, ExitCode.PARTIAL_FAILURE), result.stderr
    assert all(line.startswith("eventfacts: ") for line in result.stderr.splitlines())
    record = json.loads(result.stdout)
    jsonschema.validate(record, SCHEMA)
    good = next(s for s in record["sources"] if s["id"] == "a-good")
    assert good["error"] is None and good["duplicate_of"] is None
    said = [q for q in record["quotes"] if q["text"] == "This is a dark day for our city"]
    assert said and said[0]["speaker"]["name"] == "Andy Fillmore" and "a-good" in said[0]["sources"]

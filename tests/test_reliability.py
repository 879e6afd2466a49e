"""Bad input never loses the batch (issue 9): every case from fixtures made at test time.

Each bad file gets a one-line reason (or a warning) on its source entry, and the facts of the
good article in the same folder stay exactly what they are when it is read alone.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import stat
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from eventfacts import pipeline
from eventfacts.cli import app
from eventfacts.errors import ExitCode
from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.records import EventRecord
from eventfacts.serialize import dumps, json_schema
from eventfacts.workers import DIED

GOOD = (
    "Bridge collapse kills two in Pittsburgh\n\n"
    "A bridge collapsed in Pittsburgh early Friday, killing two drivers, Mayor Ed Gainey said.\n\n"
    "\u201cWe are lucky it was not rush hour,\u201d Gainey told reporters at the scene.\n"
)


def variant(city: str, mayor: str, victims: str, quote: str) -> str:
    """Another story in the same shape, sharing no name, count or quote with GOOD."""
    return (
        f"Crash kills three in {city}\n\n"
        f"A crash in {city} early Monday killed three {victims}, Mayor {mayor} said.\n\n"
        f"\u201c{quote},\u201d {mayor.split()[-1]} told reporters.\n"
    )


FRENCH = (
    "Un pont s'effondre \u00e0 Lyon\n\n"
    "Un pont s'est effondr\u00e9 vendredi matin \u00e0 Lyon, faisant deux morts selon la pr\u00e9fecture. "
    "Les secours sont arriv\u00e9s sur place quelques minutes plus tard et ont \u00e9vacu\u00e9 les "
    "habitants des immeubles voisins. Le maire a annonc\u00e9 une enqu\u00eate sur les causes de "
    "l'accident et a exprim\u00e9 sa tristesse aux familles des victimes."
)


def _record(nlp, paths: list[str], **kwargs) -> EventRecord:  # type: ignore[no-untyped-def]
    return build_record(extract_docs(select_inputs(paths).files, nlp=nlp, **kwargs))


def _facts(record: EventRecord, source: str) -> str:
    """The facts that come from one source, as JSON without ids (which number the whole record)."""
    plain = json.loads(dumps(record))
    keep = {k: [e for e in plain[k] if source in e["sources"]] for k in ("people", "counts", "quotes")}
    for entries in keep.values():
        for entry in entries:
            entry.pop("id", None)
            if isinstance(entry.get("speaker"), dict):
                entry["speaker"].pop("ref", None)
    return json.dumps(keep, sort_keys=True)


@pytest.fixture(scope="module")
def good_alone(nlp, tmp_path_factory: pytest.TempPathFactory) -> str:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("alone")
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    return _facts(_record(nlp, [str(folder)]), "good")


def _bad_folder(folder: Path) -> dict[str, str]:
    """Write one file per bad case; return file name -> expected reason (error or warning)."""
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    cases: dict[str, str] = {}

    def write(name: str, data: bytes, reason: str) -> None:
        (folder / name).write_bytes(data)
        cases[name] = reason

    write("empty.txt", b"", "empty file")
    write("blank.txt", b" \n\t \r\n", "file holds only whitespace")
    write("scan.txt", b"%PDF-1.7\n" + os.urandom(2000), "binary file (a PDF document), not text")
    write("photo.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(500), "binary file (a PNG image), not text")
    write("archive.txt", gzip.compress(GOOD.encode()), "binary file (gzip-compressed data), not text")
    cafe = variant("Montr\u00e9al", "Val\u00e9rie Plante", "cyclists", "Nous sommes tous en deuil ce soir")
    write("cp1252.txt", cafe.replace("\u201c", '"').replace("\u201d", '"').encode("cp1252"), "")
    write(
        "utf16.txt",
        variant("Tulsa", "Monroe Nichols", "pedestrians", "This city will grieve together").encode("utf-16"),
        "",
    )
    mixed = variant("Akron", "Shammas Malik", "passengers", "Every family deserves answers today")
    write("mixed.txt", mixed.replace("\n\n", "\r\n\r\n", 1).encode(), "")
    nul = variant("Boise", "Lauren McLean", "workers", "We will learn what went wrong here")
    write("nul.txt", nul.encode().replace(b"Monday", b"Mon\x00day"), "1 NUL bytes replaced by spaces")
    write("french.txt", FRENCH.encode(), "not English text")
    write("nopunct.txt", b"storm hits coast homes lost roads closed power out across the county", "")
    write("broken.json", b'{"title": "Bridge", "text": ', "invalid JSON")
    write("notext.json", b'{"title": "Bridge", "date": "2024-01-01"}', "JSON article has no text field")
    write(
        "broken.html", b"<html><body><nav>Home</nav>", "HTML page has no article text that could be extracted"
    )
    write(
        "huge line.txt",
        ("the storm hit the coast and the town lost power " * 22_000).encode(),
        "truncated to",
    )
    other = variant("Reno", "Hillary Schieve", "motorists", "Our roads must be safer than this")
    write('caf\u00e9 "quoted" name.txt', other.encode(), "")
    os.symlink(folder / "missing.txt", folder / "dangling.txt")
    cases["dangling.txt"] = "file not found"
    os.symlink(folder / "loop-b.txt", folder / "loop-a.txt")
    os.symlink(folder / "loop-a.txt", folder / "loop-b.txt")
    cases["loop-a.txt"] = "cannot read"
    cases["loop-b.txt"] = "cannot read"
    return cases


def test_every_bad_case_is_reported_and_the_good_article_is_unchanged(
    nlp, tmp_path: Path, good_alone: str
) -> None:  # type: ignore[no-untyped-def]
    cases = _bad_folder(tmp_path)
    record = _record(nlp, [str(tmp_path)])
    by_path = {Path(s.path).name: s for s in record.sources}
    for name, reason in cases.items():
        source = by_path[name]
        said = [source.error or "", *source.warnings]
        assert all("\n" not in s for s in said)
        if reason:
            assert any(s.startswith(reason) for s in said), (name, said)
        else:
            assert source.error is None, (name, source.error)
    assert by_path["utf16.txt"].encoding == "utf-16"
    assert by_path["cp1252.txt"].encoding is not None
    assert _facts(record, "good") == good_alone
    jsonschema.validate(json.loads(dumps(record)), json_schema(EventRecord))


def test_an_unreadable_file(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "good.txt").write_text(GOOD)
    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD)
    secret.chmod(0)
    if os.access(secret, os.R_OK):  # root reads anything: make the read fail as it would for a user
        real = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    record = _record(nlp, [str(tmp_path)])
    assert {s.id: s.error for s in record.sources} == {"good": None, "secret": "permission denied"}


def test_a_huge_article_is_truncated_at_max_chars(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    big = tmp_path / "big.txt"
    paragraph = "The storm closed schools and roads across the county on Monday, officials said. " * 12
    with big.open("w") as out:
        out.write("Storm closes schools\n\n")
        while out.tell() < 50 * 1024 * 1024:
            out.write(paragraph + "\n\n")
    record = _record(nlp, [str(big)], max_chars=20_000)
    (source,) = record.sources
    assert source.error is None
    assert source.warnings[0].startswith("truncated to") and "(--max-chars 20,000)" in source.warnings[0]
    assert all(e.end <= 20_000 for p in record.dates for e in p.evidence)


def test_the_same_path_twice_and_the_same_article_twice(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.txt").write_text(GOOD.replace("\n\n", "\n \n"))  # same text, other whitespace
    record = _record(nlp, [str(tmp_path / "a.txt"), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert [(s.id, s.duplicate_of) for s in record.sources] == [("a", None), ("b", "a")]
    assert all(p.sources == ("a",) for p in record.people)
    assert all(c.agreement == "single" for c in record.counts)


def test_an_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(tmp_path)])
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""
    assert "no articles found" in result.stderr


def test_ten_thousand_tiny_files(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for i in range(10_000):
        (tmp_path / f"n{i:05d}.txt").write_text(
            f"Note {i}\n\nThe council met on Monday and approved {i % 7 + 2} new parks.\n"
        )
    record = _record(nlp, [str(tmp_path)], batch_size=64)
    assert len(record.sources) == 10_000
    assert all(s.error is None for s in record.sources)


def test_a_dying_worker_fails_only_its_article(nlp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    for name in ("a", "b", "poison", "c", "d"):
        (tmp_path / f"{name}.txt").write_text(GOOD.replace("Pittsburgh", f"Pittsburgh {name}"))
    real = pipeline.doc_facts

    def deadly(item, doc, *headline):  # type: ignore[no-untyped-def]
        if item.article.id == "poison":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(item, doc, *headline)

    monkeypatch.setattr(pipeline, "doc_facts", deadly)
    docs = list(extract_docs(select_inputs([str(tmp_path)]).files, nlp=nlp, jobs=2, batch_size=2))
    assert [d.source.id for d in docs] == ["a", "b", "c", "d", "poison"]  # order kept
    errors = {d.source.id: d.source.error for d in docs}
    assert errors == {"a": None, "b": None, "c": None, "d": None, "poison": DIED}


def test_an_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from eventfacts import render

    target = tmp_path / "record.json"
    target.write_text('{"old": true}')

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(render.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        render.write_atomic(target, '{"new": true}')
    assert target.read_text() == '{"old": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]


@pytest.mark.parametrize(("umask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_output_file_follows_the_umask(tmp_path: Path, umask: int, expected: int) -> None:
    from eventfacts import render

    old = os.umask(umask)
    try:
        render.write_atomic(tmp_path / "record.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "record.json").stat().st_mode) == expected


def test_an_existing_output_file_keeps_its_mode(tmp_path: Path) -> None:
    from eventfacts import render

    target = tmp_path / "record.json"
    target.write_text("{}")
    target.chmod(0o640)
    render.write_atomic(target, '{"new": true}')
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text() == '{"new": true}'

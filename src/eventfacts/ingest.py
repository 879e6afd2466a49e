"""Read articles from files, folders and stdin into `Article` records.

A file that cannot be used (unreadable, binary, empty, undecodable) still becomes an `Article`,
with `error` set to a one-line reason, so it shows up on its source entry and never aborts the
batch. Folders are walked recursively in sorted order; hidden files and folders are skipped.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from . import formats
from .records import Article

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
JSONL_SUFFIXES_TUPLE = tuple(sorted(JSONL_SUFFIXES))
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
#: Files inside a folder that describe the folder rather than report the event.
NOT_ARTICLES = frozenset({"readme", "license", "changelog"})
_BINARY_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "gzip-compressed data",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
}


@dataclass(frozen=True, slots=True)
class InputFile:
    """A file chosen for reading, with the id its source will carry."""

    path: str  # as shown to the user
    source_id: str


@dataclass(frozen=True, slots=True)
class Selection:
    files: tuple[InputFile, ...]
    skipped: tuple[str, ...]  # one line per path that was not an article, for stderr


def select_inputs(paths: Iterable[str]) -> Selection:
    """Expand files and folders into the articles to read, in a deterministic order.

    Raises nothing for missing paths: they become files whose reading fails, so the user sees
    them on a source entry. `-` stands for stdin.
    """
    chosen: list[str] = []
    skipped: list[str] = []
    for raw in paths:
        if raw == "-":
            chosen.append("-")
            continue
        path = Path(raw)
        if path.is_dir():
            for found in _walk(path):
                if found.stem.casefold() in NOT_ARTICLES:
                    skipped.append(f"{found}: skipped, a folder's README is not an article")
                elif found.suffix.lower() in ARTICLE_SUFFIXES:
                    chosen.append(str(found))
                else:
                    skipped.append(
                        f"{found}: skipped, not a supported article type ({found.suffix or 'no suffix'})"
                    )
        else:
            chosen.append(raw)
    unique = list(dict.fromkeys(chosen))
    return Selection(tuple(_with_ids(unique)), tuple(skipped))


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def _with_ids(paths: list[str]) -> Iterator[InputFile]:
    """A source id is the file stem, or the path without suffix when two files share a stem."""
    stems = Counter(_stem(p) for p in paths)
    for p in paths:
        stem = _stem(p)
        if stems[stem] > 1 and p != "-":
            stem = str(Path(p).with_suffix("")).lstrip("./") or stem
        yield InputFile(p, stem)


def _stem(path: str) -> str:
    return "stdin" if path == "-" else Path(path).stem


def read_articles(item: InputFile) -> list[Article]:
    """Read and decode one file: one article, or one per line for JSON lines. Never raises for
    a bad file: the reason goes in `error`."""
    try:
        data = sys.stdin.buffer.read() if item.path == "-" else Path(item.path).read_bytes()
    except FileNotFoundError:
        return [_failed(item, "file not found")]
    except IsADirectoryError:
        return [_failed(item, "is a folder, not a file")]
    except PermissionError:
        return [_failed(item, "permission denied")]
    except OSError as exc:
        return [_failed(item, f"cannot read: {exc.strerror or exc}")]
    text, encoding, problem = decode(data)
    if problem:
        return [_failed(item, problem)]
    kind = _format_of(item.path, text)
    if kind == "jsonl":
        return list(_json_lines(item, text, encoding))
    if kind in ("json", "html"):
        return [_structured(item, item.source_id, text, encoding, kind)]
    return [Article(id=item.source_id, path=item.path, text=text, title=_first_line(text), encoding=encoding)]


def read_article(item: InputFile) -> Article:
    """The first (for most files, the only) article of a file."""
    return read_articles(item)[0]


def _format_of(path: str, text: str) -> str:
    suffix = Path(path).suffix.lower()
    if path == "-":
        return formats.detect(text)
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def _structured(item: InputFile, source_id: str, text: str, encoding: str | None, kind: str) -> Article:
    try:
        parsed = formats.parse_html(text) if kind == "html" else formats.parse_json(text)
    except formats.FormatError as exc:
        return Article(id=source_id, path=item.path, text="", error=str(exc), format=kind)
    return _from_parsed(item.path, source_id, parsed, encoding, kind)


def _from_parsed(
    path: str, source_id: str, parsed: formats.Parsed, encoding: str | None, kind: str
) -> Article:
    return Article(
        id=source_id,
        path=path,
        text=parsed.text,
        title=parsed.title,
        published=parsed.published,
        reference_date=parsed.published,
        reference_date_basis="metadata" if parsed.published else None,
        encoding=encoding,
        format=kind,
        url=parsed.url,
    )


def _json_lines(item: InputFile, text: str, encoding: str | None) -> Iterator[Article]:
    """One article per line, each its own source with id `file:line`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        source_id = f"{item.source_id}:{number}"
        try:
            parsed = formats.parse_json(line)
        except formats.FormatError as exc:
            yield Article(id=source_id, path=item.path, text="", error=str(exc), format="json")
            continue
        yield _from_parsed(item.path, source_id, parsed, encoding, "json")


def decode(data: bytes) -> tuple[str, str | None, str | None]:
    """Bytes to text: (text, encoding, problem). `problem` is a one-line reason or None."""
    if not data.strip():
        return "", None, "empty file" if not data else "file holds only whitespace"
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return "", None, f"binary file ({what}), not text"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError:
            return "", None, "invalid UTF-16 text"
    if b"\x00" in data[:8192]:
        return "", None, "binary file (contains NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        return "", None, "cannot detect the text encoding (binary file?)"
    return str(best), best.encoding, None


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped
    return None


def _failed(item: InputFile, reason: str) -> Article:
    return Article(id=item.source_id, path=item.path, text="", error=reason)


def source_texts(sources: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Re-read the article texts of (source id, path) pairs, for views that show evidence in
    place. Sources read from stdin, or no longer readable, are left out."""
    texts: dict[str, str] = {}
    sources = list(sources)
    for path in sorted({p for _, p in sources if p != "-"}):
        wanted = {sid for sid, p in sources if p == path}
        stems = {sid.rsplit(":", 1)[0] if path.endswith(JSONL_SUFFIXES_TUPLE) else sid for sid in wanted}
        for stem in stems:
            for article in read_articles(InputFile(path, stem)):
                if article.id in wanted and article.error is None:
                    texts[article.id] = article.text
    return texts

"""Read articles from files, folders and stdin into `Article` records.

A file that cannot be used (unreadable, binary, empty, undecodable) still becomes an `Article`,
with `error` set to a one-line reason, so it shows up on its source entry and never aborts the
batch. Folders are walked recursively in sorted order; hidden files and folders are skipped, and
so, with a note, is what is not a regular file: opening a FIFO would wait for a writer forever.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, partial
from pathlib import Path

from charset_normalizer import from_bytes

from . import formats
from .errors import UsageError
from .records import Article

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES
#: Longest article text read, in characters. News reports run 2,000 to 30,000 characters; past
#: 100,000 a file is a dump or a book, spaCy's memory use grows with it, and its own limit is
#: 1,000,000. Change it with --max-chars.
MAX_CHARS = 100_000
#: More NUL bytes than this share of a file means binary data, not text with a stray NUL.
NUL_SHARE = 0.01
MIN_WORDS_FOR_LANGUAGE = 40
MIN_ENGLISH_SHARE = 0.12
ENGLISH_FUNCTION_WORDS = frozenset(
    {
        "the", "a", "an", "of", "to", "in", "and", "or", "but", "is", "are", "was", "were", "be", "been",
        "has", "have", "had", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we",
        "you", "i", "his", "her", "their", "our", "not", "no", "on", "at", "by", "for", "with", "from",
        "as", "said", "says", "will", "would", "there", "which", "who", "what", "when", "after", "before",
        "about", "than",
    }
)  # fmt: skip
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

    A path that does not exist is a usage error, raised before anything is read: a mistyped
    name should stop the run, not become a source. Inside folders, what is not a regular file
    (a FIFO, a socket, a device) is skipped with a note, as is a subfolder that cannot be
    listed; named on the command line, any file is read (a FIFO too). `-` stands for stdin.
    Paths are normalised ("a/../a" is "a"), so the same files get the same ids.
    """
    chosen: list[str] = []
    skipped: list[str] = []
    paths = list(paths)
    missing = [raw for raw in paths if raw != "-" and not os.path.exists(raw)]
    if missing:
        raise UsageError(f"{', '.join(missing)}: no such file or directory")
    for raw in paths:
        if raw == "-":
            chosen.append("-")
            continue
        path = Path(os.path.normpath(raw))
        if not path.is_dir():
            chosen.append(str(path))
            continue
        for found in _walk(path, skipped):
            if found.stem.casefold() in NOT_ARTICLES:
                skipped.append(f"{found}: skipped, a folder's README is not an article")
            elif found.suffix.lower() in ARTICLE_SUFFIXES:
                chosen.append(str(found))
            else:
                skipped.append(
                    f"{found}: skipped, not a supported article type ({found.suffix or 'no suffix'})"
                )
    unique = list(dict.fromkeys(chosen))
    repeated = sorted({p for p in chosen if chosen.count(p) > 1}) if len(unique) < len(chosen) else []
    skipped.extend(f"{p}: given more than once, read once" for p in repeated)
    return Selection(tuple(_with_ids(unique)), tuple(skipped))


def _walk(folder: Path, skipped: list[str]) -> Iterator[Path]:
    """The files under `folder`, each folder's files (sorted) before its subfolders (sorted), as
    `os.walk` gives them. Hidden entries and links to folders are left out; entries that are
    not regular files, and folders that cannot be listed, are noted in `skipped`."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as exc:
        skipped.append(f"{folder}: skipped, cannot read the folder ({_reason(exc)})")
        return
    folders = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        kind = _kind(entry)
        if kind == "folder":
            folders.append(entry)
        elif kind == "link to a folder":
            continue  # as os.walk does: links to folders are not followed (no loops)
        elif kind is None:
            yield Path(entry.path)
        else:
            skipped.append(f"{entry.path}: skipped, {kind}, not a regular file")
    for entry in folders:
        yield from _walk(Path(entry.path), skipped)


def _kind(entry: os.DirEntry[str]) -> str | None:
    """None for a regular file (or a link whose target cannot be read: its reading says why),
    else what the entry is."""
    try:
        if entry.is_dir():
            return "link to a folder" if entry.is_symlink() else "folder"
        mode = entry.stat().st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


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


def read_articles(item: InputFile, *, max_chars: int = MAX_CHARS) -> list[Article]:
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
    decoded = decode(data)
    if decoded.problem:
        return [_failed(item, decoded.problem)]
    text, encoding = decoded.text, decoded.encoding
    kind = _format_of(item.path, text)
    if kind == "jsonl":
        articles = list(_json_lines(item, text, encoding))
    elif kind == "json" and text.lstrip().startswith("["):
        articles = list(_json_array(item, text, encoding))
    elif kind in ("json", "html"):
        articles = [_structured(item, item.source_id, text, encoding, kind)]
    else:
        articles = [
            Article(id=item.source_id, path=item.path, text=text, title=_first_line(text), encoding=encoding)
        ]
    return [_checked(a, decoded.warnings, max_chars) for a in articles]


def _checked(article: Article, warnings: tuple[str, ...], max_chars: int) -> Article:
    """Truncate an over-long article and refuse one that is not in English."""
    if article.error is not None:
        return article
    text, cut = truncated(article.text, max_chars)
    problem = language_problem(text)
    if problem:
        return replace(article, text="", error=problem, warnings=warnings)
    return replace(article, text=text, warnings=article.warnings + warnings + cut)


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


#: The warning on a source whose body is empty, so that only its title was read.
TITLE_ONLY = "no body text; read from the title"


def _from_parsed(
    path: str, source_id: str, parsed: formats.Parsed, encoding: str | None, kind: str
) -> Article:
    return Article(
        warnings=() if parsed.text.strip() else (TITLE_ONLY,),
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
        if line.strip():
            yield _json_item(item, number, encoding, partial(formats.parse_json, line))


def _json_array(item: InputFile, text: str, encoding: str | None) -> Iterator[Article]:
    """A JSON list of articles, as scrapers often write: each its own source with id `file:N`."""
    try:
        values = formats.load_json(text)
    except formats.FormatError as exc:
        yield Article(id=item.source_id, path=item.path, text="", error=str(exc), format="json")
        return
    for number, value in enumerate(values, start=1):
        yield _json_item(item, number, encoding, partial(formats.from_mapping, value))


def _json_item(
    item: InputFile, number: int, encoding: str | None, parse: Callable[[], formats.Parsed]
) -> Article:
    """The article at position `number` of a JSON file, or its one-line reason for failing."""
    source_id = f"{item.source_id}:{number}"
    try:
        parsed = parse()
    except formats.FormatError as exc:
        return Article(id=source_id, path=item.path, text="", error=str(exc), format="json")
    return _from_parsed(item.path, source_id, parsed, encoding, "json")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str | None
    problem: str | None  # a one-line reason the bytes are not usable text
    warnings: tuple[str, ...] = ()


def decode(data: bytes) -> Decoded:
    """Bytes to text, detecting the encoding. A few NUL bytes in text are replaced by spaces
    (offsets stay valid) with a warning; more than NUL_SHARE of them means a binary file.

    Text that is UTF-8 but for a few bytes (a cp1252 apostrophe pasted into a UTF-8 page) stays
    UTF-8, those bytes read as cp1252, with a warning: a detector judging the whole file by its
    few odd bytes picks an encoding that garbles every other non-ASCII character. Text with
    fewer valid UTF-8 characters than invalid bytes is in an 8-bit encoding: cp1252, the
    commonest, unless charset-normalizer's guess reads it with far less mess. Either way the
    source says so.
    """
    if not data.strip():
        return Decoded("", None, "empty file" if not data else "file holds only whitespace")
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return Decoded("", None, f"binary file ({what}), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(data.decode("utf-16"), "utf-16", None)
        except UnicodeDecodeError:
            return Decoded("", None, "invalid UTF-16 text")
    warnings: tuple[str, ...] = ()
    nuls = data.count(b"\x00")
    if nuls:
        if nuls / len(data) > NUL_SHARE:
            return Decoded("", None, "binary file (contains NUL bytes), not text")
        data = data.replace(b"\x00", b" ")
        warnings = (f"{nuls} NUL bytes replaced by spaces",)
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8", None, warnings)
    except UnicodeDecodeError:
        pass
    valid = data.decode("utf-8-sig", errors="ignore")
    stray = len(data) - len(valid.encode("utf-8")) - (3 if data.startswith(codecs.BOM_UTF8) else 0)
    genuine = len(valid) - len(valid.encode("ascii", errors="ignore"))
    if genuine >= stray:
        text = data.decode("utf-8-sig", errors=_CP1252_REPAIR)
        what = "1 byte that is" if stray == 1 else f"{stray} bytes that are"
        return Decoded(text, "utf-8", None, (*warnings, f"{what} not UTF-8, read as cp1252"))
    return _eight_bit(data, warnings)


def _cp1252_repair(exc: UnicodeError) -> tuple[str, int]:
    """A codec error handler: the bytes that are not UTF-8, read as cp1252 (U+FFFD for the five
    bytes cp1252 leaves undefined)."""
    assert isinstance(exc, UnicodeDecodeError)
    return exc.object[exc.start : exc.end].decode("cp1252", errors="replace"), exc.end


_CP1252_REPAIR = "eventfacts.cp1252"
codecs.register_error(_CP1252_REPAIR, _cp1252_repair)
#: charset-normalizer's guess replaces cp1252 only when its reading's mess ratio ("chaos") is
#: below this share of cp1252's: a guess no better than cp1252 is a coin toss between
#: look-alike code pages (cp1250, mac_iceland) that read English text the same way but for
#: the odd byte.
FAR_LESS_MESS = 0.5


def _eight_bit(data: bytes, warnings: tuple[str, ...]) -> Decoded:
    guess = from_bytes(data).best()
    cp1252 = from_bytes(data, cp_isolation=["cp1252"]).best()
    if cp1252 is not None and (guess is None or guess.chaos >= cp1252.chaos * FAR_LESS_MESS):
        guess = cp1252
    if guess is None:
        return Decoded("", None, "cannot detect the text encoding (binary file?)")
    return Decoded(str(guess), guess.encoding, None, (*warnings, f"not UTF-8; read as {guess.encoding}"))


def english_share(text: str) -> tuple[float, int]:
    """(share of words that are common English function words, number of words looked at)."""
    words = _words(text)
    if not words:
        return 0.0, 0
    return sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS) / len(words), len(words)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text[:20000].casefold())


def language_problem(text: str) -> str | None:
    """A one-line reason when the text is plainly not English, which the English model would
    read as nonsense. Long texts are judged by their share of English function words; short
    ones, where that share alone is chance, by letters of another script or by more function
    words of another language than of English."""
    script = _other_script_share(text)
    if script is not None:
        return f"not English text ({script:.0%} of its letters are not Latin script)"
    share, words = english_share(text)
    if words >= MIN_WORDS_FOR_LANGUAGE:
        if share < MIN_ENGLISH_SHARE:
            return f"not English text ({share:.0%} English function words, English news has 30-50%)"
        return None
    if words < MIN_WORDS_FOR_SHORT_CHECK:
        return None
    found = _other_language(_words(text))
    if found is None:
        return None
    language, count = found
    english = round(share * words)
    return (
        f"not English text (a short text of {words} words: {count} are {language} function words, "
        f"{english} English ones)"
    )


#: Fewer words than this (a headline, a caption) are too few to tell a language by.
MIN_WORDS_FOR_SHORT_CHECK = 8
#: A short text is another language's when at least this many of its words, and at least this
#: share of them, are that language's function words (and not English ones), and they outnumber
#: the English function words OTHER_LANGUAGE_MARGIN to one.
MIN_OTHER_WORDS = 3
MIN_OTHER_SHARE = 0.15
OTHER_LANGUAGE_MARGIN = 2
#: Letters outside the Latin script above this share: Cyrillic, Arabic, Greek, CJK... text.
MAX_OTHER_SCRIPT_SHARE = 0.5
MIN_LETTERS_FOR_SCRIPT = 12
#: Latin-script languages told apart from English by their function words (the stop-words
#: package's lists; other scripts are caught by their letters).
OTHER_LANGUAGES = (
    "spanish", "french", "german", "italian", "portuguese", "dutch", "swedish", "danish",
    "norwegian", "polish", "romanian", "turkish", "indonesian", "catalan", "finnish", "czech",
)  # fmt: skip


def _other_language(words: list[str]) -> tuple[str, int] | None:
    """(language, number of its function words) for the other language a short text is plainly
    written in, or None."""
    english = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    best: tuple[int, str] | None = None
    for language, stop in _function_words().items():
        count = sum(1 for w in words if w in stop)
        if best is None or count > best[0]:
            best = (count, language)
    if best is None:
        return None
    count, language = best
    if (
        count >= MIN_OTHER_WORDS
        and count / len(words) >= MIN_OTHER_SHARE
        and count >= OTHER_LANGUAGE_MARGIN * max(english, 1)
    ):
        return language.capitalize(), count
    return None


#: One-letter function words that are not pieces of English contractions ("it's" -> "it", "s").
VOWEL_WORDS = frozenset({"y", "o", "e"})
#: HTML entity names left in badly converted pages ("&amp;amp;"), which some lists hold.
MARKUP_WORDS = frozenset({"amp", "nbsp", "quot", "lt", "gt"})


@cache
def _function_words() -> dict[str, frozenset[str]]:
    """Each other language's function words that are not also English words."""
    from stop_words import get_stop_words

    return {
        language: frozenset(
            w
            for w in (w.casefold() for w in get_stop_words(language))
            if (len(w) > 1 or w in VOWEL_WORDS) and w not in ENGLISH_FUNCTION_WORDS | MARKUP_WORDS
        )
        for language in OTHER_LANGUAGES
    }


_PAST_LATIN_B = re.compile(r"[^\x00-\u024f]")


def _other_script_share(text: str) -> float | None:
    """The share of letters outside the Latin script, when it is over MAX_OTHER_SCRIPT_SHARE."""
    sample = text[:20000]
    # letters past Latin Extended-B are few in English news: count them from the characters
    # past it (curly quotes, dashes) before counting every letter
    other = sum(
        1
        for c in _PAST_LATIN_B.findall(sample)
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN")
    )
    if not other:
        return None
    letters = sum(1 for c in sample if c.isalpha())
    if letters < MIN_LETTERS_FOR_SCRIPT:
        return None
    share = other / letters
    return share if share > MAX_OTHER_SCRIPT_SHARE else None


def truncated(text: str, max_chars: int) -> tuple[str, tuple[str, ...]]:
    """The text cut at a line or word boundary before `max_chars`, with a warning if it was cut."""
    if len(text) <= max_chars:
        return text, ()
    cut = max(text.rfind("\n", 0, max_chars), text.rfind(" ", 0, max_chars))
    cut = cut if cut > max_chars // 2 else max_chars
    return text[:cut], (f"truncated to {cut:,} of {len(text):,} characters (--max-chars {max_chars:,})",)


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        stripped = line.strip().lstrip("#").strip()
        if stripped:
            return stripped
    return None


def _failed(item: InputFile, reason: str) -> Article:
    return Article(id=item.source_id, path=item.path, text="", error=reason)


def _file_id(source_id: str) -> str:
    """The id of the file a source came from: "feed:3" (a JSON line or list item) -> "feed"."""
    head, _, tail = source_id.rpartition(":")
    return head if head and tail.isdigit() else source_id


def _regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def source_texts(sources: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Re-read the article texts of (source id, path) pairs, for views that show evidence in
    place. Sources read from stdin or a FIFO (read once, gone), or no longer readable, are left
    out."""
    texts: dict[str, str] = {}
    sources = list(sources)
    for path in sorted({p for _, p in sources if p != "-" and _regular(p)}):
        wanted = {sid for sid, p in sources if p == path}
        stems = {_file_id(sid) for sid in wanted}
        for stem in stems:
            for article in read_articles(InputFile(path, stem)):
                if article.id in wanted and article.error is None:
                    texts[article.id] = article.text
    return texts

"""Article formats other than plain text: HTML pages, JSON from scrapers, JSON lines.

Each reader turns decoded text into (title, body, published, url) or raises FormatError with a
one-line reason. For these formats the article text that offsets index is the extracted body,
not the file's bytes: the HTML's main text, or the JSON's text field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

#: Keys read from JSON articles, in order: news-please, trafilatura, then generic names.
TITLE_KEYS = ("title", "headline")
TEXT_KEYS = ("maintext", "text", "body", "content", "article")
DATE_KEYS = ("date_publish", "date", "published", "date_published", "publish_date", "pubdate")
URL_KEYS = ("url", "link", "source_url")
#: Fewer words than this is a navigation stub or an error page, not an article.
MIN_HTML_WORDS = 10


class FormatError(ValueError):
    """The content is not a usable article of its format; the message is one line."""


@dataclass(frozen=True, slots=True)
class Parsed:
    title: str | None
    text: str
    published: str | None  # YYYY-MM-DD
    url: str | None


def detect(text: str) -> str:
    """The format of content read from stdin: "json", "jsonl", "html" or "text"."""
    head = text.lstrip()[:2000].lower()
    if head.startswith("{"):
        lines = [line for line in text.splitlines() if line.strip()]
        if len(lines) > 1 and all(line.lstrip().startswith("{") for line in lines):
            return "jsonl"
        return "json"
    if head.startswith("<") and re.search(r"<(?:!doctype html|html|body|article|p)\b", head):
        return "html"
    return "text"


def parse_html(html: str) -> Parsed:
    """The main text, title and date of a web page, without navigation, sidebars or footers."""
    import trafilatura

    document = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or len(text.split()) < MIN_HTML_WORDS:
        raise FormatError("HTML page has no article text that could be extracted")
    return Parsed(
        title=getattr(document, "title", None) or None,
        text=text,
        published=normalise_date(getattr(document, "date", None)),
        url=getattr(document, "url", None) or None,
    )


def parse_json(text: str) -> Parsed:
    return from_mapping(load_json(text))


def load_json(text: str) -> Any:
    """The JSON value of `text`; FormatError when it is not JSON, or nested too deeply for
    Python's parser (which then raises RecursionError, a bug's exception, not a file's)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise FormatError("JSON nested too deeply to read") from None


def from_mapping(data: Any) -> Parsed:
    """An article from a JSON object with news-please, trafilatura or generic keys."""
    if not isinstance(data, dict):
        raise FormatError("JSON article must be an object")
    body = _first(data, TEXT_KEYS)
    title = _first(data, TITLE_KEYS)
    if body is None:
        present = [k for k in TEXT_KEYS if k in data and (data[k] is None or isinstance(data[k], str))]
        wrong = [k for k in TEXT_KEYS if k in data and k not in present]
        if not present and wrong:
            kind = _JSON_TYPES.get(type(data[wrong[0]]), "not a string")
            raise FormatError(f"JSON article's text field ({wrong[0]}) is {kind}, not a string")
        if not present:
            raise FormatError(f"JSON article has no text field (looked for {', '.join(TEXT_KEYS)})")
        if title is None:
            raise FormatError(f"JSON article's text field ({present[0]}) is empty and it has no title")
        body = ""  # the title alone still says something: it is read as the headline
    return Parsed(
        title=title,
        text=body,
        published=normalise_date(_first(data, DATE_KEYS)),
        url=_first(data, URL_KEYS),
    )


#: JSON's types by the names a user knows them by, for the message on a field of the wrong type.
_JSON_TYPES = {list: "a list", dict: "an object", int: "a number", float: "a number", bool: "true or false"}


def _first(data: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def normalise_date(value: str | None) -> str | None:
    """A metadata date as YYYY-MM-DD: ISO forms directly, anything else through dateparser."""
    if not value:
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    import dateparser

    parsed = dateparser.parse(value[:64], languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date().isoformat() if parsed else None

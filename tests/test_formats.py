"""Each input format, with files written for these tests."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from eventfacts import formats
from eventfacts.ingest import InputFile, read_articles, select_inputs

from .conftest import DATA

FORMATS = DATA / "formats"


def _read(name: str) -> list:  # type: ignore[type-arg]
    return read_articles(InputFile(str(FORMATS / name), Path(name).stem))


def test_news_please_json() -> None:
    (article,) = _read("newsplease.json")
    assert article.error is None and article.format == "json"
    assert article.title == "Tornado kills three in Elk Creek"
    assert article.text.startswith("A tornado tore through Elk Creek")
    assert (article.published, article.reference_date_basis) == ("2024-04-15", "metadata")
    assert article.url == "https://example-news.com/elk-creek-tornado"


def test_trafilatura_and_generic_json() -> None:
    (traf,) = _read("trafilatura.json")
    assert (traf.title, traf.published) == ("Elk Creek counts the cost", "2024-04-16")
    (generic,) = _read("generic.json")
    assert (generic.title, generic.published) == ("Clean-up continues", "2024-04-15")
    assert generic.text.startswith("Volunteers")


def test_json_lines_are_one_source_each_with_errors_per_line() -> None:
    articles = _read("feed.jsonl")
    assert [a.id for a in articles] == ["feed:1", "feed:2", "feed:3"]
    assert articles[0].error is None and articles[0].published == "2024-04-14"
    assert articles[1].error is not None and articles[1].error.startswith("invalid JSON")
    assert (
        articles[2].error
        == "JSON article has no text field (looked for maintext, text, body, content, article)"
    )


def test_html_keeps_the_article_and_drops_navigation_sidebar_and_footer() -> None:
    (article,) = _read("page.html")
    assert article.error is None and article.format == "html"
    assert "tore through the town of Elk Creek" in article.text
    assert "We lost neighbors and friends tonight" in article.text
    for noise in ("Most read", "Lottery jackpot", "Copyright 2024", "Subscribe", "Sports"):
        assert noise not in article.text
    assert article.published == "2024-04-15"
    assert article.title is not None and "Tornado kills three" in article.title


def test_broken_html_and_json_are_errors(tmp_path: Path) -> None:
    (tmp_path / "empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    (tmp_path / "bad.json").write_text('{"title": "x", ')
    (tmp_path / "list.json").write_text("[1, 2]")
    errors = {a.id: a.error for f in select_inputs([str(tmp_path)]).files for a in read_articles(f)}
    assert errors["empty"] == "HTML page has no article text that could be extracted"
    assert errors["bad"] is not None and errors["bad"].startswith("invalid JSON")
    assert errors["list:1"] == errors["list:2"] == "JSON article must be an object"


def test_a_json_list_of_articles_is_one_source_each(tmp_path: Path) -> None:
    path = tmp_path / "feed.json"
    path.write_text(
        '[{"title": "A", "text": "The river rose two metres overnight, officials said."},'
        ' {"title": "B", "maintext": "Schools closed on Monday as the water kept rising."}, {"title": "C"}]'
    )
    articles = read_articles(InputFile(str(path), "feed"))
    assert [(a.id, a.title, a.error is None) for a in articles] == [
        ("feed:1", "A", True),
        ("feed:2", "B", True),
        ("feed:3", None, False),
    ]


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ('{"title": "a", "text": "b"}', "json"),
        ('{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        ("Flood closes bridge\n\nThe river rose.", "text"),
    ],
)
def test_stdin_format_is_detected(content: str, kind: str) -> None:
    assert formats.detect(content) == kind


def test_stdin_json_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (FORMATS / "trafilatura.json").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (article,) = read_articles(InputFile("-", "stdin"))
    assert article.format == "json" and article.title == "Elk Creek counts the cost"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-04-15T21:30:00Z", "2024-04-15"),
        ("April 15, 2024", "2024-04-15"),
        ("15/04/2024", "2024-04-15"),
        ("soon", None),
    ],
)
def test_metadata_dates(value: str, expected: str | None) -> None:
    assert formats.normalise_date(value) == expected


def test_a_folder_of_mixed_formats_becomes_one_record(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.pipeline import build_record, extract_docs

    record = build_record(extract_docs(select_inputs([str(FORMATS)]).files, nlp=nlp))
    ids = [s.id for s in record.sources]
    assert {"newsplease", "trafilatura", "generic", "page", "feed:1"} <= set(ids)
    assert record.event.casualties.killed is not None and record.event.casualties.killed.value == 3
    by_id = {s.id: s for s in record.sources}
    assert by_id["newsplease"].reference_date_basis == "metadata"
    assert by_id["newsplease"].url == "https://example-news.com/elk-creek-tornado"
    assert all(d.reason != "title" for s in record.sources if s.id != "page" for d in s.dropped)


def test_views_find_the_text_of_every_kind_of_source() -> None:
    from eventfacts.ingest import source_texts

    texts = source_texts(
        [("feed:1", str(FORMATS / "feed.jsonl")), ("newsplease", str(FORMATS / "newsplease.json"))]
    )
    assert texts["feed:1"].startswith("Three people were killed")
    assert texts["newsplease"].startswith("A tornado tore through Elk Creek")


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ({"title": 42, "text": ["The ferry ran aground", "off Skye on Friday."]}, "(text) is a list"),
        ({"headline": "Ferry aground", "body": {"p1": "The ferry ran aground."}}, "(body) is an object"),
        ({"title": "Ferry aground", "maintext": 3}, "(maintext) is a number"),
    ],
)
def test_a_text_field_of_the_wrong_type_says_so(value: dict[str, object], reason: str) -> None:
    with pytest.raises(formats.FormatError) as caught:
        formats.from_mapping(value)
    assert str(caught.value) == f"JSON article's text field {reason}, not a string"


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_deeply_nested_json_is_an_error_on_its_source(tmp_path: Path) -> None:
    story = "The ferry ran aground off Skye on Friday, and all 40 passengers were taken off safely."
    (tmp_path / "deep.json").write_text(
        f'{{"title": "Ferry aground", "text": "{story}", "x": {_nested(1200)}}}'
    )
    (tmp_path / "deeplist.json").write_text(f'[{{"title": "Ferry", "text": "{story}"}}, {_nested(1200)}]')
    (tmp_path / "feed.jsonl").write_text(
        f'{{"text": "{story}", "x": {_nested(1200)}}}\n{{"text": "{story}"}}\n'
    )
    errors = {a.id: a.error for f in select_inputs([str(tmp_path)]).files for a in read_articles(f)}
    assert errors == {
        "deep": "JSON nested too deeply to read",
        "deeplist": "JSON nested too deeply to read",
        "feed:1": "JSON nested too deeply to read",
        "feed:2": None,
    }

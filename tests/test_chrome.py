"""Every page chrome row's own lines (`chrome.CHROME`), each set in a short article: a line the
row drops must be dropped with the row's reason, and a body line it must leave stays in the body.
The rows and their lines live together in `chrome`; this test is where they are checked."""

from __future__ import annotations

import pytest

from eventfacts.chrome import CHROME
from eventfacts.clean import clean
from eventfacts.records import Article
from eventfacts.rules import Example, Rule

BODY = "Firefighters were called to the warehouse at 3 a.m. on Tuesday, officials said."

CASES = [
    pytest.param(row, example, id=f"{row.name}: {example.text[:40]}")
    for row in CHROME
    for example in row.examples
]


def _article(line: str) -> tuple[str, list[tuple[str, str]], str]:
    text = f"Warehouse fire\n\n{BODY}\n\n{line}\n\nThe cause is under investigation, the chief said.\n"
    cleaned = clean(Article(id="x", path="x.txt", text=text))
    chrome = [
        (text[d.start : d.end], d.reason) for d in cleaned.dropped if d.reason.startswith("page chrome")
    ]
    return text, chrome, cleaned.body


@pytest.mark.parametrize("row", CHROME, ids=[row.name for row in CHROME])
def test_every_row_has_lines_both_ways(row: Rule[object]) -> None:
    assert any(e.gives is True for e in row.examples) and any(e.gives is False for e in row.examples)


@pytest.mark.parametrize(("row", "example"), CASES)
def test_each_row_on_its_own_lines(row: Rule[object], example: Example) -> None:
    _, chrome, body = _article(example.text)
    if example.gives:
        assert (example.span, f"page chrome: {row.name}") in chrome
    else:
        assert chrome == [] and example.text in body
    assert BODY in body and "The cause is under investigation" in body


def test_a_post_time_stamp_is_no_playlist_entry() -> None:
    _, chrome, _ = _article("5:07 AM - 29 Jun 2016")
    assert chrome == [("5:07 AM - 29 Jun 2016", "page chrome: tweet signature")]

"""Source labels in the human views: the outlet or the title, never a bare file stem."""

from __future__ import annotations

import pytest

from eventfacts.labels import outlet, shortened, source_labels, with_labels
from eventfacts.reconcile import build_record
from eventfacts.records import CountMention, DocFacts, EntityMention, Evidence, SourceEntry, SourceInfo
from eventfacts.views import record_html, record_table


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.harbourgazette.co.uk/news/2031/fire", "harbourgazette.co.uk"),
        ("http://m.dailyledger.com/story?id=9", "dailyledger.com"),
        ("https://edition.worldwire.com/2031/05/03/flood/index.html", "worldwire.com"),
        ("https://news.valleytimes.org/a/1", "news.valleytimes.org"),
        ("valleytimes.org/a/1", "valleytimes.org"),
        ("not a url", None),
        (None, None),
    ],
)
def test_outlet_of_a_url(url: str | None, expected: str | None) -> None:
    assert outlet(url) == expected


def test_shortened_cuts_at_a_word() -> None:
    assert (
        shortened("Ferry capsizes off Lantau; dozens rescued by fishing boats")
        == "Ferry capsizes off Lantau; dozens…"
    )
    assert shortened("Short title") == "Short title"


def _entry(sid: str, url: str | None, title: str | None) -> SourceEntry:
    return SourceEntry(sid, f"{sid}.json", title, None, None, None, 100, (), None, url=url)


def test_labels_are_outlets_then_titles_and_stay_distinct() -> None:
    labels = source_labels(
        [
            _entry("000_8888b476199a6f17", "https://www.harbourgazette.co.uk/a", "Ferry capsizes"),
            _entry("001_1f2e", "https://dailyledger.com/x", "Ferry disaster: 40 rescued"),
            _entry("002_aa01", "https://dailyledger.com/y", "Ferry captain questioned"),
            _entry("003_bb02", None, "Coastguard says all passengers accounted for after ferry sinks"),
            _entry("004_cc03", None, None),
        ]
    )
    assert labels == {
        "000_8888b476199a6f17": "harbourgazette.co.uk",
        "001_1f2e": "dailyledger.com: Ferry disaster: 40…",
        "002_aa01": "dailyledger.com: Ferry captain questioned",
        "003_bb02": "Coastguard says all passengers…",
        "004_cc03": "004_cc03",
    }


def test_ids_in_a_conflict_description_become_labels() -> None:
    labels = {"a1": "harbourgazette.co.uk", "a10": "dailyledger.com", "b": "b"}
    text = "sources disagree on the number of passengers missing: 3 (a1, a10); 4 (b)"
    assert with_labels(text, labels) == (
        "sources disagree on the number of passengers missing: 3 (harbourgazette.co.uk, dailyledger.com); 4 (b)"
    )


def _doc(sid: str, url: str, title: str, value: float) -> DocFacts:
    text = f"{int(value)} passengers were missing"
    count = CountMention(
        value, None, None, "missing", "passengers", "passenger", None, 0, Evidence(sid, 0, len(text), text)
    )
    info = SourceInfo(sid, f"{sid}.json", title, None, None, None, 200, (), None, url=url)
    return DocFacts(info, counts=(count,))


def test_views_show_labels_with_the_id_as_tooltip_and_link_target() -> None:
    record = build_record(
        [
            _doc("000_8888b476199a6f17", "https://www.harbourgazette.co.uk/a", "Ferry sinks off Lantau", 3),
            _doc("001_5c5c0e21aa9d3b47", "https://dailyledger.com/b", "Ferry sinks, four missing", 4),
        ]
    )
    assert record.conflicts, "the two counts disagree"
    page = record_html(record, {})
    heading = page.split("<h3 class='conflict-title'>")[1].split("</h3>")[0]
    assert "harbourgazette.co.uk" in heading and "dailyledger.com" in heading
    assert "000_8888b476199a6f17" not in heading
    assert "title='000_8888b476199a6f17'>harbourgazette.co.uk</a>" in page
    assert (
        "<h3 id='source-001_5c5c0e21aa9d3b47' title='001_5c5c0e21aa9d3b47'>dailyledger.com: Ferry sinks"
        in page
    )
    table = record_table(record, width=140)
    assert "harbourgazette.co.uk" in table and "dailyledger.com" in table


def test_title_evidence_is_not_highlighted_in_the_body_text() -> None:
    title = "Ferry sinks off Kowloon"
    text = "Kowloon ferry passengers were rescued on Friday."
    person = EntityMention(
        "place",
        "Kowloon",
        "GPE",
        (),
        (),
        0,
        False,
        Evidence("a", 16, 23, "Kowloon", part="title"),
        headline=True,
    )
    info = SourceInfo(
        "a", "a.json", title, None, None, None, len(text), (), None, url="https://dailyledger.com/a"
    )
    page = record_html(build_record([DocFacts(info, entities=(person,))]), {"a": text})
    body = page.split("<div class='source-text'>")[1].split("</div>")[0]
    assert "<span class='place'>" not in body  # offsets 16-23 of the title are not the body's
    assert "href='#source-a'" in page  # the link goes to the source, whose heading shows the title

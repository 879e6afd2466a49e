"""Dates in the lines cleaning drops: a copyright line's year and an embedded post's date say
when a page was written; captions and whatever follows another story's start do not."""

from __future__ import annotations

from eventfacts.clean import clean
from eventfacts.extract.dates import chrome_dates
from eventfacts.records import Article

STORY = """Two hurt in shooting at a county fair

Two teenagers were shot late Saturday near the midway at the Harlan County fair, deputies said.

Both were taken to a hospital in stable condition.

Great turnout at the fair despite the heat pic.twitter.com/abc123 — Rosa Delgado (@rdelgado_news) August 17, 2019

Copyright 2019 Harlan Valley Broadcasting. All rights reserved.
"""


def _dates(text: str) -> list[tuple[str, int | None, int | None, int | None, str | None]]:
    item = clean(Article(id="fair", path="fair.txt", text=text))
    found = list(chrome_dates(item, source="fair", sentence_starts=[0, 40, 120]))
    for d in found:
        assert text[d.evidence.start : d.evidence.end] == d.evidence.text
    return [(d.text, d.expr.year, d.expr.month, d.expr.day, d.kind) for d in found]


def test_a_tweet_signature_gives_a_day_and_a_copyright_line_a_year() -> None:
    assert _dates(STORY) == [
        ("August 17, 2019", 2019, 8, 17, "publication"),
        ("2019", 2019, None, None, "publication"),
    ]


def test_an_embedded_post_time_stamp_gives_a_day() -> None:
    stamp = STORY.replace("— Rosa Delgado (@rdelgado_news) August 17, 2019", "\n\n10:05 PM - 17 Aug 2019")
    assert ("17 Aug 2019", 2019, 8, 17, "publication") in _dates(stamp)


def test_a_copyright_notice_inside_another_chrome_line_gives_its_year() -> None:
    text = STORY.replace(
        "Copyright 2019 Harlan Valley Broadcasting. All rights reserved.",
        "The Associated Press contributed to this report. TM and © Copyright 2019 Harlan Valley Radio Inc.",
    )
    assert ("2019", 2019, None, None, "publication") in _dates(text)


def test_a_file_photo_caption_dates_nothing() -> None:
    caption = STORY.replace(
        "Both were taken",
        "FILE PHOTO: The fairgrounds in Harlan on July 4, 2011. (Photo: Lee Park / Valley News)\n\nBoth were taken",
    )
    assert [d[0] for d in _dates(caption)] == ["August 17, 2019", "2019"]


def test_nothing_past_the_start_of_another_story() -> None:
    from eventfacts.records import CleanArticle, DroppedSpan

    first = "Copyright 2019 Harlan Valley Broadcasting."
    other = "Storm damage in the next county"
    later = "Copyright 2024 Another Station."
    text = f"Two hurt at fair\n\n{first}\n\n{other}\n\n{later}\n"
    spans = tuple(
        DroppedSpan(text.index(line), text.index(line) + len(line), reason)
        for line, reason in (
            (first, "page chrome: copyright line"),
            (other, "unrelated appended article"),
            (later, "page chrome: copyright line"),
        )
    )
    item = CleanArticle(Article(id="fair", path="fair.txt", text=text), text, spans)
    assert [d.expr.year for d in chrome_dates(item, source="fair", sentence_starts=[0])] == [2019]

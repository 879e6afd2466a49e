"""Wire stories whose body is one long line (the way agencies file and many pages keep them):
cleaning drops the chrome inside the line and nothing else, the dateline still names the town,
and a source that loses most of its text says so. The stories are written for these tests in
the formats of AP (old and new), Reuters, AFP and UPI, and of a page with a video player."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventfacts.clean import clean
from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.records import Article

WIRE = Path(__file__).resolve().parent / "data" / "wire"

# (file, the chrome dropped inside the body line, a sentence of the body that stays, dateline town)
STORIES = [
    ("ap_underscore.txt", ["(mk/jr)"], "Firefighters carried six people down ladders", "Tallinn"),
    (
        "ap_contributor.txt",
        ["Associated Press writer Mina Castellanos in Cincinnati contributed to this report."],
        "State engineers were expected at the site on Sunday.",
        "Columbus",
    ),
    (
        "reuters.txt",
        ["(Reporting by Ayu Lestari; Additional reporting by Tom Halvorsen; Editing by Grant Pelley)"],
        "Ferry accidents are common in Indonesia",
        "Jakarta",
    ),
    (
        "afp.txt",
        ["Read or Share this story: http://example.com/2xK9pQ"],
        "Rescuers dug through mud and boulders",
        "Kathmandu",
    ),
    (
        "upi.txt",
        ["Copyright 2023 United Press International, Inc. All Rights Reserved."],
        "The state government ordered an inquiry",
        "Vadodara",
    ),
    (
        "video_player.txt",
        ["Skip Ad Ad Loading... x Embed x Share", "Read or Share this story: http://example.com/3hT7"],
        "A tanker truck overturned on Interstate 84",
        None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("name", "chrome", "kept", "town"), STORIES)
def test_only_the_chrome_inside_a_long_line_is_dropped(
    name: str, chrome: list[str], kept: str, town: str | None
) -> None:
    text = (WIRE / name).read_text(encoding="utf-8")
    cleaned = clean(Article(id="w", path=name, text=text))
    dropped = [text[d.start : d.end] for d in cleaned.dropped if d.reason != "title"]
    assert dropped == chrome
    assert kept in cleaned.body
    assert cleaned.article.warnings == ()


def test_the_dateline_names_the_town_in_every_agency_format(nlp) -> None:  # type: ignore[no-untyped-def]
    for name, _, _, town in STORIES:
        if town is None:
            continue
        docs = list(extract_docs(select_inputs([str(WIRE / name)]).files, nlp=nlp))
        location = build_record(docs).event.location
        assert location is not None, name
        assert town in (location.name, location.city.name if location.city else None), name


PLAYLIST = "\n\n".join(
    f"{minutes}:{seconds:02d} {title}"
    for minutes, seconds, title in [
        (1, 12, "Crews clear snow from Main Street after overnight storm"),
        (2, 40, "High school band wins state marching title"),
        (0, 58, "Council votes to rebuild the old library on Front Street"),
        (3, 5, "Drivers stuck for hours on Route 9 as ice closes the road"),
        (1, 47, "Firefighters rescue a dog from a frozen pond in Elm Grove"),
        (2, 2, "New bakery opens downtown with a line around the block"),
        (4, 11, "Police look for a man who robbed a gas station on Oak Avenue"),
    ]
)


def test_a_source_that_loses_most_of_its_text_says_so() -> None:
    text = f"Store robbed on Oak Avenue\n\nA man robbed a gas station on Oak Avenue on Monday, police said.\n\n{PLAYLIST}\n"
    cleaned = clean(Article(id="p", path="p.txt", text=text))
    assert len(cleaned.article.warnings) == 1
    assert "% of the text was dropped" in cleaned.article.warnings[0]
    assert "video playlist entry" in cleaned.article.warnings[0]

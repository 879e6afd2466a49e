"""Cleaning marks non-body spans and keeps every offset valid."""

from __future__ import annotations

import pytest

from eventfacts.clean import clean
from eventfacts.records import Article

WILDFIRE = """Wildfire forces thousands to flee in northern California

Firefighter Ana Lopez sprays water on a burning home in Paradise, California.
(Josh Edelson / AFP via Getty Images)

A fast-moving wildfire destroyed at least 40 homes near Paradise on Thursday, officials said.

Cal Fire spokesman Rick Carhart said crews were still working to contain the blaze.

A new study finds that coffee drinkers live longer than people who avoid it.

March 2, 2023

The fire started near a power line, according to the utility.

Markets Rally as Inflation Cools

Stocks on Wall Street climbed on Tuesday after the Labor Department reported that consumer prices rose less than expected, lifting hopes that the Federal Reserve could pause rate increases.

Treasury yields fell and the dollar weakened against the euro and the yen.

Source: Valley News Service
"""


def _reasons(text: str) -> dict[str, str]:
    cleaned = clean(Article(id="x", path="x.txt", text=text))
    return {text[d.start : d.end].splitlines()[0]: d.reason for d in cleaned.dropped}


def test_non_body_spans_are_marked_with_reasons() -> None:
    reasons = _reasons(WILDFIRE)
    assert reasons["Wildfire forces thousands to flee in northern California"] == "title"
    assert reasons["Firefighter Ana Lopez sprays water on a burning home in Paradise, California."] == (
        "caption or photo credit"
    )
    assert reasons["A new study finds that coffee drinkers live longer than people who avoid it."] == (
        "teaser for another story"
    )
    assert reasons["March 2, 2023"] == "teaser dateline"
    assert reasons["Markets Rally as Inflation Cools"] == "unrelated appended article"
    kept = [line for line in WILDFIRE.splitlines() if line and line not in reasons]
    assert any(line.startswith("A fast-moving wildfire") for line in kept)
    assert any(line.startswith("The fire started near a power line") for line in kept)


def test_body_keeps_offsets_and_line_breaks() -> None:
    cleaned = clean(Article(id="x", path="x.txt", text=WILDFIRE))
    assert len(cleaned.body) == len(WILDFIRE)
    assert [i for i, c in enumerate(cleaned.body) if c == "\n"] == [
        i for i, c in enumerate(WILDFIRE) if c == "\n"
    ]
    assert "Getty" not in cleaned.body
    start = WILDFIRE.index("A fast-moving")
    assert cleaned.body[start : start + 20] == WILDFIRE[start : start + 20]


def test_a_subhead_that_continues_the_story_is_kept() -> None:
    text = (
        "Mayor Ruth Okafor wins second term in Riverton\n\n"
        "Mayor Ruth Okafor won a second term on Tuesday, beating council member Dan Whitfield.\n\n"
        "Okafor thanked volunteers at a rally in downtown Riverton.\n\n"
        "Whitfield said he would not contest the result in Riverton.\n\n"
        "What Comes Next\n\n"
        "Okafor said her first priority in Riverton would be the housing plan Whitfield opposed.\n"
    )
    assert "What Comes Next" not in _reasons(text)


def test_a_repeated_headline_block_is_marked() -> None:
    text = "Storm hits coast\n\nStorm hits the coast of Maine\n\nWaves flooded roads on Monday.\n\nStorm hits the coast of Maine\n"
    reasons = _reasons(text)
    assert list(reasons.values()).count("repeated line") == 1


@pytest.mark.parametrize(
    ("text", "repeated"),
    [
        (
            "Dam holds after week of rain\n\n"
            "Engineers inspected the Harlow dam on Friday after a week of rain, the county said.\n"
            "Engineers inspected the Harlow dam on...\n\n"
            "The spillway was opened on Saturday to lower the reservoir.\n",
            1,
        ),
        (
            "Dam holds after week of rain\n\n"
            "Engineers inspected the Harlow dam on Friday, the county said.\n"
            "Engineers inspected the pumps\u2026\n\n"
            "Residents said more rain was due. The spillway opened…\n",
            0,
        ),
    ],
)
def test_a_caption_cut_short_under_itself_is_a_repeat(text: str, repeated: int) -> None:
    assert list(_reasons(text).values()).count("repeated line") == repeated


def test_a_one_line_article_is_all_body() -> None:
    text = "\u201cWe will reopen the bridge on Monday,\u201d Mayor Ana Silva said.\n"
    assert clean(Article(id="x", path="x.txt", text=text)).dropped == ()


def test_a_list_of_people_is_not_an_appended_article() -> None:
    text = (
        "Two hurt when balcony collapses at Lakeview party\n\n"
        "Two guests were hurt on Saturday when a wooden balcony gave way at a party in Lakeview, "
        "fire chief Omar Haddad said.\n\n"
        "Haddad said the Lakeview building inspector, Grace Obi, would examine the structure on Monday.\n\n"
        "The injured were identified as:\n\n"
        "Tomas Reyes, 41, of Lakeview\n\n"
        "Hanna Berg, 38, of Millbrook\n\n"
        "Both were taken to Mercy General, where Reyes was in stable condition and Berg was released.\n"
    )
    assert "Tomas Reyes, 41, of Lakeview" not in _reasons(text)


def test_chrome_near_the_top_does_not_make_the_story_an_appended_article() -> None:
    text = (
        "Crews rescue hikers stranded by flash flood near Red Canyon\n\n"
        "Rescue crews reached four hikers in Red Canyon late Tuesday.\n\n"
        "The Pine County sheriff said all four were safe.\n\n"
        "Share This Story With Friends\n\n"
        "Deputy Luis Ortega and volunteers from the Alpine Search Team hiked in after dark, "
        "Sheriff Dana Whitlock said on Wednesday.\n\n"
        "Ortega said one hiker, Mei Tanaka of Boulder, was treated for hypothermia at Saint Anne "
        "Hospital in Grand Junction. The others walked out with the Alpine team by morning.\n\n"
        "Whitlock urged visitors to check the National Weather Service forecast before they set out, "
        "and said the Bureau of Land Management would close the trailhead until Friday.\n"
    )
    assert "unrelated appended article" not in _reasons(text).values()

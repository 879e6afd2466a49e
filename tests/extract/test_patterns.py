"""Street, address and venue patterns, on names written for these tests."""

from __future__ import annotations

import re

import pytest

from eventfacts.extract.patterns import (
    _STREET_IN_TEXT,
    _STREET_OPENING,
    matches_at,
    openings,
    street_kind,
    streets_in,
    venue_kind,
    word_opening,
)
from eventfacts.extract.places import CUES, _cue_matches, _starts_before

STREETS = [
    ("Elm St.", "street"),
    ("S. Harbor Boulevard", "street"),
    ("Martin Luther King Jr. Ave", "street"),
    ("Route 9", "street"),
    ("Interstate 95", "street"),
    ("I-95", "street"),
    ("1400 Elm St.", "address"),
    ("the 400 block of Lakeview Drive", "address"),
    ("3200 block of North Oak Road", "address"),
    ("Dana Reyes", None),
    ("Supreme Court", None),
    ("Memorial Day", None),
    ("Dr. Alan Pierce", None),
    ("the 400 block", None),
]
VENUES = [
    ("Riverside Medical Center", "medical"),
    ("St. Anne's Hospital", "medical"),
    ("Willow Creek Apartments", "housing"),
    ("the Blue Heron Lounge", "commerce"),
    ("Jefferson High School", "public"),
    ("Dana Reyes", None),
    ("Marlowe", None),
]


@pytest.mark.parametrize(("name", "expected"), STREETS)
def test_street_kind(name: str, expected: str | None) -> None:
    assert street_kind(name) == expected


@pytest.mark.parametrize(("name", "expected"), VENUES)
def test_venue_kind(name: str, expected: str | None) -> None:
    assert venue_kind(name) == expected


#: Texts of my own with streets, blocks, towns and names at the start of lines, after
#: punctuation, inside words and next to digits: where a fast scan could go wrong.
SCAN_TEXTS = [
    "Crews closed the 1200 block of North Elm Street and Route 9 after the crash near Dover Hills.",
    "MARLOWE, Ore. (AP) — A Marlowe man was hurt on 52nd Avenue; the Eastgate neighborhood of Salem lost power.",
    "the 40 block of Oak Rd.\nOak Rd. was shut.A2 Main St.",
    "Police in O'Fallon said Sgt. McKee found the car on I-95 at 3 a.m., outside the city of Port Ellis.",
    "Ünder the Café Street sign, 14Main Street and x12 Pine Lane were both named; Marlowe's South Side too.",
    "",
    "The",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_matches_at_finds_what_finditer_finds(text: str) -> None:
    street = re.compile(r"\b(?:the\s+)?\d{1,6}\s+block|\b[A-Z][a-z]+ (?:Street|Avenue)\b")
    starts = openings(word_opening(r"\dA-Zt"), text)
    assert [m.span() for m in matches_at(street, text, starts)] == [m.span() for m in street.finditer(text)]
    for _cue, pattern, opening, _needs, _before in CUES:
        if opening is not None:
            found = [m.span() for m in matches_at(pattern, text, openings(opening, text))]
            assert found == [m.span() for m in pattern.finditer(text)]


#: Texts of my own where each row of `CUES` matches, for the words each row needs.
CUE_TEXTS = [
    "Crews reached Tarvel, Ruritania, and the Eastgate neighborhood of Marlowe by noon.",
    "Staff at the Brannoch Power Plant near Tarvel left; Marlowe's Upper Kessel Street was closed.",
    "Families left the Kessel refugee camp in Ruritania for the Eastgate area.",
    "In Ostrava’s South Side, the Linden Island Resort on Lake Orm stayed open.",
]


#: Texts of my own for the rows tried only in front of what follows their place (`before`): a
#: town and its region after commas, line breaks, a side of the region, a comma with no region.
PAIR_TEXTS = [
    "Dunmore, Ruritania, Tarvel, N.Y., and Kessel Bay, northern Ostrava, were hit.",
    "Sleet fell, and then Harlow Mills, Ore., closed\nPort Ellis, W.Va. reopened,Kestrel Bay, Ore.",
    "Rain in Varnia, south-eastern Orm, then in\nLower Brannoch, and, later, East Tarvel, Fla.",
    "Tarvel, Ruritania's capital, and O'Fallon-Hale, Ore.: Marlowe, the town; Salem, North Dakota",
]


@pytest.mark.parametrize("text", SCAN_TEXTS + CUE_TEXTS + PAIR_TEXTS)
def test_every_cue_match_holds_the_words_its_row_needs(text: str) -> None:
    for _cue, pattern, _opening, needs, _before in CUES:
        for match in pattern.finditer(text):
            assert all(any(word in match.group() for word in group) for group in needs), match.group()
    # so the rows read only up to the last of those words find what each row's regex finds
    assert [(cue, m.span()) for cue, m in _cue_matches(text)] == [
        (cue, m.span()) for cue, pattern, *_ in CUES for m in pattern.finditer(text)
    ]


def test_the_rows_that_need_words_still_match() -> None:
    found = {
        (cue, text[slice(*match.span("place"))]) for text in CUE_TEXTS for cue, match in _cue_matches(text)
    }
    assert {
        ("pair", "Tarvel"),
        ("neighbourhood", "Eastgate"),
        ("neighbourhood", "Upper Kessel Street"),
        ("neighbourhood", "South Side"),
        ("site", "Brannoch Power Plant"),
        ("site", "Kessel refugee camp"),
        ("site", "Linden Island Resort"),
    } <= found


def test_openings_are_word_starts() -> None:
    text = "Oak St. and 3M, 12th Ave, the MacArthur Blvd"
    assert [text[i : i + 3] for i in openings(word_opening("A-Z"), text)] == [
        "Oak",
        "St.",
        "Ave",
        "Mac",
        "Blv",
    ]


def test_streets_in_running_text() -> None:
    text = "It happened in the 400 block of West Harbor Boulevard, then on Route 9 and at 12 Pine Lane, police said."
    assert [text[s:e] for s, e in streets_in(text)] == [
        "the 400 block of West Harbor Boulevard",
        "Route 9",
        "12 Pine Lane",
    ]


def test_a_row_read_in_front_of_what_follows_its_place() -> None:
    text = PAIR_TEXTS[0]
    assert [text[slice(*m.span("place"))] for cue, m in _cue_matches(text) if cue == "pair"] == [
        "Dunmore",
        "Tarvel",
        "Kessel Bay",
    ]
    for _cue, pattern, opening, _needs, before in CUES:
        if before is None or opening is None:
            continue
        for text in SCAN_TEXTS + CUE_TEXTS + PAIR_TEXTS:
            starts = set(_starts_before(before, opening, text))
            assert all(m.start() in starts for m in pattern.finditer(text)), text


def test_streets_begin_where_a_street_can_open() -> None:
    texts = [
        *SCAN_TEXTS,
        "then the 12 block of Pine Lane, the\n400 block of Oak Rd., to 5th Street",
        "tthe 9 Elm St",
    ]
    for text in texts:
        starts = set(openings(_STREET_OPENING, text))
        assert all(m.start() in starts for m in _STREET_IN_TEXT.finditer(text)), text
    text = texts[-2]
    assert [text[s:e] for s, e in streets_in(text)] == [
        "the 12 block of Pine Lane",
        "the\n400 block of Oak Rd.",
        "5th Street",
    ]

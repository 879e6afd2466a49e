"""Place cues of one article, on sentences written for these tests: what is a place cue and what
only looks like one (a month, a holiday, a person, a team, a company, a landmark's first word)."""

from __future__ import annotations

import pytest

from eventfacts.extract.places import extract_places, not_a_place

# (text, names that are cues, names that are not)
CASES = [
    (
        "The vote will be held in August, officials in Bishkek said.",
        {"Bishkek"},
        {"August"},
    ),
    (
        "Shops in Accra stayed open on Christmas Eve despite the strike.",
        {"Accra"},
        {"Christmas Eve", "Christmas"},
    ),
    (
        "The Denver Broncos lost to the Raiders in Las Vegas on Sunday night.",
        {"Las Vegas"},
        {"Denver"},
    ),
    (
        "An explosion at a Hamburg-Süd warehouse in Santos injured three workers.",
        {"Santos"},
        {"Hamburg"},
    ),
    (
        "Dr. Regina Hale, MD, opened a clinic in Mobile, Alabama, in 2004.",
        {"Mobile"},
        {"Regina Hale"},
    ),
    (
        "A bus crashed near Rio de Janeiro on Tuesday.",
        {"Rio de Janeiro"},
        {"Rio"},
    ),
    (
        "Aid workers said cholera had reached the Dadaab refugee camp in Kenya.",
        {"Dadaab refugee camp"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "cues", "not_cues"), CASES)
def test_place_cues(nlp, text: str, cues: set[str], not_cues: set[str]) -> None:  # type: ignore[no-untyped-def]
    found = list(extract_places(nlp(text), source="a"))
    names = {c.text for c in found}
    assert cues <= names
    assert not (not_cues & names)
    for cue in found:
        assert text[cue.evidence.start : cue.evidence.end] == cue.evidence.text


def test_a_site_keeps_where_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Aid workers said cholera had reached the Dadaab refugee camp in Kenya."
    sites = [c for c in extract_places(nlp(text), source="a") if c.cue == "site"]
    assert [(c.text, c.container) for c in sites] == [("Dadaab refugee camp", "Kenya")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("August", True), ("Christmas Eve", True), ("Dec.", True), ("Monday", True), ("Augusta", False)],
)
def test_not_a_place(name: str, expected: bool) -> None:
    assert not_a_place(name) is expected


def test_two_cues_of_one_span_come_out_in_one_order() -> None:
    from eventfacts.extract.places import _cue_order
    from eventfacts.records import Evidence, PlaceCue

    ev = Evidence("t", 40, 56, "Liberty Square")
    bare = PlaceCue(text="Liberty Square", cue="street", sentence=2, evidence=ev)
    within = PlaceCue(text="Liberty Square", cue="street", sentence=2, evidence=ev, container="Tbilisi")
    assert sorted([bare, within], key=_cue_order) == sorted([within, bare], key=_cue_order)

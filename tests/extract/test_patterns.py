"""Street, address and venue patterns, on names written for these tests."""

from __future__ import annotations

import pytest

from eventfacts.extract.patterns import street_kind, venue_kind

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

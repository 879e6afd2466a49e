"""Gazetteer look-ups on names chosen for these tests."""

from __future__ import annotations

import pytest

from eventfacts import geo

REGIONS = [
    ("Ore.", "Oregon"),
    ("N.Y.", "New York"),
    ("W.Va.", "West Virginia"),
    ("TN", "Tennessee"),
    ("Calif.", "California"),
    ("Ontario", "Ontario"),
    ("Kenya", "Kenya"),
    ("Zorblax", None),
]


@pytest.mark.parametrize(("text", "name"), REGIONS)
def test_region_of(text: str, name: str | None) -> None:
    found = geo.region_of(text)
    assert (found.name if found else None) == name


def test_resolve_uses_the_state_named_near() -> None:
    illinois = geo.region_of("Ill.")
    assert illinois is not None
    found = geo.resolve("Springfield", near=(illinois,))
    assert found is not None and found.region == "US-IL"


def test_fold() -> None:
    assert geo.fold("St. Louis") == geo.fold("Saint Louis") == "saint louis"
    assert geo.fold("Bogotá") == "bogota"


def test_codes_are_not_names() -> None:
    assert not [p for p in geo.lookup("The") if p.kind == "city"]


def test_county() -> None:
    found = geo.lookup("Pasco County", kinds=("county",))
    assert found and found[0].region == "US-FL"

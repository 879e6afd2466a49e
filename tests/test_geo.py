"""Gazetteer look-ups on names chosen for these tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

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


def test_towns_abroad_as_small_as_at_home() -> None:
    # One standard for every country: a town of a few thousand people abroad is listed.
    found = geo.lookup("Millom", kinds=("city",))
    assert found and found[0].country == "GB"


def test_a_country_is_never_its_namesake_town() -> None:
    minnesota = geo.region_of("Minn.")
    assert minnesota is not None
    found = geo.resolve("Jordan", near=(minnesota,))
    assert found is not None and found.kind == "country" and found.country == "JO"


@pytest.mark.parametrize(
    ("text", "code"), [("Britain", "GB"), ("U.K.", "GB"), ("the U.S.", None), ("U.S.", "US")]
)
def test_short_names_of_countries(text: str, code: str | None) -> None:
    found = [p for p in geo.lookup(text) if p.kind == "country"]
    assert (found[0].country if found else None) == code


def test_a_county_abroad_holds_its_towns() -> None:
    surrey = [p for p in geo.regions_named("Surrey") if p.country == "GB"]
    assert surrey and surrey[0].kind == "county"
    found = geo.resolve("Dorking", near=(surrey[0],))
    assert found is not None and geo.contains(surrey[0], found)


def test_another_name_does_not_outrank_a_town_of_that_name() -> None:
    assert geo.lookup("Philadelphia", kinds=("city",))[0].region == "US-PA"
    assert geo.lookup("Kiev", kinds=("city",))[0].country == "UA"


@pytest.mark.parametrize(
    ("name", "near", "region"),
    [
        # A village in the first state named does not outvote a city of the name in another state
        # the text names too.
        ("Philadelphia", ("iso:US-NY", "iso:US-PA"), "US-PA"),
        ("Louisville", ("iso:US-MS", "iso:US-KY"), "US-KY"),
        # Of a like size, the first state named decides: Springfield, Ohio, though Illinois's is larger.
        ("Springfield", ("iso:US-OH", "iso:US-IL"), "US-OH"),
        # A larger namesake in a state the text does not name is no rival.
        ("Portland", ("iso:US-ME", "iso:US-TX"), "US-ME"),
    ],
)
def test_a_village_does_not_outvote_a_far_larger_namesake_named_near(
    name: str, near: tuple[str, ...], region: str
) -> None:
    regions = tuple(p for p in (geo.by_id(i) for i in near) if p is not None)
    place = geo.resolve(name, near=regions, kinds=("city",))
    assert place is not None and place.region == region


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Ghanaians", "GH"),  # Ghana + ian + s
        ("Sri Lankans", "LK"),  # two words
        ("Peruvians", "PE"),  # in the table of irregular ones
        ("Moroccan", "MA"),  # Morocc(o) + an
        ("Lebanese", "LB"),  # Leban(on) + ese
        ("Afghans", "AF"),  # Afghan(istan)
        ("German", "DE"),  # German(y)
        ("Dutch", "NL"),
        ("Democrats", None),  # not "Democratic Republic of the Congo"
        ("Catholics", None),
        ("Hispanic", None),
    ],
)
def test_a_country_by_its_people(word: str, code: str | None) -> None:
    found = geo.country_of_people(word)
    assert (found.country if found else None) == code


def test_a_cache_folder_that_is_a_file_builds_nothing_and_raises_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a user's file", encoding="utf-8")
    geo._build_cache(blocked / "places.sqlite")
    assert blocked.read_text(encoding="utf-8") == "a user's file"


def test_a_place_and_its_copy_are_one_key_and_two_places_two() -> None:
    springfields = [p for p in geo.lookup("Springfield") if p.kind == "city"]
    first, other = springfields[0], springfields[1]
    copy = replace(first)
    assert copy == first and copy is not first and hash(copy) == hash(first)
    votes = {first: 1, other: 2}
    votes[copy] += 10
    assert votes == {first: 11, other: 2} and first != other

"""The event's place anywhere in the world, on short articles written for these tests: wire
datelines and local styles from many countries, and the traps a world gazetteer sets (a country
that is also a town's name, a month, a holiday, a person, a team, a company or a landmark whose
name holds a town's, a camp or glacier written with where it is). Each case is one article; the
expected city and country are what a reader says (city None where the text names no town)."""

from __future__ import annotations

import pytest

from eventfacts.reconcile import build_record
from eventfacts.reconcile.places import article_place, implied_regions

from .test_places import _facts

# (text, city, country)
CASES = [
    # Wire datelines abroad.
    (
        "ANKARA, Turkey (Reuters) - Turkey's parliament approved the new cabinet on Thursday after "
        "a debate that ran late into the night.",
        "Ankara",
        "Turkey",
    ),
    (
        "WELLINGTON (Reuters) - New Zealand's parliament passed a bill on Wednesday that bans "
        "foreign buyers from most homes.",
        "Wellington",
        "New Zealand",
    ),
    (
        "MANILA, Philippines (AP) — A fire at a shopping mall in Quezon City killed six people on "
        "Friday, fire officials said.",
        "Quezon City",
        "Philippines",
    ),
    # Local styles.
    (
        "Four people were injured when a wall collapsed in Pune's Kondhwa area on Monday, fire "
        "brigade officials said.",
        "Pune",
        "India",
    ),
    (
        "Police in Recife, in Brazil's Pernambuco state, said two men were shot dead outside a bar "
        "late on Saturday.",
        "Recife",
        "Brazil",
    ),
    (
        "A bus crashed on a highway near Rio de Janeiro on Tuesday, killing nine passengers.",
        "Rio de Janeiro",
        "Brazil",
    ),
    (
        "An earthquake of magnitude 6.1 struck off the coast of Japan on Thursday, shaking "
        "buildings in Sendai and cutting power to thousands of homes.",
        "Sendai",
        "Japan",
    ),
    (
        "A bushfire destroyed twelve homes near the town of Tathra, New South Wales, on Sunday.",
        "Tathra",
        "Australia",
    ),
    (
        "Three people were hurt when a gas explosion wrecked a bakery in Bourg-la-Reine, south of "
        "Paris, early on Wednesday.",
        "Bourg-la-Reine",
        "France",
    ),
    # A county abroad written with its town is not the larger town of that name overseas.
    (
        "Firefighters tackled a blaze at a supermarket in Dorking, Surrey, on Friday night. Surrey "
        "Fire and Rescue Service said no one was hurt.",
        "Dorking",
        "United Kingdom",
    ),
    (
        "A man was charged with arson after a fire at a bakery in Wellington, Somerset. Avon and "
        "Somerset Police said the shop was empty.",
        "Wellington",
        "United Kingdom",
    ),
    # A province abroad named beside a town of its country is the province, not the larger
    # town of its name in another country (Paraná, Argentina).
    (
        "Heavy rain flooded streets in Curitiba on Monday. Civil defence officials in Paraná said "
        "300 people had left their homes, and Paraná schools stayed shut.",
        "Curitiba",
        "Brazil",
    ),
    # A mountain someone is stranded on is a site, not the village of its name (Mount Hermon,
    # Virginia): the place is the mountain, in the country the text gives.
    (
        "Two hikers spent two nights in a snow hole on Israel's Mt Hermon after a storm.",
        None,
        "Israel",
    ),
    # A country named never loses to a town of its name; a month is not a place.
    (
        "Kyrgyzstan will hold its parliamentary election in August, the country's election "
        "commission announced on Friday.",
        None,
        "Kyrgyzstan",
    ),
    (
        "Heavy rain flooded streets across Jordan on Tuesday and the government closed schools.",
        None,
        "Jordan",
    ),
    # A holiday, a person, a team, a company or a landmark holding a town's name.
    (
        "Gunmen attacked a church in Jos, Nigeria, on Christmas Eve, killing six worshippers.",
        "Jos",
        "Nigeria",
    ),
    (
        "Police in Lagos arrested Florence Adebayo, 34, on Tuesday over the collapse of a "
        "building in the city.",
        "Lagos",
        "Nigeria",
    ),
    (
        "The Denver Broncos beat the Chiefs 24-20 at Arrowhead Stadium in Kansas City on Sunday.",
        "Kansas City",
        "United States",
    ),
    (
        "An explosion at a Hamburg-Süd warehouse in Santos, Brazil, injured three workers, port "
        "officials said.",
        "Santos",
        "Brazil",
    ),
    (
        "Thousands of people gathered at the Brandenburg Gate in Berlin on Saturday to mark the anniversary.",
        "Berlin",
        "Germany",
    ),
    # Two capitals are a country, a state or an acronym, never a town ("Ie", Japan).
    (
        "A flaw in IE 9 let attackers take over computers, security researchers in Tallinn said.",
        "Tallinn",
        "Estonia",
    ),
    # Camps and sites: the town they are in where the text says so, or their own name with the
    # country the text gives.
    (
        "Cholera spread through the Dadaab refugee camp in Kenya last week, aid workers said.",
        "Dadaab",
        "Kenya",
    ),
    (
        "A fire destroyed hundreds of shelters at the Tal Abyad camp near Mafraq on Monday, the "
        "UN refugee agency said.",
        "Mafraq",
        "Jordan",
    ),
    (
        "Two climbers died after falling on the Karvell Glacier in Switzerland on Saturday, rescuers said.",
        None,
        "Switzerland",
    ),
]


@pytest.mark.parametrize(("text", "city", "country"), CASES)
def test_event_place_anywhere(nlp, text: str, city: str | None, country: str) -> None:  # type: ignore[no-untyped-def]
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None
    got_city = location.city.name if location.city is not None else None
    got_country = location.country.name if location.country is not None else None
    assert (got_city, got_country) == (city, country)


def test_enough_countries() -> None:
    assert len({country for _, _, country in CASES}) >= 10


def test_a_site_keeps_its_name_with_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = CASES[-1][0]
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None and location.name == "Karvell Glacier"
    assert location.within == ("Switzerland",)
    for ev in location.evidence:
        assert text[ev.start : ev.end] == ev.text


def test_an_acronym_is_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A flaw in IE 9 let attackers take over computers, researchers said on Tuesday."
    location = build_record([_facts(nlp, text)]).event.location
    assert location is None or location.city is None


@pytest.mark.parametrize(
    "text",
    [
        "Luis Moreno scored twice on Saturday as his side won 3-1. Scouts from three clubs have shown "
        "interest in Moreno this season, his agent Carla Diaz said.",
        "Striker Luis Moreno has agreed a new contract, his agent Carla Diaz said on Monday. The deal "
        "keeps the interest in Moreno alive, Diaz said.",
    ],
)
def test_a_persons_name_is_no_town(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A gazetteer of every town of 500 people holds many surnames: "interest in Moreno" is the
    player the article names in full, not Moreno, Argentina."""
    assert article_place(_facts(nlp, text)) is None


def test_a_town_written_as_one_stays_a_town_whoever_shares_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Floods cut off Moreno, Argentina, on Monday, mayor Luis Moreno said."
    place = article_place(_facts(nlp, text))
    assert place is not None and (place.name, place.country) == ("Moreno", "AR")


# (text, (town, state or country)): towns that share their name across states and countries.
NAMESAKES = [
    # A town the article writes with its state is what its bare name means there: Paris, Texas,
    # not Paris, France, nor Paris, Tennessee, though the article names Tennessee first.
    (
        "A Tennessee man was arrested on Friday after a chase. Deputies said the chase began in "
        "Paris, Texas, and ended near the state line. The man lived in Paris for two years, "
        "deputies said.",
        ("Paris", "US-TX"),
    ),
    # A town named as where something happened stays the town, whatever mountain shares its name.
    ("A man was shot in Mount Hermon on Friday night, deputies said.", ("Mount Hermon", "US-VA")),
    # A state the article names, written as whose police, is the state, not a namesake village.
    (
        "Florida police arrested a man on Tuesday after a shooting at a bar in Tampa, Florida, "
        "left two people hurt.",
        ("Tampa", "US-FL"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMESAKES)
def test_namesake_towns(nlp, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    place = article_place(_facts(nlp, text))
    assert place is not None and (place.name, place.region or place.country) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "Outlook" and "Saints" are villages of a few hundred people somewhere; named in passing
        # in a story that names no region they lie in, they are words, not the story's towns.
        "Outlook users were told to install the update on Wednesday, the company said in a statement.",
        "The Saints beat the visitors 31-17 on Sunday as their quarterback threw for three touchdowns.",
    ],
)
def test_a_village_named_in_passing_is_no_town(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    place = article_place(_facts(nlp, text))
    assert place is None or place.population >= 5000


@pytest.mark.parametrize(
    ("text", "implied"),
    [
        # Hampshire is also a village in Illinois, the largest town of the name: beside a town of
        # England it is the English county and implies no state of Illinois.
        (
            "A fire gutted a pub in Basingstoke on Sunday. Firefighters in Hampshire said it started "
            "in the kitchen.",
            ["iso:GB"],
        ),
        # Fife is also a council area of Scotland; named alone, the town in Washington is plain.
        ("A man was shot in Fife on Friday night, police said.", ["iso:US-WA"]),
    ],
)
def test_a_name_also_a_province_abroad_implies_by_the_other_towns(nlp, text: str, implied: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [p.id for p in implied_regions(_facts(nlp, text).places)] == implied


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        # an area alone: the location, within no country (the gazetteer has a village of the name)
        ("Shipping across the Middle East slowed on Friday after a storm damaged two ports.",
         "Middle East", "area", None),
        ("Markets across Asia fell sharply on Monday as investors fled risky assets.", "Asia", "area", None),
        # with a country named, the country is where
        ("A ferry sank in the Atlantic on Tuesday, and the coast guard of Portugal rescued 40 people.",
         "Portugal", "country", "Portugal"),
    ],
)  # fmt: skip
def test_a_world_area_is_no_town(nlp, text: str, name: str, kind: str, country: str | None) -> None:  # type: ignore[no-untyped-def]
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None
    assert (location.name, location.kind, location.country.name if location.country else None) == (
        name,
        kind,
        country,
    )
    assert location.city is None


def test_a_town_named_like_an_area_in_its_state_stays_a_town(nlp) -> None:  # type: ignore[no-untyped-def]
    # the state named beside it says the village is meant, as for any town
    text = "A grain elevator caught fire in Atlantic, Iowa, on Sunday, and two workers were hurt."
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None and location.city is not None
    assert (location.city.name, location.region.name if location.region else None) == ("Atlantic", "Iowa")
    places = {p.name: p.kind for p in build_record([_facts(nlp, text)]).places}
    assert places.get("Atlantic") == "city"

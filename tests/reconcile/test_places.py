"""The event's place, resolved against the gazetteer, on location sentences written for these
tests: datelines, AP state abbreviations, neighbourhoods, venues, streets, two towns in one story,
several countries. Each case is one short article; the expected levels are what a reader says."""

from __future__ import annotations

import pytest

from eventfacts import geo
from eventfacts.extract import doc_facts
from eventfacts.reconcile import build_record
from eventfacts.reconcile.places import article_place, resolve_cues, town_scores
from eventfacts.records import Article, CleanArticle

# (text, city, region, country); None where the text does not let a reader say.
CASES = [
    # Datelines with AP abbreviations, postal codes, full state names, wire credits.
    (
        "MEDFORD, Ore. (AP) — A man was shot outside a tavern late Friday, police said.",
        "Medford",
        "Oregon",
        "United States",
    ),
    (
        "BANGOR, Maine (AP) — Two people were wounded in a shooting at an apartment building.",
        "Bangor",
        "Maine",
        "United States",
    ),
    (
        "TUPELO, Miss. -- A teenager was injured when someone fired into a car on Sunday.",
        "Tupelo",
        "Mississippi",
        "United States",
    ),
    (
        "YAKIMA, WA (KXYZ) - Deputies are looking for a gunman after a shooting at a park.",
        "Yakima",
        "Washington",
        "United States",
    ),
    (
        "GREELEY, Colo. — A woman was killed in a shooting at her home Tuesday night.",
        "Greeley",
        "Colorado",
        "United States",
    ),
    (
        "DULUTH, Minnesota (WDIO) - Police are investigating a shooting near the harbor.",
        "Duluth",
        "Minnesota",
        "United States",
    ),
    (
        "SCHENECTADY, N.Y. (AP) — A man was charged with shooting his neighbor during an argument.",
        "Schenectady",
        "New York",
        "United States",
    ),
    (
        "MORGANTOWN, W.Va. — One person was hurt in a shooting outside a bar early Saturday.",
        "Morgantown",
        "West Virginia",
        "United States",
    ),
    (
        "Lakeland, Fla. — A deputy shot a man who had pointed a rifle at officers, the sheriff said.",
        "Lakeland",
        "Florida",
        "United States",
    ),
    (
        "TOPEKA, Kan. (AP) — Police say a man was shot during a robbery at a convenience store.",
        "Topeka",
        "Kansas",
        "United States",
    ),
    # A town written with its state in running text.
    (
        "A 19-year-old was shot and killed Saturday in Muncie, Ind., police said.",
        "Muncie",
        "Indiana",
        "United States",
    ),
    (
        "Police in Fresno, Calif., arrested a man after a shooting at a gas station.",
        "Fresno",
        "California",
        "United States",
    ),
    (
        "The shooting happened late Sunday in Bozeman, Montana, according to police.",
        "Bozeman",
        "Montana",
        "United States",
    ),
    (
        "Two men were wounded in Pueblo, Colo., on Thursday, and a third was arrested.",
        "Pueblo",
        "Colorado",
        "United States",
    ),
    (
        "A woman was shot in the leg in Macon, Ga., early Friday, deputies said.",
        "Macon",
        "Georgia",
        "United States",
    ),
    # Police and residents name the town.
    (
        "Knoxville police are investigating a shooting that left one man dead on Tuesday night.",
        "Knoxville",
        "Tennessee",
        "United States",
    ),
    (
        "A Spokane man was arrested Friday after a shooting that wounded two people, Spokane police said.",
        "Spokane",
        "Washington",
        "United States",
    ),
    (
        "The Tulsa Police Department said the victim, 24, died at a hospital after the shooting.",
        "Tulsa",
        "Oklahoma",
        "United States",
    ),
    (
        "Officers from the Savannah Police Department found the man with a gunshot wound on Monday.",
        "Savannah",
        "Georgia",
        "United States",
    ),
    (
        "A 31-year-old Scranton woman was shot in the arm, and Scranton police are looking for a suspect.",
        "Scranton",
        "Pennsylvania",
        "United States",
    ),
    # Neighbourhoods, streets and blocks belong to the city named near them.
    (
        "A man was shot in the 2300 block of Linwood Avenue on Saturday, Toledo police said.",
        "Toledo",
        "Ohio",
        "United States",
    ),
    (
        "Chicago police said a teenager was shot in the Austin neighborhood on the West Side late Monday.",
        "Chicago",
        "Illinois",
        "United States",
    ),
    (
        "The shooting happened on Prospect Street in Hartford just after midnight, police said.",
        "Hartford",
        "Connecticut",
        "United States",
    ),
    (
        "Omaha police said the man was wounded near 30th Street and Ames Avenue on Friday.",
        "Omaha",
        "Nebraska",
        "United States",
    ),
    (
        "Gunfire broke out in the Fells Point area of Baltimore early Sunday, injuring two people.",
        "Baltimore",
        "Maryland",
        "United States",
    ),
    (
        "Detectives said the victim was found on Elm Street in Springfield, Mass., on Monday.",
        "Springfield",
        "Massachusetts",
        "United States",
    ),
    # Venues.
    (
        "A security guard was shot at the Crossroads Mall in Oklahoma City on Saturday, police said.",
        "Oklahoma City",
        "Oklahoma",
        "United States",
    ),
    (
        "The victim was taken to Mercy Hospital after a shooting at a bar in Des Moines, Iowa.",
        "Des Moines",
        "Iowa",
        "United States",
    ),
    (
        "A fight at Riverside Apartments in Tallahassee ended with one man shot, police said.",
        "Tallahassee",
        "Florida",
        "United States",
    ),
    # Two towns in one story: the one where it happened wins over a suspect's home town.
    (
        "ROCKFORD, Ill. (AP) — A man from Madison, Wis., was charged in a shooting at a Rockford motel.",
        "Rockford",
        "Illinois",
        "United States",
    ),
    (
        "Boise police arrested a Nampa man after a shooting outside a Boise restaurant on Friday.",
        "Boise",
        "Idaho",
        "United States",
    ),
    (
        "The suspect, who lives in Dayton, was arrested after shooting a clerk in Springfield, Ohio, police said.",
        "Springfield",
        "Ohio",
        "United States",
    ),
    (
        "A Reno woman was shot Tuesday in Sparks, Nev., and Sparks police said the shooter fled.",
        "Sparks",
        "Nevada",
        "United States",
    ),
    # Other countries and styles.
    (
        "BAGHDAD (Reuters) — A car bomb exploded near a market in Baghdad's Karrada district on Sunday.",
        "Baghdad",
        None,
        "Iraq",
    ),
    (
        "Gunmen opened fire on a bus in Peshawar, Pakistan, killing four passengers, police said.",
        "Peshawar",
        None,
        "Pakistan",
    ),
    (
        "TORONTO — Two men were shot outside a restaurant in Toronto, Ontario, late on Friday.",
        "Toronto",
        "Ontario",
        "Canada",
    ),
    (
        "Police in Marseille said a man was killed in a shooting in the city's northern districts.",
        "Marseille",
        None,
        "France",
    ),
    (
        "A gunman wounded three people at a shopping centre in Brisbane, Queensland, police said.",
        "Brisbane",
        "Queensland",
        "Australia",
    ),
    (
        "NAIROBI, Kenya (AP) — Police fired tear gas at protesters in Nairobi on Tuesday.",
        "Nairobi",
        None,
        "Kenya",
    ),
    (
        "Officers were called to a house in Leeds, England, where a man had been stabbed.",
        "Leeds",
        "England",
        "United Kingdom",
    ),
    (
        "An explosion at a fuel depot in Lagos, Nigeria, killed at least twelve people on Monday.",
        "Lagos",
        None,
        "Nigeria",
    ),
    (
        "Shots were fired outside a nightclub in Guadalajara, Mexico, early Saturday, officials said.",
        "Guadalajara",
        None,
        "Mexico",
    ),
]


def _facts(nlp, text: str, source: str = "a"):  # type: ignore[no-untyped-def]
    article = Article(id=source, path=f"{source}.txt", text=text, format="json")
    return doc_facts(CleanArticle(article, text, ()), nlp(text))


def _level(location, name: str) -> str | None:  # type: ignore[no-untyped-def]
    level = getattr(location, name)
    return level.name if level is not None else None


@pytest.mark.parametrize(("text", "city", "region", "country"), CASES)
def test_event_place(nlp, text: str, city: str, region: str | None, country: str) -> None:  # type: ignore[no-untyped-def]
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None
    assert (_level(location, "city"), _level(location, "region"), _level(location, "country")) == (
        city,
        region,
        country,
    )


def test_enough_cases() -> None:
    assert len(CASES) >= 40


def test_evidence_indexes_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = CASES[0][0]
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None and location.city is not None
    for ev in (*location.evidence, *location.city.evidence):
        assert text[ev.start : ev.end] == ev.text


def test_sources_naming_different_towns_conflict(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = [
        _facts(nlp, "OGDEN, Utah (AP) — A man was shot at a park on Friday, Ogden police said.", "a"),
        _facts(nlp, "PROVO, Utah (AP) — A man was shot at a park on Friday, Provo police said.", "b"),
    ]
    record = build_record(docs)
    location = record.event.location
    assert location is not None and location.agreement == "conflict"
    assert sorted(c.value for c in location.claims) == ["Ogden", "Provo"]
    assert any(c.ref == "event.location" for c in record.conflicts)


def test_neighbourhood_is_the_name_within_the_city(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunfire broke out in the Fells Point area of Baltimore early Sunday, Baltimore police said."
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None
    assert (location.name, location.kind) == ("Fells Point", "neighbourhood")
    assert "Baltimore" in location.within


def test_address_level(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A man was shot in the 2300 block of Linwood Avenue on Saturday, Toledo police said."
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None and location.address is not None
    assert location.address.name == "the 2300 block of Linwood Avenue"
    assert location.kind == "address"


def test_article_place(nlp) -> None:  # type: ignore[no-untyped-def]
    place = article_place(_facts(nlp, "Knoxville police are investigating a shooting on Tuesday."))
    assert place is not None and (place.name, place.region) == ("Knoxville", "US-TN")
    assert article_place(_facts(nlp, "The committee met on Tuesday to discuss the budget.")) is None


def test_places_without_support_are_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police in Fresno, Calif., said the shooting happened near the Zorblax Quadrant late Friday."
    record = build_record([_facts(nlp, text)])
    kinds = {p.name: p.kind for p in record.places}
    assert kinds.get("Fresno") == "city"
    assert all(k is not None for k in kinds.values())
    assert "Zorblax Quadrant" not in kinds


def test_a_town_called_a_neighbourhood_is_part_of_the_city_beside_it(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = [
        _facts(
            nlp, "Two men were stabbed Friday night in Boston's Dorchester neighborhood, police said.", "a"
        ),
        _facts(
            nlp,
            "A Dorchester man was arrested in the Dorchester stabbing. Dorchester residents held a vigil.",
            "b",
        ),
        _facts(
            nlp, "The stabbing in Dorchester left two men in serious condition, according to police.", "c"
        ),
    ]
    location = build_record(docs).event.location
    assert location is not None and location.city is not None
    assert (location.city.name, location.city.gazetteer_id is not None) == ("Boston", True)
    assert location.agreement != "conflict"


def test_a_neighbourhood_named_like_a_far_town_is_the_citys(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = [
        _facts(
            nlp,
            "A woman was shot outside a store in the city's Roxbury neighborhood, Boston police said.",
            "a",
        ),
        _facts(nlp, "The shooting in Roxbury was the second in the area this week, officers said.", "b"),
    ]
    location = build_record(docs).event.location
    assert location is not None and location.city is not None and location.region is not None
    assert (location.city.name, location.region.name) == ("Boston", "Massachusetts")


def test_a_town_written_with_its_state_is_what_the_others_mean(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = [
        _facts(nlp, "HARLAN, Mont. (AP) — A rancher was shot and wounded in a dispute over a fence.", "a"),
        _facts(
            nlp, "A rancher was wounded in Harlan on Tuesday. Deputies arrested a neighbor in Harlan.", "b"
        ),
    ]
    location = build_record(docs).event.location
    assert location is not None and location.city is not None and location.region is not None
    assert (location.city.name, location.region.name) == ("Harlan", "Montana")


def test_the_county_is_where_it_happened_not_where_a_deputy_served(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "GRAND HAVEN, Mich. — A former Kent County deputy was charged Tuesday in the shooting of a man "
        "in Ottawa County. The former Kent County deputy had left the Kent County force last year."
    )
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None and location.county is not None
    assert (location.city and location.city.name, location.county.name) == ("Grand Haven", "Ottawa County")


def test_a_town_named_in_passing_when_no_source_says_where(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = [
        _facts(
            nlp,
            "A fisherman was shot by accident on a boat off Key Largo on Friday, Monroe County deputies said.",
            "a",
        ),
        _facts(
            nlp, "Florida wildlife officers are helping Monroe County deputies look into the accident.", "b"
        ),
    ]
    location = build_record(docs).event.location
    assert location is not None and location.city is not None and location.region is not None
    assert (location.city.name, location.region.name) == ("Key Largo", "Florida")
    for ev in location.city.evidence:
        assert ev.text == "Key Largo"


# A venue that shares its name with a town in another state, named in the title too:
# (title, text, venue, city, region)
VENUES_NAMED_LIKE_TOWNS = [
    (
        "Teen shot near Forest Park",
        "ST. LOUIS — A teenager was shot near Forest Park early Saturday, police said. The boy was "
        "found on a path in Forest Park, a spokesman said.",
        "Forest Park",
        "St. Louis",
        "Missouri",
    ),
    (
        "Woman hurt in shooting at Highland Park",
        "ROCHESTER — A woman was wounded at Highland Park on Monday, Rochester police said. "
        "Officers closed the paths in Highland Park for the night.",
        "Highland Park",
        "Rochester",
        "New York",
    ),
    (
        "Two hurt in fight at Washington Park",
        "DENVER (KXYZ) — Two men were hurt in a fight at Washington Park on Sunday, Denver police said.",
        "Washington Park",
        "Denver",
        "Colorado",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("title", "text", "venue", "city", "region"), VENUES_NAMED_LIKE_TOWNS)
def test_a_venue_named_like_a_far_town_keeps_the_identity_of_its_own_town(  # type: ignore[no-untyped-def]
    nlp, title: str, text: str, venue: str, city: str, region: str
) -> None:
    article = Article(id="a", path="a.json", text=text, format="json", title=title)
    location = build_record([doc_facts(CleanArticle(article, text, ()), nlp(text))]).event.location
    assert location is not None and location.city is not None
    assert (location.name, _level(location, "city"), _level(location, "region")) == (venue, city, region)
    assert location.gazetteer_id == location.city.gazetteer_id
    town = geo.by_id(location.city.gazetteer_id or "")
    assert town is not None and town.name == city and location.coordinates is not None
    assert (location.coordinates.latitude, location.coordinates.longitude) == (town.latitude, town.longitude)


EVIDENCED = [
    # the town read from a region that is one city
    "A man was shot and killed on Benning Road in Northeast D.C. on Monday, D.C. police said.",
    # the town only written as the container of a street
    "Two people were hurt in a shooting on Alder Street in Tacoma on Friday, officers said.",
    "HARLAN, Mont. (AP) — A rancher was shot and wounded in a dispute over a fence.",
]


@pytest.mark.parametrize("text", EVIDENCED)
def test_every_claim_of_the_location_has_evidence(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None and location.claims and location.city is not None
    for evidence in (*(e for c in location.claims for e in c.evidence), *location.city.evidence):
        assert text[evidence.start : evidence.end] == evidence.text
    assert all(c.evidence for c in location.claims) and location.city.evidence


#: (articles, city, the part listed in `within` or as `name`, basis): issue 30's rows on the
#: part of a city, a rural county, a person's country and a national election.
PLACE_STEPS = [
    (
        (
            "ASTORIA, Queens — A delivery worker was stabbed outside a deli on Ditmars Boulevard "
            "on Tuesday night, police said.",
            "The delivery worker stabbed in Queens on Tuesday was in stable condition, officers said.",
        ),
        "Queens",
        "Astoria",
        "cue",
    ),
    (
        (
            "A hunter was shot by accident in rural Garfield County, Colo., on Saturday, sheriff's "
            "deputies said. He was flown to a hospital in Grand Junction.",
        ),
        None,
        None,
        "county",
    ),
    (
        ("Brazil's Ana Souza won the 200 metres at the athletics meeting in Doha on Friday.",),
        "Doha",
        None,
        "cue",
    ),
    (
        (
            "NAIROBI (Reuters) - Kenyans voted on Tuesday in a general election that pits the vice "
            "president against a former opposition leader. Results are expected within a week.",
        ),
        None,
        None,
        "national",
    ),
    (
        (
            "NAIROBI (Reuters) - Residents of Nairobi elected a new governor on Tuesday, and turnout "
            "in Nairobi was lower than at the last election, officials said.",
        ),
        "Nairobi",
        None,
        "dateline",
    ),
]


@pytest.mark.parametrize(("texts", "city", "part", "basis"), PLACE_STEPS)
def test_the_step_that_places_the_event(nlp, texts, city, part, basis) -> None:  # type: ignore[no-untyped-def]
    docs = [_facts(nlp, text, f"s{i}") for i, text in enumerate(texts)]
    location = build_record(docs).event.location
    assert location is not None
    assert (_level(location, "city"), location.basis) == (city, basis)
    if part is not None:
        assert part in (location.name, *location.within)
        assert location.within.index(city) > (location.within.index(part) if part in location.within else -1)
    for ev in location.evidence:
        assert texts[int(ev.source[1:])][ev.start : ev.end] == ev.text


def test_a_rural_county_is_the_place_not_the_hospitals_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PLACE_STEPS[1][0][0]
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None
    assert (_level(location, "county"), _level(location, "region")) == ("Garfield County", "Colorado")
    assert "Grand Junction" not in location.within


def test_a_country_written_as_a_persons_is_whose_not_where(nlp) -> None:  # type: ignore[no-untyped-def]
    location = build_record([_facts(nlp, PLACE_STEPS[2][0][0])]).event.location
    assert location is not None and _level(location, "country") == "Qatar"


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # a town the gazetteer lacks keeps its name, in the country the text gives
        ("Shelling hit a clinic in Qaryat Zubaydah, northern Syria, on Monday, killing four.",
         "Qaryat Zubaydah", "Syria"),
        ("Flooding cut off the village of Kampong Dalam, eastern Malaysia, on Friday.", "Kampong Dalam",
         "Malaysia"),
    ],
)  # fmt: skip
def test_a_town_with_the_country_the_text_gives(nlp, text: str, city: str, country: str) -> None:  # type: ignore[no-untyped-def]
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None
    assert (_level(location, "city"), _level(location, "country")) == (city, country)


def test_a_compass_quarter_is_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    # a village shares the word ("Northwest"), but a story that names a city's quarter alone
    # means the quarter; written with its state the village is meant
    quarter = _facts(
        nlp, "Two men were wounded in Northwest on Friday night, and police are looking for a red sedan."
    )
    assert all(geo.fold(p.name) != "northwest" for p in town_scores(quarter, floor=0.0))
    village = _facts(nlp, "A barn burned down in Northwest, N.C., on Friday night, the fire chief said.")
    assert any(geo.fold(p.name) == "northwest" for p in town_scores(village, floor=0.0))


def test_the_titles_cues_come_with_the_article_and_support_a_town_the_body_names(nlp) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from eventfacts.reconcile.places import Contribution, town_contributions
    from eventfacts.records import TitleCue

    text = "A man was shot in Medford on Friday. He had driven there from Ashland, police said."
    article = Article(
        id="a", path="a.json", text=text, format="json", title="Driver shot in Ashland, police say"
    )
    facts = doc_facts(CleanArticle(article, text, ()), nlp(text))
    assert facts.title_cues == (TitleCue("Ashland", "locative"),)
    titled = {p.name for p, found in town_contributions(facts).items() if Contribution("title") in found}
    assert titled == {"Ashland"}
    # the merge reads what extraction wrote, not the title again
    assert not any(
        Contribution("title") in found for found in town_contributions(replace(facts, title_cues=())).values()
    )


def test_an_articles_cues_read_again_with_other_regions_near_follow_them(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Springfield" alone: the town of the state the other sources name, asked of one article
    # twice with two different neighbours (the cues are kept per article, but not across
    # different regions near).
    doc = _facts(nlp, "A man was shot outside a bakery in Springfield on Tuesday, police said.")
    illinois, massachusetts = geo.by_id("iso:US-IL"), geo.by_id("iso:US-MA")
    assert illinois is not None and massachusetts is not None
    first = [r.place.region for r in resolve_cues(doc, (illinois,)) if r.place is not None]
    second = [r.place.region for r in resolve_cues(doc, (massachusetts,)) if r.place is not None]
    again = [r.place.region for r in resolve_cues(doc, (illinois,)) if r.place is not None]
    assert first == again == ["US-IL"] and second == ["US-MA"]

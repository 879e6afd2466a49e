"""NER repairs on sentences written for these tests: local crime, court, fire and council news.

Each case is (text, kind, name, expected): expected is the kind the name must end up as, or
"dropped: <reason>" when the candidate must be thrown out (and then be visible as a
DroppedEntity), or "absent" when it must be neither a mention of that kind nor dropped under
that name. The repairs must also leave real names alone (the second table).
"""

from __future__ import annotations

import pytest

from eventfacts.extract.entities import entity_candidates
from eventfacts.records import DroppedEntity, EntityMention


def _candidates(nlp, text: str) -> list[EntityMention | DroppedEntity]:  # type: ignore[no-untyped-def]
    return list(entity_candidates(nlp(text), source="t"))


def _fate(candidates: list[EntityMention | DroppedEntity], name: str) -> set[str]:
    fates = set()
    for c in candidates:
        if c.text != name:
            continue
        fates.add(f"dropped: {c.reason}" if isinstance(c, DroppedEntity) else c.kind)
    return fates


REPAIRS = [
    # streets, blocks and addresses are places, never people or organizations
    ("Deputies found the car parked on Juniper Hollow Road late Tuesday, said Lena Marsh.", "Juniper Hollow Road", "place"),
    ("The fire started in a garage on Tamarack Drive, fire officials said.", "Tamarack Drive", "place"),
    ("Officers were called to the 2300 block of Wexford Glen after neighbors heard shots.", "Wexford Glen", "place"),
    ("Witnesses saw the truck turn onto Calloway Ave. and speed away.", "Calloway Ave", "place"),
    ("Witnesses said Kelvin Ash ran toward Maple Lane after the shots.", "Maple Lane", "place"),
    ("The crash closed Route 9 for most of the morning, troopers said.", "Route 9", "place"),
    ("A man was robbed near Bellamy and Ortega streets on Friday night.", "Ortega", "dropped: part of a street name"),
    ("The gunman fled along Brookhaven Lane toward the river.", "Brookhaven", "absent-person"),
    # venues typed as people
    ("She was flown to Saint Averill Medical Center in critical condition.", "Saint Averill Medical Center", "not-person"),
    ("Mourners gathered at the Hollis Brothers Funeral Home on Sunday.", "Hollis Brothers Funeral Home", "not-person"),
    # towns typed as people or organizations
    ("The Village of Ashgrove Fire Department put out the blaze.", "Village of Ashgrove", "not-person"),
    ("Dalton County Sheriff Ray Ingram said the investigation was continuing.", "Ray Ingram", "person"),
    # titles and role nouns
    ("Sgt. Tomas Reyna said the driver had been drinking. Detective Cpl. said nothing.", "Detective Cpl", "not-person"),
    ("Landlord Priya Venkat said the tenants had complained for months.", "Priya Venkat", "person"),
    ("Magistrate Oren Falk set bail at $50,000 on Thursday.", "Oren Falk", "person"),
    ("Victims Carla Dunn and Reggie Moss were taken to a hospital.", "Carla Dunn", "person"),
    # nicknames, families, charges, cars
    ("Jerome Tate, aka Little Jay, 19, was arrested Friday.", "Little Jay", "dropped: nickname"),
    ("Kevin Ruiz, also known as Kilo, was charged.", "Kilo", "dropped: nickname"),
    ("Officers searched the Gallaghers' home on Monday.", "Gallaghers", "dropped: a family"),
    ("Pruitt was charged with Aggravated Assault and Reckless Endangerment.", "Aggravated Assault and Reckless Endangerment", "dropped: criminal charge"),
    ("Police are looking for a silver Subaru that left the scene.", "Subaru", "dropped: make of vehicle"),
    ("The suspects fled in a 2012 Hyundai Elantra with tinted windows.", "Hyundai", "dropped: make of vehicle"),
    ("The men drove off in a Nissan SUV, police said.", "Nissan", "dropped: make of vehicle"),
    # people typed as organizations
    ("Police said 4-month-old Zariyah Bellamy was struck by a stray bullet.", "Zariyah Bellamy", "person"),
    ("His nephew, Tremaine Whitfield, was also wounded in the attack.", "Tremaine Whitfield", "person"),
    # organization words typed as people
    ("A clerk of the Harlan Juvenile Court said the hearing was postponed.", "Harlan Juvenile Court", "not-person"),
    # names written where places are written, directions, titles after a place, suffixes alone
    ("The man was shot in Brindlewood late Friday, deputies said.", "Brindlewood", "place"),
    ("Ellis had worked for the Dunmore sheriff's department for a decade.", "Dunmore", "place"),
    ("The shooting happened at the apartments near 400 East and 5200 South.", "East", "dropped: compass direction"),
    ("The Fairhaven Tribune reported the closure on Monday.", "Fairhaven Tribune", "not-person"),
    ("Lamar County Sheriff Dee Hollis said the suspect was armed.", "Lamar County", "place"),
    ("Marcus Bell Jr. was hurt. Police said Jr. was the older brother.", "Jr.", "dropped: title without a name"),
    # common nouns, glued words, more cars and streets, towns before a noun
    ("Cops declined to say more about the case.", "Cops", "dropped: common noun"),
    ("The victim was flown to Riverbend Medical Center via LifeFlight.", "Riverbend Medical Center", "organization"),
    ("The Ohio Bureau of Investigation's Most Wanted list was updated.", "Ohio Bureau of Investigation", "organization"),
    ("The suspects fled in a gray, four-door, 2009 Toyota Camry.", "Toyota", "dropped: make of vehicle"),
    ("Deputies arrived at the home on Heron Pond Court just after noon.", "Heron Pond Court", "place"),
    ("A Wexford man was charged with arson on Monday.", "Wexford", "place"),
    ("The shots were fired near 9 Mile Road and Kelly, police said.", "Kelly", "not-person"),
    ("POCATELLO, Idaho - A couple charged in the shooting pleaded not guilty.", "Idaho", "place"),
    ("Tracy Adkins, 46, of Hudson, said she knew the family.", "Hudson", "place"),
    ("He was a fan of the Pittsburgh Steelers, Boston Celtics and the Dallas Cowboys.", "Pittsburgh Steelers", "organization"),
    ("He received the sentence Monday in 7th District Court.", "District Court", "organization"),
    ("The teen is recovering at Children's Hospital of Michigan in Detroit.", "Children's Hospital of Michigan", "organization"),
    ("He notes that the Commission on Presidential Debates has not responded.", "Commission on Presidential Debates", "organization"),
    # a possessive inside a name
    ("According to Kelsey Amberg's Facebook page, she had just moved to the city.", "Kelsey Amberg", "person"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "expected"), REPAIRS)
def test_repairs(nlp, text: str, name: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    fates = _fate(_candidates(nlp, text), name)
    if expected == "not-person" or expected == "absent-person":
        assert "person" not in fates
    else:
        assert expected in fates, fates


REAL_NAMES = [
    ("Grace Park, 41, said she heard three shots.", "Grace Park", "person"),
    ("Shirley Temple told reporters she had locked the door.", "Shirley Temple", "person"),
    ("Attorney Jordan Lane said his client would plead not guilty.", "Jordan Lane", "person"),
    ("In 2019 Marcus Bell was elected to the city council.", "Marcus Bell", "not-dropped"),
    ("The Crips and the Bloods have feuded in the area for years, police said.", "Crips", "not-dropped"),
    ("Fighters of the Popular Front, also known as the Red Brigade, took the town.", "Red Brigade", "not-dropped"),
    ("Mayor Elena Cruz thanked the firefighters at City Hall.", "Elena Cruz", "person"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "expected"), REAL_NAMES)
def test_real_names_are_left_alone(nlp, text: str, name: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    fates = _fate(_candidates(nlp, text), name)
    if expected == "not-dropped":
        assert not any(f.startswith("dropped") for f in fates)
    else:
        assert expected in fates, fates


def test_role_words_become_titles(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Landlord Priya Venkat said the tenants had complained for months."
    people = {c.text: c.titles for c in _candidates(nlp, text) if isinstance(c, EntityMention)}
    assert "Landlord" in people["Priya Venkat"]


def test_dateline_town_is_a_place_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "ASHFORD, Ore. — Police in Ashford said Tuesday that Ashford had never seen such a crime."
    kinds = {c.kind for c in _candidates(nlp, text) if c.text == "Ashford" and isinstance(c, EntityMention)}
    assert kinds <= {"place"}

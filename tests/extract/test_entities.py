"""People, organizations and places with titles and aliases, on text about other events."""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_entities


def _entities(nlp, text: str):  # type: ignore[no-untyped-def]
    return list(extract_entities(nlp(text), source="t"))


def test_titles_before_and_after_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police Chief Kamran Afzal said the suspect was arrested. "
        "Dana Whitlock, a professor of criminology at Ohio State University, said such attacks were rare."
    )
    people = {m.text: m.titles for m in _entities(nlp, text) if m.kind == "person"}
    assert people["Kamran Afzal"] == ("Police Chief",)
    assert people["Dana Whitlock"] == ("professor of criminology at Ohio State University",)


def test_names_lose_possessives_and_honorifics(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The motion was filed by Mr Hassan al-Turabi's lawyers in Khartoum on Monday."
    names = [m.text for m in _entities(nlp, text)]
    assert "Hassan al-Turabi" in names
    assert all("'s" not in n and not n.startswith("Mr") for n in names)


def test_acronym_and_or_aliases_of_organizations(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The World Health Organization (WHO) said cases were falling. "
        "Fighters of the Rapid Support Forces, or RSF in short, entered the city."
    )
    aliases = {m.text: m.aliases for m in _entities(nlp, text) if m.kind == "organization"}
    assert aliases["World Health Organization"] == ("WHO",)
    assert aliases["Rapid Support Forces"] == ("RSF",)


def test_an_age_marks_a_person_whatever_the_tagger_says(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The victims were identified as Marcus Reed, 31, and Daniel Ortiz, 27, both of Dayton."
    people = {m.text for m in _entities(nlp, text) if m.kind == "person"}
    assert {"Marcus Reed", "Daniel Ortiz"} <= people


def test_platforms_and_headline_fragments_are_not_people(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Faces Recall Vote Over Budget\nThe governor wrote in a post on Twitter that she would fight."
    people = {m.text for m in _entities(nlp, text) if m.kind == "person"}
    assert "Twitter" not in people
    assert not any("Recall" in p or "Faces" in p for p in people)


def test_places_named_as_locations(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A car bomb exploded in Mogadishu's Hodan district, while Somalia's president was abroad."
    places = {m.text: (m.locative, m.container) for m in _entities(nlp, text) if m.kind == "place"}
    assert places["Mogadishu"][0] is True
    assert places["Somalia"][0] is False


def _kinds(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {m.text: m.kind for m in _entities(nlp, text)}


def test_a_name_before_a_group_noun_is_an_organization(nlp) -> None:  # type: ignore[no-untyped-def]
    kinds = _kinds(nlp, "Fighters loyal to the Jaish al-Mahdi militia clashed with police in Basra.")
    assert kinds.get("Jaish al-Mahdi") == "organization"


def test_the_object_of_commander_of_is_an_organization(nlp) -> None:  # type: ignore[no-untyped-def]
    kinds = _kinds(nlp, "Ahmed Saleh, commander of Liwa Abu al-Fadl al-Abbas, denied the report on Monday.")
    assert kinds.get("Ahmed Saleh") == "person"
    assert any(kind == "organization" and "Abbas" in name for name, kind in kinds.items())


def test_an_institute_is_an_organization_not_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    kinds = _kinds(
        nlp, "Clara Voss, a researcher at the Middle West Institute, said the data were incomplete."
    )
    assert kinds.get("Middle West Institute") == "organization"


def test_a_tagged_name_takes_in_the_proper_noun_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said Kata’ib Hezbollah had fired the rockets."
    assert "Kata’ib Hezbollah" in _kinds(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "age"),
    [
        ("Maren Hollis, 34, and her 5-year-old son, Tyler Hollis, were hurt.", "Tyler Hollis", 5),
        ("Police said 7-year-old Nia Brooks was asleep when the shots came through the wall.", "Nia Brooks", 7),
        ("The 30-year-old told Officer Dana Witt he was sorry.", "Dana Witt", None),
        ("A 4-month-old, Ava Lund, was unhurt.", "Ava Lund", None),
    ],
)  # fmt: skip
def test_the_age_before_a_name_is_kept(nlp, text: str, name: str, age: int | None) -> None:  # type: ignore[no-untyped-def]
    ages = {m.text: m.age for m in _entities(nlp, text) if m.kind == "person"}
    assert name in ages and ages[name] == age


def test_the_age_after_a_name_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    ages = {
        m.text: m.age for m in _entities(nlp, "Governor Lena Marsh, 61, and her aide Tom Bell (34) resigned.")
    }
    assert ages.get("Lena Marsh") == 61
    assert ages.get("Tom Bell") == 34


def test_known_as_gives_an_alias_unless_it_names_a_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Syrian Democratic Forces, also known as SDF, took the town. "
        "The armed wing of the Kurdistan Workers Party, known as the People's Defence Forces, withdrew."
    )
    aliases = {m.text: m.aliases for m in _entities(nlp, text) if m.kind == "organization"}
    assert aliases.get("Syrian Democratic Forces") == ("SDF",)
    assert aliases.get("Kurdistan Workers Party", ()) == ()


@pytest.mark.parametrize(
    ("text", "place", "within"),
    [
        ("BOSTON (Wire) - A former county treasurer was sentenced on Tuesday.", "Boston", None),
        ("NAIROBI, Kenya (AP) \u2014 Floods killed 40 people in the capital on Monday.", "Nairobi", "Kenya"),
        ("WASHINGTON, March 3 (Reuters) - The Senate voted on Sunday to pass the bill.", "Washington", None),
    ],
)
def test_a_dateline_is_a_place(nlp, text: str, place: str, within: str | None) -> None:  # type: ignore[no-untyped-def]
    (dateline,) = [m for m in _entities(nlp, text) if m.label == "DATELINE"]
    assert (dateline.text, dateline.container, dateline.locative) == (place, within, True)
    assert dateline.evidence.text == place.upper()


def test_place_names_take_their_district_but_judges_stay_judges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A gunman opened fire outside a bar in Dayton's Oregon District late Saturday. "
        "U.S. District Judge Allison Burroughs set a hearing."
    )
    places = {m.text: m for m in _entities(nlp, text) if m.kind == "place"}
    assert "Oregon District" in places and places["Oregon District"].container == "Dayton"
    assert "Dayton" in places  # tagged ORG, but it owns a district
    assert "U.S. District" not in places


def test_an_apposition_far_from_the_name_is_not_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rachel Dorsey, a former night nurse, was convicted Thursday of killing three patients, a verdict that ended the case."
    titles = {m.text: m.titles for m in _entities(nlp, text) if m.kind == "person"}
    assert titles["Rachel Dorsey"] == ("former night nurse",)


def test_a_long_apposition_is_not_a_title(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract.entities import _MAX_APPOSITION_TOKENS, titles_of

    short = nlp("The hearing was led by Hana Weiss, a senior judge.")
    (name,) = [e for e in short.ents if e.text == "Hana Weiss"]
    assert list(titles_of(name)) == ["senior judge"]
    long = nlp(
        "The hearing was led by Hana Weiss, a senior judge who had served on the court of appeals for more "
        "than twenty years before she retired to the coast with her family."
    )
    (name,) = [e for e in long.ents if e.text == "Hana Weiss"]
    (appos,) = [t for t in name.root.children if t.dep_ == "appos"]
    assert len(list(appos.subtree)) > _MAX_APPOSITION_TOKENS
    assert list(titles_of(name)) == []


# (text, the people expected, names that must not come out as organizations or places):
# double surnames NER misses or takes for a body or a town, named again by surname alone
HYPHENATED = [
    (
        "Police arrested Thu Pham-Nguyen on Friday. Officers said Pham-Nguyen fired twice.",
        {"Thu Pham-Nguyen", "Pham-Nguyen"},
        {"Pham-Nguyen"},
    ),
    (
        "Neighbors said Ana Vasquez-Lund ran from the car. Vasquez-Lund was taken to a hospital.",
        {"Ana Vasquez-Lund", "Vasquez-Lund"},
        {"Vasquez-Lund"},
    ),
    (
        "Police arrested Tomas Okafor-Brandt on Friday. Okafor-Brandt was taken to the county jail.",
        {"Tomas Okafor-Brandt", "Okafor-Brandt"},
        {"Tomas Okafor-Brandt", "Okafor-Brandt"},
    ),
]


@pytest.mark.parametrize(("text", "people", "not_other"), HYPHENATED)
def test_a_hyphenated_surname_ner_misses_is_a_person(  # type: ignore[no-untyped-def]
    nlp, text: str, people: set[str], not_other: set[str]
) -> None:
    found = _entities(nlp, text)
    assert people <= {m.text for m in found if m.kind == "person"}
    assert not not_other & {m.text for m in found if m.kind != "person"}


def test_a_hyphenated_town_is_not_a_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Crews drove to North Winston-Salem on Monday. Winston-Salem police closed the road."
    assert not any("Winston-Salem" in m.text for m in _entities(nlp, text) if m.kind == "person")


def test_a_state_paper_with_a_double_name_is_not_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Oregon Statesman-Courier reported the vote on Monday. The Statesman-Courier said it would appeal."
    assert not any("Statesman-Courier" in m.text for m in _entities(nlp, text) if m.kind == "person")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The suspect was charged, according to the Hampden District Attorney's Office.", "Hampden District Attorney's Office"),
        ("Crews from Kent and Medway Fire and Rescue tackled the blaze at a depot.", "Kent and Medway Fire and Rescue"),
        ("Lancashire Police have not said how the two men died.", "Lancashire Police"),
        ("Three people were hurt at Lund's Ice Cream Shop on Friday.", "Lund's Ice Cream Shop"),
        ("The Portland 21ers hired a coach. The 21ers had lost twice.", "Portland 21ers"),
    ],
)  # fmt: skip
def test_a_bodys_name_is_kept_whole(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m.kind for m in _entities(nlp, text)}
    assert found.get(name) == "organization", found


def test_a_bodys_name_does_not_run_on_past_its_possessive(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, cut in [
        ("A panel of NATO's Council on Defence Research met in Oslo.", "NATO's Council"),
        ("Students at the University of Northern Leeds's College of Law spoke.", "College"),
    ]:
        assert not any(m.text.endswith(cut) for m in _entities(nlp, text))


def test_a_name_ner_tags_as_a_thing_travels_to_the_reconciler(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from eventfacts.extract.entities import entity_candidates, reread_names
    from eventfacts.extract.repairs import TAGGED_AS_A_THING
    from eventfacts.records import DroppedEntity

    doc = nlp("Critics praised the Salt Road film. Dana Kirk of Vantor Labs said so.")
    road = next(i for i, t in enumerate(doc) if t.text == "Salt")
    kirk = next(i for i, t in enumerate(doc) if t.text == "Dana")
    doc.ents = [Span(doc, road, road + 2, label="WORK_OF_ART"), Span(doc, kirk, kirk + 2, label="PERSON")]
    reread_names(doc)
    things = [c for c in entity_candidates(doc, source="a") if isinstance(c, DroppedEntity)]
    assert [(d.text, d.reason) for d in things] == [("Salt Road", TAGGED_AS_A_THING)]

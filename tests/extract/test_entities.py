"""People, organizations and places with titles and aliases, on text about other events."""

from __future__ import annotations

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

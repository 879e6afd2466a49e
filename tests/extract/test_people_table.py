"""People the tagger misses or mislabels, found by how news writing marks a person: an age after
the name (in a list, a bulleted line, before a semicolon), a name in a list beside a person,
"the family of X", a surname the article gives a named person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_entities

#: (text, names that must be people)
PEOPLE: list[tuple[str, set[str]]] = [
    # ages before a semicolon, a dash or "and" in a list of victims
    ("The dead were named as Corinna Velde, 41; Bastian Okoro, 19; and Lila Frantz, 66.",
     {"Corinna Velde", "Bastian Okoro", "Lila Frantz"}),
    ("Officials named the victims as Harlan Quist, 52 -- a retired teacher -- and his son.", {"Harlan Quist"}),
    ("Killed were Desmond Ferrell, 17 and Amaya Rocha, 15, both students at the academy.",
     {"Desmond Ferrell", "Amaya Rocha"}),
    # names the tagger leaves untagged, followed by an age
    ("Deputies said Tavion Merriweather, 22, fired first.", {"Tavion Merriweather"}),
    ("• Keondre Whitfield, 19, who was hit in the arm;\n\n• Shaniqua Delacroix, 23, who was grazed.",
     {"Keondre Whitfield", "Shaniqua Delacroix"}),
    ("The people hurt were:\n\nJaquan Pettiford, 31, of Brookhaven\n\nMarisol Quintero, 28, of Brookhaven",
     {"Jaquan Pettiford", "Marisol Quintero"}),
    ("Troopers arrested DeShawn T. Wexley, 20, of Elm Terrace, on Friday.", {"DeShawn T. Wexley"}),
    ("Ruperto Alvarado-Funes, 44, died at the scene, the coroner said.", {"Ruperto Alvarado-Funes"}),
    # an age before a hyphenated given name
    ("Rescuers pulled 12-year-old Amari-Jade Colvin from the burning house.", {"Amari-Jade Colvin"}),
    # a name in a list beside a person, and the family, death or shooting of a named person
    ("Prosecutors charged Marcus Heller and Odessa Quarles in the robbery.", {"Marcus Heller", "Odessa Quarles"}),
    ("The family of Jalen Okafor said he had just finished his shift.", {"Jalen Okafor"}),
    ("He faces charges in the killing of Renata Boswell last spring.", {"Renata Boswell"}),
]  # fmt: skip

#: (text, names that must not be people)
NOT_PEOPLE: list[tuple[str, set[str]]] = [
    ("On Sunday, 14 people were hurt when the roof fell in Lake Placid.", {"Sunday"}),
    ("The fire on Maple Street, 12, was the third this year.", {"Maple Street"}),
    ("The truck hit a pole on Cedar Lane and Briar Road, police said.", {"Cedar Lane", "Briar Road"}),
    ("Jonas Brandt, 26, was shot on Kessler Avenue, near Holt Road.", {"Kessler Avenue", "Holt Road"}),
    ("The family of Elm Grove residents sued Acme Corporation.", {"Acme Corporation"}),
    # a list of places or bodies, even where NER tags one of them PERSON
    ("It happened at Birchwood Plaza and Birchwood Court, near Dolan Heights.", {"Birchwood Plaza", "Dolan Heights"}),
    ("Crews from Pine County Fire District 2 and Western Medical Response arrived.", {"Western Medical Response"}),
    ("Friends gathered for the family of U.S. Army Sgt. Ray Holm.", {"U.S. Army"}),
]  # fmt: skip


def _people(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.text for m in extract_entities(nlp(text), source="t") if m.kind == "person"}


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people_news_writing_marks(nlp, text: str, expected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert expected <= _people(nlp, text)


@pytest.mark.parametrize(("text", "unexpected"), NOT_PEOPLE)
def test_no_people_from_other_names(nlp, text: str, unexpected: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert not unexpected & _people(nlp, text)


def test_a_surname_alone_is_the_person_the_article_names_in_full(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police arrested Altair K. Rensford, 19, on Tuesday. "
        "Rensford was taken to the county jail. Officers said Rensford had a gun."
    )
    kinds = {m.text: m.kind for m in extract_entities(nlp(text), source="t")}
    assert kinds.get("Rensford") in (None, "person")
    assert kinds.get("Altair K. Rensford") == "person"

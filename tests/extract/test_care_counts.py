"""Care is a fate's evidence too: the hurt are "taken to hospital", "airlifted to a trauma
centre", "treated for smoke inhalation", "pulled from the rubble with injuries", and a number
joined to a counted clause ("two died and three were hurt") counts the same people. Each rule
with examples both ways: being treated for an illness, taken to a detention centre or named a
father of three is no such count.

Each row: a sentence, then the (kind, value) casualty counts it gives, in text order.
"""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_counts, extract_participants
from eventfacts.lexicon import HARM_KINDS

TABLE: list[tuple[str, list[tuple[str, float]]]] = [
    # taken to a hospital
    ("Three climbers were airlifted to a hospital in Grenoble after the avalanche.", [("injured", 3)]),
    ("Eleven passengers were rushed to a trauma center in Kampala.", [("injured", 11)]),
    ("Two miners were taken to the regional hospital in Karaganda.", [("injured", 2)]),
    # treated, for anything but an illness
    ("Six dock workers were treated for smoke inhalation in Rotterdam.", [("injured", 6)]),
    ("Nine spectators were treated in hospital for cuts after the stand gave way in Lima.", [("injured", 9)]),
    # a number joined to a counted clause counts the same people
    (
        "Four people died and nine were taken to hospital after the ferry fire off Bali.",
        [("killed", 4), ("injured", 9)],
    ),
    ("Two pilgrims died and three were hurt when the wall fell in Mecca.", [("killed", 2), ("injured", 3)]),
    # not so
    ("Police took 40 migrants to a reception centre in Calais.", []),
    ("Officers drove two suspects to a detention center in El Paso.", []),
    ("Five players were treated for dehydration after the match in Doha.", []),
    ("Two trucks crashed and three were towed to a depot in Gdansk.", []),
    ("The father of two sons drowned off the coast of Cornwall on Sunday.", []),
]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:45] for t, _ in TABLE])
def test_care_counts(parse, text: str, expected: list[tuple[str, float]]) -> None:  # type: ignore[no-untyped-def]
    found = [(m.kind, m.value) for m in extract_counts(parse(text), source="s") if m.kind in HARM_KINDS]
    assert found == expected


PEOPLE: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "A firefighter was taken to hospital with burns after the blaze in Ghent.",
        [("A firefighter", "injured")],
    ),
    ("A cyclist was airlifted to a medical center in Turin.", [("A cyclist", "injured")]),
    ("The singer was treated for exhaustion at a clinic in Oslo, her manager said.", []),
    ("Her publicist would not say what the actress was being treated for.", []),
    ("The mayor was taken to a press conference in Bilbao.", []),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE, ids=[t[:45] for t, _ in PEOPLE])
def test_care_participants(parse, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = [(m.description, m.status) for m in extract_participants(parse(text), source="s")]
    assert [f for f in found if f[1] in HARM_KINDS] == expected

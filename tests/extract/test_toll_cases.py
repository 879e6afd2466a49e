"""What a story's words make of its toll, each rule both ways (issue 30): a crime's name written
with verbs of harm ("a hit and run"), a fate only asked for ("recommended that he die") or told
as before the event ("were previously treated there"), a role
noun that is a person where harm befalls it ("the police chief was critically injured"), a wound
the words make fatal ("burned to death"), and numbers that count no one ("1100 hrs").

PEOPLE rows: a sentence, then the (description, status) of every harmed participant, in order.
COUNTS rows: a sentence, then the (kind, value) of every casualty count, in order.
"""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_counts, extract_participants
from eventfacts.lexicon import HARM_KINDS

PEOPLE: list[tuple[str, list[tuple[str, str]]]] = [
    # a hit and run is a crime's name
    (
        "A Leeds man was charged with manslaughter in a hit and run that killed a cyclist.",
        [("a cyclist", "killed")],
    ),
    ("Police in Dayton arrested a suspect in a hit-and-run on Friday.", []),
    ("The van hit a pedestrian on Calle Mayor and drove off.", [("a pedestrian", "injured")]),
    # asked for, not done
    ("The prosecutor asked that the convicted bomber die by lethal injection.", []),
    ("Relatives demanded that the guard be jailed for the beating.", []),
    ("Witnesses saw the man die at the scene in Cork.", [("the man", "killed")]),
    # a fate before the event told
    ("Ben Stiles and Carla Moreno were previously treated at the clinic in Malibu.", []),
    ("Carla Moreno was treated at a hospital in Malibu after the crash.", [("Carla Moreno", "injured")]),
    # a role noun is a person where harm befalls it
    (
        "The police chief was critically injured in the blast at the bank in Salem.",
        [("The police chief", "injured")],
    ),
    ("The mayor of Kharkiv was wounded by shrapnel on Tuesday.", [("The mayor", "injured")]),
    ("Officers arrested two men over a plot to assassinate the governor of Jalisco.", []),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE, ids=[t[:45] for t, _ in PEOPLE])
def test_harmed_people(parse, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = [(m.description, m.status) for m in extract_participants(parse(text), source="s")]
    assert [f for f in found if f[1] in HARM_KINDS] == expected


COUNTS: list[tuple[str, list[tuple[str, float]]]] = [
    ("Three miners were burned to death when the shaft caught fire near Donetsk.", [("killed", 3)]),
    ("Two cooks suffered burns when the fryer exploded in a Lisbon restaurant.", [("injured", 2)]),
    ("Four climbers were beaten to death by robbers near the summit road.", [("killed", 4)]),
    ("Pirates attacked the tanker at about 1100 hrs, the navy said.", []),
    ("The ferry left Piraeus at 0930 GMT with 300 passengers on board.", []),
]


@pytest.mark.parametrize(("text", "expected"), COUNTS, ids=[t[:45] for t, _ in COUNTS])
def test_casualty_counts(parse, text: str, expected: list[tuple[str, float]]) -> None:  # type: ignore[no-untyped-def]
    found = [(m.kind, m.value) for m in extract_counts(parse(text), source="s") if m.kind in HARM_KINDS]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        (
            "The same coast was hit by a stronger quake in March. That temblor killed at least nine people.",
            True,
        ),
        ("Those two bombings killed 14 people in Quetta.", True),
        ("The quake killed at least nine people on the coast of Sumatra, officials said.", False),
        ("Police said that shooting left two people dead in Memphis.", False),
    ],
)
def test_a_toll_of_that_earlier_one_is_elsewhere(parse, text: str, elsewhere: bool) -> None:  # type: ignore[no-untyped-def]
    killed = [m for m in extract_counts(parse(text), source="s") if m.kind == "killed"]
    assert killed and all(m.elsewhere is elsewhere for m in killed)

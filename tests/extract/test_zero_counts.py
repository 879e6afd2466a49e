"""Zero is a value (issue 30): "no one was hurt", "there were no injuries", "the others escaped
unharmed" are figures of 0, in the words of fires, crashes, quakes, sieges and storms in many
countries, and a sentence that only looks like one is none.

Each row: a sentence, then the (kind, of the others only) zeros it gives, in text order.
"""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_counts

TABLE: list[tuple[str, list[tuple[str, bool]]]] = [
    # no one, nobody, none: the predicate gives the fate
    ("No one was hurt when the warehouse roof in Leeds caved in on Tuesday.", [("injured", False)]),
    ("Nobody was killed in the landslide, district officials in Nepal said.", [("killed", False)]),
    ("No-one has been injured, a spokeswoman for the Cork fire service said.", [("injured", False)]),
    ("None of the 40 pupils were injured when the bus slid off the road near Graz.", [("injured", False)]),
    ("Nobody is believed to have been injured in the blast at the fertiliser plant.", [("injured", False)]),
    ("No one was wounded in the exchange of fire at the border post, the army said.", [("injured", False)]),
    ("Two farmhands were injured, but no one was killed when the silo collapsed.", [("killed", False)]),
    # of the others only: it adds nothing to the victims counted
    ("A cyclist was struck by the tram in Zagreb. No one else was hurt.", [("injured", True)]),
    ("Police in Mombasa said no other passengers were injured.", [("injured", True)]),
    ("The other climbers escaped unharmed, the rescue team in Chamonix said.", [("injured", True)]),
    ("The two drivers, who were unhurt, were questioned by police in Porto.", [("injured", False)]),
    ("All 40 pupils were unhurt after the school bus overturned near Kielce.", [("injured", False)]),
    # no injuries, no casualties, no deaths: the noun gives the fate
    (
        "Police in Quebec said no injuries were reported after the freight train derailed.",
        [("injured", False)],
    ),
    ("There were no casualties, the coastguard in Valletta said.", [("injured", False)]),
    ("There were no reports of injuries after the quake shook the coast of Peru.", [("injured", False)]),
    (
        "No deaths or injuries were reported after the typhoon crossed Luzon.",
        [("killed", False), ("injured", False)],
    ),
    ("The ferry ran aground off Crete with no injuries to passengers or crew.", [("injured", False)]),
    # partly a zero: no one seriously hurt leaves the light wounds, but no one died
    ("No one was seriously hurt in the pile-up on the motorway near Lyon.", [("killed", False)]),
    ("Three people were treated at the scene, but there were no serious injuries.", []),
    # not a zero
    ("No one knew where the driver of the lorry had gone.", []),
    ("If no one is hurt, the rally through Nairobi will go ahead.", []),
    ("No one would have been hurt had the alarm worked, the inspector said.", []),
    ("No one escaped unharmed from the burning coach outside Durban.", []),
    ("The mayor of Ghent escaped unhurt when a man lunged at her with a knife.", []),
    ("No group has claimed responsibility for the bombing in Peshawar.", []),
]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:45] for t, _ in TABLE])
def test_zeros(parse, text: str, expected: list[tuple[str, bool]]) -> None:  # type: ignore[no-untyped-def]
    zeros = [m for m in extract_counts(parse(text), source="s") if m.value == 0]
    assert [(m.kind, m.subject == "others") for m in zeros] == expected


@pytest.mark.parametrize("text", [t for t, expected in TABLE if expected])
def test_a_zero_keeps_its_evidence(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    for m in extract_counts(parse(text), source="s"):
        if m.value == 0:
            assert text[m.evidence.start : m.evidence.end] == m.evidence.text
            assert m.evidence.text.lower().split()[0] in {"no", "nobody", "no-one", "none", "the", "all"}


def test_a_headline_gives_no_zero(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Fire Guts Mill In Tromso, No One Hurt\n\nA fire destroyed a sawmill in Tromso overnight."
    assert [m for m in extract_counts(parse(text), source="s") if m.value == 0] == []

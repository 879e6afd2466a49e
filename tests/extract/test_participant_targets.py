"""Participants of any event (issue 30): the one an attack was aimed at, the ones it passed by,
people hurt together as a group, and people recalled from before the event, who are none.

Each row: a short article of another event (an ambush, a stabbing, a blast, an attempt on a
judge...), then the participants it gives as (name or description, role, status, group).
"""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_participants

Row = tuple[str, list[tuple[str, str, str, bool]]]

TABLE: list[Row] = [
    (
        "Interior Minister Rafael Quispe survived an assassination attempt in Ayacucho on Monday. "
        "Officials said he was unharmed.",
        [("Rafael Quispe", "target", "targeted", False), ("Rafael Quispe", "target", "unharmed", False)],
    ),
    (
        "Gunmen ambushed the convoy of Energy Minister Amina Diallo near Kayes. "
        "Four of her bodyguards were wounded.",
        [("Amina Diallo", "target", "targeted", False), ("her bodyguards", "victim", "injured", True)],
    ),
    (
        "Mayor Jan Kowalski was stabbed at a charity concert in Gdansk on Sunday and survived.",
        [("Jan Kowalski", "victim", "injured", False)],
    ),
    (
        "A man lunged at Mayor Anna Schmidt with a knife outside the town hall. "
        "Anna Schmidt escaped unhurt, police said.",
        [("Anna Schmidt", "victim", "unharmed", False)],
    ),
    (
        "Judge Tomas Arroyo was not hurt when a parcel bomb went off at the court in Cali.",
        [("Tomas Arroyo", "victim", "unharmed", False)],
    ),
    (
        "Police foiled an attempt on the life of Senator Grace Otieno in Kisumu on Friday.",
        [("Grace Otieno", "target", "targeted", False)],
    ),
    (
        "Three workers were killed in an explosion at a chemical plant in Ludwigshafen. "
        "Two firefighters were injured.",
        [("workers", "victim", "killed", True), ("firefighters", "victim", "injured", True)],
    ),
    # a harm only aimed at is no fate
    ("The militia planted the bomb with the aim of killing the governor, the prosecutor said.", []),
    (
        "Officers arrested two men over a plot to assassinate the mayor of Medellin.",
        [("men", "suspect", "arrested", True)],
    ),
    # a person recalled from before the event is no participant
    (
        "The protest in Beirut was called by the family of the minister's late adviser, Karim Saad, "
        "who was assassinated by gunmen.",
        [],
    ),
]


def _found(parse, text: str) -> list[tuple[str, str, str, bool]]:  # type: ignore[no-untyped-def]
    return [
        (m.name or m.description, m.role, m.status, m.group)
        for m in extract_participants(parse(text), source="s")
    ]


@pytest.mark.parametrize(("text", "expected"), TABLE, ids=[t[:45] for t, _ in TABLE])
def test_targets_spared_groups_background(
    parse, text: str, expected: list[tuple[str, str, str, bool]]
) -> None:  # type: ignore[no-untyped-def]
    assert _found(parse, text) == expected


@pytest.mark.parametrize("text", [t for t, _ in TABLE])
def test_evidence_indexes_the_text(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    for m in extract_participants(parse(text), source="s"):
        assert text[m.evidence.start : m.evidence.end] == m.evidence.text

"""A person described first and named later is one participant with the name (issue 30): "The
driver was identified as ...", "police identified the man as ...", and the news habit of naming
the one just described as the next sentence's subject ("A man was arrested on Friday. Pieter
Claes, 39, is due in court."). And the people of a clause that recalls another incident are not
this story's, while the rest of the sentence is ("charged over a fire that killed two people
last year": the one charged is).

Each row: a short text; the participants one source gives, as (name or description, role,
statuses, age).
"""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_participants
from eventfacts.reconcile.participants import source_entries

Person = tuple[str, str, tuple[str, ...], int | None]

TABLE: list[tuple[str, list[Person]]] = [
    (
        "A 23-year-old cyclist was killed when a lorry hit her in Bristol on Monday. "
        "The cyclist was identified as Hannah Moss.",
        [("Hannah Moss", "victim", ("injured", "killed"), 23)],
    ),
    (
        "A man was stabbed to death in a flat in Leicester on Friday. "
        "Police identified the man as Omar Haddad.",
        [("Omar Haddad", "victim", ("killed",), None)],
    ),
    (
        "A 61-year-old pedestrian died after being struck by a bus in Porto on Sunday. "
        "She was identified as Ines Carvalho.",
        [("Ines Carvalho", "victim", ("injured", "killed"), 61)],
    ),
    (
        "Customs officers arrested a man at Rotterdam port on Wednesday. "
        "Pieter Claes, 39, is due in court on Friday.",
        [("Pieter Claes", "suspect", ("arrested",), 39)],
    ),
    (
        "A judge in Perth convicted a woman on Tuesday of setting fire to her neighbour's house. "
        "Karen Doyle will be sentenced next month.",
        [("Karen Doyle", "suspect", ("charged",), None)],
    ),
    (
        "A 70-year-old man was killed when his tractor overturned near Cork on Saturday. "
        "Sean Daly, 70, had farmed the land for fifty years.",
        [("Sean Daly", "victim", ("killed",), 70)],
    ),
    # a name given next that is someone else's: a speaker, another age, a victim with no age
    (
        "A 34-year-old woman was shot dead outside her home in Leeds on Friday night. "
        "Maria Lopez, who lives next door, said she heard three shots.",
        [("A 34-year-old woman", "victim", ("killed",), 34)],
    ),
    (
        "A 70-year-old man was killed when his tractor overturned near Cork on Saturday. "
        "Sean Daly, 45, found him an hour later.",
        [("A 70-year-old man", "victim", ("killed",), 70)],
    ),
    (
        "A man was killed in a crash on the N7 on Sunday. Paddy Walsh runs the garage by the road.",
        [("A man", "victim", ("killed",), None)],
    ),
    (
        "Police arrested a man on Friday. Chief Inspector Ruth Ames said he would appear in court.",
        [("a man", "suspect", ("arrested",), None)],
    ),
    (
        "A 52-year-old woman was arrested on Friday. The woman was identified as a nurse from Derby.",
        [("A 52-year-old woman", "suspect", ("arrested",), 52)],
    ),
    (
        "A 30-year-old man was killed and a 9-year-old girl was wounded on Elm Street on Friday. "
        "Relatives identified the two victims as Omar Tull and Lila Tull.",
        [("A 30-year-old man", "victim", ("killed",), 30), ("a 9-year-old girl", "victim", ("injured",), 9)],
    ),
    # clauses that recall another incident
    (
        "A man who was shot in a separate incident last month died on Friday.",
        [],
    ),
    (
        "A 27-year-old man was charged on Friday over a fire that killed two people in Hull last year.",
        [("A 27-year-old man", "suspect", ("charged",), 27)],
    ),
    (
        "Two men were shot dead in Lyon on Sunday. The shooting came two days after a man was killed "
        "in the same street.",
        [("men", "victim", ("killed",), None)],
    ),
]


@pytest.mark.parametrize(("text", "people"), TABLE, ids=[r[0][:50] for r in TABLE])
def test_named_later_and_recalled_clauses(parse, text: str, people: list[Person]) -> None:  # type: ignore[no-untyped-def]
    entries = source_entries(list(extract_participants(parse(text), source="s")))
    got = [(e.name or e.description, e.role, tuple(sorted(e.statuses)), e.age) for e in entries]
    assert got == people


@pytest.mark.parametrize("text", [r[0] for r in TABLE[:6]])
def test_evidence_indexes_the_text(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    for m in extract_participants(parse(text), source="s"):
        assert text[m.evidence.start : m.evidence.end] == m.evidence.text

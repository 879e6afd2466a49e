"""The extractors read the names as the names component repaired them (`common.repaired_entities`),
not NER's labels: a name the repairs retyped or dropped is seen so by counts, participants, places
and quotes. NER's entities are set by hand in each case, so the case shows one NER mistake and holds
whatever the model would tag."""

from __future__ import annotations

import pytest

from eventfacts.extract.common import repaired_entity, repaired_ents, repaired_label
from eventfacts.extract.counts import extract_counts
from eventfacts.extract.entities import reread_names
from eventfacts.extract.participants import extract_participants
from eventfacts.extract.places import _inside_name, extract_places
from eventfacts.extract.quotes import extract_quotes


def _doc(nlp, text: str, ents: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    """`text` parsed, with NER's entities replaced by `ents` (words, label) and the names repaired
    again."""
    doc = nlp(text)
    spans = []
    for words, label in ents:
        start = text.index(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
    doc.ents = spans
    return reread_names(doc)


def test_the_view_relabels_kept_names_forgets_dropped_ones_and_keeps_other_labels(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(
        nlp,
        "A trooper was killed on Calle Sol in Reno on Friday.",
        [("trooper", "PERSON"), ("Calle Sol", "PERSON"), ("Reno", "GPE"), ("Friday", "DATE")],
    )
    assert [(e.text, e.label_) for e in repaired_ents(doc)] == [
        ("Calle Sol", "GPE"),  # a street, whatever NER said
        ("Reno", "GPE"),
        ("Friday", "DATE"),  # no repair reads dates: as NER gave it
    ]
    trooper = doc[1]
    assert trooper.ent_type_ == "PERSON"
    assert repaired_label(trooper) == "" and repaired_entity(trooper) is None  # dropped: a common noun
    street = repaired_entity(doc[5])
    assert street is not None and (street.text, repaired_label(doc[6])) == ("Calle Sol", "GPE")


def test_a_name_found_in_another_label_replaces_it(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, "The bus hit Ty Lane, 20, outside the library.", [("Ty Lane", "WORK_OF_ART")])
    assert [(e.text, e.label_) for e in repaired_ents(doc)] == [("Ty Lane", "PERSON")]


def test_the_view_follows_the_names_when_they_are_repaired_again(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = _doc(nlp, "Crews cleared Calle Sol after the storm.", [("Calle Sol", "PERSON")])
    assert [(e.text, e.label_) for e in repaired_ents(doc)] == [("Calle Sol", "GPE")]
    doc.ents = []
    reread_names(doc)
    assert repaired_ents(doc) == () and repaired_label(doc[2]) == ""


COUNTS = [
    # dropped: NER's "trooper" PERSON is a common noun, so "a trooper" is one person killed
    ("A trooper was killed when a truck hit his cruiser.", [("trooper", "PERSON")], [("killed", 1.0)]),
    ("A witness was hurt when the wall fell.", [("witness", "PERSON")], [("injured", 1.0)]),
]


@pytest.mark.parametrize(("text", "ents", "expected"), COUNTS)
def test_counts_read_the_repaired_names(
    nlp, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, float]]
) -> None:  # type: ignore[no-untyped-def]
    found = [(c.kind, c.value) for c in extract_counts(_doc(nlp, text, ents), source="t")]
    assert found == expected


PARTICIPANTS = [
    # dropped: NER's "guards" ORG is a common noun, so the two guards are a group of victims (a
    # name's own reading, `participants._name_of`, stays on NER's labels: see its docstring)
    ("Two guards were injured and the other guards fled.", [("guards", "ORG")], [(None, "injured")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ents", "expected"), PARTICIPANTS)
def test_participants_read_the_repaired_names(
    nlp, text: str, ents: list[tuple[str, str]], expected: list[tuple[str | None, str]]
) -> None:  # type: ignore[no-untyped-def]
    found = [(p.name, p.status) for p in extract_participants(_doc(nlp, text, ents), source="t")]
    assert found == expected


QUOTES = [
    # dropped: a title alone is a role, not the speaker's name
    ("The Ranger was shot near the river. “He never saw it coming,” he said.", [("Ranger", "PERSON")], [("Ranger", "role")]),
    # retyped: a street NER took for a person speaks no quote
    ("A man was robbed on Calle Sol. “Nobody saw anything,” he said.", [("Calle Sol", "PERSON")], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ents", "expected"), QUOTES)
def test_quotes_read_the_repaired_names(
    nlp, text: str, ents: list[tuple[str, str]], expected: list[tuple[str, str]]
) -> None:  # type: ignore[no-untyped-def]
    quotes = extract_quotes(_doc(nlp, text, ents), source="t")
    assert [(q.speaker.name, q.speaker.kind) for q in quotes if q.speaker is not None] == expected


PLACES = [
    # retyped: a town NER took for a person is a place where it happened (`_person_at`, `_entity_cues`)
    ("A man was shot in Dunmore on Friday.", [("Dunmore", "PERSON")], ("Dunmore", "locative"), True),
    # dropped: a compass point NER took for a place is no place (`_entity_cues`)
    ("The crash was at 400 North and 1200 West.", [("West", "GPE")], ("West", "mention"), False),
    # dropped: a common word NER took for a person is no town before "police" (`_common_words`)
    ("Federal police arrested two men in Harlow.", [("Federal", "PERSON"), ("Harlow", "GPE")], ("Federal", "agency"), False),
    # retyped: a person NER took for a body makes the place before it theirs (`_whose_person`)
    ("Kenya's Daniel Kiprop won the race.", [("Kenya", "GPE"), ("Daniel Kiprop", "ORG")], ("Kenya", "whose"), True),
    # a body's whole name, trimmed of "the" by the repairs, is no town (`_inside_name`)
    ("Two men were arrested at the Brookfield Institute.", [("the Brookfield Institute", "ORG")], ("Brookfield Institute", "locative"), False),
    # a venue the repairs read with its town's possessive stays a part of that town (`_inside_name`)
    ("A man was shot in Dunmore's Eastgate Park.", [("Dunmore", "PERSON"), ("Eastgate Park", "FAC")], ("Eastgate Park", "neighbourhood"), True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "ents", "cue", "found"), PLACES)
def test_places_read_the_repaired_names(
    nlp, text: str, ents: list[tuple[str, str]], cue: tuple[str, str], found: bool
) -> None:  # type: ignore[no-untyped-def]
    cues = {(c.text, c.cue) for c in extract_places(_doc(nlp, text, ents), source="t")}
    assert (cue in cues) is found


def test_a_place_inside_a_team_the_repairs_found_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fans cheered the Dunmore Otters all night."
    doc = _doc(nlp, text, [("Dunmore Otters", "PERSON")])  # the repairs: a team after "the"
    start = text.index("Dunmore")
    assert _inside_name(doc, start, start + len("Dunmore"))
    assert not _inside_name(doc, text.index("night"), text.index("night") + len("night"))


def test_a_surname_after_a_full_name_with_a_suffix_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Tobias Reed Jr." then "Reed": the surname the article gave, though "reed" is a word."""
    text = (
        "The coroner identified the man as Tobias Reed Jr., 32, of Fernhill. "
        "Police said Reed struck an officer. Reed was pronounced dead at the scene."
    )
    doc = nlp(text)
    reed = [t for t in doc if t.text == "Reed"][-1]
    assert repaired_label(reed) == "PERSON"

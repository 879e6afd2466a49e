"""The lexicon and the tables derived from it: every fate in every reader's table, each word once.

A fate missing from one reader's table is the drift issue 29 names: a word one extractor knows
and another does not. These checks hold the derived tables to the rows of `lexicon.FATES`, and
the count kinds of `records.CountKind` (and the JSON Schema) to the same rows.
"""

from __future__ import annotations

import typing
from collections import Counter

import pytest

from eventfacts import lexicon
from eventfacts.extract import counts, entities, headline, participants, quotes, repairs
from eventfacts.lexicon import FATES
from eventfacts.reconcile import names
from eventfacts.reconcile import participants as reconcile_participants
from eventfacts.records import CountKind
from eventfacts.serialize import json_schema

KINDS = [f.kind for f in FATES]


def _TOKENS(text: str) -> typing.Any:
    """A headline as tokens: the bare-count patterns read words only, not the parse."""
    import spacy

    return spacy.blank("en").make_doc(text)


def _words(fate: lexicon.Fate) -> set[str]:
    return set(
        fate.verbs | fate.person_verbs | fate.wounding | fate.person_wounding | fate.intransitive
        | fate.crowd_intransitive | fate.states | fate.conditions | fate.events | fate.suffered | fate.nouns
    )  # fmt: skip


def test_the_count_kinds_are_the_fates_and_other() -> None:
    assert list(typing.get_args(CountKind)) == [*KINDS, "other"]
    assert len(set(KINDS)) == len(KINDS)


def test_the_schema_lists_every_count_kind() -> None:
    from eventfacts.records import EventRecord

    schema = json_schema(EventRecord)
    assert schema["$defs"]["Count"]["properties"]["kind"]["enum"] == [*KINDS, "other"]


@pytest.mark.parametrize("kind", KINDS)
def test_every_fate_is_in_every_table(kind: str) -> None:
    fate = lexicon.FATE[kind]  # type: ignore[index]
    assert counts.KIND_WORDS[kind]  # type: ignore[index]
    # a verb done to the person, or one the person does ("resigned")
    verbs = participants.HARM_VERBS + lexicon.INTRANSITIVE_VERBS
    assert kind in {status for _, _, status in verbs}
    assert kind in {status for _, _, status in lexicon.STATE_WORDS}
    assert kind in set(lexicon.FATE_NOUNS.values())
    assert kind in set(lexicon.HEADLINE_STATUS.values())
    assert kind in reconcile_participants.STATUS_ORDER
    assert (kind in counts.CASUALTY_KINDS) == fate.singly
    assert (kind in reconcile_participants.CASUALTY_STATUSES) == fate.casualty
    assert (kind in reconcile_participants.HELD_STATUSES) == (fate.role == "suspect")
    # the headline's bare counts read a number with each of the fate's headline words
    for word in fate.headline | fate.states:
        found = list(headline.bare_counts(_TOKENS(f"Storm: 12 {word} in Dunmore")))
        assert [(c.rule, c.status) for c in found] == [("number then state", word)], word
        assert lexicon.HEADLINE_STATUS[word] == kind


def test_the_derived_tables_hold_each_fates_words_under_its_name() -> None:
    harm = {status: lemmas for name, lemmas, status in participants.HARM_VERBS if name != "violence"}
    violence = {
        lemma: status
        for name, lemmas, status in participants.HARM_VERBS
        if name == "violence"
        for lemma in lemmas
    }
    for fate in FATES:
        assert (
            fate.verbs | fate.intransitive | fate.states | fate.events | fate.nouns
            <= counts.KIND_WORDS[fate.kind]
        )
        assert fate.verbs | fate.person_verbs <= harm.get(fate.kind, frozenset())
        assert all(violence[w] == fate.kind for w in fate.wounding | fate.person_wounding)
        assert fate.wounding <= counts.WOUNDING_VERBS
        assert all(lexicon.FATE_NOUNS[w] == fate.kind for w in fate.states)
        # what is read for people only never makes a count of things: "booked a flight"
        assert not (fate.person_verbs - fate.verbs) & counts.KIND_WORDS[fate.kind]
        # a crowd's verb is no person's status: "the suspect fled"
        assert not fate.crowd_intransitive & participants._STATUS_LEMMAS


def test_no_word_gives_two_fates() -> None:
    seen = Counter(word for fate in FATES for word in _words(fate))
    twice = {w for w, n in seen.items() if n > 1 and len({f.kind for f in FATES if w in _words(f)}) > 1}
    assert not twice


def test_a_fates_state_is_an_intransitive_head_unless_it_is_a_verb() -> None:
    """ "two hikers are missing": their own state; "a boy hurt two others": an act."""
    assert {"dead", "missing", "injured", "homeless"} <= counts.INTRANSITIVE
    assert "hurt" not in counts.INTRANSITIVE


def test_the_shared_vocabularies_are_one_copy() -> None:
    assert quotes.ROLE_WORDS is lexicon.ROLE_WORDS
    assert headline.ROLE_WORDS is lexicon.ROLE_WORDS
    assert repairs.PERSON_NOUNS is lexicon.PERSON_NOUNS
    assert participants.PERSON_NOUNS is lexicon.PERSON_NOUNS
    assert counts.PERSON_NOUNS is lexicon.PERSON_NOUNS
    assert counts.INTRANSITIVE is lexicon.INTRANSITIVE
    assert repairs.NAME_SUFFIXES is names.NAME_SUFFIXES is lexicon.NAME_SUFFIXES
    assert counts.NUMBER_WORDS is lexicon.NUMBER_WORDS
    assert repairs.NEWSPAPER_HEADS is lexicon.MASTHEAD_WORDS
    assert lexicon.MASTHEAD_WORDS <= entities.ORG_WORDS and lexicon.MASTHEAD_WORDS <= names.GENERIC_ORG_WORDS
    assert all(headline._SITE_NAME.search(f"Dunmore {w.capitalize()}") for w in lexicon.MASTHEAD_WORDS)
    suspects = {noun for noun, role in lexicon.PERSON_NOUNS.items() if role == "suspect"}
    assert suspects <= reconcile_participants.SUSPECT_HEADS  # a count of them is no toll of victims


def test_number_words_agree_wherever_they_are_read() -> None:
    from eventfacts import timeexpr

    for word, value in timeexpr._NUMBER_WORDS.items():
        assert lexicon.NUMBER_WORDS.get(word, 1) == value  # "a" and "an" are one
    for word in lexicon.AMOUNT_WORDS:
        found = list(headline.bare_counts(_TOKENS(f"Fire: {word} dead")))
        assert [c.number for c in found] == [word]


def test_every_kinds_developments_are_kinds_of_date() -> None:
    """`EventKind.developments` name kinds of date that `extract.timeline` gives."""
    from eventfacts.extract.timeline import KINDS as DATE_KINDS
    from eventfacts.lexicon import EVENT_KINDS

    named = {name for name, _ in DATE_KINDS}
    assert all(set(kind.developments) <= named for kind in EVENT_KINDS)

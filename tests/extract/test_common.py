"""The shared per-Doc lookups give what spaCy's own token attributes give."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.matcher import Matcher

from eventfacts.extract.common import (
    dictionary_of,
    lower_lemmas,
    opening_lowers,
    opening_pairs,
    span_text,
    stretch_matches,
    text_between,
    trim_name,
)
from eventfacts.extract.counts import _count_candidates

TEXT = (
    "Two Riverton firefighters were HURT on Tuesday when a wall collapsed, and an elderly man, 81, "
    "died later. Dozens of residents fled; half a block burned.\n\nOfficials Said The Fire Began At 3 A.M."
)


def test_lower_lemmas_are_the_tokens_lemmas_in_lower_case(nlp: Any) -> None:
    doc = nlp(TEXT)
    assert lower_lemmas(doc) == [t.lemma_.lower() for t in doc]
    assert lower_lemmas(nlp("")) == []


def test_count_candidates_are_articles_numbers_and_number_words(nlp: Any) -> None:
    doc = nlp(TEXT)
    words = [doc[i].lower_ for i in _count_candidates(doc)]
    assert {"two", "a", "an", "81", "dozens", "half", "3"} <= set(words)
    assert "firefighters" not in words and "wall" not in words
    assert _count_candidates(nlp("")) == []


def test_indexes_where_reads_the_attribute_of_each_token(nlp: Any) -> None:
    from spacy.attrs import DEP, LOWER

    from eventfacts.extract.common import indexes_where

    doc = nlp(TEXT)
    assert indexes_where(doc, DEP, ("nsubj", "nsubjpass")) == [
        t.i for t in doc if t.dep_ in ("nsubj", "nsubjpass")
    ]
    assert [doc[i].text for i in indexes_where(doc, LOWER, ("a", "an"))] == ["a", "an", "a"]
    assert indexes_where(nlp(""), DEP, ("nsubj",)) == []


def test_lower_forms_are_the_tokens_lower_forms(nlp: Any) -> None:
    from eventfacts.extract.common import lower_forms

    doc = nlp(TEXT)
    assert lower_forms(doc) == [t.lower_ for t in doc]


def test_columns_are_each_attribute_of_every_token(nlp: Any) -> None:
    from spacy.attrs import IS_ALPHA, LIKE_NUM, POS

    from eventfacts.extract.common import columns

    doc = nlp(TEXT)
    pos, like_num, alpha = columns(doc, POS, LIKE_NUM, IS_ALPHA)
    assert pos == [t.pos for t in doc]
    assert like_num == [int(t.like_num) for t in doc]
    assert alpha == [int(t.is_alpha) for t in doc]
    assert columns(doc, POS) == [pos]
    assert columns(nlp(""), POS, LIKE_NUM) == [[], []]


#: Patterns whose openings are optional ("right now", "the near future"), so the words that open
#: them are those of the first tokens up to the first required one.
STRETCH_PATTERNS: list[list[dict[str, Any]]] = [
    [{"LOWER": "right", "OP": "?"}, {"LOWER": {"IN": ["now", "currently"]}}],
    [{"LOWER": "the"}, {"LOWER": {"IN": ["near", "distant"]}, "OP": "?"}, {"LOWER": "future"}],
    [{"LOWER": "in"}, {"LOWER": "recent"}, {"LOWER": "weeks"}],
]
STRETCH_CASES = [
    "Right now the ferry is closed, and in recent weeks it ran only twice.",
    "The mill will reopen in the near future, the owners said; the future of the dock is unclear.",
    "Nobody knows what happens next. Crews are currently clearing the road in the distant future.",
    "Nothing here opens a pattern.",
    "",
]


@pytest.mark.parametrize("text", STRETCH_CASES)
def test_stretch_matches_finds_what_the_matcher_finds_on_the_whole_doc(nlp: Any, text: str) -> None:
    matcher = Matcher(nlp.vocab)
    for n, pattern in enumerate(STRETCH_PATTERNS):
        matcher.add(f"p{n}", [pattern])
    opening, longest = opening_lowers(STRETCH_PATTERNS)
    doc = nlp(text)
    opens = [t.lower_ in opening for t in doc]
    assert list(stretch_matches(doc, matcher, opens, longest)) == list(matcher(doc))
    cut = len(doc) // 2
    assert list(stretch_matches(doc, matcher, opens, longest, before=cut)) == [
        m for m in matcher(doc) if m[1] < cut
    ]


@pytest.mark.parametrize("text", STRETCH_CASES)
def test_stretch_matches_with_a_reach_per_token_finds_what_the_matcher_finds(nlp: Any, text: str) -> None:
    """One-word patterns beside phrases: a word that opens only a one-word pattern is read alone."""
    matcher = Matcher(nlp.vocab)
    matcher.add("word", [[{"LOWER": {"IN": ["ferry", "road", "mill", "dock"]}}]])
    matcher.add("phrase", [[{"LOWER": "in"}, {"LOWER": "recent"}, {"LOWER": "weeks"}]])
    matcher.add("both", [[{"LOWER": "the"}, {"LOWER": "future"}], [{"LOWER": "owners"}]])
    doc = nlp(text)
    opens = [t.lower_ in ("ferry", "road", "mill", "dock", "in", "the", "owners") for t in doc]
    reach = [3 if t.lower_ in ("in", "the") else 1 for t in doc]
    assert list(stretch_matches(doc, matcher, opens, 3, reach=reach)) == list(matcher(doc))
    cut = len(doc) // 2
    assert list(stretch_matches(doc, matcher, opens, 3, before=cut, reach=reach)) == [
        m for m in matcher(doc) if m[1] < cut
    ]


def test_opening_lowers_reads_optional_openers_and_refuses_what_lower_does_not_decide() -> None:
    opening, longest = opening_lowers(STRETCH_PATTERNS)
    assert opening == {"right", "now", "currently", "the", "in"}
    assert longest == 3
    with pytest.raises(ValueError, match="does not decide"):
        opening_lowers([[{"POS": "NUM"}, {"LOWER": "dead"}]])


def test_opening_pairs_gives_what_may_follow_each_opening_word() -> None:
    pairs = opening_pairs(STRETCH_PATTERNS)
    assert pairs == {
        "right": {"now", "currently"},
        "now": None,  # the pattern may end on it
        "currently": None,
        "the": {"near", "distant", "future"},
        "in": {"recent"},
    }
    # "+" may repeat its token; a next token that LOWER does not decide lets anything follow
    assert opening_pairs([[{"LOWER": "very", "OP": "+"}, {"LOWER": "old"}]]) == {"very": {"very", "old"}}
    assert opening_pairs([[{"LOWER": "aged"}, {"LIKE_NUM": True}]]) == {"aged": None}
    with pytest.raises(ValueError):
        opening_pairs([[{"LOWER": "not"}, {"LOWER": "now", "OP": "!"}]])


@pytest.mark.parametrize("text", STRETCH_CASES)
def test_stretch_matches_opened_by_pairs_finds_what_the_matcher_finds(nlp: Any, text: str) -> None:
    matcher = Matcher(nlp.vocab)
    for n, pattern in enumerate(STRETCH_PATTERNS):
        matcher.add(f"p{n}", [pattern])
    pairs = opening_pairs(STRETCH_PATTERNS)
    _, longest = opening_lowers(STRETCH_PATTERNS)
    doc = nlp(text)
    lowers = [t.lower_ for t in doc]
    opens = [
        word in pairs and ((following := pairs[word]) is None or after in following)
        for word, after in zip(lowers, [*lowers[1:], None][: len(lowers)], strict=True)
    ]
    assert list(stretch_matches(doc, matcher, opens, longest)) == list(matcher(doc))


def test_token_forms_read_known_and_new_words_alike(nlp: Any) -> None:
    """The second article repeats words of the first (read from the process's memory of string
    ids) and adds words of its own (read from the Vocab)."""
    from eventfacts.extract.common import lower_forms, token_forms

    first = nlp("The Quarry Road bridge closed on Tuesday after a barge struck it.")
    second = nlp("The bridge on Quarry Road reopened; a Zorvath Shipping barge had struck it.")
    for doc in (first, second):
        assert token_forms(doc) == [t.text for t in doc]
        assert lower_forms(doc) == [t.lower_ for t in doc]
    assert token_forms(nlp("")) == []


@pytest.mark.parametrize(
    ("text", "start", "end", "name"),
    [
        ("He is held at the Harlow Correctional Complex at Harlow.", 4, 8, "Harlow Correctional Complex"),
        ("She chairs the Kestrel Council on Ethics and Law.", 3, 8, "Kestrel Council on Ethics"),
        ("She chairs the Kestrel Council on Ethics and Law.", 3, 10, "Kestrel Council on Ethics and Law"),
        ("Read this Harlow Gazette story first.", 1, 4, "Harlow Gazette"),
        ("Read their Vantor Daily feed first.", 1, 4, "Vantor Daily"),
        ("This Week aired on Sunday.", 0, 2, "This Week"),
    ],
)
def test_trim_name_drops_small_words_around_a_name(
    nlp: Any, text: str, start: int, end: int, name: str
) -> None:
    trimmed = trim_name(nlp(text)[start:end])
    assert trimmed is not None and trimmed.text == name


def test_the_loaded_model_brings_its_english_dictionary(nlp: Any) -> None:
    words = dictionary_of(nlp("A quiet harbour."))
    # lemmas of every part of speech, and stop words the lemma index lacks
    assert {"harbour", "quiet", "collapse", "without"} <= words
    assert "varnholm" not in words


def test_a_doc_of_an_unregistered_model_has_no_dictionary() -> None:
    import spacy

    assert dictionary_of(spacy.blank("en")("A quiet harbour.")) == frozenset()


@pytest.mark.parametrize(
    ("forms", "form", "expected"),
    [
        (["the", "otters", "beat", "the", "herons"], "the", [0, 3]),
        (["the", "otters", "beat", "the", "herons"], "herons", [4]),
        (["the", "otters"], "Otters", []),
        ([], "the", []),
    ],
)
def test_positions_of_gives_every_index_of_a_form_in_order(
    forms: list[str], form: str, expected: list[int]
) -> None:
    from eventfacts.extract.common import positions_of

    assert positions_of(forms, form) == expected


def test_positions_of_token_forms_are_the_tokens_written_so(nlp: Any) -> None:
    from eventfacts.extract.common import positions_of, token_forms

    doc = nlp(TEXT)
    for word in ("a", "Riverton", ",", "absent"):
        assert positions_of(token_forms(doc), word) == [t.i for t in doc if t.text == word]


def test_text_between_is_the_text_of_the_slice_of_tokens(nlp: Any) -> None:
    text = "Crews from  Alder Point\nreached the ferry.  Nobody was hurt (officials said)."
    doc = nlp(text)
    n = len(doc)
    for start in range(n + 1):
        for end in range(n + 3):  # an end past the Doc stops at its end, as a slice does
            assert text_between(doc, start, end) == doc[start:end].text, (start, end)
    assert text_between(nlp(""), 0, 2) == ""


def test_span_text_is_the_text_of_each_span_asked_in_turn(nlp: Any) -> None:
    doc = nlp("Mayor Ines Calder of Brightwater thanked the crews on Harbor Road.")
    spans = [doc[1:3], doc[1:3], doc[4:5], doc[1:3], doc[9:11], doc[0:0]]
    assert [span_text(s) for s in spans] == [s.text for s in spans]
    other = nlp("Mayor Ines Calder of Brightwater thanked the crews on Harbor Road.")
    assert span_text(other[1:3]) == "Ines Calder"  # the same words of another Doc


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        "Ferry Halts At Dunmore Quay\n\nA ferry ran aground off Dunmore Quay on Friday. Nobody was hurt.\n",
        "Crews worked all night",
        "Alone",
        "",
        "\n\n",
    ],
)
def test_the_index_reads_the_sentences_the_doc_gives(nlp: Any, text: str) -> None:
    from eventfacts.extract.common import doc_index

    doc = nlp(text)
    index = doc_index(doc)
    sents = list(doc.sents)
    assert [(index.sent_start[s.start], index.sent_end[s.start]) for s in sents] == [
        (s.start, s.end) for s in sents
    ]
    assert all(index.sent_start[t.i] == t.sent.start and index.sent_end[t.i] == t.sent.end for t in doc)
    assert index.char_end == [t.idx + len(t.text) for t in doc]
    assert index.ent == [next((e for e in doc.ents if e.start <= t.i < e.end), None) for t in doc]


def test_the_index_of_a_doc_without_sentences_refuses_as_doc_sents_does(nlp: Any) -> None:
    from spacy.tokens import Doc

    from eventfacts.extract.common import doc_index

    doc = Doc(nlp.vocab, words=["Ferry", "halts", "at", "Dunmore"])
    with pytest.raises(ValueError, match="E030"):
        list(doc.sents)
    with pytest.raises(ValueError, match="E030"):
        doc_index(doc)

"""The remembered attributes are spaCy's: the same tag, part of speech, morphology, lemma and label
on every token as the model's own attribute ruler and lemmatizer give, in prose, speech and
headlines, and on a text's second reading (from memory) as on its first."""

from __future__ import annotations

import pytest

from eventfacts.annotate import ATTRIBUTES_COMPONENT, load_model

TEXTS = [
    # wire prose: auxiliaries, passives, relative 'that', 'there is', subordinators
    "Three people were injured on Tuesday when a tram left the rails in Vellmar, police said. "
    "There is no sign that the driver had been drinking, and the line has since reopened.",
    # speech: pronouns in every case, contractions, colloquial forms the model's rules name
    "\u201cI told him we're gonna stay, and y'all can't make us leave,\u201d she said. "
    "\u201cLet's be honest: it ain't over, 'cause nobody's got ta go nowhere. I'd do it again.\u201d",
    "You should've seen it. They gave it to me and I gave it to you; somethin' like that, doin' fine.",
    # a headline in capitals and a list with odd spacing and line breaks
    "FERRY SINKS OFF KARVELLA ISLAND; 12 MISSING\n\n  Rescuers  said   they had found two survivors.\n",
    "Does it matter? Did they have a permit? He has, and she does too: the council had it.",
    # numbers, money, dates, abbreviations
    "The U.S.-based firm paid $4.5m on 3 March 2024 to 1,200 workers, ca. 30% of them in Lindau.",
]


@pytest.fixture(scope="module")
def stock():  # type: ignore[no-untyped-def]
    nlp = load_model()
    nlp.disable_pipe(ATTRIBUTES_COMPONENT)
    nlp.enable_pipe("attribute_ruler")
    nlp.enable_pipe("lemmatizer")
    return nlp


def _attributes(doc):  # type: ignore[no-untyped-def]
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start)
        for t in doc
    ]


def test_the_component_stands_for_the_ruler_and_the_lemmatizer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ATTRIBUTES_COMPONENT in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    assert "lemmatizer" not in nlp.pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_same_attributes_as_spacy(nlp, stock, text: str) -> None:  # type: ignore[no-untyped-def]
    expected = _attributes(stock(text))
    assert _attributes(nlp(text)) == expected
    # the second reading comes from what the first one remembered
    assert _attributes(nlp(text)) == expected


def test_contractions_keep_their_rules(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("We're gonna win, y'all.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"
    assert lemmas["y'"] == "you"


def test_the_same_word_in_other_roles(nlp, stock) -> None:  # type: ignore[no-untyped-def]
    # 'it' as subject and as object, 'that' as determiner, relative pronoun and conjunction
    text = "It said that that bridge, which it closed, is one that it will reopen. Give it that."
    assert _attributes(nlp(text)) == _attributes(stock(text))


def test_a_pipeline_without_the_ruler_keeps_its_own_components() -> None:
    import spacy

    from eventfacts.attributes import attributes_component

    assert attributes_component(spacy.blank("en")) is None


def test_word_lists_keep_their_order_and_answer_in() -> None:
    from eventfacts.attributes import _Listed

    words = _Listed(["quay", "harbour", "jetty"])
    assert list(words) == ["quay", "harbour", "jetty"]
    assert "harbour" in words and "pier" not in words

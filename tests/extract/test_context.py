"""The context score of a name: the parse's token vectors read through the fitted weights, one
number per organization mention, none where there is no fit or no vector."""

from __future__ import annotations

import numpy as np

from eventfacts.extract import context
from eventfacts.extract.entities import extract_entities

# (text, name NER types an organization): bodies acting as bodies
BODIES = [
    ("Shares of Tidewater Mills fell 4 percent after the company reported a loss.", "Tidewater Mills"),
    ("The union said workers at Kessler Foods would strike on Monday.", "Kessler Foods"),
    ("The Orion League fined the club after the match, the Orion League said.", "Orion League"),
    ("Officials at the Ministry of Water said the new rules would start in May.", "Ministry of Water"),
    ("The Northgate Hospital said three patients were in critical condition.", "Northgate Hospital"),
]
# things with a name like a body's: a dam, a stadium's dome
THINGS = [
    ("Officials said the Pellham Dam would be inspected after the floods.", "Pellham Dam"),
    (
        "Fans packed the Copperfield Dome for the final, and the Copperfield Dome roof was closed.",
        "Copperfield Dome",
    ),
]


def _scores(nlp, table: list[tuple[str, str]]) -> list[float]:  # type: ignore[no-untyped-def]
    found = []
    for (_, name), doc in zip(table, nlp.pipe(text for text, _ in table), strict=True):
        scores = [
            m.context
            for m in extract_entities(doc, source="a")
            if m.text == name and m.kind == "organization"
        ]
        assert scores and all(s is not None for s in scores), name
        found.extend(s for s in scores if s is not None)
    return found


def test_things_read_less_like_bodies_than_bodies(nlp) -> None:  # type: ignore[no-untyped-def]
    assert max(_scores(nlp, THINGS)) < min(_scores(nlp, BODIES))


def test_the_vector_is_the_name_beside_its_governor(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Workers at Kessler Foods went on strike.")
    span = next(e for e in doc.ents if e.text == "Kessler Foods")
    vector = context.context_vector(span)
    assert vector is not None and vector.shape == (2 * doc.tensor.shape[1],)
    width = doc.tensor.shape[1]
    assert np.allclose(vector[:width], doc.tensor[span.start : span.end].mean(axis=0))
    assert np.allclose(vector[width:], doc.tensor[span.root.head.i])  # "at"


def test_a_name_that_is_its_sentence_root_has_no_governor(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Kessler Foods.")
    span = doc[0:2]
    assert span.root.head.i == span.root.i
    vector = context.context_vector(span)
    assert vector is not None and not vector[doc.tensor.shape[1] :].any()


def test_no_vectors_no_score(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    bare = Doc(nlp.vocab, words=["Kessler", "Foods", "said"])
    assert context.context_vector(bare[0:2]) is None
    assert context.context_score(bare[0:2], "organization") is None


def test_a_place_gets_none(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Dana Whitlow visited Kessler Foods in Ashford.")
    assert context.context_score(doc[6:7], "place") is None


def test_a_score_keeps_two_decimals(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Workers at Kessler Foods went on strike.")
    score = context.context_score(doc[2:4], "organization")
    assert score is not None and round(score, context.DECIMALS) == score

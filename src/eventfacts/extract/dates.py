"""Date expressions in one article, parsed into parts and tied to what they date.

Resolution to absolute dates waits for reconciliation, because the reference date of an article
with no date of its own can only come from the other sources. Durations ("nearly a month",
"60-day"), ages ("54") and other non-dates parse to nothing and are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .. import timeexpr
from ..records import DateMention
from .common import evidence, in_headline, sentence_numbers, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NOUNS = ("NOUN", "PROPN")


def extract_dates(doc: Doc, *, source: str) -> Iterator[DateMention]:
    numbers = sentence_numbers(doc)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or in_headline(ent.sent):
            continue
        text = ent.text.split("\n")[0].strip()
        expr = timeexpr.parse(text)
        if expr is None:
            continue
        end = ent.start_char + len(ent.text.split("\n")[0])
        yield DateMention(
            text=text,
            expr=expr,
            context=context_of(ent),
            sentence=numbers[ent.start],
            evidence=evidence(source, doc.text, ent.start_char, end),
        )


def context_of(ent: Span) -> str | None:
    """The event or thing a date belongs to: "the Oct. 10 election" -> "election"; "Protests
    turned deadly Friday" -> "protests"; "a funeral held for the protester Saturday" -> "funeral"."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head == root:
        return None
    if head.pos_ in _NOUNS:
        return head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX", "ADJ"):
        return _verb_context(head)
    return None


def _verb_context(verb: Token) -> str | None:
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _NOUNS:
        return verb.head.lemma_.lower()
    subject = subject_of(verb)
    if subject is not None and subject.pos_ in _NOUNS:
        return subject.lemma_.lower()
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
        return verb.head.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in _NOUNS:
            return child.lemma_.lower()
    return verb.lemma_.lower() if verb.pos_ == "VERB" else None

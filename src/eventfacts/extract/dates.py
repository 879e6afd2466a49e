"""Date expressions in one article, parsed into parts and tied to what they date.

Resolution to absolute dates waits for reconciliation, because the reference date of an article
with no date of its own can only come from the other sources. Durations ("nearly a month",
"60-day"), ages ("54") and other non-dates parse to nothing and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import timeexpr
from ..records import DateExpr, DateMention
from .common import evidence, in_headline, sentence_numbers, subject_of, text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NOUNS = ("NOUN", "PROPN")
_SPAN = re.compile(
    r"^(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?P<unit>day|week)s?$", re.I
)
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
#: Words that put what a sentence reports in the future.
FUTURE_MARKERS = frozenset({"will", "shall", "'ll", "’ll"})
FUTURE_VERBS = frozenset({"schedule", "plan", "expect", "due", "set"})


def extract_dates(doc: Doc, *, source: str) -> Iterator[DateMention]:
    numbers = sentence_numbers(doc)
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or in_headline(ent.root):
            continue
        text = ent.text.split("\n")[0].strip()
        expr = timeexpr.parse(text) or anchored(ent)
        if expr is None:
            continue
        if expr.anchor is None and points_ahead(ent):
            expr = replace(expr, future=True)
        end = ent.start_char + len(ent.text.split("\n")[0])
        yield DateMention(
            text=text,
            expr=expr,
            context=context_of(ent),
            sentence=numbers[ent.start],
            evidence=evidence(source, text_of(doc), ent.start_char, end),
        )


def anchored(ent: Span) -> DateExpr | None:
    """ "two days after deadly protests": an offset from the day of another dated thing."""
    match = _SPAN.match(ent.text.strip())
    doc = ent.doc
    if (
        match is None
        or ent.end >= len(doc)
        or doc[ent.end].lower_ not in ("after", "before", "later", "earlier")
    ):
        return None
    word = doc[ent.end]
    objects = [c for c in word.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
    if not objects:
        return None
    n = match.group("n") or "1"
    days = (int(n) if n.isdigit() else _WORD_NUMBERS[n.lower()]) * (
        7 if match.group("unit").lower() == "week" else 1
    )
    return DateExpr(day_offset=days if word.lower_ == "after" else -days, anchor=objects[0].lemma_.lower())


def points_ahead(ent: Span) -> bool:
    """The date is in the future: "will be held on Friday", "is scheduled for March 3"."""
    node = ent.root
    for _ in range(4):
        node = node.head
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            break
    children = list(node.children)
    if any(c.lower_ in FUTURE_MARKERS and c.dep_ == "aux" for c in children):
        return True
    return node.lemma_.lower() in FUTURE_VERBS and any(c.dep_ in ("auxpass", "aux", "cop") for c in children)


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

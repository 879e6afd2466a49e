"""What tells one event from another of its kind, read once per article: the event key.

Similar events read alike ("a man was shot outside a bar"), so the words of two articles say
little about whether they report the same one. What does is where (the city, and the street or
venue), when (the day the article dates the event to), who (participants' full names and ages)
and how many (the casualty figures). This module reads those from one article's `DocFacts`,
with no look at other articles, so a key never changes when the folder does.

`article_place` and `article_day` are the two plug points: a gazetteer-resolved city or a
better incident day replaces one function each, and nothing else here changes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ... import timeexpr
from ...records import DocFacts, EntityMention
from ..names import fold

#: Where an article states its main event: the place, the day and the casualties of the lead.
LEAD_SENTENCES = 4
#: Count kinds that describe what happened, compared between articles.
CASUALTY_KINDS = ("killed", "injured")
#: Words of a title that name nothing (the title's other words are added to the text terms).
TITLE_STOP = frozenset(
    {"after", "with", "from", "that", "this", "what", "into", "over", "says", "said", "their", "have", "been"}
)


@dataclass(frozen=True, slots=True)
class EventKey:
    """The article's account of its event, as plain values."""

    id: str
    day: date | None  # the day the article dates its event to (or its own date)
    place: str | None  # the main place of the lead, folded ("dayton")
    places: frozenset[str]  # every place it sets something in, with their containers
    sites: frozenset[str]  # streets, venues and buildings: the finest place it gives
    people: frozenset[str]  # folded full names of people ("tyler reese")
    name_mentions: tuple[str, ...]  # every folded name and surname, once per mention, for TF-IDF
    ages: frozenset[int]
    casualties: frozenset[tuple[str, int]]  # ("killed", 2)
    terms: tuple[str, ...]  # content lemmas, title words and figures, for TF-IDF


def event_key(doc: DocFacts) -> EventKey:
    places = frozenset(p for m in doc.entities if m.kind == "place" for p in _place_names(m))
    return EventKey(
        id=doc.source.id,
        day=article_day(doc),
        place=article_place(doc),
        places=places,
        sites=frozenset(_folded(m.text) for m in doc.entities if m.kind == "place" and m.label == "FAC"),
        people=frozenset(
            " ".join(key) for m in doc.entities if m.kind == "person" and len(key := fold(m.text)) >= 2
        ),
        name_mentions=_name_mentions(doc),
        ages=frozenset(m.age for m in doc.entities if m.age is not None),
        casualties=frozenset(
            (c.kind, int(c.value))
            for c in doc.counts
            if c.kind in CASUALTY_KINDS and c.sentence < LEAD_SENTENCES and c.value == int(c.value)
        ),
        terms=_terms(doc),
    )


def article_place(doc: DocFacts) -> str | None:
    """The place the article's lead sets its event in: the most often named place written as
    where something is ("in Dayton"), a street or venue counting as the place it is written in
    ("Main Street in Dayton"), and a place that holds another of them ("Columbus, Ohio")
    giving way to the finer one. The first named breaks ties; None when the lead names none."""
    seen: Counter[str] = Counter()
    first: dict[str, int] = {}
    holders: set[str] = set()
    for mention in doc.entities:
        if mention.kind != "place" or mention.sentence >= LEAD_SENTENCES:
            continue
        if mention.container:
            holders.add(_folded(mention.container))
        if mention.label == "FAC":
            name = mention.container
        else:
            name = mention.text if mention.locative or mention.container else None
        key = _folded(name) if name else ""
        if key:
            seen[key] += 1
            first.setdefault(key, mention.evidence.start)
    finest = [k for k in seen if k not in holders] or list(seen)
    if not finest:
        return None
    return min(finest, key=lambda k: (-seen[k], first[k]))


def article_day(doc: DocFacts) -> date | None:
    """The day the article dates its event to: the first day-precise date of its lead, resolved
    against the article's own date; else the article's own date (a report runs within days of
    what it reports); None for an undated article whose lead gives no full date."""
    reference = _iso(doc.source.reference_date)
    for mention in doc.dates:
        if mention.sentence >= LEAD_SENTENCES or timeexpr.precision_of(mention.expr) != "day":
            continue
        if mention.expr.future or mention.expr.anchor is not None:
            continue
        found = timeexpr.resolve(mention.expr, reference)
        if found is not None and len(found[0]) == 10:
            return date.fromisoformat(found[0])
    return reference


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _folded(name: str) -> str:
    return " ".join(fold(name))


def _place_names(mention: EntityMention) -> list[str]:
    names = [_folded(mention.text)]
    if mention.container:
        names.append(_folded(mention.container))
    return [n for n in names if n]


def _name_mentions(doc: DocFacts) -> tuple[str, ...]:
    names = []
    for mention in doc.entities:
        key = fold(mention.text)
        if key:
            names.append(" ".join(key))
            if len(key) > 1:
                names.append(key[-1])  # "Kadhimi" and "Mustafa al-Kadhimi" meet on the surname
    return tuple(names)


def _terms(doc: DocFacts) -> tuple[str, ...]:
    """Content lemmas of the body, plus the words of the title, which name the event."""
    terms = [t for p in doc.paragraphs for t in p.terms]
    title = (doc.source.title or "").casefold()
    terms += [w.rstrip("s") for w in re.findall(r"[^\W\d_]{4,}", title) if w not in TITLE_STOP]
    return tuple(terms)

"""What tells one event from another of its kind, read once per article: the event key.

Similar events read alike ("a man was shot outside a bar"), so the words of two articles say
little about whether they report the same one. What does is where (the city, and the street or
venue), when (the day the article dates the event to), who (participants' full names and ages)
and how many (the casualty figures). This module reads those from one article's `DocFacts`,
with no look at other articles, so a key never changes when the folder does.

The place is read twice: `article_place` as the text writes it ("Main Street in Dayton" gives
"dayton"), and `article_town` as the gazetteer resolves it (`reconcile.places`, so "Dayton, Ohio"
and "Dayton" are one town and Dayton, Ohio is not Dayton, Texas). The day is the incident day the
article supports on its own (`reconcile.dates.incident_day`), so a trial report a year later
still dates itself to the shooting it is about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from ... import geo
from ...lexicon import HARM_KINDS
from ...records import DocFacts, EntityMention
from ..dates import incident_day, story_year
from ..names import fold
from ..places import article_place as resolved_town

#: Where an article states its main event: the place, the day and the casualties of the lead.
LEAD_SENTENCES = 4
#: Count kinds that describe what happened, compared between articles.
CASUALTY_KINDS = HARM_KINDS
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
    area: str | None  # the gazetteer id of `place` when it names a country or state ("iso:NZ")
    year: int | None  # the day's year; for an undated article, the latest past year it names
    town: str | None  # the gazetteer id of the town it happened in ("geonames:4509884")
    places: frozenset[str]  # every place it sets something in, with their containers
    sites: frozenset[str]  # streets, venues and buildings: the finest place it gives
    people: frozenset[str]  # folded full names of people ("tyler reese"), also without middle names
    principals: frozenset[str]  # of `people`, those never written with a title ("Chief", "Sgt.")
    name_mentions: tuple[str, ...]  # every folded name and surname, once per mention, for TF-IDF
    ages: frozenset[int]
    casualties: frozenset[tuple[str, int]]  # ("killed", 2)
    terms: tuple[str, ...]  # content lemmas, title words and figures, for TF-IDF


def event_key(doc: DocFacts) -> EventKey:
    places = frozenset(p for m in doc.entities if m.kind == "place" for p in _place_names(m))
    day = article_day(doc)
    place = article_place(doc)
    return EventKey(
        id=doc.source.id,
        day=day,
        year=day.year if day else story_year([doc]),
        place=place,
        area=place_area(place),
        town=article_town(doc),
        places=places,
        sites=frozenset(_folded(m.text) for m in doc.entities if m.kind == "place" and m.label == "FAC"),
        people=frozenset(
            form for m in doc.entities if m.kind == "person" for form in _name_forms(fold(m.text))
        ),
        principals=_principals(doc),
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


def place_area(place: str | None) -> str | None:
    """The country or state a lead's place names, when it names one ("in New Zealand"): it holds
    the towns and sites other reports name, so it is no other place than they are."""
    found = geo.lookup(place) if place else ()
    return found[0].id if found and found[0].kind in ("country", "region") else None


def article_town(doc: DocFacts) -> str | None:
    """The gazetteer id of the town the article says it happened in; None when it names none."""
    town = resolved_town(doc)
    return town.id if town is not None else None


def article_day(doc: DocFacts) -> date | None:
    """The day the article dates its event to: the incident day its own dates support most,
    resolved against the article's own date; else the article's own date (a report runs within
    days of what it reports); None for an undated article that gives no full date."""
    found = incident_day(doc)
    return date.fromisoformat(found) if found else _iso(doc.source.reference_date)


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


def _principals(doc: DocFacts) -> frozenset[str]:
    """The people an article names without a title: who the story is about (the dead, the hurt,
    the accused, their families) rather than the officials who speak for every story of a beat."""
    persons = [m for m in doc.entities if m.kind == "person"]
    titled = {form for m in persons if _official(m) for form in _name_forms(fold(m.text))}
    return frozenset(form for m in persons for form in _name_forms(fold(m.text))) - titled


def _official(mention: EntityMention) -> bool:
    """Written with a capitalised title ("Chief", "Sgt.", "Rev."), not just described ("a youth
    football coach who ...")."""
    return any(title[:1].isupper() for title in mention.titles)


def _name_forms(words: tuple[str, ...]) -> tuple[str, ...]:
    """A full name as the key compares it, and without its middle names: an obituary, a funeral
    notice or a court filing writes "Dana Lee Marsh" where the first reports wrote "Dana Marsh"."""
    if len(words) < 2:
        return ()
    full = " ".join(words)
    return (full, f"{words[0]} {words[-1]}") if len(words) >= 3 else (full,)


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

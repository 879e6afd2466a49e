"""The fitted type check: which people and organization entries of a record are not what they are typed.

NER calls a film's title a person, a byline an organization, a nickname a body, and the hand
repairs of `extract.repairs` catch only the patterns someone wrote down. What gives such an
entry away is rarely one word but how it is written and used across the folder: the labels NER
gave its mentions, the repairs that touched it, whether any source writes a title or an age
next to it, how many of its words are ordinary English words, whether it is only in a headline.
`features` describes an entry by such generic traits (never the words of the name itself); a
logistic regression per kind, fitted by eval/fit_types.py on hand-judged records of every kind
of news and kept in `weights.json` ("entity_type_person", "entity_type_organization"), gives
the probability the entry is right; `mistyped` marks those under the threshold the fit chose on
held-out records, and `without_mistyped` takes them out of the record. Before that,
`people_typed_as_bodies` finds the organization entries written and used as people's names
that the person check keeps, and the record clusters their mentions among the people instead
of dropping them ("Dana Whitlock" read as a club for the "s" of her surname). An organization entry
also reads the mean of its mentions' context scores (`extract.context`, fitted alike): how the
words around each mention read in the parse's vectors, the one trait here that sees past shape.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from .. import geo
from ..extract.entities import ORG_WORDS, PLACE_SUFFIXES
from ..extract.patterns import STREET_SUFFIXES, venue_kind
from ..extract.repairs import BODY_HEADS, COMPANY_WORDS, WORK_NOUNS, is_given_name
from ..lexicon import ORG_HEAD_NOUNS, ROLE_WORDS
from ..records import EntityMention, Organization, Participant, Person, Quote, QuoteMention
from .choice import model, weights
from .names import PLURAL_BODY, Cluster, fold

#: The labels NER gives a name, as the check reads them; any other label counts as "other".
LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "DATELINE")
#: Head-word roles of the parse that say something of a name's use; others count as "other".
DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "compound", "appos", "conj", "ROOT", "npadvmod", "attr")
#: The key of each kind's weights in weights.json.
DECISION = {"person": "entity_type_person", "organization": "entity_type_organization"}
_ORG_ENDINGS = ORG_WORDS | ORG_HEAD_NOUNS
_PLACE_ENDINGS = PLACE_SUFFIXES | frozenset(STREET_SUFFIXES)
#: Last words of a body's or a company's name, which no person's name ends in.
_BODY_ENDINGS = BODY_HEADS | COMPANY_WORDS | _ORG_ENDINGS
#: The largest mean context score an entry is credited with, either way.
CONTEXT_RANGE = 6.0
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
#: Initials written for first names: "B.K.", "JR".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2}")


@dataclass(frozen=True, slots=True)
class Folder:
    """What an entry is compared with: the words of the record's other names by kind, and its
    number of sources."""

    words: dict[str, Counter[str]]  # kind -> folded word -> number of entries of the kind using it
    sources: int
    titles: frozenset[str] = frozenset()  # the people's titles, folded: " executive director of x "

    @classmethod
    def of(cls, clusters: dict[str, list[Cluster]], sources: int) -> Folder:
        words: dict[str, Counter[str]] = {}
        for kind, found in clusters.items():
            words[kind] = Counter(w for c in found for w in set(fold(c.canonical())))
        titles = frozenset(
            f" {' '.join(fold(t))} "
            for c in clusters.get("person", ())
            for m, _ in c.mentions
            for t in m.titles
        )
        return cls(words, max(sources, 1), titles)

    def in_title(self, folded: tuple[str, ...]) -> bool:
        """Whether a person's title names it: "director of the X Institute" """
        name = f" {' '.join(folded)} "
        return bool(folded) and any(name in t for t in self.titles)

    def shared(self, kind: str, own: str, folded: tuple[str, ...]) -> float:
        """The share of the name's words that another entry of `kind` uses too."""
        counts = self.words.get(kind, Counter())
        least = 2 if kind == own else 1  # the entry itself counts once among its own kind
        return sum(counts[w] >= least for w in folded) / len(folded) if folded else 0.0


def features(cluster: Cluster, folder: Folder) -> dict[str, float]:
    """Generic traits of one clustered entry: how NER and the repairs read its mentions, how
    the folder uses it, and the shape of its name."""
    mentions = [m for m, _ in cluster.mentions]
    n = len(mentions)
    name = cluster.canonical()
    words = _WORD.findall(name)
    folded = fold(name)
    labels = Counter(m.label if m.label in LABELS else "other" for m in mentions)
    deps = Counter(m.dep if m.dep in DEPS else "other" for m in mentions)
    rules = Counter(r for m in mentions for r in set(m.rules))
    sources = len(cluster.sources)  # a set built per call: read once
    mention_words = sum(len(_WORD.findall(m.text)) for m in mentions)
    feats: dict[str, float] = {
        "sources": math.log1p(sources),
        "mentions": math.log1p(n),
        "headline_share": _share(mentions, lambda m: m.headline),
        "subject_share": _share(mentions, lambda m: m.is_subject),
        "titled": float(any(m.titles for m in mentions)),
        "aged": float(any(m.age is not None for m in mentions)),
        "aliases": math.log1p(len(cluster.other_names())),
        "text_aliases": float(bool(cluster.aliases)),
        "quoted_share": _share(mentions, lambda m: m.quoted),
        "after_the_share": _share(mentions, lambda m: m.after_the),
        "repaired_share": _share(mentions, lambda m: bool(m.rules)),
        "first_sentence": math.log1p(min(m.sentence for m in mentions)),
        "lead_share": _share(mentions, lambda m: m.sentence < 3),
        "dictionary_share": _share_of_words(mentions, mention_words, lambda m: m.dictionary_words),
        "proper_share": _share_of_words(mentions, mention_words, lambda m: m.proper_words),
        "words": float(min(len(words), 5)),
        "one_word": float(len(words) == 1),
        "shouted": float(any(len(w) > 1 and w.isupper() for w in words)),
        "lower_word": float(any(w[:1].islower() for w in words)),
        "digit": float(any(c.isdigit() for c in name)),
        "hyphen": float("-" in name),
        "given_first": float(bool(folded) and is_given_name(folded[0])),
        "given_share": sum(is_given_name(w) for w in folded) / len(folded) if folded else 0.0,
        "org_ending": float(bool(folded) and folded[-1] in _ORG_ENDINGS),
        "place_ending": float(bool(folded) and folded[-1] in _PLACE_ENDINGS),
        "work_word": float(any(w in WORK_NOUNS for w in folded)),
        "role_word": float(any(w in ROLE_WORDS for w in folded)),
        "gazetteer": float(bool(folded) and bool(geo.lookup(name))),
        "source_share": sources / folder.sources,
        "spellings": math.log1p(len(cluster.surfaces)),
        "lower_last": float(bool(words) and words[-1][:1].islower()),
        "possessive_inside": float(bool(re.search(r"\w['’]s?\s+\w", name))),
        "acronym": float(len(words) == 1 and words[0].replace(".", "").isupper()),
        "person_words": folder.shared("person", cluster.kind, folded),
        "org_words": folder.shared("organization", cluster.kind, folded),
        "place_words": folder.shared("place", cluster.kind, folded),
        "in_title": float(folder.in_title(folded)),
    }
    feats.update(context_features([m.context for m in mentions if m.context is not None and not m.headline]))
    for label in (*LABELS, "other"):
        feats[f"label:{label}"] = labels[label] / n
    for dep in (*DEPS, "other"):
        feats[f"dep:{dep}"] = deps[dep] / n
    for rule, count in rules.items():
        feats[f"rule:{rule}"] = count / n
    # the words around a name are context, not the name: "at", "in", "by" before it, the verb or
    # noun it hangs on ("said", "spokesman", "film"); weights exist only for those the fit saw often
    for word, count in Counter(m.before for m in mentions if m.before).items():
        feats[f"before:{word}"] = count / n
    for word, count in Counter(m.governor for m in mentions if m.governor).items():
        feats[f"governor:{word}"] = count / n
    return feats


def context_features(scores: list[float]) -> dict[str, float]:
    """The entry's mean context score (`extract.context`) over its body's mentions (a headline's
    words are too few to read), cut to a range a few odd sentences cannot push past."""
    if not scores:
        return {"context": 0.0, "context_none": 1.0}
    mean = sum(scores) / len(scores)
    return {"context": max(-CONTEXT_RANGE, min(CONTEXT_RANGE, mean)), "context_none": 0.0}


def probability_right(cluster: Cluster, kind: str, folder: Folder) -> float | None:
    """The fitted probability that the entry is a `kind` at all (None: no fit for the kind)."""
    if DECISION[kind] not in weights():
        return None
    return model(DECISION[kind]).probability(features(cluster, folder))


def threshold(kind: str) -> float:
    data = weights().get(DECISION[kind]) or {}
    value = data.get("threshold", 0.0)
    return float(value) if isinstance(value, int | float) else 0.0


def mistyped(clusters: Iterable[Cluster], kind: str, folder: Folder) -> list[bool]:
    """For each cluster, whether the fitted check judges it no `kind` at all (never, when the
    kind has no fit)."""
    least = threshold(kind)
    judged = []
    for c in clusters:
        p = probability_right(c, kind, folder)
        judged.append(p is not None and p < least)
    return judged


def people_typed_as_bodies(organizations: Iterable[Cluster], folder: Folder) -> set[tuple[str, ...]]:
    """The folded names of the organization entries that are people: "Dana Whitlock" typed ORG
    because NER said so, or because "Whitlock"'s final "s" read as a club's plural noun ("Ardmore
    Bulldogs"). An entry moves when its name is written as a person's (`_written_as_a_person`),
    the articles never write its first word alone (a body named for its town is: "Bradley
    beat..."), nor any of it after "the" (a club's short name: "the Bulldogs won"), no repair
    but the plural noun's made it a body, and the fitted person check, reading it as a person
    entry, keeps it. Only the entry's own mentions move: no id is given yet."""
    moved: set[tuple[str, ...]] = set()
    least = threshold("person")
    for c in organizations:
        mentions = [m for m, _ in c.mentions]
        if any(m.after_the for m in mentions) or any(set(m.rules) - {PLURAL_BODY} for m in mentions):
            continue
        name = c.canonical()
        folded = fold(name)
        if not _written_as_a_person(name) or any(fold(s) == folded[:1] for s in c.surfaces):
            continue
        p = probability_right(replace(c, kind="person"), "person", folder)
        if p is not None and p >= least:
            moved |= {fold(m.text) for m in mentions} - {()}
    return moved


#: Words by which a speaker speaks of one person, itself: "I", "me", "my"; a body says "we".
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Mm]yself)\b")
#: The most words a speaker's name has that `first_person_speakers` moves: a person's name is short.
_SPEAKER_WORDS = 4


def first_person_speakers(
    organizations: Iterable[Cluster], quotes: Iterable[QuoteMention]
) -> set[tuple[str, ...]]:
    """The folded names of the organization entries that quote themselves in the first person
    singular: "“I thought we had it,” Dale Orrin said" with "Dale Orrin" typed ORG. A body speaks
    as "we" (its spokesperson is named, or is "a spokesman"), so a name that says "I" in whole
    sentences is a person (a partial quote may be words it reports: "a mother cried "my child",
    Varnia Wire said"), unless it is written as a body: after "the", with a body's word, or in
    capitals."""
    speakers = {
        fold(q.speaker.name)
        for q in quotes
        if q.speaker is not None
        and q.speaker.kind == "name"
        and not q.partial
        and _FIRST_PERSON.search(q.text)
    }
    moved: set[tuple[str, ...]] = set()
    for c in organizations:
        mentions = [m for m, _ in c.mentions]
        keys = {fold(m.text) for m in mentions} - {()}
        if not keys & speakers or any(m.after_the for m in mentions):
            continue
        words = _WORD.findall(c.canonical())
        folded = fold(c.canonical())
        if not 1 <= len(words) <= _SPEAKER_WORDS or any(w.isupper() or not w[:1].isupper() for w in words):
            continue
        if set(folded) & _BODY_ENDINGS:
            continue
        moved |= keys
    return moved


def bodies_typed_as_people(people: Iterable[Cluster], folder: Folder) -> set[tuple[str, ...]]:
    """The folded names of the person entries that are bodies: "Halden Fire Services" or "Corvo
    Technologies" typed PERSON. An entry moves when its name ends in a body's or a company's
    word, no article gives it a title or an age, and either its first word is no first name a
    list knows or the fitted person check drops it ("Ada Court", a person, stays)."""
    moved: set[tuple[str, ...]] = set()
    least = threshold("person")
    for c in people:
        mentions = [m for m, _ in c.mentions]
        folded = fold(c.canonical())
        if len(folded) < 2 or folded[-1] not in _BODY_ENDINGS:
            continue
        if any(m.titles or m.age is not None for m in mentions):
            continue
        p = probability_right(c, "person", folder)
        if not is_given_name(folded[0]) or (p is not None and p < least):
            moved |= {fold(m.text) for m in mentions} - {()}
    return moved


def _written_as_a_person(name: str) -> bool:
    """ "Dana Whitlock", "Luis Ortega-Ruiz": two or three capitalised words, the first a first
    name a list knows and no big town's or region's ("Carolina Tech", "Austin Hawks"), none a
    word a body's, a company's or a venue's name ends in, the last no region's."""
    words = _WORD.findall(name)
    folded = fold(name)
    if not 2 <= len(words) <= 3 or not len(words) <= len(folded) <= len(words) + 1:
        return False
    # initials for first names, before a surname alone: "B.K. Tamsin", "JR Tamsin"
    initials = len(words) == 2 and _INITIALS.fullmatch(words[0]) is not None
    if not initials and not is_given_name(folded[0]):
        return False
    rest = words[1:] if initials else words
    if any(not w[:1].isupper() or w.isupper() for w in rest) or any(ch.isdigit() for ch in name):
        return False
    if set(folded) & (_BODY_ENDINGS | _PLACE_ENDINGS) or venue_kind(name):
        return False
    big = any(p.kind in ("country", "region") or p.population >= 100_000 for p in geo.lookup(words[0]))
    return not big and not geo.lookup(words[-1], kinds=("country", "region"))


def without_mistyped(
    people: list[Person],
    organizations: list[Organization],
    dropped: set[str],
    quotes: list[Quote],
    participants: list[Participant],
) -> tuple[list[Person], list[Organization], list[Quote], list[Participant]]:
    """The lists without the entries of `dropped` (ids) that no quote or participant points at,
    the others numbered again in their order, and every reference to them renumbered alike."""
    used = {q.speaker.ref for q in quotes if q.speaker is not None} | {p.person for p in participants}
    gone = dropped - used
    renumber: dict[str, str] = {}
    for prefix, entries in (("person", people), ("org", organizations)):
        kept = [e.id for e in entries if e.id not in gone]
        renumber.update({old: f"{prefix}-{i}" for i, old in enumerate(kept, start=1)})
    people = [
        replace(
            p, id=renumber[p.id], organizations=tuple(renumber[o] for o in p.organizations if o in renumber)
        )
        for p in people
        if p.id in renumber
    ]
    organizations = [replace(o, id=renumber[o.id]) for o in organizations if o.id in renumber]
    quotes = [
        replace(q, speaker=replace(q.speaker, ref=renumber.get(q.speaker.ref, q.speaker.ref)))
        if q.speaker is not None and q.speaker.ref is not None
        else q
        for q in quotes
    ]
    participants = [
        replace(p, person=renumber.get(p.person, p.person)) if p.person is not None else p
        for p in participants
    ]
    return people, organizations, quotes, participants


def _share(mentions: list[EntityMention], test: Callable[[EntityMention], bool]) -> float:
    return sum(bool(test(m)) for m in mentions) / len(mentions)


def _share_of_words(
    mentions: list[EntityMention], words: int, count: Callable[[EntityMention], int]
) -> float:
    """The share of the mentions' `words` (their number) that `count` finds."""
    return sum(count(m) for m in mentions) / words if words else 0.0

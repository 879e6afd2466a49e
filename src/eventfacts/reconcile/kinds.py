"""The event's kind: one name of `lexicon.EVENT_KINDS` chosen from every source's lead.

Each source leads with what happened: its headline, then its first sentences. A word that is
the clause's main matter ("Ex-mayor *sentenced* for fraud") says more than one in the
background ("sentenced for *the shooting*"), and a generic word ("died", "attack") yields to a
specific one in the same sentence ("died after a *shooting*"). Each source votes for its
strongest kind; the event's kind is the one most sources vote for (copies of one story vote
once). No source naming any kind gives no kind, and then every decision that depends on it
keeps its default.

`toll` is the chosen kind's: a verdict, a death from illness or a deal has no toll of its
own, and the dead its story recalls belong to an earlier crime. An arrest or a charge keeps
the toll of the crime it follows (the same folder reports both), unless a source's lead dates
that crime well before ("in the 1967 killings", "charged with killing him last summer", "41
years ago"): a date no finer than a month, which news gives a crime of days ago only by its
day. When at least a third of the voting sources lead with a kind that has a toll of its own
(some with the trial, others with the shooting), the toll is kept too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace

from .. import timeexpr
from ..lexicon import EVENT_KINDS, KINDS_BY_NAME
from ..records import DateExpr, DateFact, DateMention, DocFacts, Evidence, KindFact, KindMention
from .agreement import agreement
from .dates import ResolvedDate

#: How much a word counts by where it stands: the headline, the lead sentence, the next ones.
POSITION_WEIGHT = {"headline": 3.0, 0: 2.0, 1: 1.0, 2: 1.0}
#: What a word in the background of its clause ("for the shooting") counts, against 1 for the main matter.
BACKGROUND_WEIGHT = 0.4
#: A kind without a toll still keeps the event's toll when this share of the voting sources
#: lead with a kind that has one: the trial's story and the shooting's are one folder.
TOLL_SHARE = 1 / 3
_ORDER = {k.name: i for i, k in enumerate(EVENT_KINDS)}


def developments(kind: KindFact | None) -> frozenset[str]:
    """The kinds of date that are the event's own for its kind (`EventKind.developments`): the
    day of an arrest, a verdict or a protest, not a later development of a crime."""
    return frozenset(KINDS_BY_NAME[kind.value].developments) if kind is not None else frozenset()


def event_kind(docs: list[DocFacts], copies: Mapping[str, str]) -> KindFact | None:
    """The kind most sources lead with, or None when no source names one."""
    votes, totals, evidence = _votes(docs)
    if not votes:
        return None

    def independent(kind: str) -> int:
        return len({copies.get(s, s) for s in votes[kind]})

    ranked = sorted(votes, key=lambda k: (-independent(k), -totals[k], _ORDER[k]))
    value = ranked[0]
    return KindFact(
        value=value,
        toll=KINDS_BY_NAME[value].toll or _toll_share(votes, copies) >= TOLL_SHARE,
        agreement=agreement({k: sorted({copies.get(s, s) for s in v}) for k, v in votes.items()}),
        sources=tuple(sorted(votes[value])),
        evidence=tuple(sorted(evidence[value], key=lambda e: (e.source, e.part or "", e.start))),
        others=tuple(ranked[1:]),
    )


def _votes(
    docs: list[DocFacts],
) -> tuple[dict[str, list[str]], dict[str, float], dict[str, list[Evidence]]]:
    """Each source's vote (its strongest kind), every kind's total weight, and each vote's evidence."""
    votes: dict[str, list[str]] = defaultdict(list)
    totals: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for d in docs:
        scores = source_scores(d.kinds)
        if not scores:
            continue
        best = min(scores, key=lambda k: (-scores[k], _ORDER[k]))
        votes[best].append(d.source.id)
        for kind, score in scores.items():
            totals[kind] += score
        evidence[best].extend(_strongest(d.kinds, best))
    return votes, totals, evidence


def _toll_share(
    votes: Mapping[str, list[str]], copies: Mapping[str, str], *, inherited: bool = True
) -> float:
    """The share of the voting sources that lead with a kind that has a toll; with `inherited`
    false, a toll of its own (not an arrest's or a charge's, which is its crime's)."""
    voters = {copies.get(s, s) for v in votes.values() for s in v}
    tolled = {
        copies.get(s, s)
        for k, v in votes.items()
        if KINDS_BY_NAME[k].toll and (inherited or not KINDS_BY_NAME[k].follows_crime)
        for s in v
    }
    return len(tolled) / len(voters) if voters else 0.0


def without_an_old_crimes_toll(
    kind: KindFact | None,
    docs: list[DocFacts],
    resolved: list[ResolvedDate],
    when: DateFact | None,
    copies: Mapping[str, str],
) -> KindFact | None:
    """An arrest's or a charge's story whose sources date its crime well before it ("in the
    1967 killings", "last summer") has no toll of its own: the crime's dead stay its counts. The
    crime is old when a lead dates it no finer than a month and that span does not hold the
    event's day (a sentencing folder dated by the crime's day keeps it), unless a third of the
    sources lead with a kind that has a toll of its own (the crime's stories are in the folder)."""
    if kind is None or not kind.toll or not KINDS_BY_NAME[kind.value].follows_crime:
        return kind
    spans = {
        _key(r.mention): (r.value, timeexpr.span_end(r.mention.expr, r.value, r.precision)) for r in resolved
    }
    day = when.value if when is not None and when.precision == "day" else None

    def older(m: DateMention) -> bool:
        span = spans.get(_key(m))
        if span is None:  # unresolved: no day to hold it against
            return _long_ago(m.expr)
        return day is None or not _holds(span, day)

    if not any(older(m) for d in docs for m in crime_dates(d)):
        return kind
    votes, _, _ = _votes(docs)
    return replace(kind, toll=_toll_share(votes, copies, inherited=False) >= TOLL_SHARE)


#: The lead sentences where a source dates the crime an arrest or a charge follows.
CRIME_DATE_SENTENCES = 3
#: Grains of a date too coarse for a crime of days ago: "last summer", "the 1960s".
COARSE_GRAINS = frozenset({"season", "half", "quarter", "decade", "century"})


def _key(m: DateMention) -> tuple[str, int, str | None]:
    return (m.evidence.source, m.evidence.start, m.evidence.part)


def _holds(span: tuple[str, str | None], day: str) -> bool:
    """A span of years or months ("1967"; "2016-03"; a summer, "2016-06" to "2016-08") holds the day."""
    start, end = span[0], span[1] or span[0]
    return start <= day[: len(start)] and day[: len(end)] <= end


def crime_dates(doc: DocFacts) -> list[DateMention]:
    """The dates a source's lead gives the incident (`extract.timeline`'s kind) no finer than a
    month, in the past: "the 1967 slayings", "killed him last summer", "in August", "41 years ago"."""
    return [
        m
        for m in doc.dates
        if m.kind == "incident" and m.sentence < CRIME_DATE_SENTENCES and _coarse_past(m.expr)
    ]


def _long_ago(expr: DateExpr) -> bool:
    """A crime date that is long past whatever day the story was written: "41 years ago", "last
    year", "last summer"."""
    ago = expr.year_offset is not None and expr.year_offset < 0
    return ago or (expr.relative == "last" and expr.grain in COARSE_GRAINS)


def _coarse_past(expr: DateExpr) -> bool:
    if expr.future or expr.narrative or expr.day is not None or expr.weekday is not None:
        return False
    if expr.day_offset is not None or expr.holiday is not None:
        return False
    ago = expr.year_offset is not None and expr.year_offset < 0 and expr.month is None
    coarse = expr.grain in COARSE_GRAINS or (expr.grain is None and (expr.year or expr.month) is not None)
    return ago or coarse


def source_scores(mentions: tuple[KindMention, ...]) -> dict[str, float]:
    """Each kind's weight in one source's headline and lead."""
    by_sentence: dict[object, list[KindMention]] = defaultdict(list)
    for m in mentions:
        by_sentence["headline" if m.headline else m.sentence].append(m)
    scores: dict[str, float] = defaultdict(float)
    # a generic word yields to a specific one in its sentence, and to one the lead gives as its
    # main matter: "Ten killed as minibus hits truck" over "A minibus collided with a truck"
    lead_specific = any(
        not KINDS_BY_NAME[m.kind].generic and m.core and (m.headline or m.sentence in POSITION_WEIGHT)
        for m in mentions
    )
    for where, found in by_sentence.items():
        specific = lead_specific or any(not KINDS_BY_NAME[m.kind].generic for m in found)
        for m in found:
            if specific and KINDS_BY_NAME[m.kind].generic:
                continue
            scores[m.kind] += POSITION_WEIGHT.get(where, 0.0) * (1.0 if m.core else BACKGROUND_WEIGHT)
    return dict(scores)


def _strongest(mentions: tuple[KindMention, ...], kind: str) -> list[Evidence]:
    """The evidence of a source's vote: its first word of that kind in the headline, or else in the lead."""
    same = [m for m in mentions if m.kind == kind]
    same.sort(key=lambda m: (not m.headline, not m.core, m.sentence, m.evidence.start))
    return [same[0].evidence] if same else []

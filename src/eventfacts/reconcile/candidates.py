"""Candidates for the event's day, each described by generic features, for a fitted choice.

The same function serves the runtime choice (`reconcile.dates.event_date`) and `make fit`
(eval/fit.py), so the model is fitted on exactly what it later scores. The features say where
and how the sources name a day (lead or body, what the words bound to it date, a full date or a
weekday), how many sources name it, and how it stands to the days the sources were written; none
names an event, an outlet or a word of one article.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..records import KindFact
from . import choice
from .dates import FIRST_REPORT_DAYS, LEAD_SENTENCES, Reference
from .kinds import developments

if TYPE_CHECKING:
    from .dates import ResolvedDate


#: What the words bound to a date say it dates (extract.timeline's kinds), grouped: the
#: incident itself, nothing in particular, a death, a statement, a later development of the
#: story, the page's own date line.
KIND_GROUPS: dict[str | None, str] = {
    "incident": "incident",
    None: "plain",
    "death": "death",
    "statement": "statement",
    "arrest": "later",
    "charge": "later",
    "court": "later",
    "sentencing": "later",
    "funeral": "later",
    "vigil": "later",
    "publication": "publication",
}
GROUPS = ("incident", "plain", "death", "statement", "later", "publication", "other")


@dataclass(frozen=True, slots=True)
class DayCandidate:
    """A day some source names in its lead or as the incident's, with its features and the
    mentions that name it so."""

    value: str
    features: dict[str, float]
    mentions: tuple[ResolvedDate, ...]


def names_a_candidate(r: ResolvedDate) -> bool:
    """The mention can name the event's day: a past day, in a lead or bound to the incident."""
    expr = r.mention.expr
    if r.precision != "day" or expr.future or _group(r) == "later":
        return False  # an arrest's or a funeral's day is what followed (unless the event's own kind)
    return r.mention.sentence < LEAD_SENTENCES or r.mention.kind == "incident"


def mention_rows(
    resolved: list[ResolvedDate], refs: dict[str, Reference]
) -> list[tuple[ResolvedDate, dict[str, float]]]:
    """Each mention that can name the event's day, with its own features: what one source says."""
    earliest, first = _first_reports(refs)
    return [(r, _mention_features(r, refs, earliest, first)) for r in resolved if names_a_candidate(r)]


def _first_reports(refs: dict[str, Reference]) -> tuple[date | None, set[str]]:
    reliable = [ref.value for ref in refs.values() if ref.value is not None and ref.basis != "other-sources"]
    earliest = min(reliable) if reliable else None
    return earliest, {s for s, ref in refs.items() if _first_report(ref, earliest)}


def _mention_features(
    r: ResolvedDate, refs: dict[str, Reference], earliest: date | None, first: set[str]
) -> dict[str, float]:
    expr = r.mention.expr
    ref = _ref(refs, r)
    lead = _lead(r)
    group = _group(r)
    features = {
        f"{where}_{g}": float(g == group and lead == (where == "lead"))
        for g in GROUPS
        for where in ("lead", "body")
    }
    # a reference borrowed from the other sources says nothing of how far back this one looks
    gap = (ref.value - date.fromisoformat(r.value)).days if ref.value is not None and _own(ref) else None
    features.update(
        {
            "first_sentence": float(r.mention.sentence == 0),
            "first_report": float(r.mention.evidence.source in first),
            "first_report_lead": float(r.mention.evidence.source in first and lead),
            "borrowed": float(ref.basis == "other-sources" and expr.year is None),
            "full_date": float(expr.year is not None),
            "weekday_only": float(expr.weekday is not None and expr.month is None),
            "relative_day": float(expr.day_offset is not None),
            "anchored": float(expr.anchor is not None),
            "told_as_past": float(expr.past),
            "after_its_source": float(gap is not None and gap < 0),
            "same_day": float(gap == 0),
            "day_before": float(gap == 1),
            "within_week": float(gap is not None and 2 <= gap <= 7),
            "long_before": float(gap is not None and gap > 7),
            "after_first_reports": float(
                earliest is not None and date.fromisoformat(r.value) > earliest + timedelta(days=1)
            ),
        }
    )
    return features


def day_candidates(
    resolved: list[ResolvedDate],
    refs: dict[str, Reference],
    mention_score: Callable[[dict[str, float]], float],
) -> list[DayCandidate]:
    """Every day a source names in its lead or as the incident's, sorted by value.
    `mention_score` is what one mention says for its day (the fitted mention model): a day's
    `support` sums, over the sources, the strongest of their mentions of it."""
    sources = max(len(refs), len({r.mention.evidence.source for r in resolved}), 1)
    earliest, first = _first_reports(refs)
    support: dict[str, dict[str, float]] = defaultdict(dict)
    for r, features in mention_rows(resolved, refs):
        source = r.mention.evidence.source
        score = mention_score(features)
        support[r.value][source] = max(support[r.value].get(source, 0.0), score)
    by_day: dict[str, list[ResolvedDate]] = defaultdict(list)
    for r in resolved:
        if r.precision == "day" and not r.mention.expr.future:
            by_day[r.value].append(r)
    days = sorted(v for v, items in by_day.items() if any(names_a_candidate(r) for r in items))
    opening = _first_named(resolved)
    described = {
        value: _features(value, by_day[value], refs, sources, earliest, first, opening) for value in days
    }
    for value in days:
        described[value]["support"] = math.fsum(sorted(support[value].values())) / sources
        # one source's strongest word for the day: a lead that names it outright
        described[value]["best_mention"] = max(support[value].values(), default=0.0)
    found = []
    for value in days:
        features = described[value]
        features["earliest"] = float(value == days[0])
        features["latest"] = float(value == days[-1])
        features["only"] = float(len(days) == 1)
        found.append(DayCandidate(value, features, tuple(r for r in by_day[value] if names_a_candidate(r))))
    return found


def _first_named(resolved: list[ResolvedDate]) -> dict[str, str]:
    """Each source's first candidate day in reading order (the title first): news names the
    event's day before the days of what followed ("escaped Thursday night ... two were
    recaptured Friday")."""
    found: dict[str, tuple[tuple[int, int, int], str]] = {}
    for r in resolved:
        if not names_a_candidate(r):
            continue
        e = r.mention.evidence
        place = (0 if e.part == "title" else 1, r.mention.sentence, e.start)
        if e.source not in found or (place, r.value) < found[e.source]:
            found[e.source] = (place, r.value)
    return {source: value for source, (_, value) in found.items()}


def _first_report(ref: Reference, earliest: date | None) -> bool:
    return (
        earliest is not None
        and ref.value is not None
        and ref.basis != "other-sources"
        and (ref.value - earliest).days <= FIRST_REPORT_DAYS
    )


def _features(
    value: str,
    items: list[ResolvedDate],
    refs: dict[str, Reference],
    sources: int,
    earliest: date | None,
    first: set[str],
    opening: dict[str, str],
) -> dict[str, float]:
    day = date.fromisoformat(value)
    naming: dict[str, list[ResolvedDate]] = defaultdict(list)
    for r in items:
        naming[r.mention.evidence.source].append(r)

    # What each source's mentions of the day show, read in one pass over them: the shares
    # below count the sources showing each trait (one pass per trait read every mention again).
    shown: Counter[str] = Counter()
    for found in naming.values():
        traits: set[str] = set()
        for r in found:
            lead, group, claim = _lead(r), _group(r), names_a_candidate(r)
            first_report = r.mention.evidence.source in first
            traits.add(f"lead_{group}" if lead else f"body_{group}")
            if r.mention.sentence == 0:
                traits.add("first_sentence")
            if lead and r.mention.expr.year is not None:
                traits.add("lead_full_date")
            if claim and not _borrowed(refs, r):
                traits.add("own_claims")
            if lead and group == "incident" and not _borrowed(refs, r):
                traits.add("own_lead_incident")
            if first_report and lead:
                traits.add("first_reports_lead")
            if claim:
                traits.add("claims")
            if first_report and claim:
                traits.add("first_reports_claims")
        shown.update(traits)

    def share(trait: str) -> float:
        """The share of all sources with a mention of the day that shows `trait`."""
        return shown[trait] / sources

    features: dict[str, float] = {"sources": len(naming) / sources}
    for group in GROUPS:
        features[f"lead_{group}"] = share(f"lead_{group}")
        features[f"body_{group}"] = share(f"body_{group}")
    features["first_sentence"] = share("first_sentence")
    features["first_named"] = sum(1 for found in opening.values() if found == value) / sources
    # a day its source writes with its year, or resolves against its own date, is read; one
    # only resolved from another source's date is a guess at the week
    features["lead_full_date"] = share("lead_full_date")
    features["own_claims"] = share("own_claims")
    features["own_lead_incident"] = share("own_lead_incident")
    features["first_reports_lead"] = share("first_reports_lead")
    features["claims"] = share("claims")
    features["first_reports_claims"] = share("first_reports_claims")
    n = len(items)
    features["full_date"] = sum(1 for r in items if r.mention.expr.year is not None) / n
    features["weekday_only"] = sum(1 for r in items if _weekday_only(r)) / n
    features["relative_day"] = sum(1 for r in items if r.mention.expr.day_offset is not None) / n
    features["anchored"] = sum(1 for r in items if r.mention.expr.anchor is not None) / n
    features["told_as_past"] = sum(1 for r in items if r.mention.expr.past) / n
    features["borrowed"] = (
        sum(1 for r in items if _ref(refs, r).basis == "other-sources" and r.mention.expr.year is None) / n
    )
    features["mentions"] = math.log1p(n)
    gaps = sorted(
        (ref.value - day).days
        for s in naming
        if (ref := refs.get(s)) is not None and ref.value is not None and _own(ref)
    )
    features["after_its_source"] = float(bool(gaps) and gaps[0] < 0)
    gap = gaps[len(gaps) // 2] if gaps else 0
    features["same_day"] = float(bool(gaps) and gap == 0)
    features["day_before"] = float(gap == 1)
    features["within_week"] = float(2 <= gap <= 7)
    features["weeks_before"] = float(7 < gap <= 60)
    features["long_before"] = float(gap > 60)
    features["after_first_reports"] = float(earliest is not None and day > earliest + timedelta(days=1))
    return features


def _own(ref: Reference) -> bool:
    """The source's own date (given, metadata or text), not one borrowed from the others."""
    return ref.value is not None and ref.basis != "other-sources"


def _borrowed(refs: dict[str, Reference], r: ResolvedDate) -> bool:
    """Resolved against a reference borrowed from the other sources, with no year of its own."""
    return _ref(refs, r).basis == "other-sources" and r.mention.expr.year is None


def _lead(r: ResolvedDate) -> bool:
    return r.mention.sentence < LEAD_SENTENCES


def _group(r: ResolvedDate) -> str:
    return KIND_GROUPS.get(r.mention.kind, "other")


def _weekday_only(r: ResolvedDate) -> bool:
    expr = r.mention.expr
    return expr.weekday is not None and expr.month is None


def _ref(refs: dict[str, Reference], r: ResolvedDate) -> Reference:
    return refs.get(r.mention.evidence.source, Reference(None, None))


MENTION_FEATURES = (
    *(f"{where}_{group}" for group in GROUPS for where in ("lead", "body")),
    "first_sentence",
    "first_report",
    "first_report_lead",
    "borrowed",
    "full_date",
    "weekday_only",
    "relative_day",
    "anchored",
    "told_as_past",
    "after_its_source",
    "same_day",
    "day_before",
    "within_week",
    "long_before",
    "after_first_reports",
)

FEATURES = (
    "support",
    "best_mention",
    "sources",
    *(f"{where}_{group}" for group in GROUPS for where in ("lead", "body")),
    "first_sentence",
    "first_named",
    "lead_full_date",
    "own_claims",
    "own_lead_incident",
    "first_reports_lead",
    "claims",
    "first_reports_claims",
    "full_date",
    "weekday_only",
    "relative_day",
    "anchored",
    "told_as_past",
    "borrowed",
    "mentions",
    "after_its_source",
    "same_day",
    "day_before",
    "within_week",
    "weeks_before",
    "long_before",
    "after_first_reports",
    "earliest",
    "latest",
    "only",
)


#: What the "no day" alternative is described by: how strongly the best candidate is claimed,
#: whether any lead gives the incident a day, how many sources there are, and the event's kind
#: (a crime is dated by its reports; a deal or a launch often is not).
NO_DAY_FEATURES = (
    "no_day",
    "no_day_best_mention",
    "no_day_support",
    "no_day_lead_incident",
    "no_day_own_claims",
    "no_day_first_named",
    "no_day_one_source",
    "no_day_kind_toll",
    "no_day_kind_own_development",
    "no_day_kind_unknown",
)


@dataclass(frozen=True, slots=True)
class EventKindCue:
    """What the event's kind (`reconcile.kinds`) tells the date choice: none was named, the
    kind has a toll of its own (a crime, a disaster), its own development dates it (an arrest,
    a verdict)."""

    known: bool = False
    toll: bool = False
    own_development: bool = False


def no_day_features(
    found: list[DayCandidate], refs: dict[str, Reference], kind: EventKindCue
) -> dict[str, float]:
    """The "no day" alternative's features, over the candidates it competes with."""

    def best(name: str) -> float:
        return max((c.features[name] for c in found), default=0.0)

    return {
        "no_day": 1.0,
        "no_day_best_mention": best("best_mention"),
        "no_day_support": best("support"),
        "no_day_lead_incident": best("lead_incident"),
        "no_day_own_claims": best("own_claims"),
        "no_day_first_named": best("first_named"),
        "no_day_one_source": float(len(refs) <= 1),
        "no_day_kind_toll": float(kind.toll),
        "no_day_kind_own_development": float(kind.own_development),
        "no_day_kind_unknown": float(not kind.known),
    }


@dataclass(frozen=True, slots=True)
class DayChoice:
    """The fitted choice over a folder's candidate days and the "no day" alternative: the
    candidates with their scores (best first), the no-day score, and the chosen day (None: no day)."""

    scored: tuple[tuple[DayCandidate, float], ...]
    no_day: float
    mention_probability: dict[
        str, float
    ]  # each day's strongest single mention, as the mention model reads it

    @property
    def chosen(self) -> DayCandidate | None:
        # the no-day alternative wins only with a higher score than every day
        return self.scored[0][0] if self.scored and self.scored[0][1] >= self.no_day else None


def fitted_choice(
    resolved: list[ResolvedDate], refs: dict[str, Reference], kind: EventKindCue = EventKindCue()
) -> DayChoice:
    """The fitted models' choice: each candidate day scored by the day model over the support
    the mention model gives it, against the "no day" alternative (the oldest of equal scores
    first, whatever the input order)."""
    mention = choice.model("event_date_mention")
    day = choice.model("event_date")
    found = day_candidates(resolved, refs, mention.probability)
    scored = sorted(((c, day.score(c.features)) for c in found), key=lambda cs: (-cs[1], cs[0].value))
    return DayChoice(
        tuple(scored),
        choice.model("event_date_no_day").score(no_day_features(found, refs, kind)),
        {c.value: c.features["best_mention"] for c in found},
    )


def fitted_day(
    resolved: list[ResolvedDate], refs: dict[str, Reference], kind: EventKindCue = EventKindCue()
) -> str | None:
    """The day the fitted models choose, None when they choose no day."""
    chosen = fitted_choice(resolved, refs, kind).chosen
    return chosen.value if chosen is not None else None


def kind_cue(kind: KindFact | None) -> EventKindCue:
    """What the event's kind tells the date choice."""
    if kind is None:
        return EventKindCue()
    return EventKindCue(known=True, toll=kind.toll, own_development=bool(developments(kind)))

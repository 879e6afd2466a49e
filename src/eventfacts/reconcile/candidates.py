"""Candidates for the event's day, each described by generic features, for a fitted choice.

The same function serves the runtime choice (`reconcile.dates.event_date`) and `make fit`
(eval/fit.py), so the model is fitted on exactly what it later scores. The features say where
and how the sources name a day (lead or body, what the words bound to it date, a full date or a
weekday), how many sources name it, and how it stands to the days the sources were written; none
names an event, an outlet or a word of one article.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dates import Reference, ResolvedDate

#: The sentences of an article's lead, where it says when its main event happened.
LEAD_SENTENCES = 3
#: Sources written within this many days of the earliest dated one are its first reports.
FIRST_REPORT_DAYS = 2

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
    if r.precision != "day" or expr.future:
        return False
    return r.mention.sentence < LEAD_SENTENCES or r.mention.kind == "incident"


def day_candidates(resolved: list[ResolvedDate], refs: dict[str, Reference]) -> list[DayCandidate]:
    """Every day a source names in its lead or as the incident's, sorted by value."""
    sources = max(len(refs), len({r.mention.evidence.source for r in resolved}), 1)
    reliable = [ref.value for ref in refs.values() if ref.value is not None and ref.basis != "other-sources"]
    earliest = min(reliable) if reliable else None
    first = {s for s, ref in refs.items() if _first_report(ref, earliest)}
    by_day: dict[str, list[ResolvedDate]] = defaultdict(list)
    for r in resolved:
        if r.precision == "day" and not r.mention.expr.future:
            by_day[r.value].append(r)
    days = sorted(v for v, items in by_day.items() if any(names_a_candidate(r) for r in items))
    found = []
    for value in days:
        items = by_day[value]
        features = _features(value, items, refs, sources, earliest, first)
        features["earliest"] = float(value == days[0])
        features["latest"] = float(value == days[-1])
        features["only"] = float(len(days) == 1)
        found.append(DayCandidate(value, features, tuple(r for r in items if names_a_candidate(r))))
    return found


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
) -> dict[str, float]:
    day = date.fromisoformat(value)
    naming: dict[str, list[ResolvedDate]] = defaultdict(list)
    for r in items:
        naming[r.mention.evidence.source].append(r)

    def share(test: object) -> float:
        """The share of all sources with a mention of the day that passes `test`."""
        assert callable(test)
        return sum(1 for found in naming.values() if any(test(r) for r in found)) / sources

    features: dict[str, float] = {"sources": len(naming) / sources}
    for group in GROUPS:
        features[f"lead_{group}"] = share(lambda r, g=group: _lead(r) and _group(r) == g)
        features[f"body_{group}"] = share(lambda r, g=group: not _lead(r) and _group(r) == g)
    features["first_sentence"] = share(lambda r: r.mention.sentence == 0)
    features["first_reports_lead"] = share(lambda r: r.mention.evidence.source in first and _lead(r))
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
        (ref.value - day).days for s in naming if (ref := refs.get(s)) is not None and ref.value is not None
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


def _lead(r: ResolvedDate) -> bool:
    return r.mention.sentence < LEAD_SENTENCES


def _group(r: ResolvedDate) -> str:
    return KIND_GROUPS.get(r.mention.kind, "other")


def _weekday_only(r: ResolvedDate) -> bool:
    expr = r.mention.expr
    return expr.weekday is not None and expr.month is None


def _ref(refs: dict[str, Reference], r: ResolvedDate) -> Reference:
    from .dates import Reference

    return refs.get(r.mention.evidence.source, Reference(None, None))


FEATURES = (
    "sources",
    *(f"{where}_{group}" for group in GROUPS for where in ("lead", "body")),
    "first_sentence",
    "first_reports_lead",
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

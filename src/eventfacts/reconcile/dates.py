"""Reference dates for every source, absolute dates for every date mention, and the event date.

An article's reference date comes, in order, from the command line, from its own metadata or
text, from the dated articles among the other sources, or, when no article is dated, from the
sources together: "7 November" in one and "Sunday" in another fix the year, as the first year
(no earlier than any year the articles mention) in which 7 November fell on a Sunday.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from .. import timeexpr
from ..records import Claim, Conflict, DateEntry, DateFact, DateMention, DocFacts, Evidence
from .agreement import agreement

LEAD_SENTENCES = 3  # where an article states when its main event happened
YEARS_AHEAD = 12  # how far past the latest year mentioned a year is searched for
MAX_ALTERNATIVES = 5


@dataclass(frozen=True, slots=True)
class Reference:
    value: date | None
    basis: str | None


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    mention: DateMention
    value: str
    precision: str


def references(docs: list[DocFacts], given: date | None) -> dict[str, Reference]:
    """The reference date and its basis for each source id."""
    if given is not None:
        return {d.source.id: Reference(given, "given") for d in docs}
    own = {d.source.id: _parse_iso(d.source.reference_date) for d in docs}
    known = sorted(v for v in own.values() if v is not None)
    fallback = known[(len(known) - 1) // 2] if known else infer_reference(docs)
    result = {}
    for d in docs:
        value = own[d.source.id]
        if value is not None:
            result[d.source.id] = Reference(value, d.source.reference_date_basis)
        elif fallback is not None and d.source.error is None:
            result[d.source.id] = Reference(_not_before_its_lead(d, fallback), "other-sources")
        else:
            result[d.source.id] = Reference(None, None)
    return result


def _not_before_its_lead(doc: DocFacts, day: date) -> date:
    """An undated article written after `day` ("volunteers arrived on Sunday" after a Saturday
    storm): move its reference to the latest lead weekday it reports, within the week."""
    latest = day
    for mention in _lead_dates(doc):
        e = mention.expr
        if e.weekday is not None and e.month is None and e.relative is None and not e.future:
            latest = max(latest, day + timedelta(days=(e.weekday - day.weekday()) % 7))
    return latest


def _parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _lead_dates(doc: DocFacts) -> list[DateMention]:
    return [d for d in doc.dates if d.sentence < LEAD_SENTENCES and timeexpr.precision_of(d.expr) == "day"]


def infer_reference(docs: list[DocFacts]) -> date | None:
    """A reference date for undated sources, from their lead dates taken together.

    The lead day-and-month mentions ("7 November") and the weekday each source opens with
    ("early Sunday") name the same day; the year is the first one, from the latest year any
    source mentions, in which most of them agree. Without a weekday to check against, there is no
    inference: a guessed year would be a silent error.
    """
    years = [d.expr.year for doc in docs for d in doc.dates if d.expr.year]
    if not years:
        return None
    leads = [d.expr for doc in docs for d in _lead_dates(doc)]
    day_months = sorted({(e.month, e.day) for e in leads if e.month and e.day and not e.year})
    firsts = [lead[0].expr for doc in docs if (lead := _lead_dates(doc))]
    weekdays = [e.weekday for e in firsts if e.weekday is not None and e.month is None]
    if not day_months or not weekdays:
        return None
    best: tuple[int, int] | None = None
    for year in range(max(years), max(years) + YEARS_AHEAD):
        score = sum(_weekday_of(year, m, d) == w for m, d in day_months for w in weekdays)
        if score and (best is None or score > best[0]):
            best = (score, year)
    if best is None:
        return None
    return max(date(best[1], m, d) for m, d in day_months if _weekday_of(best[1], m, d) is not None)


def _weekday_of(year: int, month: int | None, day: int | None) -> int | None:
    try:
        return date(year, month or 0, day or 0).weekday()
    except ValueError:
        return None


def resolve_all(docs: list[DocFacts], refs: dict[str, Reference]) -> list[ResolvedDate]:
    """Absolute dates for every mention that can be resolved. "Two days after the protests"
    is resolved last, from the day the same source (or else most sources) gives the protests."""
    resolved = []
    anchored = []
    for doc in docs:
        reference = refs[doc.source.id].value
        for mention in doc.dates:
            if mention.expr.anchor is not None:
                anchored.append(mention)
                continue
            found = timeexpr.resolve(mention.expr, reference)
            if found is not None:
                resolved.append(ResolvedDate(mention, found[0], found[1]))
    for mention in anchored:
        anchor = _anchor_day(mention, resolved)
        found = timeexpr.resolve_anchored(mention.expr, anchor) if anchor else None
        if found is not None:
            resolved.append(ResolvedDate(mention, found[0], found[1]))
    return resolved


def _anchor_day(mention: DateMention, resolved: list[ResolvedDate]) -> str | None:
    days = [r for r in resolved if r.precision == "day" and r.mention.context == mention.expr.anchor]
    same = [r for r in days if r.mention.evidence.source == mention.evidence.source]
    votes = Counter(r.value for r in (same or days))
    return min(votes, key=lambda v: (-votes[v], v)) if votes else None


def date_entries(resolved: list[ResolvedDate]) -> list[DateEntry]:
    by_value: dict[str, list[ResolvedDate]] = defaultdict(list)
    for r in resolved:
        by_value[r.value].append(r)
    entries = [_entry(value, items) for value, items in by_value.items()]
    return sorted(entries, key=lambda e: (-len(e.sources), -len(e.evidence), e.value))


def _entry(value: str, items: list[ResolvedDate]) -> DateEntry:
    contexts = Counter(r.mention.context for r in items if r.mention.context)
    times = Counter(r.mention.expr.time_of_day for r in items if r.mention.expr.time_of_day)
    return DateEntry(
        value=value,
        precision=items[0].precision,
        time_of_day=_most_common(times),
        texts=tuple(sorted({r.mention.text for r in items})),
        context=_most_common(contexts),
        sources=tuple(sorted({r.mention.evidence.source for r in items})),
        evidence=_evidence(items),
    )


def _most_common(counter: Counter[str]) -> str | None:
    return min(counter, key=lambda k: (-counter[k], k)) if counter else None


def _evidence(items: list[ResolvedDate]) -> tuple[Evidence, ...]:
    return tuple(sorted({r.mention.evidence for r in items}, key=lambda e: (e.source, e.start)))


def event_date(resolved: list[ResolvedDate]) -> DateFact | None:
    """The day most sources give in their lead as when the event happened; the other days the
    sources mention are its `alternatives`."""
    leads: dict[str, list[ResolvedDate]] = defaultdict(list)
    for r in resolved:
        if r.precision == "day" and r.mention.sentence < LEAD_SENTENCES:
            leads[r.value].append(r)
    if not leads:
        return None
    claims = sorted(
        (_date_claim(value, items) for value, items in leads.items()),
        key=lambda c: (-len(c.sources), -len(c.evidence), str(c.value)),
    )
    top = claims[0]
    times = Counter(r.mention.expr.time_of_day for r in leads[str(top.value)] if r.mention.expr.time_of_day)
    return DateFact(
        value=str(top.value),
        precision="day",
        time_of_day=_most_common(times),
        qualifier=None,
        agreement=agreement({c.value: c.sources for c in claims}),
        claims=tuple(claims),
        sources=tuple(sorted({s for c in claims for s in c.sources})),
        alternatives=_alternatives(resolved, {str(c.value) for c in claims}),
    )


def _alternatives(resolved: list[ResolvedDate], taken: set[str]) -> tuple[Claim, ...]:
    others: dict[str, list[ResolvedDate]] = defaultdict(list)
    for r in resolved:
        if r.precision == "day" and r.value not in taken:
            others[r.value].append(r)
    claims = [_date_claim(value, items) for value, items in others.items()]
    claims.sort(key=lambda c: (-len(c.sources), str(c.value)))
    return tuple(claims[:MAX_ALTERNATIVES])


def date_conflicts(fact: DateFact | None, refs: dict[str, Reference]) -> list[Conflict]:
    """The sources disagree on the event's day, or date it after their own publication."""
    if fact is None:
        return []
    conflicts = []
    if fact.agreement == "conflict":
        parts = "; ".join(f"{c.value} ({', '.join(c.sources)})" for c in fact.claims)
        conflicts.append(
            Conflict("event.date", "value", f"sources give different days for the event: {parts}")
        )
    day = date.fromisoformat(fact.value)
    late = sorted(
        source
        for source, ref in refs.items()
        if ref.value is not None and ref.basis != "other-sources" and day > ref.value
    )
    if late:
        conflicts.append(
            Conflict(
                "event.date",
                "reference_date",
                f"{fact.value} is after the reference date of {', '.join(late)}",
            )
        )
    return conflicts


def _date_claim(value: str, items: list[ResolvedDate]) -> Claim:
    return Claim(
        value=value,
        qualifier=None,
        sources=tuple(sorted({r.mention.evidence.source for r in items})),
        evidence=_evidence(items),
    )

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
    """A reference date for undated sources, from their dates taken together.

    The day-and-month mentions of the leads ("7 November") name the day; the year is the story's
    year (`story_year`), or the one next to it on which that day fell on the weekday the sources
    open with ("early Sunday"). With no weekday, the story's year alone places a day and month
    only when a copyright line states it. Without a year anywhere, nothing is inferred.
    """
    year = story_year(docs)
    if year is None:
        return None
    leads = [d.expr for doc in docs for d in _lead_dates(doc)]
    day_months = sorted({(e.month, e.day) for e in leads if e.month and e.day and not e.year})
    firsts = [lead[0].expr for doc in docs if (lead := _lead_dates(doc))]
    weekdays = [e.weekday for e in firsts if e.weekday is not None and e.month is None]
    if not day_months:
        return None
    if not weekdays:
        return max(date(year, m, d) for m, d in day_months) if _copyright_year(docs) == year else None
    # Background years are earlier than the story, so the story is no earlier than its latest
    # year; a copyright line may be later than the story (a page crawled the next year).
    if _copyright_year(docs) == year:
        candidates = range(year, year - YEARS_AHEAD, -1)
    else:
        candidates = range(year, year + YEARS_AHEAD)
    best: tuple[int, int] | None = None
    for candidate in candidates:
        score = sum(_weekday_of(candidate, m, d) == w for m, d in day_months for w in weekdays)
        if score and (best is None or score > best[0]):
            best = (score, candidate)
    if best is None:
        return None
    return max(date(best[1], m, d) for m, d in day_months if _weekday_of(best[1], m, d) is not None)


def story_year(docs: list[DocFacts]) -> int | None:
    """The year the story is told in: the year of a copyright line, else the latest year the
    sources mention for something past. Background years ("since 1966", "in 2019 he was
    convicted") are earlier than the story, so the latest one is the story's."""
    copyright = _copyright_year(docs)
    if copyright is not None:
        return copyright
    years = [d.expr.year for doc in docs for d in doc.dates if d.expr.year and not d.expr.future]
    return max(years) if years else None


def _copyright_year(docs: list[DocFacts]) -> int | None:
    years = [
        d.expr.year
        for doc in docs
        for d in doc.dates
        if d.expr.year and d.kind == "publication" and d.expr.month is None
    ]
    return max(years) if years else None


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
    return tuple(
        sorted({r.mention.evidence for r in items}, key=lambda e: (e.source, e.start, e.end, e.part or ""))
    )


#: How much a date's kind says it is the day of the incident, in the lead (the first sentences,
#: where a report says when it happened) and further down: the words it is bound to name the
#: shooting itself, nothing in particular, a death, or a statement ("police said Saturday": the
#: first reports speak on the day). Arrests, hearings, funerals and publication lines weigh
#: nothing: they are later developments (see extract.timeline). Further down, a date that names
#: nothing is often some other matter, and an incident there often an earlier one.
KIND_WEIGHTS: dict[str | None, tuple[float, float]] = {
    "incident": (4.5, 1.5),
    None: (1.5, 0.25),
    "death": (0.75, 0.25),
    "statement": (0.75, 0.0),
}
#: Sources written within this many days of the earliest one are the first reports, and what
#: they say about the incident counts more than what follow-ups weeks later say.
FIRST_REPORT_DAYS = 2
FIRST_REPORT_WEIGHT = 2.0
CLAIM_WEIGHT = 1.5  # a mention this strong is a source's claim for the day (a lead date, or the incident's)
BORROWED_WEIGHT = 0.5  # a relative date resolved against a reference borrowed from other sources
LATE_WEIGHT = 0.1  # a day after the first report was written cannot be the day of the incident


def incident_weight(r: ResolvedDate) -> float:
    """How strongly one resolved date mention says "this is the day it happened"."""
    if r.precision != "day" or r.mention.expr.future or r.mention.expr.anchor is not None:
        return 0.0
    lead, body = KIND_WEIGHTS.get(r.mention.kind, (0.0, 0.0))
    return lead if r.mention.sentence < LEAD_SENTENCES else body


def day_scores(resolved: list[ResolvedDate], refs: dict[str, Reference]) -> dict[str, float]:
    """Each candidate day's support as the day of the incident, summed over sources (each source
    counts once per day, by its strongest mention of that day)."""
    reliable = [ref.value for ref in refs.values() if ref.value is not None and ref.basis != "other-sources"]
    earliest = min(reliable) if reliable else None
    best: dict[tuple[str, str], float] = {}
    for r in resolved:
        weight = incident_weight(r)
        source = r.mention.evidence.source
        ref = refs.get(source, Reference(None, None))
        if weight <= 0 or (ref.value is not None and r.value > ref.value.isoformat()):
            continue
        if ref.basis == "other-sources" and r.mention.expr.year is None:
            weight *= BORROWED_WEIGHT
        if earliest is not None:
            if r.value > earliest.isoformat():
                weight *= LATE_WEIGHT
            if ref.value is not None and (ref.value - earliest).days <= FIRST_REPORT_DAYS:
                weight *= FIRST_REPORT_WEIGHT
        key = (r.value, source)
        best[key] = max(best.get(key, 0.0), weight)
    scores: dict[str, float] = defaultdict(float)
    for (value, _), weight in best.items():
        scores[value] += weight
    return dict(scores)


def event_date(resolved: list[ResolvedDate], refs: dict[str, Reference] | None = None) -> DateFact | None:
    """The day the incident happened: the day with most support from what the sources say about
    the incident itself (`day_scores`); the other days the sources mention are `alternatives`."""
    scores = day_scores(resolved, refs or {})
    if not scores:
        return None
    items: dict[str, list[ResolvedDate]] = defaultdict(list)
    for floor in (CLAIM_WEIGHT, 0.0):  # weak mentions claim a day only when no strong one does
        for r in resolved:
            weight = incident_weight(r)
            if r.value in scores and weight > 0 and weight >= floor:
                items[r.value].append(r)
        if items:
            break
    claims = sorted(
        (_date_claim(value, found) for value, found in items.items()),
        key=lambda c: (-scores[str(c.value)], -len(c.sources), str(c.value)),
    )
    top = claims[0]
    times = Counter(r.mention.expr.time_of_day for r in items[str(top.value)] if r.mention.expr.time_of_day)
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


def incident_day(doc: DocFacts, reference: date | None = None) -> str | None:
    """The incident day one article supports on its own (YYYY-MM-DD), against `reference` or the
    article's own reference date; None when it gives none. Pure: for blocking when splitting."""
    ref = reference or _parse_iso(doc.source.reference_date)
    refs = {doc.source.id: Reference(ref, "given" if reference else doc.source.reference_date_basis)}
    scores = day_scores(resolve_all([doc], refs), refs)
    return min(scores, key=lambda v: (-scores[v], v)) if scores else None


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

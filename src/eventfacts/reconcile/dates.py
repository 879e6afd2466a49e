"""Reference dates for every source, absolute dates for every date mention, and the event date.

An article's reference date comes, in order, from the command line, from its own metadata or
text, from the dated articles among the other sources, or, when no article is dated, from the
sources together: "7 November" in one and "Sunday" in another fix the year, as the first year
(no earlier than any year the articles mention) in which 7 November fell on a Sunday.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .. import timeexpr
from ..records import PRINTED, Claim, Conflict, DateEntry, DateExpr, DateFact, DateMention, DocFacts, Evidence
from .agreement import agreement

if TYPE_CHECKING:
    from .candidates import EventKindCue

LEAD_SENTENCES = 3  # where an article states when its main event happened
MAX_ALTERNATIVES = 5
YEARS_AHEAD = 12  # how far past the latest year mentioned a year is searched for


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
    floors = _year_floors(docs)
    own = _later_than_the_bounds(docs, {d.source.id: _own_reference(d, floors[d.source.id]) for d in docs})
    known = sorted(v for v in own.values() if v is not None)
    # a body date that is every dated source's reference is no day a page was written but a day
    # its story tells: the undated sources borrow it as the incident's, written on it or after
    bounds = all(_only_a_bound(d, own[d.source.id]) for d in docs if own[d.source.id] is not None)
    fallback, incident = (known[(len(known) - 1) // 2], bounds) if known else (infer_reference(docs), True)
    if known and fallback is not None:
        anchor = incident_anchor(docs, own, fallback)
        if (
            anchor is not None
            and anchor < fallback
            and not _before_the_pages(anchor, docs)
            and not _first_reports_of_later_day(docs, own, anchor)
        ):
            fallback, incident = anchor, True
    result = {}
    for d in docs:
        value = own[d.source.id]
        if value is not None:
            result[d.source.id] = Reference(value, d.source.reference_date_basis)
        elif fallback is not None and d.source.error is None:
            day = _not_before_its_lead(d, fallback) if incident else fallback
            result[d.source.id] = Reference(day, "other-sources")
        else:
            result[d.source.id] = Reference(None, None)
    return result


def _year_floors(docs: list[DocFacts]) -> dict[str, int | None]:
    """The year before which a source's newest body date is background, not the day it was
    written: the earliest year another source's page line states (a copyright line is the year
    the page was written or later), else the latest year any source mentions for something past."""
    stated = {
        doc.source.id: [d.expr.year for d in doc.dates if d.expr.year and d.kind == "publication"]
        for doc in docs
    }
    past = [
        d.expr.year
        for doc in docs
        for d in _story_dates(doc)
        if d.expr.year and not d.expr.future and not _ahead_of_page(d.expr.year, stated[doc.source.id])
    ]
    # each source's earliest stated year, earliest first: the floor of a source is the first of
    # another's (a list of every other source's years for each source grew with the square)
    earliest = sorted((min(years), source) for source, years in stated.items() if years)
    fallback = max(past) if past else None
    floors: dict[str, int | None] = {}
    for doc in docs:
        others = (year for year, source in earliest if source != doc.source.id)
        floors[doc.source.id] = next(others, fallback)
    return floors


def _first_reports_of_later_day(docs: list[DocFacts], own: dict[str, date | None], anchor: date) -> bool:
    """The dated sources themselves claim a day after `anchor` for the incident ("late
    Thursday" in a page dated the Friday), while no lead names the anchor's day: they are the
    first reports, and the anchor an earlier shooting some stories recall further down. How
    many stories recall it does not matter: a follow-up and a recap may both name the earlier
    shooting's day ("the Nov. 4 shooting") without any of them reporting it as the news."""
    if any(_names_day(m.expr, anchor) for doc in docs for m in doc.dates if m.sentence < LEAD_SENTENCES):
        return False
    dated = [d for d in docs if own[d.source.id] is not None]
    refs = {d.source.id: Reference(own[d.source.id], d.source.reference_date_basis) for d in dated}
    scores = day_scores(resolve_all(dated, refs), refs)
    later = [score for value, score in scores.items() if value > anchor.isoformat()]
    return bool(later) and max(later) >= max(scores.values()) and max(later) >= CLAIM_WEIGHT


def _names_day(expr: DateExpr, day: date) -> bool:
    return expr.month == day.month and expr.day == day.day and expr.year in (None, day.year)


def _before_the_pages(day: date, docs: list[DocFacts]) -> bool:
    """A day more than a year before the earliest year the page lines state (a copyright line):
    no undated source written then borrows it, since a page is served in the year it was written
    or the next, and a folder that states 2019 and dates its incident 2016 quotes a past one."""
    stated = _copyright_year(docs)
    return stated is not None and day.year < stated - 1


def _ahead_of_page(year: int, page_years: list[int]) -> bool:
    """A year after every year the page's own lines give (its copyright line, an embedded post's
    date) is ahead of the story ("on parole through 2031"), not something past."""
    return bool(page_years) and year > max(page_years)


def _own_reference(doc: DocFacts, floor: int | None) -> date | None:
    """A source's own reference date; one taken from a body date older than `floor` is none,
    unless the article's lead gives that date: background lies further down ("he was shot on
    Sept. 6, 2015" among a victim's past), while a lead's full date ("charged on July 18, 2016")
    is the story's own day, whatever a later follow-up in the folder mentions."""
    value = _parse_iso(doc.source.reference_date)
    if value is not None and floor is not None and value.year < floor and _only_a_bound(doc, value):
        return None
    return value


def _later_than_the_bounds(docs: list[DocFacts], own: dict[str, date | None]) -> dict[str, date | None]:
    """Without the sources' day-months placing the incident later, a date deep in an article's
    body ("convicted on Jan. 14, 2015", among a suspect's record) is its reference; but the
    article was only written on or after it. When every dated source is dated so, and the
    sources together (`infer_reference`) place the story later in the same year, the story is
    that later day's, and those sources are undated: "the July 15 killings" in a folder whose
    only full date is a January conviction are the July after it, not the one before. A later
    year is no more than a weekday's guess, and a body date's own year is firmer."""
    bounds = {
        d.source.id for d in docs if own[d.source.id] is not None and _only_a_bound(d, own[d.source.id])
    }
    if not bounds or any(v is not None and s not in bounds for s, v in own.items()):
        return own
    inferred = infer_reference(docs)
    dated = [v for s, v in own.items() if s in bounds and v is not None]
    if inferred is None or inferred <= max(dated) or inferred.year != max(dated).year:
        return own
    return {s: None if s in bounds else v for s, v in own.items()}


def _only_a_bound(doc: DocFacts, value: date | None) -> bool:
    """The source's reference is a body date beyond its lead, not a line saying when it was written."""
    return (
        value is not None
        and doc.source.reference_date_basis == "text"
        and doc.source.published_in_text is None
        and not _in_its_lead(doc, value)
    )


def _in_its_lead(doc: DocFacts, day: date) -> bool:
    """The article's lead writes `day` in full, with its year."""
    return any(
        (d.expr.year, d.expr.month, d.expr.day) == (day.year, day.month, day.day)
        for d in doc.dates
        if d.sentence < LEAD_SENTENCES and d.kind != PRINTED
    )


def incident_anchor(docs: list[DocFacts], own: dict[str, date | None], median: date) -> date | None:
    """The incident's day as the sources' dates with a month and day put it ("the May 14
    shooting"), when they say so strongly. The dated sources may all be follow-ups: an undated
    one then borrows the day of the incident, not the day of a later story, so that its "early
    Saturday" is the Saturday of the incident and not the one before the follow-up. Of the
    days claimed, each counts the weight of every lead that gives the incident its weekday
    (`_incident_weekdays`): "early Sunday" in three first reports outweighs one lead's Monday
    date, the day a victim died or was found."""
    refs = {
        d.source.id: Reference(own[d.source.id] or median, d.source.reference_date_basis or "other-sources")
        for d in docs
    }
    resolved = resolve_all(docs, refs)
    strong = [
        r
        for r in resolved
        if r.mention.expr.month is not None
        and r.mention.expr.day is not None
        and incident_weight(r) >= CLAIM_WEIGHT
    ]
    scores = day_scores(_corroborated(strong, resolved, docs), refs)
    leads = [w for doc in docs for w in _incident_weekdays(doc)]
    for value in scores:
        scores[value] += sum(weight for w, weight in leads if w == _weekday(value))
    return date.fromisoformat(min(scores, key=lambda v: (-scores[v], v))) if scores else None


def _corroborated(
    strong: list[ResolvedDate], resolved: list[ResolvedDate], docs: list[DocFacts]
) -> list[ResolvedDate]:
    """The strong mentions of days a lead names, another source names too, or another source's
    lead gives the weekday of: one mention deep in one article ("the May 5 shooting" among a
    suspect's past) is too little to move every undated source's week."""
    named: dict[str, set[str]] = defaultdict(set)
    for r in resolved:
        named[r.value].add(r.mention.evidence.source)
    weekdays = {
        (d.expr.weekday, doc.source.id)
        for doc in docs
        for d in _lead_dates(doc)
        if d.expr.weekday is not None and d.expr.month is None
    }
    return [
        r
        for r in strong
        if r.mention.sentence < LEAD_SENTENCES
        or named[r.value] - {r.mention.evidence.source}
        or any(w == _weekday(r.value) and s != r.mention.evidence.source for w, s in weekdays)
    ]


def _weekday(value: str) -> int:
    return date.fromisoformat(value).weekday()


def _not_before_its_lead(doc: DocFacts, day: date) -> date:
    """An undated article written after `day`, the incident's ("volunteers arrived on Sunday"
    after a Saturday storm): move its reference to the latest lead weekday it reports, within
    the week. A day borrowed from another source's publication is not moved: written the day
    after it, that source's "Monday" is more likely the day before than six days on. Nor does a
    weekday the lead gives the incident move it: after the day the sources give a death ("died
    May 27"), "was shot on Wednesday" is the Wednesday before, not the one after. A weekday is
    read the nearer way: "Saturday" beside a Sunday is the day before, not six days on."""
    latest = day
    for mention in _lead_dates(doc):
        e = mention.expr
        moves = e.month is None and e.relative is None and not e.future and mention.kind != "incident"
        ahead = (e.weekday - day.weekday()) % 7 if e.weekday is not None else 0
        # the nearer reading of the weekday: "Saturday" beside a Sunday's day is the day before
        if moves and 0 < ahead < 7 - ahead:
            latest = max(latest, day + timedelta(days=ahead))
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

    The day-and-month mentions ("7 November", anywhere in the text, the incident's in the lead
    weighing most) name the day; the year is the story's year (`story_year`), or the one next to
    it on which that day fell on its weekday: the one written beside it ("Sunday, Nov. 3") or the
    one the sources' leads open with ("early Sunday"). With no weekday, the story's year alone
    places a day and month only when a page line states it (a copyright line, an embedded post's
    date). Without a year anywhere, nothing is inferred.
    """
    year = story_year(docs) or _printed_year(docs)
    stated = _copyright_year(docs) == year
    day_months = _day_months(docs)
    if stated and year:
        day_months += _holiday_days(docs, year, anywhere=not day_months)
    if year is None or not day_months:
        return None
    weekdays = [w for doc in docs for w in _incident_weekdays(doc)]
    chosen = _year_of(_claims(day_months), weekdays, year, stated=stated, month_years=_incident_months(docs))
    if chosen is None:
        return None
    leads = {w for w, _ in weekdays}
    fits = []
    for m, d, own, w in day_months:
        if _fits(chosen, m, d, own):
            day, on_lead = date(chosen, m, d), _weekday_of(chosen, m, d) in leads
            # of days as strongly claimed, one on the weekday the leads give the incident; a
            # lead's bare weekday names a day of the week before the story, so of several on it
            # the latest (the earlier ones are background); else the earliest, as before
            order = day.toordinal() if on_lead and own is None else -day.toordinal()
            fits.append(
                (
                    w + (ON_ITS_WEEKDAY if own is not None or on_lead else 0.0),
                    on_lead and own is None,
                    order,
                    day,
                )
            )
    return max(fits)[3]


def _claims(day_months: list[tuple[int, int, int | None, float]]) -> list[tuple[int, int, int | None, float]]:
    """The days and months that choose the year: those the sources claim for the incident (or
    write with their weekday), when there are any; an arrest's or a court date's day only
    when nothing stronger is given, since a year on whose lead weekday many later
    developments fall is not the incident's."""
    strong = [f for f in day_months if f[3] >= CLAIM_WEIGHT or f[2] is not None]
    return strong or day_months


#: A day and month on the weekday written beside it, or on one the leads give the incident, is
#: more likely the incident's than another day the sources name as strongly.
ON_ITS_WEEKDAY = 1.0


def _incident_weekdays(doc: DocFacts) -> list[tuple[int, float]]:
    """(weekday, weight) for the weekdays an article's lead gives the incident ("shot early
    Saturday"), else for the first weekday its lead gives at all, which says less ("police said
    Thursday" may be the day after)."""
    weekdays = [d for d in _lead_dates(doc) if d.expr.weekday is not None and d.expr.month is None]
    incident = [
        (d.expr.weekday, 1.0) for d in weekdays if d.kind == "incident" and d.expr.weekday is not None
    ]
    first = [
        (d.expr.weekday, WEAK_WEEKDAY)
        for d in weekdays[:1]
        if d.kind in (None, "statement") and d.expr.weekday is not None
    ]
    return incident or first


#: What a lead weekday that does not name the incident says of the incident's weekday: less
#: than a year a page line states (`STATED_YEAR_PRIOR`).
WEAK_WEEKDAY = 0.4


#: A day and month weighs by where it stands and what it dates, as in `incident_weight`; one
#: that dates nothing in particular still fixes the year.
_DAY_MONTH_FLOOR = 0.1


def _day_months(docs: list[DocFacts]) -> list[tuple[int, int, int | None, float]]:
    """(month, day, weekday written beside it or None, weight) of every past day and month
    without a year the sources give."""
    found = []
    for doc in docs:
        for mention in doc.dates:
            e = mention.expr
            if e.month and e.day and not e.year and not e.future and e.anchor is None:
                lead, body = KIND_WEIGHTS.get(mention.kind, (0.0, 0.0))
                weight = lead if mention.sentence < LEAD_SENTENCES else body
                found.append((e.month, e.day, e.weekday, max(weight, _DAY_MONTH_FLOOR)))
    return found


def _holiday_days(
    docs: list[DocFacts], year: int, *, anywhere: bool = False
) -> list[tuple[int, int, int | None, float]]:
    """(month, day, weekday, weight) of the moving holidays the sources name ("on Memorial
    Day", "Thanksgiving night") in a lead or for the incident, as they fall in the year a page
    line states: the holiday's own weekday tells nothing of the year, so only a stated year
    places one. Further down, a holiday is mostly background ("home for Thanksgiving"), and
    counts only `anywhere`: when the sources give no day and month at all."""
    found: list[tuple[int, int, int | None, float]] = []
    for doc in docs:
        for mention in _story_dates(doc):
            e = mention.expr
            in_lead = mention.sentence < LEAD_SENTENCES
            wanted = anywhere or in_lead or mention.kind == "incident"
            if e.holiday in timeexpr.HOLIDAYS and not e.future and wanted:
                day = timeexpr.holiday_date(e.holiday, year)
                lead, body = KIND_WEIGHTS.get(mention.kind, (0.0, 0.0))
                weight = lead if mention.sentence < LEAD_SENTENCES else body
                found.append((day.month, day.day, day.weekday(), max(weight, _DAY_MONTH_FLOOR)))
    return found


def _year_of(
    day_months: list[tuple[int, int, int | None, float]],
    weekdays: list[tuple[int, float]],
    year: int,
    *,
    stated: bool,
    month_years: frozenset[tuple[int, int]] = frozenset(),
) -> int | None:
    """The year the days and months are in: the one on which they fall on the weekdays the
    sources' leads give the incident (each day and month counts the weight of the strongest
    weekday it fits; a weekday written beside its day counts double, and against a year it does
    not fit).
    Background years are earlier than the story, so the story is no earlier than the latest
    year mentioned, and the first year from it that fits best is taken. A page line's year is
    the story's, or a year off when the page was crawled later or its footer was not updated."""
    order = (year, year - 1, year + 1, year - 2) if stated else tuple(range(year, year + YEARS_AHEAD))
    distinct = sorted(set((m, d, own) for m, d, own, _ in day_months), key=str)

    def evidence(candidate: int) -> float:
        score = 0.0
        for month, day, own in distinct:
            found = _weekday_of(candidate, month, day)
            if own is not None:
                score += 2.0 if found == own else -2.0
            else:
                score += max((weight for w, weight in weekdays if w == found), default=0.0)
        return score + sum(_month_year_fit(candidate, month, month_years) for month, _, _ in distinct)

    scored = [
        (evidence(y) + (STATED_YEAR_PRIOR if stated and i == 0 else 0.0), -i, y) for i, y in enumerate(order)
    ]
    best = max(scored)
    return best[2] if best[0] > 0 else None


#: "The March of 2031 shooting": the month and year the sources give the incident places its
#: days of that month in that year, as firmly as a weekday written beside one.
MONTH_YEAR_WEIGHT = 2.0


def _month_year_fit(candidate: int, month: int, month_years: frozenset[tuple[int, int]]) -> float:
    """What the month and year the sources give the incident say of a day in `month` falling in
    `candidate`: for it when they give that month in that year, against it when they give that
    month only in other years, and nothing when they give no year for that month. Each day of
    that month counts, as each day with its weekday written beside it does."""
    years = {y for y, m in month_years if m == month}
    if not years:
        return 0.0
    return MONTH_YEAR_WEIGHT if candidate in years else -MONTH_YEAR_WEIGHT


def _incident_months(docs: list[DocFacts]) -> frozenset[tuple[int, int]]:
    """(year, month) of the past months the sources give the incident with their year."""
    return frozenset(
        (d.expr.year, d.expr.month)
        for doc in docs
        for d in _story_dates(doc)
        if d.kind == "incident" and d.expr.year and d.expr.month and not d.expr.day and not d.expr.future
    )


#: A year a page line states is the story's unless the weekdays say otherwise.
STATED_YEAR_PRIOR = 0.5


def _fits(year: int, month: int, day: int, weekday: int | None) -> bool:
    found = _weekday_of(year, month, day)
    return found is not None and (weekday is None or found == weekday)


def story_year(docs: list[DocFacts]) -> int | None:
    """The year the story is told in: the year of a copyright line, else the latest year the
    sources mention for something past. Background years ("since 1966", "in 2019 he was
    convicted") are earlier than the story, so the latest one is the story's."""
    copyright = _copyright_year(docs)
    if copyright is not None:
        return copyright
    years = [d.expr.year for doc in docs for d in _story_dates(doc) if d.expr.year and not d.expr.future]
    return max(years) if years else None


def _story_dates(doc: DocFacts) -> list[DateMention]:
    """The dates of the story: not a page's printed years, and, for the year a story is told
    in, not a decade's or a century's first year ("the 1990s")."""
    return [d for d in doc.dates if d.kind != PRINTED and d.expr.grain not in _COARSE]


_COARSE = frozenset({"decade", "century", "ref"})


def _printed_year(docs: list[DocFacts]) -> int | None:
    """The earliest year a page prints outside its story (a caption's date, a dated address):
    the story is no earlier than a year a page of it prints."""
    years = [d.expr.year for doc in docs for d in doc.dates if d.kind == PRINTED and d.expr.year]
    return min(years) if years else None


def _copyright_year(docs: list[DocFacts]) -> int | None:
    """The year the page lines state (a copyright line, an embedded post's date): the earliest,
    when they differ, since a page's footer gives the year it was served, on or after the
    story's."""
    years = [d.expr.year for doc in docs for d in doc.dates if d.expr.year and d.kind == "publication"]
    return min(years) if years else None


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
    stated = stated_years(docs)
    for doc in docs:
        reference = refs[doc.source.id].value
        by_start: dict[tuple[str | None, int], ResolvedDate] = {}  # (part, start): a title has its own
        for mention in (d for d in doc.dates if d.kind != PRINTED):
            if mention.expr.anchor is not None:
                anchored.append(mention)
                continue
            expr = mention.expr
            if expr.narrative:  # "the next day": from the date before it, resolved first
                before = by_start.get((None, expr.anchor_at)) if expr.anchor_at is not None else None
                found = timeexpr.resolve_after(expr, before.value, before.precision) if before else None
            else:
                found = _as_stated(expr, stated, reference) or timeexpr.resolve(expr, reference)
            if found is not None:
                resolved.append(ResolvedDate(mention, found[0], found[1]))
                by_start[(mention.evidence.part, mention.evidence.start)] = resolved[-1]
    for mention in anchored:
        anchor = _anchor_day(mention, resolved)
        found = timeexpr.resolve_anchored(mention.expr, anchor) if anchor else None
        if found is not None:
            resolved.append(ResolvedDate(mention, found[0], found[1]))
    return resolved


def stated_years(docs: list[DocFacts]) -> dict[tuple[int, int], set[int]]:
    """The years the sources write beside each day and month ("June 21, 2013")."""
    found: dict[tuple[int, int], set[int]] = defaultdict(set)
    for doc in docs:
        for mention in doc.dates:
            e = mention.expr
            if e.year and e.month and e.day and not e.future:
                found[(e.month, e.day)].add(e.year)
    return found


def _as_stated(
    expr: DateExpr, stated: dict[tuple[int, int], set[int]], reference: date | None
) -> tuple[str, str] | None:
    """ "June 21" where another line or source writes "June 21, 2013": that day, when it is the
    only year written beside it and not after the reference date. The same day and month with
    its year is what a careful reader takes a bare one to mean; the reference alone only guesses."""
    if expr.year or not expr.month or not expr.day or expr.future or expr.relative:
        return None
    years = stated.get((expr.month, expr.day), set())
    if len(years) != 1:
        return None
    (year,) = years
    day = _day_of(year, expr.month, expr.day)
    if day is None or (reference is not None and day > reference):
        return None
    if expr.weekday is not None and day.weekday() != expr.weekday:
        return None
    return day.isoformat(), "day"


def _day_of(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _anchor_day(mention: DateMention, resolved: list[ResolvedDate]) -> str | None:
    days = [r for r in resolved if r.precision == "day" and r.mention.context == mention.expr.anchor]
    same = [r for r in days if r.mention.evidence.source == mention.evidence.source]
    votes = Counter(r.value for r in (same or days))
    return min(votes, key=lambda v: (-votes[v], v)) if votes else None


def date_entries(resolved: list[ResolvedDate]) -> list[DateEntry]:
    """One entry per date, span or range the sources mention: the same value at the same
    precision, to the same end ("the third quarter" is not the month of July)."""
    by_value: dict[tuple[str, str, str | None], list[ResolvedDate]] = defaultdict(list)
    for r in resolved:
        by_value[(r.value, r.precision, timeexpr.span_end(r.mention.expr, r.value, r.precision))].append(r)
    entries = [_entry(value, items, end) for (value, _, end), items in by_value.items()]
    # "now" and "recently" (TimeML's references) name no calendar date: after every one that does
    return sorted(
        entries,
        key=lambda e: (
            e.precision == "ref",
            -len(e.sources),
            -len(e.evidence),
            e.value,
            e.precision,
            e.end or "",
        ),
    )


def _entry(value: str, items: list[ResolvedDate], end: str | None = None) -> DateEntry:
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
        end=end,
    )


def _most_common(counter: Counter[str]) -> str | None:
    return min(counter, key=lambda k: (-counter[k], k)) if counter else None


def _evidence(items: list[ResolvedDate]) -> tuple[Evidence, ...]:
    return tuple(
        sorted({r.mention.evidence for r in items}, key=lambda e: (e.source, e.start, e.end, e.part or ""))
    )


#: The reference stage's and splitting's hand scores (`incident_anchor`,
#: `_first_reports_of_later_day`: which day undated sources borrow; `incident_day`); the event's
#: day itself is the fitted choice of `event_date`.
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
#: A page's stated date may be a day early: a crawler's date in UTC for a story written late in
#: the evening, a date line left from the story's first draft.
DATE_SLACK_DAYS = 1


def incident_weight(r: ResolvedDate) -> float:
    """How strongly one resolved date mention says "this is the day it happened"."""
    expr = r.mention.expr
    if r.precision != "day" or expr.future or expr.anchor is not None or expr.narrative:
        return 0.0  # "the next day" is as sure as the date it counts from, which has its own say
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
            if r.value > (earliest + timedelta(days=DATE_SLACK_DAYS)).isoformat():
                weight *= LATE_WEIGHT
            if ref.value is not None and (ref.value - earliest).days <= FIRST_REPORT_DAYS:
                weight *= FIRST_REPORT_WEIGHT
        key = (r.value, source)
        best[key] = max(best.get(key, 0.0), weight)
    scores: dict[str, float] = defaultdict(float)
    for (value, _), weight in best.items():
        scores[value] += weight
    return dict(scores)


def event_date(
    resolved: list[ResolvedDate],
    refs: dict[str, Reference] | None = None,
    *,
    developments: frozenset[str] = frozenset(),
    kind: EventKindCue | None = None,
) -> DateFact | None:
    """The day the incident happened, or None: the fitted choice (`candidates.fitted_choice`)
    among the days the sources name in their leads or as the incident's, and the "no day"
    alternative, which wins where nothing the sources say dates the event itself (a verdict
    story whose only day is the crime's years before). The claims are the chosen day and every
    day that one source's mention more likely than not names as the event's (the mention
    model's reading), best scored first; the other days the sources mention are `alternatives`.
    `developments` are the kinds of date that are the event's own for its kind of event
    (`lexicon.EventKind.developments`): an arrest's story is dated by "arrested on Monday". They
    read as a date that names nothing in particular, so that where the sources also date the
    crime itself ("arrested Saturday in Friday's shooting"), the crime's day still wins."""
    from .candidates import EventKindCue, fitted_choice  # candidates builds on this module's resolution

    resolved = as_developed(resolved, developments)
    fitted = fitted_choice(resolved, refs or {}, kind or EventKindCue())
    chosen = fitted.chosen
    if chosen is None:
        return None
    # a mention the mention model reads as more likely than not the event's day is a claim
    claimed = [c for c, _ in fitted.scored if c is chosen or fitted.mention_probability[c.value] >= 0.5]
    claims = tuple(_date_claim(c.value, list(c.mentions)) for c in claimed)
    times = Counter(r.mention.expr.time_of_day for r in chosen.mentions if r.mention.expr.time_of_day)
    return DateFact(
        value=chosen.value,
        precision="day",
        time_of_day=_most_common(times),
        qualifier=None,
        agreement=agreement({c.value: c.sources for c in claims}),
        claims=claims,
        sources=tuple(sorted({s for c in claims for s in c.sources})),
        alternatives=_alternatives(resolved, {str(c.value) for c in claims}),
    )


def as_developed(resolved: list[ResolvedDate], developments: frozenset[str]) -> list[ResolvedDate]:
    """The mentions as the event's kind reads them: a date of one of its `developments` names
    nothing in particular (it weighs as a plain date), the others keep their kind."""
    if not developments:
        return resolved
    return [
        replace(r, mention=replace(r.mention, kind=None)) if r.mention.kind in developments else r
        for r in resolved
    ]


def incident_day(doc: DocFacts, reference: date | None = None) -> str | None:
    """The incident day one article supports on its own (YYYY-MM-DD), against `reference` or the
    article's own reference date; None when it gives none. Pure: for blocking when splitting."""
    ref = reference or _parse_iso(doc.source.reference_date)
    refs = {doc.source.id: Reference(ref, "given" if reference else doc.source.reference_date_basis)}
    # still the hand scores: the fitted choice over one article alone splits ecb meta better
    # (0.905 -> 0.907) but merges one more pair of gva incidents (real.py split 0.978 -> 0.977)
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

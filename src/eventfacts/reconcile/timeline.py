"""The timeline: the dated developments the sources report, from the incident on, by date.

Twenty articles about one shooting tell its story over weeks: the shooting, the arrest, the
charge, the first court appearance, a victim's death days later, the vigil and the funeral, the
sentencing. Each date mention already carries the kind of development its words name
(`extract.timeline`); here the mentions of one kind on one day, across sources, become one
entry, with the words of one source as its description and every source's evidence.

Only what followed belongs here: a development dated before the incident is background (an
earlier arrest, a previous shooting), and the incident itself is the one the event's date names.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..extract.timeline import TIMELINE_KINDS
from ..records import DateFact, Evidence, TimelineEntry
from .dates import ResolvedDate

#: Order of kinds on one day: what happened first comes first.
KIND_ORDER = ("incident", "death", "arrest", "charge", "court", "vigil", "funeral", "sentencing")
MAX_ENTRIES = 30


def timeline(
    resolved: list[ResolvedDate], event: DateFact | None, written: dict[str, str] | None = None
) -> list[TimelineEntry]:
    """One entry per (day, kind) the sources date, sorted by date, none before the incident.
    `written` maps source ids to the day each was written (YYYY-MM-DD): an entry's description
    comes from the earliest source that names its kind."""
    start = event.value if event is not None else None
    groups: dict[tuple[str, str], list[ResolvedDate]] = defaultdict(list)
    for r in resolved:
        kind = r.mention.kind
        if r.precision != "day" or kind not in TIMELINE_KINDS or r.mention.expr.future:
            continue
        if written and r.value > written.get(r.mention.evidence.source, "9999"):
            continue  # a day after the article was written is a plan, not a development
        if start is not None and (r.value < start or (kind in ("incident", "death") and r.value == start)):
            continue
        if kind == "incident":
            continue  # another shooting on another day is not a development of this one
        groups[(r.value, kind)].append(r)
    if event is not None:
        # the incident's entry rests on what the event's date rests on: its claim's mentions
        told = {e for c in event.claims if c.value == event.value for e in c.evidence}
        groups[(event.value, "incident")] = [r for r in resolved if r.mention.evidence in told]
    entries = [_entry(day, kind, items, written or {}) for (day, kind), items in groups.items() if items]
    entries.sort(key=lambda e: (e.date, KIND_ORDER.index(e.kind), e.description))
    return entries[:MAX_ENTRIES]


def _entry(day: str, kind: str, items: list[ResolvedDate], written: dict[str, str]) -> TimelineEntry:
    described = [r for r in items if r.mention.description is not None]

    def rank(r: ResolvedDate) -> tuple[bool, str, int, str]:
        source = r.mention.evidence.source
        return (r.mention.kind != kind, written.get(source, "9999"), r.mention.sentence, source)

    first = min(described or items, key=rank)
    text = first.mention.description.text if first.mention.description else first.mention.text
    times = Counter(r.mention.expr.time_of_day for r in items if r.mention.expr.time_of_day)
    evidence: set[Evidence] = {r.mention.evidence for r in items}
    return TimelineEntry(
        date=day,
        kind=kind,
        description=" ".join(text.split()),
        time_of_day=min(times, key=lambda t: (-times[t], t)) if times else None,
        sources=tuple(sorted({r.mention.evidence.source for r in items})),
        evidence=tuple(sorted(evidence, key=lambda e: (e.source, e.start, e.end, e.part or ""))),
    )

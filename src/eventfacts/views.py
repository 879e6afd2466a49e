"""The human views of an event record: a terminal summary (rich) and a self-contained HTML report.

JSON stays the contract; these views are for reading. The HTML page needs the sources' texts
to show the evidence in place, so it takes them as a mapping from source id to text; a source
whose text is not available is listed without it.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from .labels import source_labels, with_labels
from .records import Count, EventRecord, Evidence, Location

if TYPE_CHECKING:
    from rich.table import Table

# ---------------------------------------------------------------------------------------------
# Terminal


def record_table(record: EventRecord, *, width: int = 100, color: bool = False) -> str:
    """A summary that fits `width` columns: event line, people, participants, timeline, counts,
    quotes, sources."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=color, color_system="standard" if color else None)
    console.print(Text(record.event.headline or "(no headline)", style="bold"))
    console.print(_event_line(record))
    people = Table(title="People", title_justify="left", expand=True)
    people.add_column("name", ratio=2)
    people.add_column("role", ratio=3)
    people.add_column("sources", justify="right", width=7)
    for person in record.people:
        people.add_row(person.name, "; ".join(person.titles[:2]), str(len(person.sources)))
    console.print(people)
    if record.participants:
        involved = Table(title="Participants", title_justify="left", expand=True)
        involved.add_column("who", ratio=2)
        involved.add_column("role", width=10)
        involved.add_column("status", ratio=1)
        involved.add_column("sources", justify="right", width=7)
        for p in record.participants:
            who = p.name or p.description
            who += f", {p.age}" if p.age is not None else ""
            involved.add_row(who, p.role, ", ".join(p.status), str(len(p.sources)))
        console.print(involved)
    if record.timeline:
        console.print(_timeline_table(record))
    counts = Table(title="Counts", title_justify="left", expand=True)
    counts.add_column("kind", width=9)
    counts.add_column("what", ratio=2)
    counts.add_column("claims (sources)", ratio=3)
    counts.add_column("agreement", width=10)
    for count in record.counts:
        style = "bold red" if count.agreement == "conflict" else None
        counts.add_row(count.kind, count.subject, _claims(count), count.agreement, style=style)
    console.print(counts)
    quotes = Table(title="Quotes", title_justify="left", expand=True, show_lines=False)
    quotes.add_column("speaker", ratio=1)
    quotes.add_column("quote", ratio=4)
    for quote in record.quotes:
        speaker = quote.speaker.name if quote.speaker else "(unattributed)"
        quotes.add_row(speaker, _shorten(quote.text, 160))
    console.print(quotes)
    sources = Table(title="Sources", title_justify="left", expand=True)
    labels = source_labels(record.sources)
    sources.add_column("source", ratio=2)
    sources.add_column("id", ratio=1)
    sources.add_column("reference date", width=16)
    sources.add_column("dropped or error", ratio=3)
    for source in record.sources:
        reasons = sorted({d.reason.split(":")[0] for d in source.dropped})
        status = f"error: {source.error}" if source.error else ", ".join(reasons) or "-"
        sources.add_row(labels[source.id], source.id, source.reference_date or "-", status)
    console.print(sources)
    return out.getvalue()


def _timeline_table(record: EventRecord) -> Table:
    """What followed the incident, by date: day, kind, the words of the earliest source, sources."""
    from rich.table import Table

    table = Table(title="Timeline", title_justify="left", expand=True)
    table.add_column("date", width=10)
    table.add_column("kind", width=10)
    table.add_column("what happened", ratio=4)
    table.add_column("sources", justify="right", width=7)
    for entry in record.timeline:
        when = entry.date + (f" {entry.time_of_day}" if entry.time_of_day else "")
        table.add_row(when, entry.kind, _shorten(entry.description, 200), str(len(entry.sources)))
    return table


def where_text(location: Location) -> str:
    """ "the 400 block of Elm St., Marlowe, Oregon, United States (address; towns in conflict)"."""
    text = location.name + (f", {', '.join(location.within)}" if location.within else "")
    notes = [location.kind] if location.kind and location.kind != "city" else []
    if location.agreement == "conflict":
        others = [str(c.value) for c in location.claims[1:]]
        notes.append(f"sources also name {', '.join(others)}")
    return text + (f" ({'; '.join(notes)})" if notes else "")


def _event_line(record: EventRecord) -> str:
    event = record.event
    when = "date unknown"
    if event.date is not None:
        when = event.date.value + (f" ({event.date.time_of_day})" if event.date.time_of_day else "")
    where = "place unknown"
    if event.location is not None:
        where = where_text(event.location)
    parts = [f"When: {when}", f"Where: {where}"]
    for label, fact in (("killed", event.casualties.killed), ("injured", event.casualties.injured)):
        if fact is not None:
            parts.append(f"{label}: {_number(fact.value)} ({fact.agreement})")
    return " | ".join(parts)


def _claims(count: Count) -> str:
    """ "7 (3); 6 (2)": each value with its number of sources; a share shows its words."""
    return "; ".join(
        f"{c.qualifier if count.share and c.qualifier else _number(c.value)} ({len(c.sources)})"
        for c in count.claims
    )


def _number(value: float | str) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# ---------------------------------------------------------------------------------------------
# HTML

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:980px;padding:1em;color:#222}
h1{font-size:1.5em}h2{border-bottom:1px solid #ccc;margin-top:2em}
table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
.conflict{display:flex;gap:1em}.claim{flex:1;border:1px solid #e99;background:#fff5f5;padding:.5em}
.source-text{white-space:pre-wrap;border:1px solid #ddd;padding:1em;background:#fcfcfc}
.person{background:#dbeafe}.organization{background:#ede9fe}.place{background:#dcfce7}
.date{background:#fef9c3}.count{background:#fed7aa}.quote{background:#fce7f3}
.dropped{color:#999;text-decoration:line-through}.legend span{padding:0 .4em;margin-right:.3em}
.event{font-size:1.1em;background:#f3f4f6;padding:.6em}
"""
#: When spans overlap, the later kind in this list is shown.
_KINDS = ("dropped", "quote", "count", "date", "place", "organization", "person")


def record_html(record: EventRecord, texts: Mapping[str, str]) -> str:
    """One self-contained page: no scripts, no network requests."""
    spans = _spans_by_source(record)
    labels = source_labels(record.sources)
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>{_e(record.event.headline or 'eventfacts report')}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{_e(record.event.headline or 'Event record')}</h1>",
        f"<p class='event' id='event'>{_e(_event_line(record))}</p>",
        *_conflicts_html(record, texts, labels),
        *_timeline_html(record, labels),
        *_entities_html(record, labels),
        *_counts_html(record, labels),
        *_quotes_html(record, labels),
        "<h2>Sources</h2><p class='legend'>",
        *(f"<span class='{k}'>{k}</span>" for k in _KINDS),
        "</p>",
    ]
    for source in record.sources:
        label, title = labels[source.id], source.title or ""
        shown = label if title.startswith(label.rstrip("…")) else f"{label}: {title}" if title else label
        parts.append(f"<h3 id='source-{_e(source.id)}' title='{_e(source.id)}'>{_e(shown)}</h3>")
        if source.error:
            parts.append(f"<p>error: {_e(source.error)}</p>")
        elif source.id in texts:
            parts.append(
                f"<div class='source-text'>{_highlighted(texts[source.id], spans.get(source.id, []))}</div>"
            )
        else:
            parts.append("<p>(text not available)</p>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def anchor(ev: Evidence) -> str:
    return f"ev-{re.sub(r'[^A-Za-z0-9_-]', '_', ev.source)}-{ev.start}-{ev.end}"


def _link(ev: Evidence, labels: Mapping[str, str]) -> str:
    """A link to the evidence in its source's text, shown as the source's label, its id the tooltip."""
    target = f"source-{ev.source}" if ev.part else anchor(ev)
    return f"<a href='#{_e(target)}' title='{_e(ev.source)}'>{_e(labels.get(ev.source, ev.source))}</a>"


def _spans_by_source(record: EventRecord) -> dict[str, list[tuple[int, int, str, str | None]]]:
    """(start, end, kind, anchor) for every evidence span and dropped span, per source."""
    spans: dict[str, list[tuple[int, int, str, str | None]]] = {}

    def add(kind: str, evidence: tuple[Evidence, ...]) -> None:
        for ev in evidence:
            if ev.part:  # offsets into a title kept apart from the text shown
                continue
            spans.setdefault(ev.source, []).append((ev.start, ev.end, kind, anchor(ev)))

    for person in record.people:
        add("person", person.evidence)
    for org in record.organizations:
        add("organization", org.evidence)
    for place in record.places:
        add("place", place.evidence)
    for entry in record.dates:
        add("date", entry.evidence)
    for development in record.timeline:
        add("date", development.evidence)
    for count in record.counts:
        for claim in count.claims:
            add("count", claim.evidence)
    for quote in record.quotes:
        add("quote", quote.evidence)
    for source in record.sources:
        for dropped in source.dropped:
            spans.setdefault(source.id, []).append(
                (dropped.start, dropped.end, "dropped", "reason:" + dropped.reason)
            )
    return spans


def _highlighted(text: str, spans: list[tuple[int, int, str, str | None]]) -> str:
    """The text with each character marked by the highest-ranked span over it."""
    rank = {k: i for i, k in enumerate(_KINDS)}
    kinds: list[str | None] = [None] * len(text)
    reasons: list[str | None] = [None] * len(text)
    anchors: dict[int, list[str]] = {}
    for start, end, kind, name in sorted(spans, key=lambda s: (rank[s[2]], s[0])):
        reason = name[len("reason:") :] if name and name.startswith("reason:") else None
        for i in range(max(0, start), min(end, len(text))):
            kinds[i] = kind
            reasons[i] = reason
        if name and reason is None:
            anchors.setdefault(start, []).append(name)
    return "".join(_runs(text, kinds, reasons, anchors))


def _runs(
    text: str, kinds: list[str | None], reasons: list[str | None], anchors: dict[int, list[str]]
) -> Iterator[str]:
    """Runs of characters with one kind; dropped runs carry their reason as a tooltip."""
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and kinds[j] == kinds[i] and reasons[j] == reasons[i] and j not in anchors:
            j += 1
        for name in sorted(set(anchors.get(i, []))):
            yield f"<a id='{name}'></a>"
        chunk = _e(text[i:j])
        if kinds[i] == "dropped":
            yield f"<span class='dropped' title='dropped: {_e(reasons[i] or '')}'>{chunk}</span>"
        elif kinds[i]:
            yield f"<span class='{kinds[i]}'>{chunk}</span>"
        else:
            yield chunk
        i = j


def _sentence(text: str | None, ev: Evidence) -> str:
    if not text:
        return ev.text
    stop = text.rfind(". ", 0, ev.start)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, ev.start) + 1)
    ends = [e for e in (text.find(". ", ev.end), text.find("\n", ev.end)) if e >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip()


def _conflicts_html(record: EventRecord, texts: Mapping[str, str], labels: dict[str, str]) -> Iterator[str]:
    counts = {c.id: c for c in record.counts}
    yield "<h2>Conflicts</h2>"
    if not record.conflicts:
        yield "<p>The sources do not contradict each other on any count or date.</p>"
    for conflict in record.conflicts:
        heading = with_labels(conflict.description, labels)
        yield f"<h3 class='conflict-title'>{_e(heading)}</h3><div class='conflict'>"
        claims = counts[conflict.ref].claims if conflict.ref in counts else ()
        if conflict.ref == "event.date" and record.event.date is not None:
            claims = record.event.date.claims
        for claim in claims:
            yield f"<div class='claim'><b>{_e(_number(claim.value))}</b> {_e(claim.qualifier or '')}<ul>"
            for ev in claim.evidence:
                text = None if ev.part else texts.get(ev.source)
                yield f"<li>{_link(ev, labels)}: {_e(_sentence(text, ev))}</li>"
            yield "</ul></div>"
        yield "</div>"


def _timeline_html(record: EventRecord, labels: Mapping[str, str]) -> Iterator[str]:
    """The timeline as a table, each entry linked to its evidence in every source that gives it."""
    if not record.timeline:
        return
    yield "<h2>Timeline</h2><table>" + _row("date", "kind", "what happened", "sources", cell="th")
    for entry in record.timeline:
        when = _e(entry.date) + (f"<br><small>{_e(entry.time_of_day)}</small>" if entry.time_of_day else "")
        links = ", ".join(_link(ev, labels) for ev in _one_per_source(entry.evidence))
        yield _row(when, _e(entry.kind), _e(entry.description), links)
    yield "</table>"


def _entities_html(record: EventRecord, labels: Mapping[str, str]) -> Iterator[str]:
    for title, items in (
        ("People", record.people),
        ("Organizations", record.organizations),
        ("Places", record.places),
    ):
        yield f"<h2>{title}</h2><table>" + _row("name", "also written", "sources", "evidence", cell="th")
        for item in items:
            extra = "; ".join(getattr(item, "titles", ())[:2]) or (getattr(item, "kind", None) or "")
            name = _e(item.name) + (f"<br><small>{_e(extra)}</small>" if extra else "")
            links = ", ".join(_link(ev, labels) for ev in _one_per_source(item.evidence))
            yield _row(name, _e(", ".join(item.aliases)), str(len(item.sources)), links)
        yield "</table>"


def _one_per_source(evidence: tuple[Evidence, ...]) -> list[Evidence]:
    first: dict[str, Evidence] = {}
    for ev in evidence:
        first.setdefault(ev.source, ev)
    return list(first.values())


def _row(*cells: str, cell: str = "td") -> str:
    """A table row of cells that are already HTML."""
    return "<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in cells) + "</tr>"


def _counts_html(record: EventRecord, labels: Mapping[str, str]) -> Iterator[str]:
    yield "<h2>Counts</h2><table>" + _row("kind", "what", "claims", "agreement", cell="th")
    for count in record.counts:
        claims = "; ".join(
            f"{_e(_number(c.value))} ({', '.join(_link(ev, labels) for ev in c.evidence[:4])})"
            for c in count.claims
        )
        yield _row(_e(count.kind), _e(count.subject), claims, _e(count.agreement))
    yield "</table>"


def _quotes_html(record: EventRecord, labels: Mapping[str, str]) -> Iterator[str]:
    yield "<h2>Quotes</h2>"
    for quote in record.quotes:
        speaker = quote.speaker.name if quote.speaker else "unattributed"
        links = ", ".join(_link(ev, labels) for ev in quote.evidence)
        caption = f"<small>{_e(speaker)} · {links}</small>"
        yield f"<blockquote class='quote'>{_e(quote.text)}<br>{caption}</blockquote>"

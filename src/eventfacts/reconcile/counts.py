"""Group count claims from all sources into one count per thing counted, and find conflicts.

Claims group by kind and by what is counted, with news synonyms folded together (guards,
bodyguards and members of a protection force are all security personnel). Within a group, one
source can hold only one value: an article that gives both 73 and 15 seats is talking about two
things, so the second value starts a count of its own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..records import Claim, Conflict, Count, CountKind, CountMention
from .agreement import agreement
from .headlines import body_backed

#: Nouns that count the same people. Keep to words used the same way in any story.
SUBJECT_CLASSES = {
    "security personnel": {
        "guard", "bodyguard", "force", "personnel", "officer", "policeman", "policemen", "police",
        "soldier", "troop", "trooper", "serviceman", "agent", "security", "unit", "detail", "escort",
    },
    "protesters": {"protester", "protestor", "demonstrator", "marcher", "rioter"},
    "people": {"people", "person", "civilian", "resident", "individual", "bystander", "passenger"},
    "children": {"child", "children", "kid", "minor", "boy", "girl"},
}  # fmt: skip
_CLASS_OF = {word: name for name, words in SUBJECT_CLASSES.items() for word in words}


@dataclass
class _Group:
    kind: CountKind
    subject_class: str
    by_value: dict[float, list[CountMention]] = field(default_factory=lambda: defaultdict(list))
    source_ids: set[str] = field(default_factory=set)

    def add(self, mention: CountMention) -> None:
        self.by_value[mention.value].append(mention)
        self.source_ids.add(mention.evidence.source)

    def sources(self) -> set[str]:
        return self.source_ids


def subject_class(mention: CountMention) -> str:
    """What a count is of, for grouping; a share of seats is not a number of seats."""
    base = _CLASS_OF.get(mention.head, mention.head)
    return f"share of {base}" if mention.share else base


def reconcile_counts(
    mentions: list[CountMention], copies: dict[str, str] | None = None
) -> tuple[list[Count], list[Conflict], list[_Group]]:
    """One count per thing counted. `copies` maps each source to its group of reprints, so that
    an agency story run by three outlets backs a value once when judging agreement."""
    groups = _group(mentions)
    ordered = sorted(groups, key=_salience)
    counts, conflicts = [], []
    for number, group in enumerate(ordered, start=1):
        count = _count(f"count-{number}", group, copies or {})
        counts.append(count)
        if count.agreement == "conflict":
            conflicts.append(_conflict(count))
    return counts, conflicts, ordered


def _group(mentions: list[CountMention]) -> list[_Group]:
    buckets: dict[tuple[CountKind, str], list[CountMention]] = defaultdict(list)
    for m in mentions:
        buckets[(m.kind, subject_class(m))].append(m)
    groups: list[_Group] = []
    for (kind, cls), members in sorted(buckets.items()):
        support: Counter[float] = Counter()
        for m in members:
            support[m.value] += 1
        members.sort(
            key=lambda m: (m.headline, -support[m.value], m.value, m.evidence.source, m.evidence.start)
        )
        local: list[_Group] = []
        for m in members:
            target = next((g for g in local if m.value in g.by_value), None)
            if target is None and m.headline:  # "2 dead" in the title, "three killed" in the body
                target = next((g for g in local if m.evidence.source in g.source_ids), None)
            if target is None:
                target = next((g for g in local if m.evidence.source not in g.source_ids), None)
            if target is None:
                target = _Group(kind, cls)
                local.append(target)
            target.add(m)
        groups.extend(local)
    return groups


def _salience(group: _Group) -> tuple[int, int, str, str]:
    mentions = sum(len(ms) for ms in group.by_value.values())
    return (-len(group.sources()), -mentions, group.kind, group.subject_class)


def _ranked_values(group: _Group) -> list[float]:
    """Values by the sources that back them (a headline only where its body gives none), then
    by mentions: a headline figure never outranks the figure its own body gives."""
    in_body = _body_sources(group)

    def key(value: float) -> tuple[int, int, int, float]:
        ms = group.by_value[value]
        backed = body_backed(ms, in_body)
        return (-len(backed), -len({m.evidence.source for m in ms}), -len(ms), value)

    return sorted(group.by_value, key=key)


def _claim(mentions: list[CountMention]) -> Claim:
    qualifiers = Counter(m.qualifier for m in mentions)
    return Claim(
        value=mentions[0].value,
        qualifier=qualifiers.most_common(1)[0][0],
        sources=tuple(sorted({m.evidence.source for m in mentions})),
        evidence=tuple(
            sorted((m.evidence for m in mentions), key=lambda e: (e.source, e.start, e.end, e.part or ""))
        ),
        attributed_to=tuple(sorted({m.attributed_to for m in mentions if m.attributed_to})),
    )


def _count(count_id: str, group: _Group, copies: dict[str, str]) -> Count:
    values = _ranked_values(group)
    claims = tuple(_claim(group.by_value[v]) for v in values)
    top = group.by_value[values[0]]
    subjects = Counter(m.subject for m in top)
    totals = [m.total for m in top if m.total is not None]
    return Count(
        id=count_id,
        kind=group.kind,
        subject=min(subjects, key=lambda s: (-subjects[s], s)),
        value=values[0],
        qualifier=claims[0].qualifier,
        total=totals[0] if totals else None,
        agreement=agreement(_votes(group, copies)),
        claims=claims,
        sources=tuple(sorted(group.sources())),
        previous=next((m.previous for m in top if m.previous is not None), None),
        share=any(m.share for m in top),
    )


def _body_sources(group: _Group) -> set[str]:
    return {m.evidence.source for ms in group.by_value.values() for m in ms if not m.headline}


def _votes(group: _Group, copies: dict[str, str]) -> dict[object, list[str]]:
    """The sources (reprints once) behind each value, for agreement; a headline's outdated figure
    does not set its source against itself."""
    in_body = _body_sources(group)
    votes = {
        v: sorted({copies.get(s, s) for s in body_backed(ms, in_body)}) for v, ms in group.by_value.items()
    }
    return {v: sources for v, sources in votes.items() if sources}


def _conflict(count: Count) -> Conflict:
    parts = "; ".join(f"{_number(c.value)} ({', '.join(c.sources)})" for c in count.claims)
    verb = "" if count.kind == "other" else f" {count.kind}"
    return Conflict(
        ref=count.id,
        field="value",
        description=f"sources disagree on the number of {count.subject}{verb}: {parts}",
    )


def _number(value: float | str) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)

"""Reconciliation: the per-article facts of all sources in, one event record out.

This stage needs no spaCy and sees only `DocFacts`, so `eventfacts merge` can reconcile what
`eventfacts docs` produced elsewhere. It is deterministic: sources are processed in id order
and every list is sorted by salience, then by name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from .. import SCHEMA_VERSION
from ..lexicon import KINDS_BY_NAME
from ..records import (
    Casualties,
    DocFacts,
    EntityMention,
    Event,
    EventRecord,
    Location,
    Organization,
    Person,
    Place,
    SourceEntry,
)
from . import counts as count_stage
from . import dates as date_stage
from . import participants as participant_stage
from .candidates import kind_cue
from .copies import copy_groups, independent
from .entity_types import Folder as TypeFolder
from .entity_types import (
    bodies_typed_as_people,
    first_person_speakers,
    mistyped,
    people_typed_as_bodies,
    without_mistyped,
)
from .events import CHECK_LIMIT, outliers
from .headlines import mention_count, named_in_a_body
from .kinds import developments, event_kind, without_an_old_crimes_toll
from .names import Cluster, cluster_named, cluster_people, decide_kinds, fold, without_works
from .place_weights import WEIGHT
from .places import event_place, not_places, resolved_places
from .quotes import SpeakerIndex, reconcile_quotes_and_conflicts
from .support import without_off_topic
from .timeline import timeline
from .titles import merged_titles

T = TypeVar("T", bound=Any)


def build_records(docs: Iterable[DocFacts], *, reference_date: date | None = None) -> list[EventRecord]:
    """One record per event, for a folder that mixes several (`--split`)."""
    return list(iter_records(docs, reference_date=reference_date))


def iter_records(docs: Iterable[DocFacts], *, reference_date: date | None = None) -> Iterator[EventRecord]:
    """The records of `build_records`, one at a time, so that a feed's records stream out."""
    from .splitting import split_events  # SciPy and scikit-learn load only for --split

    for group in split_events(list(docs)):
        yield build_record(group, reference_date=reference_date, check_events=False)


def build_record(
    docs: Iterable[DocFacts], *, reference_date: date | None = None, check_events: bool = True
) -> EventRecord:
    """Reconcile the facts of every source into one event record. With `check_events`, a folder
    that plainly mixes several events gets a warning naming the outlying sources."""
    docs = list(docs)
    warnings = _mixed_events_warning(docs) if check_events else ()
    ordered, duplicates = _without_duplicates(sorted(docs, key=lambda d: d.source.id))
    ordered = without_off_topic(ordered)
    refs = date_stage.references(ordered, reference_date)
    mentions = without_works(
        [m for d in ordered for m in d.entities], (e for d in ordered for e in d.dropped_entities)
    )
    people_clusters, org_clusters, place_clusters = _typed_clusters(mentions, ordered)
    organizations = _organizations(org_clusters)
    people = _people(people_clusters, organizations)
    places = resolved_places(_places(place_clusters), ordered)
    resolved = date_stage.resolve_all(ordered, refs)
    copies = copy_groups(ordered)
    members: dict[str, list[str]] = defaultdict(list)
    for source_id, group in sorted(copies.items()):
        members[group].append(source_id)
    counts, conflicts, _ = count_stage.reconcile_counts([c for d in ordered for c in d.counts], copies)
    speakers = SpeakerIndex(
        people_clusters, people, org_clusters, [o.id for o in organizations]
    )  # fmt: skip
    quotes, said_by = reconcile_quotes_and_conflicts([q for d in ordered for q in d.quotes], speakers)
    conflicts += said_by
    kind = event_kind(ordered, copies)
    # the day of an arrest, a verdict or a protest is the event's own, not a later development
    when = date_stage.event_date(resolved, refs, developments=developments(kind), kind=kind_cue(kind))
    kind = without_an_old_crimes_toll(kind, ordered, resolved, when, copies)
    participants, entries = participant_stage.reconcile_participants(ordered, people)
    # an entry the fitted type check judges no person (a film, a byline) or no body leaves the
    # lists, unless a quote or a participant names it
    mistyped_ids = _mistyped_ids(
        _type_folder(people_clusters, org_clusters, place_clusters, ordered),
        people_clusters,
        org_clusters,
        people,
        organizations,
    )
    people, organizations, quotes, participants = without_mistyped(
        people, organizations, mistyped_ids, quotes, participants
    )
    # a later figure is an update only when its source says when it was written
    source_dates = {
        s: r.value.isoformat() if r.value and r.basis != "other-sources" else None for s, r in refs.items()
    }
    conflicts += date_stage.date_conflicts(when, refs)
    where = event_place(
        ordered,
        places,
        fallback=_location(place_clusters, _places(place_clusters)),
        kind=kind.value if kind is not None else None,
    )
    conflicts += where.conflicts
    event = Event(
        headline=_headline(ordered),
        date=when,
        location=where.location,
        # an arrest's, a verdict's or a deal's story has no toll of its own: the dead it recalls
        # stay counts of the crime they died in
        casualties=participant_stage.casualties(
            ordered,
            entries,
            counts,
            participants,
            source_dates,
            copies,
            running=kind is not None and KINDS_BY_NAME[kind.value].running_toll,
        )
        if kind is None or kind.toll
        else Casualties(killed=None, injured=None),
        kind=kind,
    )
    return EventRecord(
        schema_version=SCHEMA_VERSION,
        event=event,
        sources=tuple(
            _source_entry(d, refs[d.source.id], members[copies[d.source.id]], duplicates.get(d.source.id))
            for d in ordered
        ),
        people=_with_independence(people, copies),
        organizations=_with_independence(organizations, copies),
        places=_with_independence(places, copies),
        dates=tuple(date_stage.date_entries(resolved)),
        counts=_with_independence(counts, copies),
        quotes=_with_independence(quotes, copies),
        conflicts=tuple(conflicts),
        warnings=warnings,
        participants=tuple(participants),
        timeline=tuple(
            timeline(resolved, when, {k: r.value.isoformat() for k, r in refs.items() if r.value is not None})
        ),
    )


def dropped_places(docs: Iterable[DocFacts]) -> list[str]:
    """The names NER took for places that `build_record` leaves out of `places` (no gazetteer
    entry, street, venue or neighbourhood supports them), for --verbose."""
    ordered, _ = _without_duplicates(sorted(docs, key=lambda d: d.source.id))
    ordered = without_off_topic(ordered)
    _, _, place_clusters = _cluster_entities([m for d in ordered for m in d.entities])
    return not_places(_places(place_clusters), ordered)


def _mixed_events_warning(docs: list[DocFacts]) -> tuple[str, ...]:
    if len(docs) > CHECK_LIMIT:
        return ()
    others = outliers(docs)
    if not others:
        return ()
    listed = ", ".join(others)
    return (f"the articles seem to report more than one event; outlying sources: {listed} (try --split)",)


def _with_independence(items: list[T], groups: dict[str, str]) -> tuple[T, ...]:
    return tuple(replace(item, independent_sources=independent(item.sources, groups)) for item in items)


def _typed_clusters(
    mentions: list[EntityMention], docs: list[DocFacts]
) -> tuple[list[Cluster], list[Cluster], list[Cluster]]:
    """The clustered entries, with the organizations the type check finds to be people moved
    among the people (clustered again, so that a person's surname alone joins them), and the
    people it finds to be bodies among the organizations."""
    clusters = _cluster_entities(mentions)
    folder = _type_folder(*clusters, docs)
    retyped = dict.fromkeys(people_typed_as_bodies(clusters[1], folder), "person")
    retyped |= dict.fromkeys(
        first_person_speakers(clusters[1], (q for d in docs for q in d.quotes)), "person"
    )
    retyped |= dict.fromkeys(bodies_typed_as_people(clusters[0], folder), "organization")
    return _cluster_entities(mentions, retyped) if retyped else clusters


def _type_folder(
    people: list[Cluster], orgs: list[Cluster], places: list[Cluster], docs: list[DocFacts]
) -> TypeFolder:
    return TypeFolder.of({"person": people, "organization": orgs, "place": places}, len(docs))


def _cluster_entities(
    mentions: list[EntityMention], retyped: dict[tuple[str, ...], str] | None = None
) -> tuple[list[Cluster], list[Cluster], list[Cluster]]:
    kinds = decide_kinds(mentions) | (retyped or {})
    by_kind: dict[str, list[EntityMention]] = {"person": [], "organization": [], "place": []}
    for m in mentions:
        key = fold(m.text)
        if key:
            by_kind[kinds.get(key, m.kind)].append(m)
    people = _by_salience(cluster_people(by_kind["person"]))
    orgs = _by_salience(
        [
            c
            for c in cluster_named(by_kind["organization"], "organization")
            if named_in_a_body(m for m, _ in c.mentions)
        ]
    )
    places = _by_salience(cluster_named(by_kind["place"], "place"))
    return people, orgs, places


def _mistyped_ids(
    folder: TypeFolder,
    people_clusters: list[Cluster],
    org_clusters: list[Cluster],
    people: list[Person],
    organizations: list[Organization],
) -> set[str]:
    return {
        p.id for p, wrong in zip(people, mistyped(people_clusters, "person", folder), strict=True) if wrong
    } | {
        o.id
        for o, wrong in zip(organizations, mistyped(org_clusters, "organization", folder), strict=True)
        if wrong
    }


def _by_salience(clusters: list[Cluster]) -> list[Cluster]:
    return sorted(clusters, key=lambda c: (-len(c.sources), -_mentions(c), c.canonical()))


def _mentions(cluster: Cluster) -> int:
    return mention_count(m for m, _ in cluster.mentions)


def _people(clusters: list[Cluster], organizations: list[Organization]) -> list[Person]:
    people = []
    for i, c in enumerate(clusters, start=1):
        titles = _titles(c)
        ages = Counter(m.age for m, _ in c.mentions if m.age is not None)
        people.append(
            Person(
                id=f"person-{i}",
                name=c.canonical(),
                aliases=c.other_names(),
                titles=titles,
                mentions=_mentions(c),
                sources=c.sources,
                evidence=c.evidence,
                organizations=_named_in(titles, organizations),
                age=min(ages, key=lambda a: (-ages[a], a)) if ages else None,
            )
        )
    return people


def _named_in(titles: tuple[str, ...], organizations: list[Organization]) -> tuple[str, ...]:
    """The organizations a person's titles name: "State Department spokesperson", "leader of the
    Asaib Ahl al-Haq militia", "director ... at the Middle East Institute"."""
    folded = [f" {' '.join(fold(t))} " for t in titles]
    found = []
    for org in organizations:
        names = {" ".join(fold(n)) for n in (org.name, *org.aliases)}
        if any(f" {n} " in t for n in names if n for t in folded):
            found.append(org.id)
    return tuple(found)


def _titles(cluster: Cluster) -> tuple[str, ...]:
    return merged_titles(title for m, _ in cluster.mentions for title in m.titles)


def _organizations(clusters: list[Cluster]) -> list[Organization]:
    return [
        Organization(f"org-{i}", c.canonical(), c.other_names(), _mentions(c), c.sources, c.evidence)
        for i, c in enumerate(clusters, start=1)
    ]


def _places(clusters: list[Cluster]) -> list[Place]:
    return [
        Place(f"place-{i}", c.canonical(), c.other_names(), _mentions(c), c.sources, c.evidence)
        for i, c in enumerate(clusters, start=1)
    ]


def _location(clusters: list[Cluster], places: list[Place]) -> Location | None:
    """Where the event happened: the place most sources name as a location in their lead; if a
    place written as part of it ("Baghdad's Green Zone") is named as often, that narrower place,
    within the first."""
    leads = [
        [m for m, _ in c.mentions if m.locative and m.sentence < WEIGHT["most-named-lead-sentences"]]
        for c in clusters
    ]
    ranks = [(len({m.evidence.source for m in lead}), len(lead), -i) for i, lead in enumerate(leads)]
    candidates = [i for i, lead in enumerate(leads) if lead]
    if not candidates:
        return None
    best = max(candidates, key=lambda i: ranks[i])
    narrower = [
        i for i in candidates
        if i != best and ranks[i][0] >= ranks[best][0]
        and any(fold(m.container or "") == fold(places[best].name) for m in leads[i])
    ]  # fmt: skip
    if narrower:
        best = max(narrower, key=lambda i: ranks[i])
    cluster, place, lead = clusters[best], places[best], leads[best]
    containers = Counter(m.container for m, _ in cluster.mentions if m.container)
    return Location(
        name=place.name,
        within=tuple(sorted(containers, key=lambda k: (-containers[k], k))),
        sources=tuple(sorted({m.evidence.source for m in lead})),
        evidence=tuple(
            sorted({m.evidence for m in lead}, key=lambda e: (e.source, e.start, e.end, e.part or ""))
        ),
        ref=place.id,
    )


def _headline(docs: list[DocFacts]) -> str | None:
    """The most representative title: the one whose words the other titles use most (mean
    share of titles containing each of its words), in one pass instead of comparing all pairs."""
    titles = [d.source.title for d in docs if d.source.title and d.source.error is None]
    if not titles:
        return None
    words = [set(re.findall(r"[^\W\d_]{3,}", t.casefold())) for t in titles]
    used: Counter[str] = Counter(w for ws in words for w in ws)

    def score(i: int) -> tuple[float, int, str]:
        share = sum(used[w] for w in words[i]) / len(words[i]) if words[i] else 0.0
        return (share, -len(titles[i]), titles[i])

    return titles[max(range(len(titles)), key=score)]


def _without_duplicates(docs: list[DocFacts]) -> tuple[list[DocFacts], dict[str, str]]:
    """The same text saved twice is one source: later copies keep their source entry, with
    `duplicate_of`, but lose their facts, so that nothing counts twice."""
    first: dict[str, str] = {}
    duplicates: dict[str, str] = {}
    kept = []
    for doc in docs:
        key = doc.source.content_hash
        if key is not None and key in first:
            duplicates[doc.source.id] = first[key]
            kept.append(DocFacts(source=replace(doc.source, fingerprint=())))
            continue
        if key is not None:
            first[key] = doc.source.id
        kept.append(doc)
    return kept, duplicates


def _source_entry(
    doc: DocFacts, ref: date_stage.Reference, story: list[str], duplicate_of: str | None
) -> SourceEntry:
    s = doc.source
    return SourceEntry(
        id=s.id,
        path=s.path,
        title=s.title,
        published=s.published,
        reference_date=ref.value.isoformat() if ref.value else None,
        reference_date_basis=ref.basis,
        chars=s.chars,
        dropped=s.dropped,
        error=s.error,
        encoding=s.encoding,
        same_story_as=tuple(o for o in story if o != s.id),
        url=s.url,
        warnings=s.warnings,
        duplicate_of=duplicate_of,
    )

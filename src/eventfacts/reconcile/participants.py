"""One entry per person the incident involves, and the casualty totals that follow from them.

Every source names or describes some of the people involved ("Smith, 24, was wounded", "a
19-year-old was found dead", "the gunman killed himself") and may give totals ("three people
were shot"). Here the mentions of one source become one entry per person (same surname; or a
description that fits: same role, no clash of age or gender), the entries of all sources merge
the same way, and each source's casualty figure is the larger of its explicit total and the
people it counts one by one, plus a shooter killed or wounded, whom the registry counts too.
Across sources, the fitted toll model (`reconcile.tolls`) chooses among the figures they give;
a higher figure only later reports give ("a second victim died Tuesday") that it chooses gets
agreement "updated", the earlier figures kept as claims.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from ..lexicon import (
    HARM_KINDS,
    HELD_KINDS,
    OTHER_STATUSES,
    PERSON_NOUNS,
    SPARED_STATUS,
    STATUS_ORDER,
    ZERO_COVERS,
)
from ..records import (
    Casualties,
    Claim,
    Count,
    CountFact,
    CountMention,
    DocFacts,
    Evidence,
    Participant,
    ParticipantMention,
    Person,
    RoleCount,
)
from . import tolls
from .agreement import agreement
from .names import fold

#: Statuses that replace others on the same person (someone shot who later died was killed)
#: come first in `STATUS_ORDER`, the order of `lexicon.FATES`.
CASUALTY_STATUSES = HARM_KINDS
HELD_STATUSES = HELD_KINDS
#: Roles a described person may take; a described "victim" fits any role but a suspect.
SUSPECT_ROLES = frozenset({"suspect"})
#: Words of a description that mark a new person: "another man", "a second victim".
NEW_PERSON_WORDS = frozenset({"another", "second", "third", "fourth", "other"})
#: Descriptions that fit any person of their role: "the victim", "a 19-year-old".
GENERIC_NOUNS = frozenset(
    {"victim", "person", "old", "individual", "teen", "teenager", "adult", "juvenile", "suicide"}
)
#: Nouns that may name the same child: "a 4-year-old girl" is "the child" and "the toddler".
CHILD_NOUNS = frozenset({"child", "kid", "boy", "girl", "toddler", "baby", "infant", "son", "daughter"})
#: Counted nouns that are the shooter: a total of them is not a total of victims. ("gunmen": the
#: parse leaves some plurals as their own lemma.)
SUSPECT_HEADS = frozenset({noun for noun, role in PERSON_NOUNS.items() if role == "suspect"} | {"gunmen"})
#: Counted nouns that are no people: "a shooting left one dead", "three guns were found",
#: "pirates attacked two boats".
#: (Places are not here: "1 injured in shooting at berry farm" is an elided "1 person" that the
#: parse hangs on the place.)
NOT_PEOPLE = frozenset(
    {"shooting", "stabbing", "incident", "attack", "crash", "fire", "case", "time", "shot", "round",
     "bullet", "gun", "weapon", "robbery", "rampage", "warrant", "wound", "life", "dog", "cat",
     "animal", "horse", "vehicle", "car", "rash", "spree", "string", "boat", "ship", "vessel", "tanker",
     "dhow", "truck"}
)  # fmt: skip
#: A total of the main event is given in an article's first sentences.
LEAD_SENTENCES = 6
#: People counted one by one are read from an article's first sentences only: later ones often
#: tell of other shootings (measured on local news: a wider window counted more of those).
PARTICIPANT_SENTENCES = 3


#: A source whose lead tells of no wounded counts those it describes one by one this far down:
#: the paragraph after the lead often tells of the hurt ("Another child was taken to a
#: hospital"); further on, stories move to other shootings (measured on local news: 8 to 10
#: sentences counted the most; 15 counted other incidents' wounded).
LATE_WOUNDED_SENTENCES = 10

#: The first sentence of an entry told only as aimed at or spared: past every window.
NOT_IN_THE_LEAD = 10_000

#: The dead a source names with their age ("Ana Ruiz, 34, and Lee Tran, 29, were found dead")
#: count from a little further: the paragraph that identifies them often comes fourth or fifth.
NAMED_DEAD_SENTENCES = 5


def _window(e: _Entry) -> int:
    """How far into its source a person counts one by one."""
    named_dead = e.name is not None and e.age is not None and e.casualty_status() == "killed"
    return NAMED_DEAD_SENTENCES if named_dead else PARTICIPANT_SENTENCES


@dataclass
class _Entry:
    name: str | None
    description: str
    role: str
    statuses: set[str]
    age: int | None
    gender: str | None
    sources: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    first_sentence: int = 0
    noun: str = ""  # the last word of the description: "man", "victim"
    group: bool = False  # people of one kind together ("his guards"): counted by the counts, not here
    #: The sources that tell each status: a wound one source claims against three that say unhurt.
    told_by: dict[str, set[str]] = field(default_factory=dict)
    #: The first sentence that tells the person as only aimed at or spared.
    aimed_at: int = NOT_IN_THE_LEAD

    @property
    def surname(self) -> str | None:
        words = fold(self.name or "")
        return words[-1] if words else None

    @property
    def given(self) -> str | None:
        words = fold(self.name or "")
        return words[0] if len(words) > 1 else None

    def named_as(self, m: _Entry) -> bool:
        """The same name: the same surname, and given names that do not clash (siblings and
        spouses share a surname: "Moses Ortiz was killed and Maria Ortiz was wounded"), nor
        fates (a dead victim is not the one of that name who was charged or arrested)."""
        same = (self.surname == m.surname and not given_names_clash(self.given, m.given)) or (
            given_alone(self, m) or given_alone(m, self)
        )
        return (
            bool(self.surname)
            and same
            and not (self.dead_victim() and m.held())
            and not (m.dead_victim() and self.held())
        )

    def dead_victim(self) -> bool:
        return "killed" in self.statuses and self.role not in SUSPECT_ROLES

    def held(self) -> bool:
        return bool(self.statuses & HELD_STATUSES) and "killed" not in self.statuses

    def fits(self, m: _Entry) -> bool:
        """The same person: same name; or, when one is unnamed, no clash of role, age or gender.
        A group is only the same group: people of the same kind."""
        if self.group or m.group:
            return self.group and m.group and self.noun == m.noun
        if self.surname and m.surname:
            return self.named_as(m)
        if (self.role in SUSPECT_ROLES) != (m.role in SUSPECT_ROLES):
            return False
        if self.role != m.role and "victim" not in (self.role, m.role):
            return False
        if self.age is not None and m.age is not None and self.age != m.age:
            return False
        if (
            not (self.surname or m.surname)
            and self.noun != m.noun
            and not (self.age is not None and self.age == m.age)
            and not {self.noun, m.noun} & GENERIC_NOUNS
            and not {self.noun, m.noun} <= CHILD_NOUNS
        ):
            return False  # "a boy was killed and his brother was injured": two people
        return not (self.gender and m.gender and self.gender != m.gender)

    def absorb(self, m: _Entry) -> None:
        if m.given and not self.given:  # "Jimenez died" then "Moises Jimenez": the fuller name
            self.name, self.description = m.name, m.description
        self.name = self.name or m.name
        if self.name == m.name or (not self.name and len(m.description) > len(self.description)):
            self.description = self.description if self.name else m.description
        if self.role == "victim" and m.role != "victim":
            self.role = m.role
        self.statuses |= m.statuses
        for status, sources in m.told_by.items():
            self.told_by.setdefault(status, set()).update(sources)
        self.age = self.age if self.age is not None else m.age
        self.gender = self.gender or m.gender
        self.sources |= m.sources
        self.evidence.extend(m.evidence)
        self.first_sentence = min(self.first_sentence, m.first_sentence)
        self.aimed_at = min(self.aimed_at, m.aimed_at)

    def casualty_status(self) -> str | None:
        return "killed" if "killed" in self.statuses else "injured" if "injured" in self.statuses else None

    def person_casualty(self) -> str | None:
        """The casualty status of one person counted one by one; a group's is in the counts."""
        return None if self.group else self.casualty_status()


def given_alone(short: _Entry, full: _Entry) -> bool:
    """ "Lina" of "Lina Marsh": news names a child by given name on second reference, so a
    one-word name that is the given name of a full name is that person."""
    return short.given is None and full.given is not None and short.surname == full.given


#: Two spellings of one given name are this alike at least ("Jamie", "Jaime"; "Deorah", "Deborah").
GIVEN_NAME_LIKENESS = 0.5


def given_names_clash(a: str | None, b: str | None) -> bool:
    """Two given names of different people: neither a short form of the other ("Rob", "Robert")
    nor a variant spelling of it."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return False
    return SequenceMatcher(None, a, b).ratio() < GIVEN_NAME_LIKENESS


def _entry(m: ParticipantMention) -> _Entry:
    name = m.name
    return _Entry(
        name=name,
        description=m.description,
        role=m.role,
        statuses={m.status},
        age=m.age,
        gender=m.gender,
        sources={m.evidence.source},
        evidence=[m.evidence],
        # being aimed at or spared puts no one in the lead's count: "X survived an attack" first,
        # "sources said he had suffered minor injuries" in the ninth sentence
        first_sentence=m.sentence if m.status not in OTHER_STATUSES else NOT_IN_THE_LEAD,
        noun=head_noun(m.description),
        group=m.group,
        told_by={m.status: {m.evidence.source}},
        aimed_at=m.sentence if m.status in OTHER_STATUSES else NOT_IN_THE_LEAD,
    )


def head_noun(description: str) -> str:
    """The last word of a description, "old" for "a 2-year-old": what kind of person it is."""
    words = fold(description)
    return words[-1].split("-")[-1] if words else ""


def source_entries(mentions: list[ParticipantMention]) -> list[_Entry]:
    """One entry per person in one source's mentions, in text order."""
    entries: list[_Entry] = []
    for m in sorted(mentions, key=lambda m: m.evidence.start):
        new = _entry(m)
        fresh = (
            any(w in NEW_PERSON_WORDS for w in fold(m.description))
            and m.name is None
            and not any(x.start == m.evidence.start for e in entries for x in e.evidence)
        )
        target = None if fresh else _best_fit(entries, new)
        if target is None:
            entries.append(new)
        else:
            target.absorb(new)
    return _paired(entries)


def _best_fit(entries: list[_Entry], new: _Entry) -> _Entry | None:
    """The entry a mention is most likely about: a named match first, else the latest that fits."""
    if new.surname:
        named = [e for e in entries if e.named_as(new)]
        if named:
            return named[-1]
        unnamed = [e for e in entries if e.surname is None and e.fits(new) and _descr_fits(e, new)]
        return unnamed[-1] if unnamed else None
    fitting = [e for e in entries if e.fits(new)]
    return fitting[-1] if fitting else None


def _descr_fits(unnamed: _Entry, named: _Entry) -> bool:
    """A described person takes a name only when age or gender agree positively, or when the
    article itself gave the description that name ("The driver was identified as Emily Hart":
    the named mention carries the description it names)."""
    return (
        (unnamed.age is not None and unnamed.age == named.age)
        or (unnamed.gender is not None and unnamed.gender == named.gender and named.age is None)
        or (named.description == unnamed.description and named.description != named.name)
    )


def _paired(entries: list[_Entry]) -> list[_Entry]:
    """The lede's described victim and the name the story gives later are one person when they
    are the only pair that fits: "a 14-year-old boy was killed ... Gabriel Mejia died". A name
    that already took a description ("The driver was identified as Emily Hart") is paired."""
    out = list(entries)
    for unnamed in [e for e in entries if e.surname is None and e.person_casualty() is not None]:
        named = [e for e in out if e.surname and e.description == e.name and _same_hurt(unnamed, e)]
        if len(named) != 1:
            continue
        rivals = [e for e in out if e.surname is None and _same_hurt(e, named[0])]
        if rivals == [unnamed]:
            named[0].absorb(unnamed)
            out.remove(unnamed)
    return out


def _same_hurt(unnamed: _Entry, named: _Entry) -> bool:
    return (
        unnamed.casualty_status() is not None and named.casualty_status() is not None and unnamed.fits(named)
    )


def merged_entries(by_source: dict[str, list[_Entry]]) -> list[_Entry]:
    """The entries of all sources as one list: named people by surname, described ones into a
    named or described entry that fits."""
    merged: list[_Entry] = []
    for source in sorted(by_source):
        for e in by_source[source]:
            target = next((m for m in merged if m.named_as(e)), None)
            if target is None and e.surname is None:
                target = next((m for m in merged if m.fits(e) and _same_fate(m, e)), None)
            if target is None:
                merged.append(
                    _Entry(e.name, e.description, e.role, set(e.statuses), e.age, e.gender, group=e.group)
                )
                target = merged[-1]
                target.noun = e.noun if e.group else ""
                target.first_sentence = e.first_sentence
                target.sources, target.evidence = set(), []
            target.absorb(e)
    return merged


def _same_fate(a: _Entry, b: _Entry) -> bool:
    return a.casualty_status() == b.casualty_status()


def reconcile_participants(
    docs: list[DocFacts], people: list[Person]
) -> tuple[list[Participant], dict[str, list[_Entry]]]:
    """The participants of the record, and each source's entries (for the casualty figures)."""
    by_source = {d.source.id: source_entries(list(d.participants)) for d in docs if d.participants}
    merged = merged_entries(by_source)
    merged.sort(key=lambda e: (-len(e.sources), -len(e.evidence), e.name or "~", e.description))
    surnames = {w: p.id for p in reversed(people) for n in (p.name, *p.aliases) for w in fold(n)[-1:]}
    out = []
    for i, e in enumerate(merged, start=1):
        out.append(
            Participant(
                id=f"participant-{i}",
                name=e.name,
                description=e.description,
                role=e.role,
                status=_statuses(e.statuses, e.told_by),
                age=e.age,
                gender=e.gender,
                person=surnames.get(e.surname or ""),
                sources=tuple(sorted(e.sources)),
                evidence=tuple(
                    sorted(set(e.evidence), key=lambda x: (x.source, x.start, x.end, x.part or ""))
                ),
                group=e.group,
            )
        )
    return out, by_source


def _statuses(statuses: set[str], told_by: dict[str, set[str]]) -> tuple[str, ...]:
    kept = set(statuses)
    if "killed" in kept:
        kept.discard("injured")
    harm = kept & CASUALTY_STATUSES
    if harm and SPARED_STATUS in kept:
        # unhurt against hurt: what more sources tell; a tie to the harm, which one source saw
        hurt_by = {s for h in harm for s in told_by.get(h, set())}
        spared_by = told_by.get(SPARED_STATUS, set())
        kept -= harm if len(spared_by) > len(hurt_by) else {SPARED_STATUS}
    return tuple(s for s in (*STATUS_ORDER, *OTHER_STATUSES) if s in kept)


# ---------------------------------------------------------------------------------------------
# Casualties


@dataclass(frozen=True)
class _Estimate:
    value: int
    evidence: tuple[Evidence, ...]
    by_role: tuple[tuple[str, int], ...]
    qualifier: str | None
    #: The figure may hold people whose death its source had not yet learnt of: it counts people
    #: shot ("four people were shot") or hurt one by one, not "three others were wounded" nor
    #: "two other people were shot", which leave the dead out.
    fate_open: bool = True
    #: Suspects the source says died only after its lead ("the gunman later killed himself"):
    #: its figure may count them (a headline's "3 dead") or not, so it reads both ways.
    late_suspects: int = 0

    late_evidence: tuple[Evidence, ...] = ()

    def readings(self) -> tuple[int, ...]:
        return (self.value, self.value + self.late_suspects) if self.late_suspects else (self.value,)

    def read_as(self, value: int) -> _Estimate:
        """This figure with its late-told suspects counted, when that is the chosen reading."""
        if not self.late_suspects or value != self.value + self.late_suspects:
            return self
        roles = dict(self.by_role)
        roles["suspect"] = roles.get("suspect", 0) + self.late_suspects
        return replace(
            self,
            value=value,
            evidence=self.evidence + self.late_evidence,
            by_role=tuple(sorted(roles.items())),
            qualifier=None,
            late_suspects=0,
        )


def casualties(
    docs: list[DocFacts],
    by_source: dict[str, list[_Entry]],
    counts: list[Count],
    participants: list[Participant],
    dates: dict[str, str | None],
    copies: dict[str, str],
    *,
    running: bool = False,
) -> Casualties:
    """The event's dead and injured; `running` for a kind whose toll grows over days and is told
    as a running total anywhere in a story (`lexicon.EventKind.running_toll`)."""
    killed = casualty("killed", docs, by_source, counts, participants, dates, copies, running=running)
    dead = int(killed.value) if killed is not None and isinstance(killed.value, float) else 0
    injured = casualty(
        "injured", docs, by_source, counts, participants, dates, copies, dead=dead, running=running
    )
    return Casualties(killed=killed, injured=injured)


def casualty(
    kind: str,
    docs: list[DocFacts],
    by_source: dict[str, list[_Entry]],
    counts: list[Count],
    participants: list[Participant],
    dates: dict[str, str | None],
    copies: dict[str, str],
    *,
    dead: int = 0,
    running: bool = False,
) -> CountFact | None:
    """The number killed (or injured) in the incident: each source's estimate, then the figure
    the fitted toll model (`reconcile.tolls`) chooses among them. For the injured, `dead` is the
    record's number killed: a source that knows of fewer deaths counts among its wounded those
    who died later ("was shot" in the first report, "has died" in the next), so its figure drops
    by the deaths it does not know of."""
    estimates = {}
    for d in docs:
        entries = by_source.get(d.source.id, [])
        estimate = source_estimate(kind, list(d.counts), entries)
        if estimate is not None and kind == "injured":
            known = source_estimate("killed", list(d.counts), entries)
            estimate = _without_later_deaths(estimate, dead - (known.value if known is not None else 0))
        if estimate is not None:
            estimates[d.source.id] = estimate
    if not estimates and running and kind == "injured":
        estimates = _late_figure(kind, docs, copies)
    if not estimates:
        return None
    suspect_died = any(
        e.role in SUSPECT_ROLES and e.person_casualty() == "killed" for es in by_source.values() for e in es
    )
    figures = _figures(kind, docs, estimates, dates, copies)
    chosen = tolls.choose(kind, tolls.candidates(figures, running=running, suspect_died=suspect_died))
    if chosen is None:
        return None
    value = chosen.value
    estimates = {s: est.read_as(value) for s, est in estimates.items()}
    by_value: dict[int, list[str]] = defaultdict(list)
    for source, est in sorted(estimates.items()):
        by_value[est.value].append(source)
    state = agreement({v: sorted({copies.get(s, s) for s in ss}) for v, ss in by_value.items()})
    if chosen.features["later"]:
        state = "updated"  # a higher figure that only later sources give supersedes the earlier ones
    claims = tuple(
        _claim(v, by_value[v], estimates, dates) for v in sorted(by_value, key=lambda v: (v != value, v))
    )
    # the breakdown of the source that tells the most of the suspects' fate
    told = sorted((estimates[s] for s in by_value[value]), key=lambda e: -dict(e.by_role).get("suspect", 0))
    roles: dict[str, int] = defaultdict(int)
    for role, n in told[0].by_role:
        roles[role] = n
    persons = tuple(p.id for p in participants if (kind in p.status) and p.role != "")
    return CountFact(
        value=float(value),
        qualifier=told[0].qualifier,
        agreement=state,
        claims=claims,
        sources=tuple(sorted(estimates)),
        ref=_count_ref(kind, claims[0].evidence, counts),
        by_role=tuple(RoleCount(r, n) for r, n in sorted(roles.items()) if n),
        persons=persons,
    )


def _figures(
    kind: str,
    docs: list[DocFacts],
    estimates: dict[str, _Estimate],
    dates: dict[str, str | None],
    copies: dict[str, str],
) -> list[tolls.SourceFigure]:
    """Each source's figure as the toll model sees it."""
    stated = {c.evidence: c for d in docs for c in d.counts if c.kind == kind}
    out = []
    for s, est in sorted(estimates.items()):
        count = stated.get(est.evidence[0]) if est.evidence else None
        out.append(
            tolls.SourceFigure(
                source=s,
                value=est.value,
                readings=est.readings(),
                group=copies.get(s, s),
                date=dates.get(s),
                suspects=dict(est.by_role).get("suspect", 0),
                headline=count is not None and count.headline,
                counted=count is not None,
                lead=count is not None and count.sentence == 0 and not count.headline,
            )
        )
    return out


#: Independent sources that must give one figure past their leads for it to be the event's.
LATE_AGREEMENT = 2


def _late_figure(kind: str, docs: list[DocFacts], copies: dict[str, str]) -> dict[str, _Estimate]:
    """For a toll told as a running total, when no source gives a figure of the injured in its
    lead: the figure sources repeat further down ("the riots have left at least 70 people
    injured" deep in a story of the protests) is the event's; a figure one source alone gives
    there may be another incident's. The dead are the lead's news in every kind of story: dead
    told only further down are an earlier incident's ("a protester was killed last week"), and a
    crime's wounded told late are a tally, the victims described again, or another incident
    (measured on local crime news and on the sample articles)."""
    by_value: dict[float, list[CountMention]] = defaultdict(list)
    for d in docs:
        for c in d.counts:
            if (
                c.kind == kind
                and c.value > 0
                and not (c.share or c.elsewhere or c.headline)
                and c.head not in SUSPECT_HEADS
                and c.head not in NOT_PEOPLE
            ):
                by_value[c.value].append(c)
    backed = {
        v: len({copies.get(c.evidence.source, c.evidence.source) for c in cs}) for v, cs in by_value.items()
    }
    agreed = [v for v in backed if backed[v] >= LATE_AGREEMENT]
    best = min(agreed, key=lambda v: (-backed[v], v), default=None)
    if best is None:
        return {}
    first: dict[str, CountMention] = {}
    for c in sorted(by_value[best], key=lambda c: (c.evidence.source, c.evidence.start)):
        first.setdefault(c.evidence.source, c)
    return {
        s: _Estimate(int(c.value), (c.evidence,), (("victim", int(c.value)),), c.qualifier, fate_open=False)
        for s, c in first.items()
    }


def _without_later_deaths(estimate: _Estimate, unknown_deaths: int) -> _Estimate | None:
    """An injured figure less the deaths its source does not know of; None when none is left."""
    if unknown_deaths <= 0 or not estimate.fate_open:
        return estimate
    value = estimate.value - unknown_deaths
    if value <= 0:
        return None
    return _Estimate(value, estimate.evidence, estimate.by_role, estimate.qualifier)


def _claim(
    value: int, sources: list[str], estimates: dict[str, _Estimate], dates: dict[str, str | None]
) -> Claim:
    evidence = sorted(
        {e for s in sources for e in estimates[s].evidence},
        key=lambda e: (e.source, e.start, e.end, e.part or ""),
    )
    known = [d for s in sources if (d := dates.get(s))]
    return Claim(
        value=float(value),
        qualifier=estimates[sources[0]].qualifier,
        sources=tuple(sorted(sources)),
        evidence=tuple(evidence),
        date=max(known) if known else None,
    )


def _count_ref(kind: str, evidence: tuple[Evidence, ...], counts: list[Count]) -> str | None:
    wanted = set(evidence)
    for count in counts:
        if count.kind == kind and any(e in wanted for c in count.claims for e in c.evidence):
            return count.id
    return None


def source_estimate(kind: str, counts: list[CountMention], entries: list[_Entry]) -> _Estimate | None:
    """One source's figure: the larger of its explicit total of victims and the victims it
    names or describes one by one, plus the suspects it says were killed or hurt."""
    explicit = [
        c
        for c in counts
        if c.kind == kind and c.sentence < LEAD_SENTENCES and not c.share and not c.elsewhere
    ]
    people = [e for e in entries if e.person_casualty() == kind and e.first_sentence < _window(e)]
    late = [
        e
        for e in entries
        if e.person_casualty() == kind and e.role in SUSPECT_ROLES and e.first_sentence >= _window(e)
    ]
    # "a man who shot two coworkers later died": that one is the shooter, not a victim
    shooters = {x.start for e in people if e.role in SUSPECT_ROLES for x in e.evidence}
    victims = [
        c
        for c in explicit
        if c.head not in SUSPECT_HEADS and c.head not in NOT_PEOPLE and c.evidence.start not in shooters
    ]
    # The lead's own total; a headline's figure only when the body gives none (issue 22); a
    # zero only when the lead gives no figure ("no one else was hurt" adds none to the victims).
    best = min(victims, key=lambda c: (c.headline, c.value == 0, c.evidence.start), default=None)
    others = [e for e in people if e.role not in SUSPECT_ROLES]
    suspects = [e for e in people if e.role in SUSPECT_ROLES]
    total = int(best.value) if best is not None else 0
    if best is None and not people:
        none = _no_one_hurt(kind, counts)
        if none is not None:
            return none
        if kind != "injured":
            return None
        return _late_wounded(counts, entries) or _late_wounded_suspect(late)
    if best is not None and best.wounding and kind == "injured" and not _beside_the_dead(best):
        # "three people were stabbed" holds the victims who died, not an attacker who killed
        # himself; "two other people were shot" holds neither
        dead = source_estimate("killed", counts, entries)
        dead_victims = dead.value - dict(dead.by_role).get("suspect", 0) if dead is not None else 0
        total = max(0, total - dead_victims)
    from_people = len(others)
    victims_n = max(total, from_people)
    roles: dict[str, int] = defaultdict(int)
    for e in others:
        roles[e.role] += 1
    if victims_n > from_people:
        roles["victim"] += victims_n - from_people
    roles["suspect"] += len(suspects)
    evidence = tuple([best.evidence] if best is not None else []) + tuple(
        x for e in people for x in e.evidence[:1]
    )
    return _Estimate(
        value=victims_n + len(suspects),
        evidence=evidence,
        by_role=tuple(sorted(roles.items())),
        qualifier=best.qualifier if best is not None and victims_n == total else None,
        fate_open=(best is None or victims_n > total or not _beside_the_dead(best)) and victims_n > 0,
        late_suspects=min(len(late), 1) if not suspects else 0,
        late_evidence=tuple(x for e in late[:1] for x in e.evidence[:1]),
    )


def _no_one_hurt(kind: str, counts: list[CountMention]) -> _Estimate | None:
    """A source that gives no figure of a fate but says no one met a milder one: "no one was
    hurt" says no one was killed either (`lexicon.ZERO_COVERS`). A zero of the others ("no one
    else was injured") says so only beside the victims the source counts, which it has none of
    here, so it rules out none."""
    zero = min(
        (
            c
            for c in counts
            if c.value == 0
            and kind in ZERO_COVERS.get(c.kind, frozenset())
            and c.sentence < LEAD_SENTENCES
            and not c.elsewhere
            and not _beside_the_dead(c)
        ),
        key=lambda c: c.evidence.start,
        default=None,
    )
    if zero is None:
        return None
    return _Estimate(value=0, evidence=(zero.evidence,), by_role=(), qualifier=None, fate_open=False)


def _late_wounded(counts: list[CountMention], entries: list[_Entry]) -> _Estimate | None:
    """A source whose lead tells of a death but of no wounded, and describes wounded one by one
    a little further down ("the trooper was hit in the arm" in the sixth sentence after "a suspect
    was killed"), counts them when they cannot be its dead told again: its only dead are
    suspects, or it marks the person as another ("another child was hospitalized", "a fourth man
    suffered a wound"). A victim the lead says died is often "shot" again further down under a
    name the lead did not give; and a lead that tells of no harm at all (an escape, a coach
    dismissed) is a story whose later wounded are background ("he had stabbed his wife")."""
    dead = source_estimate("killed", counts, entries)
    if dead is None:
        return None
    only_suspects_died = dead.value <= dict(dead.by_role).get("suspect", 0)
    wounded = [
        e
        for e in entries
        if e.person_casualty() == "injured"
        and e.role not in SUSPECT_ROLES
        and e.aimed_at >= e.first_sentence  # "X survived an attack" first, "he suffered minor injuries" later
        and e.first_sentence < LATE_WOUNDED_SENTENCES
        and (only_suspects_died or any(w in NEW_PERSON_WORDS for w in fold(e.description)))
    ]
    if not wounded:
        return None
    return _Estimate(
        value=len(wounded),
        evidence=tuple(e.evidence[0] for e in wounded),
        by_role=tuple(sorted(Counter(e.role for e in wounded).items())),
        qualifier=None,
    )


def _late_wounded_suspect(late: list[_Entry]) -> _Estimate | None:
    """A source that gives no wounded in its lead, but tells later of a suspect wounded ("she
    then turned the gun on herself and was treated at a hospital"), counts that suspect. (Not so
    for the dead: a source tells its toll of dead in its lead, so a death told late alone is no
    figure of its.)"""
    if not late:
        return None
    return _Estimate(value=1, evidence=tuple(late[0].evidence[:1]), by_role=(("suspect", 1),), qualifier=None)


def _beside_the_dead(count: CountMention) -> bool:
    """ "three others were wounded", "two other people": a count that leaves out the dead."""
    return any(w in ("other", "others") for w in count.subject.lower().split())

"""The event's kind: one name of `lexicon.EVENT_KINDS` chosen from every source's lead.

Each source leads with what happened: its headline, then its first sentences. A word that is
the clause's main matter ("Ex-mayor *sentenced* for fraud") says more than one in the
background ("sentenced for *the shooting*"), and a generic word ("died", "attack") yields to a
specific one in the same sentence ("died after a *shooting*"). Each source votes for its
strongest kind; the event's kind is the one most sources vote for (copies of one story vote
once). No source naming any kind gives no kind, and then every decision that depends on it
keeps its default.

`toll` is the chosen kind's: a verdict, a death from illness or a deal has no toll of its
own, and the dead its story recalls belong to an earlier crime. An arrest or a charge keeps
the toll of the crime it follows (the same folder reports both). When at least a third of the
voting sources lead with a kind that has a toll (some with the trial, others with the
shooting), the toll is kept too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from ..lexicon import EVENT_KINDS, KINDS_BY_NAME
from ..records import DocFacts, Evidence, KindFact, KindMention
from .agreement import agreement

#: How much a word counts by where it stands: the headline, the lead sentence, the next ones.
POSITION_WEIGHT = {"headline": 3.0, 0: 2.0, 1: 1.0, 2: 1.0}
#: What a word in the background of its clause ("for the shooting") counts, against 1 for the main matter.
BACKGROUND_WEIGHT = 0.4
#: A kind without a toll still keeps the event's toll when this share of the voting sources
#: lead with a kind that has one: the trial's story and the shooting's are one folder.
TOLL_SHARE = 1 / 3
_ORDER = {k.name: i for i, k in enumerate(EVENT_KINDS)}


def developments(kind: KindFact | None) -> frozenset[str]:
    """The kinds of date that are the event's own for its kind (`EventKind.developments`): the
    day of an arrest, a verdict or a protest, not a later development of a crime."""
    return frozenset(KINDS_BY_NAME[kind.value].developments) if kind is not None else frozenset()


def event_kind(docs: list[DocFacts], copies: Mapping[str, str]) -> KindFact | None:
    """The kind most sources lead with, or None when no source names one."""
    votes: dict[str, list[str]] = defaultdict(list)
    totals: dict[str, float] = defaultdict(float)
    evidence: dict[str, list[Evidence]] = defaultdict(list)
    for d in docs:
        scores = source_scores(d.kinds)
        if not scores:
            continue
        best = min(scores, key=lambda k: (-scores[k], _ORDER[k]))
        votes[best].append(d.source.id)
        for kind, score in scores.items():
            totals[kind] += score
        evidence[best].extend(_strongest(d.kinds, best))
    if not votes:
        return None

    def independent(kind: str) -> int:
        return len({copies.get(s, s) for s in votes[kind]})

    ranked = sorted(votes, key=lambda k: (-independent(k), -totals[k], _ORDER[k]))
    value = ranked[0]
    return KindFact(
        value=value,
        toll=KINDS_BY_NAME[value].toll or _toll_share(votes, copies) >= TOLL_SHARE,
        agreement=agreement({k: sorted({copies.get(s, s) for s in v}) for k, v in votes.items()}),
        sources=tuple(sorted(votes[value])),
        evidence=tuple(sorted(evidence[value], key=lambda e: (e.source, e.part or "", e.start))),
        others=tuple(ranked[1:]),
    )


def _toll_share(votes: Mapping[str, list[str]], copies: Mapping[str, str]) -> float:
    voters = {copies.get(s, s) for v in votes.values() for s in v}
    tolled = {copies.get(s, s) for k, v in votes.items() if KINDS_BY_NAME[k].toll for s in v}
    return len(tolled) / len(voters) if voters else 0.0


def source_scores(mentions: tuple[KindMention, ...]) -> dict[str, float]:
    """Each kind's weight in one source's headline and lead."""
    by_sentence: dict[object, list[KindMention]] = defaultdict(list)
    for m in mentions:
        by_sentence["headline" if m.headline else m.sentence].append(m)
    scores: dict[str, float] = defaultdict(float)
    # a generic word yields to a specific one in its sentence, and to one the lead gives as its
    # main matter: "Ten killed as minibus hits truck" over "A minibus collided with a truck"
    lead_specific = any(
        not KINDS_BY_NAME[m.kind].generic and m.core and (m.headline or m.sentence in POSITION_WEIGHT)
        for m in mentions
    )
    for where, found in by_sentence.items():
        specific = lead_specific or any(not KINDS_BY_NAME[m.kind].generic for m in found)
        for m in found:
            if specific and KINDS_BY_NAME[m.kind].generic:
                continue
            scores[m.kind] += POSITION_WEIGHT.get(where, 0.0) * (1.0 if m.core else BACKGROUND_WEIGHT)
    return dict(scores)


def _strongest(mentions: tuple[KindMention, ...], kind: str) -> list[Evidence]:
    """The evidence of a source's vote: its first word of that kind in the headline, or else in the lead."""
    same = [m for m in mentions if m.kind == kind]
    same.sort(key=lambda m: (not m.headline, not m.core, m.sentence, m.evidence.start))
    return [same[0].evidence] if same else []

"""Merge the same quote across sources and link each speaker to a person or organization.

Outlets trim, re-punctuate and re-translate quotes, so two quotes are the same when their
words match closely (rapidfuzz's token-set ratio) or one is a long enough stretch of the other
(partial ratio). Speakers are linked by name, by a surname that fits one person, or by a role
("the prime minister") that matches one person's title.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from ..lexicon import TITLE_ABBREVIATIONS
from ..records import Conflict, Person, Quote, QuoteMention, QuoteVariant, Speaker
from .names import Cluster, find_person, fold, name_index

SAME_QUOTE = 85.0
SAME_STRETCH = 90.0
#: For one speaker's quotes: translations of one quote measured 75 to 81 (token-set ratio), two
#: different quotes of one speaker at most 49 (tests/reconcile/test_quotes.py).
SAME_SPEAKER_VARIANT = 65.0
MIN_WORDS_FOR_VARIANT = 8
MAX_CANDIDATES = 25
#: A quote this many words long or more may match as a stretch of a longer one.
MIN_WORDS_FOR_PARTIAL = 5


@dataclass
class _QuoteGroup:
    mentions: list[QuoteMention] = field(default_factory=list)
    key: str = ""


def normalise(text: str) -> str:
    """Words only: case, punctuation and [bracketed] or (parenthesised) insertions removed."""
    text = text.casefold().replace("’", "'").replace("‘", "'")
    text = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", text)
    return " ".join(re.findall(r"[\w']+", text))


def same_quote(a: str, b: str) -> bool:
    """Close wording, or one is a stretch of at least MIN_WORDS_FOR_PARTIAL words of the other."""
    if fuzz.token_set_ratio(a, b) < SAME_QUOTE:
        return False
    if fuzz.ratio(a, b) >= SAME_QUOTE:
        return True
    shorter = min(len(a.split()), len(b.split()))
    return shorter >= MIN_WORDS_FOR_PARTIAL and fuzz.partial_ratio(a, b) >= SAME_STRETCH


def group_quotes(mentions: list[QuoteMention]) -> list[_QuoteGroup]:
    """Group mentions of the same quote. Exact wordings meet in a dict; otherwise only groups
    that share at least two longer words with the quote are compared (an inverted index), so
    the cost follows the overlap, not the square of the number of quotes."""
    groups: list[_QuoteGroup] = []
    exact: dict[str, _QuoteGroup] = {}
    postings: dict[str, list[int]] = defaultdict(list)
    ordered = sorted(mentions, key=lambda m: (-len(m.text), m.evidence.source, m.evidence.start))
    for m in ordered:
        key = normalise(m.text)
        target = exact.get(key) or _similar_group(key, groups, postings)
        if target is None:
            target = _QuoteGroup([], key)
            for word in _index_words(key):
                postings[word].append(len(groups))
            groups.append(target)
        target.mentions.append(m)
        exact.setdefault(key, target)
    return groups


def _index_words(key: str) -> set[str]:
    return {w for w in key.split() if len(w) >= 4}


def _similar_group(key: str, groups: list[_QuoteGroup], postings: dict[str, list[int]]) -> _QuoteGroup | None:
    shared: Counter[int] = Counter()
    for word in _index_words(key):
        shared.update(postings.get(word, ()))
    candidates = sorted((i for i, n in shared.items() if n >= 2), key=lambda i: (-shared[i], i))
    return next((groups[i] for i in candidates[:MAX_CANDIDATES] if same_quote(key, groups[i].key)), None)


@dataclass
class SpeakerIndex:
    people: list[Cluster]
    person_records: list[Person]
    organizations: list[Cluster]
    organization_ids: list[str]
    _links: dict[tuple[str, str], Speaker] = field(default_factory=dict)
    _org_index: dict[tuple[str, ...], int] | None = None
    _people_index: dict[tuple[str, ...], int] | None = None
    _refs: frozenset[str] | None = None
    _folded: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def link(self, name: str, kind: str) -> Speaker:
        """The entity a speaker name refers to (cached: the same names come back in every source)."""
        cached = self._links.get((name, kind))
        if cached is None:
            cached = self._links[(name, kind)] = self._link(name, kind)
        return cached

    def _link(self, name: str, kind: str) -> Speaker:
        if kind == "role":
            person = self._by_title(name)
            if person is not None:
                return Speaker(person.name, person.id)
        if self._people_index is None:
            self._people_index = name_index(self.people)
        position = find_person(name, self.people, self._people_index)
        if position is not None:
            record = self.person_records[position]
            return Speaker(record.name, record.id)
        if self._org_index is None:
            self._org_index = name_index(self.organizations)
        org = self._org_index.get(fold(name))
        if org is not None:
            return Speaker(self.organizations[org].canonical(), self.organization_ids[org])
        return Speaker(name, None)

    def refs(self) -> frozenset[str]:
        """The ids a speaker can link to (built once: every pair of speaker keys asks)."""
        if self._refs is None:
            self._refs = frozenset(p.id for p in self.person_records) | frozenset(self.organization_ids)
        return self._refs

    def folded_names(self, ref: str) -> tuple[str, ...]:
        """Every word of every spelling of the person or organization `ref` (cached: every pair of
        speaker keys asks)."""
        cached = self._folded.get(ref)
        if cached is None:
            cached = self._folded[ref] = self._folded_names(ref)
        return cached

    def _folded_names(self, ref: str) -> tuple[str, ...]:
        for record in self.person_records:
            if record.id == ref:
                return tuple(w for n in (record.name, *record.aliases) for w in fold(n))
        for org_cluster, org_id in zip(self.organizations, self.organization_ids, strict=False):
            if org_id == ref:
                return fold(org_cluster.canonical())
        return ()

    def _by_title(self, role: str) -> Person | None:
        wanted = _expand_title(role)
        holders = [
            p for p in self.person_records if any(wanted and wanted in _expand_title(t) for t in p.titles)
        ]
        if not holders:
            return None
        return max(holders, key=lambda p: (len(p.sources), p.mentions, p.name))


def merge_variants(groups: list[_QuoteGroup], speakers: SpeakerIndex) -> list[_QuoteGroup]:
    """Join groups that are translations or loose renderings of one quote: the same linked
    speaker and wording at least SAME_SPEAKER_VARIANT alike."""
    refs = [_speaker_of(g, speakers) for g in groups]
    merged: list[tuple[_QuoteGroup, str | None]] = []
    for group, speaker in zip(groups, refs, strict=True):
        ref = speaker.ref if speaker is not None else None
        target = next(
            (g for g, r in merged if ref is not None and r == ref and _variants(g.key, group.key)), None
        )
        if target is None:
            merged.append((group, ref))
        else:
            target.mentions.extend(group.mentions)
    return [g for g, _ in merged]


def _variants(a: str, b: str) -> bool:
    if min(len(a.split()), len(b.split())) < MIN_WORDS_FOR_VARIANT:
        return False  # short quotes of one speaker share words by chance
    return fuzz.token_set_ratio(a, b) >= SAME_SPEAKER_VARIANT


def _expand_title(title: str) -> str:
    """A title as comparable words, abbreviations written out: "Gov." -> "governor", and
    "the prime minister" -> "prime minister"."""
    words = re.findall(r"[^\W_]+", title.casefold().replace(".", ""))
    return " ".join(
        TITLE_ABBREVIATIONS.get(w, w) for w in words if w not in ("the", "a", "an", "his", "her", "its")
    )


def reconcile_quotes(mentions: list[QuoteMention], speakers: SpeakerIndex) -> list[Quote]:
    return reconcile_quotes_and_conflicts(mentions, speakers)[0]


def reconcile_quotes_and_conflicts(
    mentions: list[QuoteMention], speakers: SpeakerIndex
) -> tuple[list[Quote], list[Conflict]]:
    """The quotes, and a conflict wherever sources give the same words to different people."""
    groups, disputes = split_by_speaker(merge_variants(group_quotes(mentions), speakers), speakers)
    built = [(_quote(g, speakers), id(g)) for g in groups]
    built.sort(key=lambda b: (-len(b[0].sources), b[0].evidence[0].source, b[0].evidence[0].start))
    quotes = [replace(q, id=f"quote-{i}") for i, (q, _) in enumerate(built, start=1)]
    ids = {key: q.id for q, (_, key) in zip(quotes, built, strict=True)}
    by_id = {q.id: q for q in quotes}
    conflicts = [
        _speaker_conflict(by_id[ids[id(a)]], by_id[ids[id(b)]], a, b)
        for a, b in disputes
    ]  # fmt: skip
    return quotes, sorted(conflicts, key=lambda c: (c.ref, c.description))


def split_by_speaker(
    groups: list[_QuoteGroup], speakers: SpeakerIndex
) -> tuple[list[_QuoteGroup], list[tuple[_QuoteGroup, _QuoteGroup]]]:
    """Sources that give the same words to different named people are not merged into one quote:
    each speaker keeps an entry with its own evidence, and each pair is reported. Mentions with
    no named speaker ("he", "the ministry") join the speaker most sources name."""
    out: list[_QuoteGroup] = []
    disputes: list[tuple[_QuoteGroup, _QuoteGroup]] = []
    for group in groups:
        parts = _by_named_speaker(group, speakers)
        if len(parts) <= 1:
            out.append(group)
            continue
        split = [_QuoteGroup(members, group.key) for members in parts]
        split[0].mentions.extend(m for m in group.mentions if _named_key(m, speakers) is None)
        out.extend(split)
        disputes.extend((split[0], other) for other in split[1:])
    return out, disputes


def _named_key(mention: QuoteMention, speakers: SpeakerIndex) -> tuple[str, ...] | None:
    if mention.speaker is None or mention.speaker.kind != "name":
        return None
    linked = speakers.link(mention.speaker.name, mention.speaker.kind)
    return (linked.ref,) if linked.ref is not None else fold(mention.speaker.name)


def _by_named_speaker(group: _QuoteGroup, speakers: SpeakerIndex) -> list[list[QuoteMention]]:
    """The group's named mentions, one list per speaker, most sources first. Unlinked names that
    share a word with another speaker's ("Newsom", "Gavin Newsom") count as that speaker."""
    parts: dict[tuple[str, ...], list[QuoteMention]] = {}
    # A key joins the first part it overlaps, and parts only grow at the end, so the part a key
    # joined stays the first it overlaps: each distinct key is compared once, not once per
    # mention (one wording can be quoted by thousands of sources).
    joins: dict[tuple[str, ...], tuple[str, ...]] = {}
    for m in sorted(group.mentions, key=lambda m: (m.evidence.source, m.evidence.start)):
        key = _named_key(m, speakers)
        if key is None:
            continue
        same = joins.get(key)
        if same is None:
            same = joins[key] = next((k for k in parts if k == key or _overlapping(k, key, speakers)), key)
        parts.setdefault(same, []).append(m)
    return sorted(
        parts.values(), key=lambda ms: (-len({m.evidence.source for m in ms}), ms[0].evidence.source)
    )


def _overlapping(a: tuple[str, ...], b: tuple[str, ...], speakers: SpeakerIndex) -> bool:
    linked = [k for k in (a, b) if len(k) == 1 and k[0] in speakers.refs()]
    if len(linked) == 2:
        return False  # two different people or bodies
    words = [set(_names_of(k, speakers)) for k in (a, b)]
    return bool(words[0] & words[1])


def _names_of(key: tuple[str, ...], speakers: SpeakerIndex) -> tuple[str, ...]:
    if len(key) == 1 and key[0] in speakers.refs():
        return speakers.folded_names(key[0])
    return key


def _speaker_conflict(first: Quote, other: Quote, a: _QuoteGroup, b: _QuoteGroup) -> Conflict:
    def who(quote: Quote) -> str:
        return quote.speaker.name if quote.speaker is not None else "nobody named"

    said = [
        m.speaker.evidence
        for m in (*a.mentions, *b.mentions)
        if m.speaker is not None and m.speaker.kind == "name"
    ]
    evidence = sorted(
        {*said, *first.evidence, *other.evidence}, key=lambda e: (e.source, e.start, e.end, e.part or "")
    )
    words = first.text if len(first.text) <= 60 else first.text[:57] + "..."
    description = (
        f"sources disagree on who said \u201c{words}\u201d: {who(first)} ({', '.join(first.sources)}), "
        f"{who(other)} ({', '.join(other.sources)}, {other.id})"
    )
    return Conflict(first.id, "speaker", description, tuple(evidence))


def _speaker_of(group: _QuoteGroup, speakers: SpeakerIndex) -> Speaker | None:
    """The speaker most mentions link to, preferring one that links to an entity."""
    linked = Counter(
        speakers.link(m.speaker.name, m.speaker.kind) for m in group.mentions if m.speaker is not None
    )
    return min(linked, key=lambda s: (s.ref is None, -linked[s], s.name)) if linked else None


def _quote(group: _QuoteGroup, speakers: SpeakerIndex) -> Quote:
    texts = Counter(m.text for m in group.mentions)
    full = [m for m in group.mentions if not m.partial] or group.mentions
    text = min({m.text for m in full}, key=lambda t: (-texts[t], -len(t), t))
    speaker = _speaker_of(group, speakers)
    cues = Counter(m.cue for m in group.mentions if m.cue)
    variants = sorted(
        {QuoteVariant(m.text, m.evidence.source) for m in group.mentions if m.text != text},
        key=lambda v: (v.source, v.text),
    )
    return Quote(
        id="",
        text=text,
        speaker=speaker,
        cue=min(cues, key=lambda c: (-cues[c], c)) if cues else None,
        partial=all(m.partial for m in group.mentions),
        sources=tuple(sorted({m.evidence.source for m in group.mentions})),
        variants=tuple(variants),
        evidence=tuple(
            sorted(
                (m.evidence for m in group.mentions), key=lambda e: (e.source, e.start, e.end, e.part or "")
            )
        ),
    )

"""Cluster name mentions from all sources into people, organizations and places.

Names in news vary: "Kadhimi", "al-Kadhimi", "Mr al-Kadhimi", the misspelt "Al-Khadimi";
"U.N. Security Council" and "United Nations Security Council". Names are folded (case,
diacritics, honorifics, the Arabic article, possessives), then compared within blocks that share
a first letter, with rapidfuzz for spelling variants. A surname alone joins a full name only when
exactly one full name fits. A name's kind (person, organization, place) is decided by all its
mentions together, because NER labels the same name differently from one sentence to the next.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from ..extract.patterns import STREET_SUFFIXES
from ..extract.repairs import (
    ANY_ORG_ENDINGS,
    BODY_HEADS,
    BODY_PATTERNS,
    COMPANY_WORDS,
    FOLDER_DROPS,
    NAME_PARTICLES,
    TAGGED_AS_A_THING,
    THING_DROPS,
)
from ..lexicon import (
    BROADCAST_BANDS,
    COMPASS_ADJECTIVES,
    COMPASS_POINTS,
    LEGAL_FORMS,
    MASTHEAD_WORDS,
    NAME_SUFFIXES,
)
from ..records import DroppedEntity, EntityMention, Evidence

if TYPE_CHECKING:
    from nicknames import NickNamer

#: rapidfuzz ratio, measured on transliteration pairs (Kadhimi/Khadimi 85.7, Wale/Walae 88.9,
#: Muqtada/Muktada 85.7) against different surnames (Sadr/Salih 44, Johnson/Jackson 57): see
#: tests/reconcile/test_names.py. Pairs just under it (Alaaldin/Aladdin 80) still match when
#: their consonant skeletons agree.
SURNAME_SIMILARITY = 84.0
SKELETON_SIMILARITY = 75.0
FIRST_NAME_SIMILARITY = 80.0
#: For names spelt differently in both parts, in different articles: Adam/Aram 75, Jon/John 86.
MISSPELT_FIRST_NAME_SIMILARITY = 70.0
ORG_SIMILARITY = 92.0
#: Votes on a name's kind: a dateline says plainly where the story was filed; a headline's NER,
#: without the context a body gives, counts a third as much as a body mention.
DATELINE_VOTES = 9
BODY_VOTES = 3
HEADLINE_VOTES = 1
#: Smallest town whose name outvotes the NER's person or organization: smaller places are named
#: like common words and bodies ("Congress", a town of 2,000).
OUTVOTED_TOWN_POPULATION = 10_000
DOMINANCE = 2  # times as many mentions as the next person of that surname
#: News style names a child by first name on second reference, an adult by surname: a lone
#: surname shared by a child and an adult of the story is the adult's.
ADULT_AGE = 18
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul)[-‐‑](?=\w)")
TITLE_WORDS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "sir", "president", "prime", "minister", "sheikh", "sayyid", "gen",
        "general", "king", "queen", "prince", "pope", "senator", "sen", "rep", "gov", "governor",
        "mayor", "judge", "justice", "officer", "sgt", "lt", "capt", "col", "det", "chief", "cleric",
        "deputy", "sergeant", "detective", "cpl", "corporal", "trooper", "agent", "magistrate", "sheriff",
        "captain", "lieutenant", "maj", "major", "spokesman", "spokeswoman", "pastor", "victim", "victims",
    }
)  # fmt: skip
#: The rule that finds a club's or a force's name by its plural noun: "Ardmore Bulldogs".
PLURAL_BODY = BODY_PATTERNS[0].name
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-"})


#: A site's name written as its address: "Kestrelwire.com" is "Kestrelwire".
_WEB_DOMAIN = re.compile(r"(?<=\w)\.(?:com|net|org)$")


def fold(name: str) -> tuple[str, ...]:
    """The comparable tokens of a name: "Mr al-Kadhimi's" -> ("kadhimi",)."""
    return _folded(name)[0]


def generational_suffix(name: str) -> str | None:
    """The generational suffix that `fold` leaves out of a name: "Ike Varn Sr." -> "sr"."""
    return _folded(name)[1]


@lru_cache(maxsize=65536)
def _folded(name: str) -> tuple[tuple[str, ...], str | None]:
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"'s$|'$", "", text.strip())
    text = re.sub(r"^(?:the|pro)[\s-]+", "", text)
    text = _WEB_DOMAIN.sub("", text)
    text = text.replace(".", "").replace("'", "")
    tokens = [ARTICLE_PREFIX.sub("", t) for t in re.split(r"[\s/]+", text) if t]
    tokens = [t for t in tokens if t not in ("al", "el", "the")]
    while len(tokens) > 1 and tokens[0] in TITLE_WORDS:
        tokens.pop(0)
    tokens = [t.strip('-,"“”') for t in tokens if t.strip('-,"“”')]
    suffix = None
    while len(tokens) > 2 and tokens[-1] in NAME_SUFFIXES:
        suffix = suffix or tokens[-1]
        tokens.pop()
    return tuple(tokens), suffix


@dataclass
class Cluster:
    kind: str
    mentions: list[tuple[EntityMention, str]] = field(default_factory=list)  # (mention, surface)
    aliases: set[str] = field(default_factory=set)  # alias spellings given by the text itself
    keys: list[tuple[str, ...]] = field(default_factory=list)  # folded full names it holds

    @property
    def surfaces(self) -> Counter[str]:
        return Counter(surface for _, surface in self.mentions)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(sorted({m.evidence.source for m, _ in self.mentions}))

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return tuple(
            sorted(
                {m.evidence for m, _ in self.mentions}, key=lambda e: (e.source, e.start, e.end, e.part or "")
            )
        )

    def canonical(self) -> str:
        """The most complete spelling, not shouted (a dateline's "WASHINGTON"), then the most
        frequent."""
        counts = self.surfaces
        return min(counts, key=lambda s: (-len(fold(s)), s.isupper(), -counts[s], s))

    def other_names(self) -> tuple[str, ...]:
        canonical = self.canonical()
        names = set(self.surfaces) | self.aliases
        return tuple(sorted(n for n in names if n != canonical))


def strip_honorific(text: str) -> str:
    """A person's name as shown: no "Mr", no leading title ("Deputy Zigan"), no possessive ending."""
    text = re.sub(r"[’']s?$", "", text.strip())
    text = re.sub(r"^(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+", "", text)
    words = text.split()
    while len(words) > 1 and words[0][:1].isupper() and words[0].casefold().rstrip(".") in TITLE_WORDS:
        words.pop(0)
    return " ".join(words)


def without_works(mentions: list[EntityMention], dropped: Iterable[DroppedEntity]) -> list[EntityMention]:
    """The mentions less the names some source shows to be a work's title (quoted, or before
    "star" or "sequel"): "roles in Paper Moon" in one article, with no cue of its own, is the
    film another article quotes, not a person or a body. So is a name that the folder's drops
    show to be a thing (`THING_DROPS`: a product before its noun, a ship) at least as often as
    the repairs keep it: "an armed Harlow helicopter" in one article and "the Harlow hovered" in
    another are one helicopter, while "Vantor said ... Vantor's shares ... a Vantor phone" keeps
    the maker. Places are left be."""
    dropped = list(dropped)
    works = {fold(d.text) for d in dropped if d.reason in FOLDER_DROPS}
    things = Counter(fold(d.text) for d in dropped if d.reason in THING_DROPS)
    if things:
        kept = Counter(fold(m.text) for m in mentions if m.kind != "place")
        works |= {key for key, count in things.items() if count >= kept[key]}
    works.discard(())
    tagged = Counter(fold(d.text) for d in dropped if d.reason == TAGGED_AS_A_THING)
    bodies = Counter(fold(m.text) for m in mentions if m.kind == "organization")
    # a name of two words or more NER tags a thing more often than a body, and twice or more:
    # "the Salt Road" film all through the folder, tagged ORG once. Not one word (the article's
    # own vote, `repairs._named_as_a_thing`, reads those: a magazine is a work and a company),
    # nor a name ending in a body's or a company's word ("Harlow Ride Solutions" in a headline
    # NER reads as a work)
    products = {
        key
        for key, count in tagged.items()
        if count >= TAGGED_THING_VOTES
        and count > bodies[key]
        and len(key) >= 2
        and key[-1] not in BODY_HEADS | COMPANY_WORDS
    }
    return [
        m
        for m in mentions
        if m.kind == "place"
        or (fold(m.text) not in works and not (m.kind == "organization" and fold(m.text) in products))
    ]


#: How many mentions NER must tag a thing, at the least, for an "organization" of that name,
#: tagged a body less often, to be left out.
TAGGED_THING_VOTES = 2


def decide_kinds(mentions: Iterable[EntityMention]) -> dict[tuple[str, ...], str]:
    """The kind of each folded name by vote of its mentions; single-word names that are the
    surname of a multi-word person are people ("Kadhimi" tagged GPE)."""
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    alias_of_org: set[tuple[str, ...]] = set()
    clubs: set[tuple[str, ...]] = set()  # "Ardmore Bulldogs", found as a body by its plural noun
    titled: set[tuple[str, ...]] = set()  # a person somewhere: a title or an age beside the name
    after_the: set[tuple[str, ...]] = set()  # a body somewhere: "the" before the name
    for m in mentions:
        key = fold(m.text)
        if key:
            votes[key][m.kind] += _votes(m)
            if PLURAL_BODY in m.rules:
                clubs.add(key)
            if m.kind == "person" and (m.titles or m.age is not None):
                titled.add(key)
            if m.after_the:
                after_the.add(key)
        for alias in m.aliases:
            alias_of_org.add(fold(alias))
    kinds = {key: counter.most_common(1)[0][0] for key, counter in sorted(votes.items())}
    for key in sorted(titled - after_the - clubs):
        if len(key) > 1 and kinds[key] == "organization" and not set(key) & _NO_PERSON_WORDS:
            # "pitcher Ada Roe" in one article, "Ada Roe" tagged ORG in three: a title or an age
            # written beside a full name says "person" more surely than NER's labels elsewhere
            kinds[key] = "person"
    surnames = {key[-1] for key, kind in kinds.items() if kind == "person" and len(key) > 1}
    # a club most of whose mentions say so, unless people of that surname, named in full, are
    # named more ("Rob Hollis" beside "Robert Hollis" all through the articles); its short
    # name, written alone in any article, is the club too ("Bulldogs" of "Ardmore Bulldogs")
    people = [key for key, kind in kinds.items() if kind == "person" and len(key) > 1]
    for club in sorted(clubs):
        named = sum(votes[p]["person"] for p in people if p[-1] == club[-1] and p != club)
        if named > votes[club]["organization"]:
            kinds[club] = "person"
    clubs = {key for key in clubs if kinds[key] == "organization"}
    alias_of_org |= {club[i:] for club in clubs for i in range(1, len(club))}
    lone_people = {
        key[0]
        for key, kind in kinds.items()
        if kind == "person" and len(key) == 1 and key not in alias_of_org
    }
    first_names = {key[0] for key, kind in kinds.items() if kind == "person" and len(key) > 1}

    for key, kind in kinds.items():
        if key in alias_of_org:
            kinds[key] = "organization"
        elif len(key) == 1 and kind != "person" and key[0] in surnames:
            # "Kadhimi" tagged GPE, "al-Kadhimi's" tagged ORG: the surname of a person
            kinds[key] = "person"
        elif len(key) == 1 and kind == "organization" and key[0] in first_names:
            kinds[key] = "person"  # "Kendarius" tagged ORG beside "Kendarius Edwards"
        elif key in clubs:
            kinds[key] = "organization"
        elif len(key) > 1 and kind != "person" and key[-1] in lone_people and key[-1] not in surnames:
            # "Paul Kearney" tagged ORG where "Kearney" alone is a person
            kinds[key] = "person"
        elif _town_outvoted(key, kinds[key], votes[key], surnames | first_names):
            kinds[key] = "place"
    return kinds


def _town_outvoted(key: tuple[str, ...], kind: str, votes: Counter[str], names: set[str]) -> bool:
    """ "Tampere" written as a place in one article and tagged ORG in three: a one-word
    "organization" some source writes as a place, that the gazetteer knows, and that is no word
    of a person's full name in the folder ("Lincoln" beside "Ada Lincoln"), is that place,
    whatever the other mentions' NER said (a town's name stands for its council or its team).
    A "person" is left be: a lone surname is a town's name as often ("Martin", "Moreno"). A hamlet
    shares its name with common words and bodies ("Congress", Arizona), so the town must be a
    country, a region, or a town of `OUTVOTED_TOWN_POPULATION`."""
    if len(key) != 1 or kind != "organization" or not votes["place"] or key[0] in names:
        return False
    from .. import geo

    found = geo.lookup(key[0])
    return bool(found) and (found[0].kind != "city" or found[0].population >= OUTVOTED_TOWN_POPULATION)


def _votes(m: EntityMention) -> int:
    if m.label == "DATELINE":
        return DATELINE_VOTES
    return HEADLINE_VOTES if m.headline else BODY_VOTES


def cluster_people(mentions: list[EntityMention]) -> list[Cluster]:
    """Full names first (merged when surname and first name agree, allowing spelling variants),
    then single names, each joining the one full name it fits. Work is done once per distinct
    folded spelling, within blocks that share the surname's first letter."""
    by_key: dict[tuple[str, ...], list[EntityMention]] = defaultdict(list)
    for m in mentions:
        by_key[fold(m.text)].append(m)
    _join_spaced_spellings(by_key)
    full: list[Cluster] = []
    by_initial: dict[str, list[Cluster]] = defaultdict(list)
    blocks: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    longer = _inside_longer_names([k for k in by_key if len(k) >= 2])
    for key in sorted((k for k in by_key if len(k) >= 2 and k not in longer), key=lambda k: (-len(k), k)):
        blocks[key[-1][:1]].append(key)
    sources = {key: {m.evidence.source for m in found} for key, found in by_key.items()}

    clips = _clipped_partners([k for keys in blocks.values() for k in keys])

    def same(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        return (
            _same_full_name(a, b)
            or _initials_agree(a, b)
            or (clips.get(a) == [b] and clips.get(b) == [a])
            or (not sources[a] & sources[b] and _misspelt_apart(a, b))
        )

    for initial in sorted(blocks):
        for component in _components(blocks[initial], same):
            cluster = Cluster("person", keys=component)
            for key in component:
                cluster.mentions.extend((m, strip_honorific(m.text)) for m in _ordered(by_key[key]))
            by_initial[initial].append(cluster)
            full.append(cluster)
    for key in sorted(longer):
        owner = next(c for c in full if longer[key] in c.keys)
        if not _part_of_double_surname(key, longer[key]):
            # one part of a double surname ("Ortiz" of "Ortiz-Baird") may be a relative's whole
            # surname: a lone "Ortiz" is not fitted to this person through it
            owner.keys.append(key)
        owner.mentions.extend((m, strip_honorific(m.text)) for m in _ordered(by_key[key]))
    parts = {id(c): _split_generations(c) for c in full}
    full = [part for c in full for part in parts[id(c)]]
    for initial, found in by_initial.items():
        by_initial[initial] = [part for c in found for part in parts[id(c)]]
    loose: dict[tuple[str, ...], Cluster] = {}
    for key in sorted(k for k in by_key if len(k) == 1):
        candidates = [c for c in by_initial[key[0][:1]] if _surname_fits(key[0], c)]
        chosen = (
            _by_surname(key[0], by_key[key], candidates)
            or _by_surname(key[0], by_key[key], _adults(candidates))
            or (None if candidates else _pick_by_first_name(key[0], full, by_key[key]))
            or loose.setdefault(key, Cluster("person"))
        )
        chosen.mentions.extend((m, strip_honorific(m.text)) for m in _ordered(by_key[key]))
    return full + [loose[k] for k in sorted(loose)]


def _split_generations(cluster: Cluster) -> list[Cluster]:
    """A father and his son named alike ("Ike Varn Sr.", "Ike Varn III") are two people: a
    cluster whose names carry two generational suffixes is split by suffix. The names written
    without one are one person, the one whose longest spelling written with a suffix has only
    that suffix ("Ike Tobias Varn" and "Ike Varn" beside "Ike Tobias Varn Sr." and "Ike Varn
    Jr.": the father, his son once named with "Jr."); failing that, the one named `DOMINANCE`
    times as often as any other with a suffix; else they stay apart (one of them, but which is
    not written)."""
    suffixes = {generational_suffix(m.text) for m, _ in cluster.mentions} - {None}
    if len(suffixes) < 2:
        return [cluster]
    by_suffix: dict[str, list[tuple[EntityMention, str]]] = defaultdict(list)
    plain: list[tuple[EntityMention, str]] = []
    for pair in cluster.mentions:
        suffix = generational_suffix(pair[0].text)
        if suffix is None:
            plain.append(pair)
        else:
            by_suffix[suffix].append(pair)
    ranked = [by_suffix[s] for s in sorted(by_suffix, key=lambda s: (-len(by_suffix[s]), s))]
    if plain:
        owner = _plain_names_owner(plain, by_suffix)
        if owner is not None:
            by_suffix[owner].extend(plain)
        elif len(ranked[0]) >= DOMINANCE * len(ranked[1]):
            ranked[0].extend(plain)
        else:
            ranked.append(plain)
    return [_sub_cluster(cluster, mentions) for mentions in ranked]


def _plain_names_owner(
    plain: list[tuple[EntityMention, str]], by_suffix: dict[str, list[tuple[EntityMention, str]]]
) -> str | None:
    """The suffix written with the longest of the plain names that some mention writes with a
    suffix, if that name is written with one suffix only."""
    written: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for suffix, mentions in by_suffix.items():
        for m, _ in mentions:
            written[fold(m.text)].add(suffix)
    names = [k for k in {fold(m.text) for m, _ in plain} if k in written]
    if not names:
        return None
    longest = max(map(len, names))
    found = {s for k in names if len(k) == longest for s in written[k]}
    return found.pop() if len(found) == 1 else None


def _sub_cluster(cluster: Cluster, mentions: list[tuple[EntityMention, str]]) -> Cluster:
    """The part of a cluster that holds these mentions, with the full names they write."""
    written = {fold(m.text) for m, _ in mentions}
    return Cluster(cluster.kind, mentions, keys=[k for k in cluster.keys if k in written])


def _join_spaced_spellings(by_key: dict[tuple[str, ...], list[EntityMention]]) -> None:
    """ "Ida Van Tassel" and "Ida VanTassel", "Rob De Luca" and "Rob DeLuca": full names whose
    words, run together, are one spelling are one name; the mentions go to the spelling with
    more words (the one a particle stands apart in)."""
    spellings: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in by_key:
        if len(key) >= 2:
            spellings["".join(key)].append(key)
    for keys in spellings.values():
        if len(keys) > 1:
            main = max(keys, key=lambda k: (len(k), k))
            for key in sorted(keys):
                if key != main:
                    by_key[main].extend(by_key.pop(key))
    _join_dropped_particles(by_key)


def _join_dropped_particles(by_key: dict[tuple[str, ...], list[EntityMention]]) -> None:
    """ "Rob DeLuca" and "Rob Luca": a surname written with its particle glued on and capitalised
    after it, and the same name without the particle, are one name (the mentions go to the
    spelling with the particle). A particle written apart ("Rob De Luca") is left to the spelling
    that runs it together."""
    for key in sorted(k for k in by_key if len(k) >= 2):
        if key not in by_key:
            continue  # joined to its spelling with the particle
        particle = _glued_particle(by_key[key])
        bare = (*key[:-1], key[-1][len(particle) :]) if particle else None
        if bare is not None and bare in by_key and bare != key:
            by_key[key].extend(by_key.pop(bare))


def _glued_particle(mentions: list[EntityMention]) -> str | None:
    """The particle a person's surname opens with, capitalised before the rest of the surname
    ("La" of "LaCorte"), in one of the mentions; the rest holds at least four letters."""
    for m in mentions:
        found = _GLUED_PARTICLE.search(m.text.translate(_APOSTROPHES))
        if found and found.group(1).casefold() in NAME_PARTICLES:
            return found.group(1).casefold()
    return None


_GLUED_PARTICLE = re.compile(r"\b([A-Z][a-z]{1,2})[A-Z][a-z]{3,}(?:'s?)?(?:\s+(?:Jr|Sr|I{2,3}|IV)\.?)?$")


def _initials_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "R. Ian Dalby" and "Robert Ian Dalby": names of three words or more, word by word the
    same or an initial of the other's word, sharing a whole first or middle name as well as the
    surname ("J. Dalby" and "John Dalby" share too little: two relatives may be "J.")."""
    if len(a) != len(b) or len(a) < 3 or a[-1] != b[-1] or a == b:
        return False
    pairs = list(zip(a[:-1], b[:-1], strict=True))
    return all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in pairs) and any(
        x == y and len(x) > 1 for x, y in pairs
    )


def _inside_longer_names(keys: list[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each name written inside exactly one longer name, and that longer name: "Kathy Giaquinta"
    in "Kathy Giaquinta Smith", "Leon Vargas" in "Jovanni Leon Vargas", "Ana Ortiz" in "Ana
    Ortiz-Baird" (one part of a double surname)."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key in keys:
        owners = {
            other
            for other in keys
            if (
                len(other) > len(key)
                and any(other[i : i + len(key)] == key for i in range(len(other) - len(key) + 1))
            )
            or _part_of_double_surname(key, other)
        }
        outermost = {o for o in owners if not any(o != p and set(o) < set(p) for p in owners)}
        outermost = {o for o in outermost if not any(_spelt_out(o, p) for p in outermost)}
        if len(outermost) == 1:
            found[key] = outermost.pop()
    return {k: _outermost(v, found) for k, v in found.items()}


def _spelt_out(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """`other` is `key` with its initials written in full: "R. Ian Dalby", "Robert Ian Dalby"."""
    return _initials_agree(key, other) and sum(map(len, other)) > sum(map(len, key))


def _part_of_double_surname(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """ "Ana Ortiz" and "Ana Baird" of "Ana Lucia Ortiz-Baird": the same first name (and middle
    names, when written), and one part of the other's hyphened surname."""
    parts = other[-1].split("-")
    return (
        len(parts) > 1
        and len(key) <= len(other)
        and key[-1] != other[-1]
        and key[-1] in parts
        and other[: len(key) - 1] == key[:-1]
    )


def _outermost(key: tuple[str, ...], found: dict[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    while key in found:
        key = found[key]
    return key


def _dominant(word: str, candidates: list[Cluster]) -> Cluster | None:
    """Among several people who share a surname, the one named at least twice as often as any
    other is the one a lone surname means ("Greene" with Stanley Greene six times and Brandon
    Greene three). Without such a lead the surname stays on its own (two Kennedys once each)."""
    if len(candidates) < 2:
        return None
    ranked = sorted(candidates, key=lambda c: -len(c.mentions))
    first, second = len(ranked[0].mentions), len(ranked[1].mentions)
    return ranked[0] if first >= DOMINANCE * second else None


def _last_named(lone: list[EntityMention], candidates: list[Cluster]) -> Cluster | None:
    """Among several people who share a surname, the one a lone surname means when, in every
    article that writes it alone after a full name, the person named in full last before its
    first lone use is that one: "Omar Hamilton was shot ... Hamilton and his twin brother, Jamar,"
    (news style names a person in full once, then by surname)."""
    if len(candidates) < 2:
        return None
    chosen: set[int] = set()
    first_lone: dict[str, EntityMention] = {}
    for m in _ordered(lone):
        if m.evidence.part is None:  # a headline's offsets index the title, not the text
            first_lone.setdefault(m.evidence.source, m)
    # the full names of each source, read once (each lone use scanning every mention grew with
    # the square of the sources)
    full_names: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for i, c in enumerate(candidates):
        for full, _ in c.mentions:
            if (
                full.evidence.source in first_lone
                and full.evidence.part is None
                and len(fold(full.text)) >= 2
            ):
                full_names[full.evidence.source].append((full.evidence.start, i))
    for m in first_lone.values():
        before = [
            (start, i) for start, i in full_names.get(m.evidence.source, ()) if start < m.evidence.start
        ]
        if before:
            chosen.add(max(before)[1])
    return candidates[chosen.pop()] if len(chosen) == 1 else None


def _pick_by_first_name(word: str, clusters: list[Cluster], lone: list[EntityMention]) -> Cluster | None:
    """A lone first name ("Ashlee") that fits no surname joins the one person who has it as first
    name, if exactly one does ("Ashlee Lish"); failing that, the one person whose first name it
    is a familiar form of ("Joey" of "Joseph Tran", "John" of "Johnathon Reeves"). Where several
    people share it, it joins the one named in full last before it, as a lone surname does
    ("Rob Hale ... Rob Nunez ... Rob said"). Failing both, a first name of five letters or more
    spelt a letter or two apart ("Mirela" of "Mirella Dorn"). A two-letter name ("Al", "Ed")
    must be the first name itself."""
    if len(word) < 2:
        return None
    fits = [c for c in clusters if any(k[0] == word for k in c.keys)]
    if not fits and len(word) >= 3:
        fits = [
            c for c in clusters if any(is_nickname_of(word, k[0]) or _lengthened(word, k[0]) for k in c.keys)
        ]
    if not fits and len(word) >= MISSPELT_LONE_FIRST_NAME_LETTERS:
        fits = [c for c in clusters if any(fuzz.ratio(word, k[0]) >= SURNAME_SIMILARITY for k in c.keys)]
    return fits[0] if len(fits) == 1 else _last_named(lone, fits)


#: The shortest lone first name read with a misspelling: shorter ones ("Jon", "Dana") are too
#: often other people's names a letter apart.
MISSPELT_LONE_FIRST_NAME_LETTERS = 5


def _by_surname(word: str, lone: list[EntityMention], candidates: list[Cluster]) -> Cluster | None:
    """The person a lone surname means among those who share it: the only (exact) fit, the one
    named most often by far, or the one named in full just before it."""
    return _pick_by_surname(word, candidates) or _dominant(word, candidates) or _last_named(lone, candidates)


def _adults(candidates: list[Cluster]) -> list[Cluster]:
    """When the other rules leave a tie, the people a lone surname may mean without the
    children, if an adult (or a person of unknown age) shares it: "Reeves" beside "Johnathon
    Reeves" and "2-year-old Jordan Reeves". News style names a child by first name on second
    reference, though not always ("Lee's death" of a 9-year-old Tyshawn Lee named far more
    often than his mother: the rules before this one settle that)."""
    adults = [c for c in candidates if not _is_minor(c)]
    return adults if adults and len(adults) < len(candidates) else []


def _is_minor(cluster: Cluster) -> bool:
    ages = [m.age for m, _ in cluster.mentions if m.age is not None]
    return bool(ages) and max(ages) < ADULT_AGE


def _ordered(mentions: list[EntityMention]) -> list[EntityMention]:
    return sorted(mentions, key=lambda m: (m.evidence.source, m.evidence.start))


def skeleton(word: str) -> str:
    """Consonants only, with common transliteration pairs folded and doubles collapsed:
    "alaaldin" and "aladdin" -> "ldn"; "kadhimi" and "khadimi" -> "kdm"."""
    for pair, single in (("kh", "k"), ("dh", "d"), ("th", "t"), ("gh", "g"), ("q", "k"), ("c", "k")):
        word = word.replace(pair, single)
    consonants = re.sub(r"[aeiouyw'-]", "", word)
    return re.sub(r"(.)\1+", r"\1", consonants)


def similar_names(a: str, b: str) -> bool:
    score = fuzz.ratio(a, b)
    return score >= SURNAME_SIMILARITY or (score >= SKELETON_SIMILARITY and skeleton(a) == skeleton(b))


def _same_full_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return similar_names(a[-1], b[-1]) and same_first_name(a[0], b[0])


def same_first_name(a: str, b: str) -> bool:
    """Spelling variants ("Jon", "John") or a name and its familiar form ("Bill" and "William",
    "Joey" and "Joseph"), as the `nicknames` data set lists them."""
    return fuzz.ratio(a, b) >= FIRST_NAME_SIMILARITY or is_nickname_of(a, b) or is_nickname_of(b, a)


#: A clipped first name keeps at least three letters and drops at least two: "Stan" of
#: "Stanley", "Bren" of "Brendon".
CLIPPED_MIN_LETTERS = 3
CLIPPED_MIN_DROPPED = 2


def _clipped_partners(keys: list[tuple[str, ...]]) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """The full names each full name is a clipped form of, or clipped to, under one surname:
    "Stan Kovic" and "Stanislas Kovic". A clipped name that fits two ("Bren" of "Brennan" and
    "Brendon") joins neither, and so links neither with the other."""
    by_rest: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for key in keys:
        by_rest[key[1:]].append(key)
    found: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for same_rest in by_rest.values():
        for a in same_rest:
            found[a].extend(b for b in same_rest if _clipped(a[0], b[0]) or _clipped(b[0], a[0]))
    return found


def _clipped(short: str, full: str) -> bool:
    """A first name cut short ("Stan" of "Stanley"), where the nicknames data set knows no full
    name for it: a short name it knows is read by it alone ("Ron" is Ronald's, not Ronda's)."""
    return (
        len(short) >= CLIPPED_MIN_LETTERS
        and len(full) - len(short) >= CLIPPED_MIN_DROPPED
        and full.startswith(short)
        and not _canonicals(short)
    )


def _lengthened(word: str, name: str) -> bool:
    """ "Jimmy" of "Jim", "Johnny" of "John": a familiar form that writes a first name of three
    letters or more out longer, and that the nicknames data set gives the same full name (or
    gives that name itself)."""
    return (
        len(name) >= CLIPPED_MIN_LETTERS
        and len(word) > len(name)
        and word.startswith(name)
        and bool(name in _canonicals(word) or _canonicals(word) & _canonicals(name))
    )


def is_nickname_of(short: str, full: str) -> bool:
    """ "bill" of "william", "joey" of "joseph": folded first names. A familiar form is shorter
    than the name; the data set also links names of one length across languages ("ivan" and
    "john", "jamie" and "james"), which are names in their own right."""
    return len(short) < len(full) and full in _canonicals(short)


@cache
def _nicknamer() -> NickNamer:
    """Loaded on first use (a tenth of a second): most records never compare two first names."""
    from nicknames import NickNamer

    return NickNamer()


@lru_cache(maxsize=4096)
def _canonicals(name: str) -> frozenset[str]:
    return frozenset(_nicknamer().canonicals_of(name))


def _misspelt_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "Adam Madera" in one article, "Aram Madeira" in another: both names spelt a little
    differently is how two outlets misspell one person (two relatives share the surname's
    spelling). Only names that no article writes together are compared this way."""
    return (
        a[-1] != b[-1]
        and similar_names(a[-1], b[-1])
        and a[0][:1] == b[0][:1]
        and fuzz.ratio(a[0], b[0]) >= MISSPELT_FIRST_NAME_SIMILARITY
    )


def _components(
    keys: list[tuple[str, ...]], same: Callable[[tuple[str, ...], tuple[str, ...]], bool]
) -> list[list[tuple[str, ...]]]:
    """Groups of keys linked by `same`, directly or through others (Moqtada ~ Muqtada ~ Muktada),
    in the order of their first key."""
    parent = list(range(len(keys)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if same(keys[i], keys[j]):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for i, key in enumerate(keys):
        groups[root(i)].append(key)
    return [groups[r] for r in sorted(groups)]


def _surname_fits(word: str, cluster: Cluster) -> bool:
    return any(similar_names(word, other[-1]) for other in cluster.keys)


def _pick_by_surname(word: str, candidates: list[Cluster]) -> Cluster | None:
    """The one cluster a lone surname belongs to: the only fit, or the only exact fit."""
    if len(candidates) == 1:
        return candidates[0]
    exact = [c for c in candidates if word in {fold(surface)[-1] for _, surface in c.mentions}]
    return exact[0] if len(exact) == 1 else None


def cluster_named(mentions: list[EntityMention], kind: str) -> list[Cluster]:
    """Organizations or places: exact folded names, names the text declares as aliases
    ("(UNAMI)", ", or Hashd al-Shaabi"), acronyms of a longer name, and near-identical spellings.
    Each distinct folded spelling is compared once."""
    by_key: dict[tuple[str, ...], list[EntityMention]] = defaultdict(list)
    for m in mentions:
        by_key[fold(m.text)].append(m)
    clusters: list[Cluster] = []
    index: dict[tuple[str, ...], Cluster] = {}
    for key in sorted(by_key, key=lambda k: (-len(k), k)):
        target = index.get(key) or next((c for c in clusters if _same_organization(key, c)), None)
        if target is None:
            target = Cluster(kind)
            clusters.append(target)
        for m in _ordered(by_key[key]):
            target.mentions.append((m, m.text))
            for alias in m.aliases:
                target.aliases.add(alias)
                index.setdefault(fold(alias), target)
        index[key] = target
    _merge_alias_clusters(clusters, index)
    if kind == "organization":
        clubs = frozenset(key for key, found in by_key.items() if any(PLURAL_BODY in m.rules for m in found))
        _merge_spelt_out(clusters)
        _merge_level_names(clusters)
        _merge_fuller_names(clusters)
        _merge_short_names(clusters, clubs)
    return [c for c in clusters if c.mentions]


def _merge_spelt_out(clusters: list[Cluster]) -> None:
    """ "KB Harbour Board" in one cluster and "Kestrel Bay Harbour Board" in another: a name
    whose acronym, spelt out from the other's words, gives the other name is that body, whatever
    spellings each cluster was first built from (each cluster joins on its first spelling). A
    name spelt out as two bodies' names, or as another spelling of its own, stays apart."""
    live = [c for c in clusters if c.mentions]
    by_end: dict[str, list[tuple[tuple[str, ...], Cluster]]] = defaultdict(list)
    for c in live:
        for key in sorted({fold(s) for s in c.surfaces}):
            if len(key) >= 2:
                by_end[key[-1]].append((key, c))
    for end in sorted(by_end):
        pairs = by_end[end]
        for key, cluster in pairs:
            if not cluster.mentions or not any(len(w) <= ACRONYM_MAX_LETTERS for w in key[:-1]):
                continue
            owners = {id(o): o for other, o in pairs if o.mentions and _spells_out(key, other)}
            if len(owners) == 1 and id(cluster) not in owners:
                (owner,) = owners.values()
                owner.mentions.extend(cluster.mentions)
                owner.aliases |= cluster.aliases
                cluster.mentions = []


def _spells_out(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """`other` is `key` with an acronym in it written in words, not in letters ("K. B")."""
    return _expand_acronyms(key, other) == other and any(len(w) > 1 for w in set(other) - set(key))


#: The longest word read as an acronym to spell out inside a name ("UN", "KB", "USDA").
ACRONYM_MAX_LETTERS = 5


#: A word that stands for the name of a place of one kind before a body's name: "the state
#: Board of Fisheries" is the board of the state the story names ("Varnia Board of Fisheries").
LEVEL_WORDS = {"state": ("region",), "county": ("county",), "city": ("city",)}


def _merge_level_names(clusters: list[Cluster]) -> None:
    """ "state Board of Fisheries" with "Varnia Board of Fisheries", where Varnia is a state (a
    county, a town for "county", "city"): a body named after a level word, in two words or more,
    joins the one body named by a place of that kind and the same words. Two such bodies ("Varnia
    Board of Fisheries", "Ostria Board of Fisheries"): it stays apart."""
    live = [c for c in clusters if c.mentions]
    for cluster in live:
        names = sorted({fold(s) for s in cluster.surfaces})
        levels = [k for k in names if len(k) >= 3 and k[0] in LEVEL_WORDS]
        if not levels:
            continue
        owners = [
            o
            for o in live
            if o is not cluster
            and o.mentions
            and any(_placed_name(fold(s), k) for s in o.surfaces for k in levels)
        ]
        if len(owners) == 1:
            owners[0].mentions.extend(cluster.mentions)
            owners[0].aliases |= cluster.aliases
            cluster.mentions = []


def _placed_name(name: tuple[str, ...], level: tuple[str, ...]) -> bool:
    """`name` is `level` with a place of the level word's kind in the word's stead."""
    rest = level[1:]
    place = name[: len(name) - len(rest)]
    return (
        name[len(place) :] == rest
        and 0 < len(place) <= PLACE_PREFIX_WORDS
        and bool(_geo_lookup(" ".join(place), LEVEL_WORDS[level[0]]))
    )


@lru_cache(maxsize=4096)
def _geo_lookup(name: str, kinds: tuple[str, ...]) -> bool:
    from .. import geo

    return bool(geo.lookup(name, kinds=kinds))


def _merge_fuller_names(clusters: list[Cluster]) -> None:
    """ "Harlow Fire Rescue Department" with "Harlow Fire Department", "Tarn Valley Regional
    Water Board" with "Tarn Valley Water Board": a name that is another body's name with words
    put inside it, its first and last words the same, is that body written in full, when exactly
    one shorter name fits it so (the longest such). The shorter name must hold a word of its own,
    not only a body's generic words ("House Committee" is inside every committee of the House),
    and the words put in must not be a compass point ("University of Varnia" and "University of
    South Varnia" are two universities)."""
    live = [c for c in clusters if c.mentions]
    keys = {id(c): {fold(s) for s in c.surfaces} for c in live}
    by_ends: dict[tuple[str, str], list[Cluster]] = defaultdict(list)  # who may hold a shorter name
    for c in live:
        for end in dict.fromkeys((k[0], k[-1]) for k in sorted(keys[id(c)]) if len(k) >= 2):
            by_ends[end].append(c)
    for cluster in sorted(live, key=lambda c: (-len(fold(c.canonical())), c.canonical())):
        if not cluster.mentions:
            continue
        fits: dict[int, list[Cluster]] = defaultdict(list)
        ends = {(k[0], k[-1]) for k in keys[id(cluster)]}
        near = {id(o): o for end in sorted(ends) for o in by_ends.get(end, [])}
        for o in near.values():
            inside = [s for s in keys[id(o)] for k in keys[id(cluster)] if _inserted_in(s, k)]
            if o is not cluster and o.mentions and inside:
                fits[max(map(len, inside))].append(o)
        owners = fits[max(fits)] if fits else []
        if len(owners) == 1:
            owners[0].mentions.extend(cluster.mentions)
            owners[0].aliases |= cluster.aliases
            keys[id(owners[0])] |= keys[id(cluster)]
            cluster.mentions = []


def _inserted_in(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """`name` is `short` with words put inside it: the same first and last words, the other
    words of `short` in order."""
    if len(short) < 2 or len(name) <= len(short) or short[0] != name[0] or short[-1] != name[-1]:
        return False
    if all(w in GENERIC_ORG_WORDS or w in NON_DISTINCTIVE_WORDS for w in short):
        return False
    rest = iter(name[1:-1])
    if not all(w in rest for w in short[1:-1]):
        return False
    inserted = Counter(name) - Counter(short)
    return not set(inserted) & (COMPASS_POINTS | COMPASS_ADJECTIVES)


def _merge_short_names(clusters: list[Cluster], clubs: frozenset[tuple[str, ...]] = frozenset()) -> None:
    """ "Times" with "New York Times", "Albuquerque Police" with "Albuquerque Police Department":
    a name written inside the names of exactly one other organization (the shortest such names)
    is a short form of it. Inside two, it stays apart. A generic word counts only where it ends
    a name: "Army" of "U.S. Army", not of "Texas Army National Guard" (a guard)."""
    live = [c for c in clusters if c.mentions]
    keys = {id(c): {fold(s) for s in c.surfaces} for c in live}
    owned = {id(c): {fold(_without_inner_possessives(s)) for s in c.surfaces} for c in live}
    for cluster in sorted(live, key=lambda c: (len(fold(c.canonical())), c.canonical())):
        short = fold(cluster.canonical())
        owners = [
            o
            for o in live
            if o is not cluster
            and o.mentions
            and any(
                _written_inside(name, keys[id(o)], clubs)
                or _before_generic_words(name, owned[id(o)])
                or (
                    (_named_more(o, cluster) or _with_its_acronym(keys[id(o)]))
                    and _before_generic_words(name, owned[id(o)], glued=True)
                )
                or _ends_acronym(name, o)
                for name in dict.fromkeys((short, _hyphen_parts(short)))
            )
        ]
        minimal = [
            o
            for o in owners
            if not any(
                p is not o and _written_inside(fold(p.canonical()), keys[id(o)], clubs) for p in owners
            )
        ]
        chosen = minimal[0] if len(minimal) == 1 else _dominant_body(short, minimal, keys)
        if chosen is not None:
            chosen.mentions.extend(cluster.mentions)
            chosen.aliases |= cluster.aliases
            keys[id(chosen)] |= keys[id(cluster)]
            owned[id(chosen)] |= owned[id(cluster)]
            cluster.mentions = []


def _with_its_acronym(names: set[tuple[str, ...]]) -> bool:
    """A body written with its acronym too ("Fish and Game Service", "FGS") is one body's name,
    not two names NER glued at their "and"."""
    longer = [k for k in names if len(k) >= 2]
    return any(len(k) == 1 and any(_is_acronym_of(k, name) for name in longer) for k in names)


def _hyphen_parts(key: tuple[str, ...]) -> tuple[str, ...]:
    """A one-word name of words joined by hyphens, as its words: "Varnia-TV" is "Varnia TV"
    (short for "Greater Varnia TV" as "Varnia TV" is)."""
    if len(key) != 1 or "-" not in key[0]:
        return key
    parts = tuple(key[0].split("-"))
    return parts if all(p.isalpha() for p in parts) else key


def _ends_acronym(short: tuple[str, ...], body: Cluster) -> bool:
    """A name of a body's generic words only ("Police Bureau", "Prosecutors Office") whose
    initials end the acronym of a body written in capitals ("HPB", "KBPO"): the one bureau or
    office of that kind the story names by its acronym."""
    if len(short) < 2 or not all(w in GENERIC_ORG_WORDS for w in short):
        return False
    initials = _initials(short)
    return any(
        surface.isupper() and surface.isalpha() and len(surface) > len(initials)
        and surface.casefold().endswith(initials)
        for surface in body.surfaces
    )  # fmt: skip


def _dominant_body(
    short: tuple[str, ...], owners: list[Cluster], keys: dict[int, set[tuple[str, ...]]]
) -> Cluster | None:
    """Among several bodies a short name is written inside, the one named at least
    `DOMINANCE` times as often as any other is the one the short name means, as a lone surname
    is the person named most ("Navy" in a story about the Varnian Navy that once names the
    Ruritanian Navy). The short name must stand in the same place in all of them: the end of
    each ("Navy"), or the start of each, the chosen one adding only a body's generic words
    ("Tarn" of "Tarn Department" beside a glued "Tarn Ida Vell"); a short name that starts one
    name and ends another ("House" of "Harlow House" and "House Energy Committee"), or that
    starts a parent's divisions ("Eastern League" and "Eastern League North"), stays apart."""
    if len(owners) < 2:
        return None
    ranked = sorted(owners, key=lambda c: -len(c.mentions))
    first, second = len(ranked[0].mentions), len(ranked[1].mentions)
    if first < DOMINANCE * second:
        return None
    n = len(short)
    longer = [[k for k in keys[id(o)] if len(k) > n] for o in owners]
    if all(any(k[-n:] == short for k in names) for names in longer):
        return ranked[0]
    starts = all(any(k[:n] == short for k in names) for names in longer)
    tails = [k[n:] for k in keys[id(ranked[0])] if len(k) > n and k[:n] == short]
    return ranked[0] if starts and any(all(w in _BODY_TAIL for w in t) for t in tails) else None


def _named_more(name: Cluster, short: Cluster) -> bool:
    """A longer name written more often than a short one inside it, and more than once, is no
    pair of names NER glued together by accident: "Fish and Game Service" named again and again
    is one body, and "Game Service" its short name."""
    return len(name.mentions) > max(1, len(short.mentions))


def _before_generic_words(short: tuple[str, ...], names: set[tuple[str, ...]], glued: bool = False) -> bool:
    """A name of two words or more found inside a longer one, read without its possessives, that
    only a body's generic words follow: "State Fire Marshal" of "Tarvin State Fire Marshal's
    Office". Not at its start: "Eastern League" is the parent of "Eastern League's North
    Division", not its short form."""
    return (
        len(short) >= 2
        and short[:2] != _STATE_OF
        and any(_ends_with_generic_words(short, n, glued) for n in names)
    )


def _without_inner_possessives(name: str) -> str:
    """ "Marlow Fire Marshal's Office" as "Marlow Fire Marshal Office"."""
    return _INNER_POSSESSIVE.sub("", name.translate(_APOSTROPHES))


_INNER_POSSESSIVE = re.compile(r"'s?(?=\s+\w)")


#: Words that make a short name generic enough to be the end of a longer one: "Times" of "New
#: York Times", "Sheriff's Office" of "Brevard County Sheriff's Office" (but "Hezbollah" is not
#: "Kataib Hezbollah").
GENERIC_ORG_WORDS = MASTHEAD_WORDS | frozenset(
    {"news", "office", "offices", "police",
     "department", "dept", "sheriffs", "sheriff", "prosecutors", "attorneys", "court", "bureau", "metro",
     "service", "center", "university", "college", "hospital", "council", "agency", "unit", "army",
     "navy", "marines", "guard", "house", "senate", "assembly", "hotel", "parliament", "congress",
     "legislature", "church", "committee"}
)  # fmt: skip


def _written_inside(
    short: tuple[str, ...], names: set[tuple[str, ...]], clubs: frozenset[tuple[str, ...]] = frozenset()
) -> bool:
    """The short name starts a longer one ("Hofstra" of "Hofstra University"), of two words or
    more ends it (`_ends_with_generic_words`), or is made of generic words only and is the
    longer one's head: its end, or what comes before its "of" ("House" of "United States House
    of Representatives"), or ends a longer one that only puts a place before it ("Red Sox" of
    "Boston Red Sox", "Angels" of "Los Angeles Angels") or that is a club's name found by its
    plural noun ("Bulldogs" of "Ardmore Bulldogs")."""
    n = len(short)
    generic = all(w in GENERIC_ORG_WORDS for w in short)
    if short[:2] == _STATE_OF:
        return False  # "State of Oregon" is the state, not its dental board
    return any(
        len(name) > n
        and (
            (name[:n] == short and not (n >= 2 and _of_another(name[n:])))
            or (generic and short in _heads(name, n))
            or (name[-n:] == short and (name in clubs or _is_place(name[:-n])))
            or (n >= 2 and _ends_with_generic_words(short, name))
        )
        for name in names
    )


def _of_another(rest: tuple[str, ...]) -> bool:
    """What a longer name adds after a short one of two words or more, when it names another
    body with "of" and not a place: "Federal Court" is not the "Federal Court of Appeal", but is
    the "Federal Court of Ohio" ("Institute" alone is the "Institute of Marine Trades")."""
    return len(rest) >= 2 and rest[0] == "of" and not _is_place(tuple(w for w in rest[1:] if w != "the"))


def _ends_with_generic_words(short: tuple[str, ...], name: tuple[str, ...], glued: bool = False) -> bool:
    """A name of two words or more that ends the longer name, or is followed in it only by a
    body's generic words: "Judiciary Committee" of "Senate Judiciary Committee", "Fish and
    Wildlife" of "U.S. Fish and Wildlife Service". One word alone is too often the end of
    another body's name ("Hezbollah" of "Kataib Hezbollah")."""
    n = len(short)
    return any(
        name[i : i + n] == short
        and all(w in GENERIC_ORG_WORDS for w in name[i + n :])
        and (glued or not set(name[:i]) & GLUE_WORDS)
        for i in range(1, len(name) - n + 1)
    )


#: Words that, before a name inside a longer one, show two names NER glued ("Elm and Oak
#: Weekly"), not one body's longer name.
GLUE_WORDS = frozenset({"and", "&"})


#: The most words of a place's name put before an organization's: "Salt Lake City".
PLACE_PREFIX_WORDS = 3


@lru_cache(maxsize=4096)
def _is_place(words: tuple[str, ...]) -> bool:
    """A town, state or country the gazetteer knows, named in full."""
    from .. import geo

    return len(words) <= PLACE_PREFIX_WORDS and bool(
        geo.lookup(" ".join(words), kinds=("city", "region", "country"))
    )


def _heads(name: tuple[str, ...], n: int) -> tuple[tuple[str, ...], ...]:
    """The last n words of a name, and the n words before its first "of"."""
    before_of = name[max(0, name.index("of") - n) : name.index("of")] if "of" in name else ()
    return (name[-n:], before_of)


def _merge_alias_clusters(clusters: list[Cluster], index: dict[tuple[str, ...], Cluster]) -> None:
    """A cluster whose name is an alias declared by another cluster joins that cluster."""
    for cluster in clusters:
        for _, surface in list(cluster.mentions):
            owner = index.get(fold(surface))
            if (
                owner is not None
                and owner is not cluster
                and fold(surface) in {fold(a) for a in owner.aliases}
            ):
                owner.mentions.extend(cluster.mentions)
                owner.aliases |= cluster.aliases
                cluster.mentions = []
                break


#: Words for the kind of armed group that outlets swap freely: "Popular Mobilization Forces",
#: "Popular Mobilization Unit(s)". Names that differ only in these are one group.
GROUP_TYPE_WORDS = frozenset({"force", "forces", "unit", "units"})


#: Words that may follow a body's own name in a longer spelling of it: "Tarn Department".
_BODY_TAIL = GENERIC_ORG_WORDS | ANY_ORG_ENDINGS | LEGAL_FORMS
#: Words of a body's or a company's name that no person's name holds: "Harlow Studios" stays a
#: body whatever title a source writes beside it ("the movie studio Harlow Studios").
_NO_PERSON_WORDS = _BODY_TAIL | BODY_HEADS | COMPANY_WORDS


def _core(key: tuple[str, ...]) -> tuple[str, ...]:
    return key[:-1] if len(key) > 2 and key[-1] in GROUP_TYPE_WORDS else key


def _without_legal_form(key: tuple[str, ...]) -> tuple[str, ...]:
    """Without a company's legal form ("Vantor Corp."), or a station's band after its call
    letters ("KXRV-TV", "WKMB FM")."""
    if len(key) >= 2 and key[-1].strip(",") in LEGAL_FORMS:
        return key[:-1]
    if len(key) == 1 and "-" in key[0]:
        letters, _, band = key[0].rpartition("-")
        return (letters,) if band in BROADCAST_BANDS and letters else key
    return key[:-1] if len(key) == 2 and key[-1] in BROADCAST_BANDS else key


def _same_organization(key: tuple[str, ...], cluster: Cluster) -> bool:
    other = fold(cluster.mentions[0][1])
    if cluster.kind == "place" and _street_in_full(key) == _street_in_full(other) and len(key) > 1:
        return True  # "Flatbush Ave" and "Flatbush Avenue"
    if _is_acronym_of(key, other) or _is_acronym_of(other, key):
        return True
    if _core(key) != key and _core(key) == _core(other):
        return True
    if _without_legal_form(key) == _without_legal_form(other):
        return True
    if _expand_acronyms(key, other) == other or _expand_acronyms(other, key) == key:
        return True
    words = _distinctive_words(key)
    if len(words) > 1 and words == _distinctive_words(other):
        return True
    return len(key) > 1 and len(other) > 1 and fuzz.ratio(" ".join(key), " ".join(other)) >= ORG_SIMILARITY


#: Words an acronym leaves out: "UC" of "University of Cincinnati".
ACRONYM_SKIPPED = frozenset({"of", "for", "the", "and", "&"})
_STREET_FULL = {abbr: name for name, abbrs in STREET_SUFFIXES.items() for abbr in abbrs}


def _initials(words: Iterable[str]) -> str:
    return "".join(w[0] for w in words if w and w not in ACRONYM_SKIPPED)


def _is_acronym_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """("pmu",) or the plural ("pmus",) of ("popular", "mobilization", "unit"); an acronym of
    three letters or more that leaves out at most two of the initials at its ends, as "atf" does
    of the "bureau of alcohol, tobacco, firearms and explosives"."""
    if len(short) != 1 or len(long) < 2 or len(short[0]) < 2:
        return False
    initials = _initials(long)
    if short[0] in (initials, initials + "s"):
        return True
    if len(short[0]) >= 4 and (
        _skips_one_inner(short[0], initials)
        or (_one_word_cut(short[0], initials) and long[-1] not in MASTHEAD_WORDS)
    ):
        return True
    return len(short[0]) >= 3 and len(initials) - len(short[0]) <= 2 and short[0] in initials


def _skips_one_inner(acronym: str, initials: str) -> bool:
    """An acronym that leaves out one inner word's initial, often a county's or a state's: "hmfd"
    of "harlow mesa county fire department" ("hmcfd")."""
    return len(initials) == len(acronym) + 1 and any(
        initials[:i] + initials[i + 1 :] == acronym for i in range(1, len(initials) - 1)
    )


def _one_word_cut(acronym: str, initials: str) -> bool:
    """An acronym of four letters or more whose last word NER cut off the name ("odcr" of
    "office for democracy and co-operation", without "in ruritania"); a newspaper's name
    ("new york post") is whole, so it is never such a cut."""
    return len(initials) >= 3 and acronym[:-1] == initials


#: Words that say nothing of which body a name means: "Department of the Interior" is
#: "Department of Interior" and "Interior Department".
NON_DISTINCTIVE_WORDS = ACRONYM_SKIPPED | {"in", "on"}
#: "the State of <place>" adds nothing to the place's name: "Dental Board of the State of
#: Oregon" is "Oregon Dental Board".
_STATE_OF = ("state", "of")


@lru_cache(maxsize=16384)
def _distinctive_words(key: tuple[str, ...]) -> frozenset[str]:
    """The words of a name, in any order, singular, without articles, joining words, a legal
    form or "state of" before a place. Two names with the same such words are one body written
    two ways ("Board of Harbors and Ferries", "Harbor and Ferry Board"); a different word
    ("Senate" or "House", "Democratic" or "Republican") keeps two bodies apart."""
    words = list(_without_legal_form(key))
    for i in range(len(words) - 2):
        if tuple(words[i : i + 2]) == _STATE_OF:
            words[i] = words[i + 1] = "of"
    return frozenset(_singular(BODY_SYNONYMS.get(w, w)) for w in words if w not in NON_DISTINCTIVE_WORDS)


#: The shortest plural read as its singular: "news", "arms" and "gas" stay as they are.
SINGULAR_MIN_LETTERS = 5


def _singular(word: str) -> str:
    """A plural noun's singular, as far as a name's words need it to compare: "elections" and
    "election", "ferries" and "ferry"; words ending "ss", "us" or "is" are no plurals."""
    if len(word) < SINGULAR_MIN_LETTERS or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


#: A body's type written with one word or its synonym: "Harlow Clinic" is "Harlow Center",
#: "Ministry of Energy" is "Energy Department". Other types ("council", "agency", "party") tell
#: two bodies apart, "National Security Council" from "National Security Agency".
BODY_SYNONYMS = {
    "centre": "center", "clinic": "center",
    "ministry": "department", "dept": "department",
    "assn": "association", "assoc": "association",
    # plurals without an "s"
    "referenda": "referendum", "curricula": "curriculum", "criteria": "criterion",
}  # fmt: skip


def _street_in_full(key: tuple[str, ...]) -> tuple[str, ...]:
    """The key with a street suffix written in full: ("flatbush", "ave") -> ("flatbush", "avenue")."""
    return (*key[:-1], _STREET_FULL.get(key[-1], key[-1])) if key else key


def _expand_acronyms(key: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """("un", "security", "council") against ("united", "nations", "security", "council")."""
    out: list[str] = []
    for token in key:
        expanded = None
        for size in range(2, 6):
            for i in range(len(other) - size + 1):
                words = other[i : i + size]
                if _initials(words) == token and not {words[0], words[-1]} & ACRONYM_SKIPPED:
                    expanded = words  # "uc" of "university of cincinnati"
        out.extend(expanded or (token,))
    return tuple(out)


def name_index(clusters: list[Cluster]) -> dict[tuple[str, ...], int]:
    """Folded spelling -> position of its cluster, for linking speakers."""
    index: dict[tuple[str, ...], int] = {}
    for position, cluster in enumerate(clusters):
        for name in (*cluster.surfaces, *cluster.aliases):
            index.setdefault(fold(name), position)
    return index


def find_person(
    name: str, clusters: list[Cluster], index: dict[tuple[str, ...], int] | None = None
) -> int | None:
    """The person cluster a speaker's name refers to, by full name or by a surname that fits
    exactly one person. `index` is `name_index(clusters)`, when the caller keeps one."""
    key = fold(name)
    if not key:
        return None
    exact = (index if index is not None else name_index(clusters)).get(key)
    if exact is not None:
        return exact
    fits = [c for c in clusters if _surname_fits(key[-1], c)]
    if len(key) > 1:
        fits = [c for c in fits if fuzz.ratio(fold(c.canonical())[0], key[0]) >= FIRST_NAME_SIMILARITY]
    chosen = _pick_by_surname(key[-1], fits)
    return next((i for i, c in enumerate(clusters) if c is chosen), None) if chosen is not None else None

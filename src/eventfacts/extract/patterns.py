"""What a name looks like when it is a street, a block or a venue rather than a person or a town.

NER types "Elm St.", "the 400 block of Harbor Boulevard" and "Riverside Medical Center" as people,
organizations or towns. The words that end such names are a small closed vocabulary (USPS
Publication 28's street suffixes, the head nouns of venues), so they are tables here, shared by
the NER repairs (a street is not a person) and by place resolution (a street belongs to a city).
Each row names its kind; the tests beside this module hold sentences for each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

#: Street suffixes with their usual abbreviations (USPS Publication 28, the common ones). "Court",
#: "Place" and "Row" are left out: "Supreme Court" and "Times Place" are not streets often enough.
STREET_SUFFIXES: dict[str, tuple[str, ...]] = {
    "street": ("st",),
    "avenue": ("ave", "av"),
    "boulevard": ("blvd",),
    "road": ("rd",),
    "drive": ("dr",),
    "lane": ("ln",),
    "way": (),
    "terrace": ("ter", "terr"),
    "circle": ("cir",),
    "parkway": ("pkwy",),
    "highway": ("hwy",),
    "expressway": ("expy",),
    "freeway": ("fwy",),
    "turnpike": ("tpke",),
    "pike": (),
    "trail": ("trl",),
    "square": ("sq",),
    "alley": ("aly",),
    "crescent": (),
}
#: Words that name a road by number rather than by suffix: "Route 9", "Interstate 95", "I-95".
NUMBERED_ROADS = ("route", "interstate", "highway", "state road", "county road", "us", "i", "sr", "cr")
#: Head nouns of venues, by the kind of venue they make.
VENUE_HEADS: dict[str, tuple[str, ...]] = {
    "medical": ("hospital", "medical center", "clinic", "health center", "trauma center"),
    "housing": (
        "apartments",
        "apartment complex",
        "homes",
        "towers",
        "estates",
        "village",
        "manor",
        "courts",
        "condominiums",
        "condos",
        "projects",
        "hut",
    ),
    "commerce": (
        "mall",
        "plaza",
        "shopping center",
        "market",
        "supermarket",
        "store",
        "shop",
        "bakery",
        "station",
        "gas station",
        "motel",
        "hotel",
        "inn",
        "restaurant",
        "bar",
        "grill",
        "lounge",
        "pub",
        "tavern",
        "club",
        "nightclub",
        "cafe",
        "parlor",
        "ranch",
        "funeral home",
    ),
    "public": (
        "park",
        "school",
        "high school",
        "elementary school",
        "academy",
        "church",
        "cathedral",
        "mosque",
        "synagogue",
        "temple",
        "library",
        "center",
        "centre",
        "airport",
        "cemetery",
    ),
    "arena": (
        "stadium",
        "arena",
        "ballpark",
        "coliseum",
        "colosseum",
        "theatre",
        "theater",
        "amphitheater",
        "amphitheatre",
        "speedway",
        "velodrome",
        "field",
        "forum",
        "fieldhouse",
        "pavilion",
    ),
    "hall": ("community hall", "social hall", "banquet hall", "dance hall", "union hall", "event hall"),
}

_SUFFIX_WORDS = sorted(
    {w for name, abbrs in STREET_SUFFIXES.items() for w in (name, *abbrs)}, key=lambda w: (-len(w), w)
)
_STREET = re.compile(
    r"^(?:(?:north|south|east|west|[nsew])\.?\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+\s+"
    rf"(?:{'|'.join(_SUFFIX_WORDS)})\.?(?:\s+(?:north|south|east|west|[nsew]{{1,2}})\.?)?$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(
    rf"^(?:{'|'.join(re.escape(w) for w in NUMBERED_ROADS)})[\s-]?\d+[a-z]?$", re.IGNORECASE
)
_BLOCK = re.compile(r"\b(?:the\s+)?(\d{1,6})\s+block\s+of\s+", re.IGNORECASE)
_ADDRESS = re.compile(r"^\d{1,6}[a-z]?\s+", re.IGNORECASE)


@lru_cache(maxsize=16384)
def street_kind(name: str) -> str | None:
    """ "street" for a street or road name ("Elm St.", "S. Harbor Boulevard", "Route 9"), "address"
    for one with a house number ("1400 Elm St.") or a block ("the 400 block of Elm St."), else None."""
    text = " ".join(name.split()).strip(" ,;")
    block = _BLOCK.search(text)
    if block:
        rest = text[block.end() :]
        return "address" if rest and street_kind(rest) else None
    if _ADDRESS.match(text):
        rest = _ADDRESS.sub("", text, count=1)
        return "address" if street_kind(rest) == "street" else None
    if _NUMBERED.match(text) or _STREET.match(text):
        return "street"
    return None


#: Each venue head with the rank of its kind in VENUE_HEADS, where the first listed kind wins.
_VENUE_BY_HEAD: dict[str, tuple[int, str]] = {}
for _rank, (_kind, _heads) in enumerate(VENUE_HEADS.items()):
    for _head in _heads:
        _VENUE_BY_HEAD.setdefault(_head, (_rank, _kind))


@lru_cache(maxsize=16384)
def venue_kind(name: str) -> str | None:
    """The kind of venue a name's head noun makes ("Riverside Medical Center" -> "medical"), else None."""
    words = re.findall(r"[a-z]+", name.casefold())
    found = [
        _VENUE_BY_HEAD[tail]
        for tail in (" ".join(words[i:]) for i in range(len(words)))
        if tail in _VENUE_BY_HEAD
    ]
    return min(found)[1] if found else None


_CAPITALISED = r"(?:[A-Z][\w'’-]*\.?|\d{1,3}(?:st|nd|rd|th))"
#: A street written in running text: "1400 Elm St.", "the 400 block of North Oak Road", "on
#: Harbor Boulevard", "Route 9". Capitalised words (or an ordinal: "52nd") before a suffix.
_STREET_IN_TEXT = re.compile(
    r"(?:\b(?:the\s+)?\d{1,6}\s+block\s+of\s+|\b\d{1,6}[A-Za-z]?\s+)?"
    rf"\b(?:(?:North|South|East|West|[NSEW])\.?\s+)?(?:{_CAPITALISED}\s+){{0,4}}"
    rf"(?:{'|'.join(w.capitalize() for w in _SUFFIX_WORDS)})\b\.?"
    rf"|\b(?:Route|Interstate|Highway|I)[\s-]\d{{1,3}}\b"
)


def openings(pattern: re.Pattern[str], text: str) -> list[int]:
    """The offsets where a word of `text` begins with a character `pattern` matches there."""
    return [m.start() for m in pattern.finditer(text)]


def word_opening(first: str) -> re.Pattern[str]:
    """A pattern for `openings`: the first character of a word, one of `first` (a character
    class body such as "A-Z"); a word begins where the character before it is no word character."""
    return re.compile(rf"[{first}](?<!\w.)")


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, trying only the ascending offsets `starts`: the
    same matches when no match of `pattern` is empty or begins anywhere else. A regex that opens
    on a word boundary or an optional group gets none of the engine's fast scan for its first
    character and is tried at every offset of the text; trying the few offsets where a word
    begins as it must costs a fraction of that."""
    after = 0
    for start in starts:
        if start >= after and (match := pattern.match(text, start)) is not None:
            yield match
            after = match.end()


#: Where a street can begin: a number, a capital, or "the" before a number (of "the 400 block"),
#: not every word that opens with a "t".
_STREET_OPENING = re.compile(r"(?:[\dA-Z]|t(?=he\s+\d))(?<!\w.)")


def streets_in(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of every street, address or block written in `text`."""
    found = []
    for match in matches_at(_STREET_IN_TEXT, text, openings(_STREET_OPENING, text)):
        start, end = match.span()
        name = text[start:end]
        if name.endswith(".") and not re.search(r"\b[A-Z][a-z]{1,3}\.$", name):
            end -= 1
        if street_kind(text[start:end]):
            found.append((start, end))
    return found

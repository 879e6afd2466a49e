"""Place cues: the words with which one article says where things are.

A reader finds the town of a local story in a few kinds of places: the dateline ("MARLOWE, Ore.
(AP) —"), a town written with its state ("Marlowe, Ore."), the police or sheriff who speak
("Marlowe police"), the people ("a Marlowe man"), "the city of Marlowe", "in Marlowe"; and the
spot itself in streets, blocks, venues and neighbourhoods. Each row of `TOKEN_CUES` (spaCy
Matcher patterns) or of `CUES` (regexes, for the cues with a region or container) is one such
pattern. NER is not trusted for this (it types towns as people and streets as towns), so the
patterns read capitalised words; whether a name is a real place is decided at reconciliation
against the gazetteer (`eventfacts.geo`), which this stage never loads.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import deque
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..datelines import NAME, PARTICLES, REGION, UPPER, WORD, datelines
from ..lexicon import (
    CLIMBING_VERBS,
    COMPASS_ADJECTIVES,
    COMPASS_POINTS,
    DWELLING_VERBS,
    JOURNEY_VERBS,
    MOUNTAIN_NOUNS,
    MOUNTAIN_PREPOSITIONS,
    MOUNTAIN_WORDS,
    PEOPLE_PLURALS,
)
from ..records import PlaceCue, TitleCue
from ..timeexpr import FIXED_HOLIDAYS, HOLIDAYS
from .common import columns, doc_index, evidence, repaired_entities, repaired_ents, repaired_label, text_of
from .entities import PLACE_SUFFIXES, is_locative
from .headline import MAX_HEADLINE_CHARS, headline_proper
from .patterns import matches_at, openings, street_kind, streets_in, venue_kind, word_opening

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span
    from spacy.vocab import Vocab

_WORD = WORD
_UPPER = UPPER

#: Capitalised head nouns of the parts of a town: "Oregon District", "Green Zone", "South Side".
PART_NOUNS = sorted(
    {w.capitalize() for w in PLACE_SUFFIXES - {"county", "province", "region", "parish", "township"}}
    | {"Side", "End", "Hill", "Hills", "Village", "Quarter", "Zone"}
)
#: What a named site is, after its name: "the Kakuma refugee camp", "Mount Tarvel glacier".
_SITE_HEADS = ("camp", "mine", "dam", "power plant", "oil field", "volcano", "glacier", "island", "resort")


def _either_case(phrase: str) -> str:
    """A regex of `phrase` with each word's first letter in either case: "[Pp]ower [Pp]lant"."""
    return " ".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in phrase.split())


SITE_NOUN = (
    r"(?:(?:[Rr]efugee|[Mm]igrant|[Dd]isplacement|[Aa]rmy|[Mm]ilitary) )?"
    rf"(?:{'|'.join(map(_either_case, _SITE_HEADS))})"
)
#: Where the words open that a cue can begin with (see `patterns.matches_at`).
_CAPITAL = word_opening("A-Z")
_CAPITAL_OR_THE = word_opening("A-Zt")
#: The nouns after a neighbourhood's name: "the Eastgate neighborhood", "the Eastgate area of Marlowe".
_AREA_NOUNS = (
    "neighborhood",
    "neighbourhood",
    "area",
    "section",
    "community",
    "district",
    "subdivision",
    "suburb",
)
#: (name, pattern, opening, needs): each pattern has a group `place`, and may have `region` and
#: `container`; every match begins at a word that `opening` finds (None: try every offset), and
#: holds one string of each group of `needs`, so a text without one (most texts name no
#: "refugee camp" and no "neighborhood") is not scanned with the row at all.
#: A row's `before`, when not None, finds what follows the place of every match: a match begins
#: in the stretch of its line in front of one, after the last comma there (a place name holds no
#: comma and no line break), so the row is tried only at the word starts of those stretches.
#: The dateline is no row here: its grammar is `eventfacts.datelines`, which cleaning and the
#: entities read too.
Needs = tuple[tuple[str, ...], ...]
#: The side of a region a town is in: "Marlowe, northern Ruritania".
_SIDE = (
    "north|south|east|west|central|northern|southern|eastern|western|"
    "north-?eastern|north-?western|south-?eastern|south-?western"
)
CUES: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None, Needs, re.Pattern[str] | None], ...] = (
    # "Marlowe, Ore.", "in Marlowe, Oregon,", "in Marlowe, northern Ruritania"; not "Marlowe,
    # Ruritania's ..."
    (
        "pair",  # a regex: REGION is the dateline grammar's, which tokens cut unevenly ("N.Y.", "W.Va.")
        re.compile(
            rf"\b(?P<place>{NAME}), (?:(?:{_SIDE}) )?(?P<region>{REGION})"
            r"(?![’']s\b)(?=[\s,.;:)'’\"”]|$)"
        ),
        _CAPITAL,
        (),
        re.compile(rf", (?:(?:{_SIDE}) )?[A-Z]"),  # REGION opens with a capital
    ),
    # "Marlowe's Eastgate neighborhood", "the Eastgate neighborhood", "the Eastgate area of Marlowe"
    (
        "neighbourhood",  # a regex: two names of any length in one match (`TOKEN_CUES` keys place one)
        re.compile(
            rf"\b(?:(?P<container>{NAME})['’]s )?(?:the )?(?P<place>{NAME}) (?:{'|'.join(_AREA_NOUNS)})"
            rf"(?: of (?P<region>{NAME}))?\b"
        ),
        _CAPITAL_OR_THE,
        (tuple(f" {noun}" for noun in _AREA_NOUNS),),
        None,
    ),
    # "Marlowe's Eastgate District", "Marlowe's South Side": a part of a town, by its head noun.
    (
        "neighbourhood",  # a regex: two names of any length in one match (`TOKEN_CUES` keys place one)
        re.compile(
            rf"\b(?P<container>{NAME})['’]s (?P<place>(?:{_WORD} ){{0,2}}(?:{'|'.join(PART_NOUNS)}))\b"
        ),
        _CAPITAL,
        (("'s ", "’s "), tuple(PART_NOUNS)),
        None,
    ),
    # "the Kakuma refugee camp in Kenya", "Moria camp on Lesbos", "the Ridgeback mine near
    # Tarvel": a site with the town, island or country it is in.
    (
        "site",  # a regex: two names of any length in one match (`TOKEN_CUES` keys place one)
        re.compile(
            rf"\b(?P<place>{NAME} {SITE_NOUN}),? (?:in|near|outside|on|at|of)(?: the)?(?: island of)?"
            rf"(?: (?:{_SIDE}))? (?P<container>{NAME})"
        ),
        _CAPITAL,
        (tuple(form for head in _SITE_HEADS for form in (head.split()[-1], head.split()[-1].capitalize())),),
        None,
    ),
)


#: A place name's tokens, as the Matcher finds them: a first word with a capital, then any run of
#: words, particles ("de"), and the hyphens, apostrophes and stops that tokenization cuts out of
#: a word ("Winston-Salem" is three tokens, "St." one, "Marlowe." at a sentence's end two).
#: Which run is a name is decided on its characters by `_name_at`, with the dateline's
#: `NAME`: the Matcher cannot see whether tokens are written apart or glued.
_NAME_START_TEXT = re.compile(r"^[A-Z]")
_NAME_PIECE_TEXT = re.compile(r"^(?:[A-Z][A-Za-z'’.]*|[a-z]+|-|\.|['’])$")
_NAME_START: dict[str, object] = {"TEXT": {"REGEX": _NAME_START_TEXT.pattern}}
_NAME_PIECE: dict[str, object] = {"TEXT": {"REGEX": _NAME_PIECE_TEXT.pattern}, "OP": "*"}


def _starts_a_name(text: str) -> bool:
    return _NAME_START_TEXT.search(text) is not None


def _continues_a_name(text: str) -> bool:
    return _NAME_PIECE_TEXT.search(text) is not None


@lru_cache(maxsize=4)
def _name_flags(vocab: Vocab) -> tuple[int, int]:
    """The vocabulary's flags for `_NAME_START` and `_NAME_PIECE`: set once per word (and on
    each new word as it is added), where the Matcher's `REGEX` was a Python call per token of
    every window. Bits that no attribute of the vocabulary uses, from the top."""
    used = getattr(vocab, "lex_attr_getters", {})
    free = [bit for bit in range(63, 18, -1) if bit not in used]
    return vocab.add_flag(_starts_a_name, free[0]), vocab.add_flag(_continues_a_name, free[1])


_PARTICLES = frozenset(PARTICLES)
#: The longest run of tokens a place name of four words takes (hyphens and particles within).
NAME_TOKENS = 30

Tokens = list[dict[str, object]]


def _cased(*words: str) -> list[str]:
    """Each word as written in lower case and with a capital ("police", "Police")."""
    return [form for word in words for form in (word, word.capitalize())]


_COURTS = ["District", "High", "Superior", "Circuit", "Crown", "Magistrates"]
_LOCATIVES = ["in", "near", "outside", "at", "inside", "across", "around"]
_THE: dict[str, object] = {"ORTH": "the", "SPACY": True}
_OF: dict[str, object] = {"ORTH": "of", "SPACY": True}
#: Token rows of (name, token patterns before the place, token patterns after it, texts with
#: the place they cue, texts with none). The Matcher tries every before + place name + after.
#: As the regex rows of `CUES` read, each row keeps at each start the longest place name words
#: follow (a place nothing follows is `NAME`'s own reading), and no match that begins inside
#: the one before. The first words after the place (or before it, where nothing follows) are
#: the row's anchors: the Matcher runs only around them.
TokenCue = tuple[str, list[Tokens], list[Tokens], tuple[tuple[str, str], ...], tuple[str, ...]]
TOKEN_CUES: tuple[TokenCue, ...] = (
    # "Marlowe police", "the Marlowe Police Department", "Pasco County Sheriff's Office", the
    # town's mayor and courts ("Marlowe Mayor Ann Lee", "the Marlowe District Court")
    (
        "agency",
        [[]],
        [
            [{"ORTH": {"IN": [*_cased(
                "police", "sheriff", "fire", "officers", "deputies", "detectives", "authorities",
                "prosecutors", "coroner"), "Mayor"]}}],
            [{"ORTH": "District", "SPACY": True}, {"ORTH": "Attorney"}],
            [{"ORTH": {"IN": _cased("medical")}, "SPACY": True}, {"ORTH": {"IN": _cased("examiner")}}],
            [{"ORTH": {"IN": _COURTS}, "SPACY": True}, {"ORTH": "Court"}],
            [{"ORTH": "Magistrates", "SPACY": False}, {"ORTH": {"IN": ["'", "’"]}, "SPACY": True},
             {"ORTH": "Court"}],
        ],
        (("Elkmoor County Sheriff's Office said", "Elkmoor County"), ("a Marlowe police officer", "Marlowe"),
         ("at the Marlowe District Court", "Marlowe"), ("Fenn-Abbey Fire crews", "Fenn-Abbey"),
         ("the Marlowe Medical Examiner", "Marlowe"), ("the Port Aldric Magistrates' Court", "Port Aldric"),
         ("The Rio de Ossa police", "The Rio de Ossa"), ("the Marlowe-area police", "Marlowe-area")),
        ("a Marlowe policeman", "Marlowe  police", "the police in Marlowe", "Marlowe\npolice"),
    ),
    # "a Marlowe man", "an 18-year-old Marlowe woman"
    (
        "resident",
        [
            [{"ORTH": {"IN": ["a", "an"]}, "SPACY": True}],
            [{"ORTH": {"IN": ["a", "an"]}, "SPACY": True}, {"IS_DIGIT": True, "SPACY": False},
             {"ORTH": "-", "SPACY": False}, {"ORTH": "year", "SPACY": False}, {"ORTH": "-", "SPACY": False},
             {"ORTH": "old", "SPACY": True}],
        ],
        [[{"ORTH": {"IN": [
            "man", "woman", "teen", "teenager", "boy", "girl", "couple", "family", "resident", "native",
            "mother", "father"]}}]],
        (("police said a Marlowe man was held", "Marlowe"), ("an 18-year-old Port Ash woman", "Port Ash"),
         ("a Fenn-Abbey family of four", "Fenn-Abbey")),
        ("An Eastgate man", "a Marlowe manager", "a 40-year-old man", "a Marlowe\nman"),
    ),
    # "Marlowe residents", "a Marlowe native"
    (
        "resident",
        [[]],
        [[{"ORTH": {"IN": ["resident", "residents", "native", "natives"]}}]],
        (("Marlowe residents were told to stay in", "Marlowe"), ("two Port Ash natives", "Port Ash")),
        ("Marlowe Residents' Association", "local residents", "Marlowe's residents"),
    ),
    # "the city of Marlowe", "the town of Marlowe"
    (
        "city-of",
        [[{"ORTH": {"IN": _cased("city", "town", "village", "borough")}, "SPACY": True},
          {"ORTH": "of", "SPACY": True}]],
        [[]],
        (("in the city of Marlowe.", "Marlowe."), ("the Town of Rio de Ossa's budget", "Rio de Ossa"),
         ("the village of Fenn-Abbey", "Fenn-Abbey")),
        ("the city of", "a city of 40,000", "the City Of Marlowe"),
    ),
    # "in Marlowe", "near Marlowe", "outside Marlowe", "just outside of Marlowe": the place where
    # something is ("Eastgate, south of Marlowe" says where Eastgate is: no cue for Marlowe).
    (
        "locative",
        [
            [{"ORTH": {"IN": _LOCATIVES}, "SPACY": True}],
            [{"ORTH": {"IN": _LOCATIVES}, "SPACY": True}, _THE],
            [{"ORTH": "outside", "SPACY": True}, _OF],
            [{"ORTH": "outside", "SPACY": True}, _OF, _THE],
        ],
        [[]],
        (("a fire broke out in Marlowe on Monday", "Marlowe"), ("just outside of Port Ash", "Port Ash"),
         ("at the Eastgate Mall", "Eastgate Mall"), ("in Rio de Ossa,", "Rio de Ossa"),
         ("a fair in McCorran Falls on Monday", "McCorran Falls")),
        ("In Marlowe, a fire broke out", "in the morning", "Eastgate, south of Marlowe", "in\nMarlowe",
         "a storm in DeVane Hollow"),  # a name is whole tokens: no "De" of "DeVane"
    ),
)  # fmt: skip


def _orths(token: dict[str, object]) -> list[str]:
    orth = token["ORTH"]
    return [str(o) for o in orth["IN"]] if isinstance(orth, dict) else [str(orth)]


def _anchors() -> dict[str, list[tuple[int, bool, int, int, int]]]:
    """For each word (lower case) next to which a row's place stands: the row, whether the word
    follows the place, the fewest and the most tokens the row's words take before the place, and
    the most after it. A row anchors on the first word after its place, or, where nothing
    follows it, on the first word before."""
    reach: dict[str, list[tuple[int, bool, int, int, int]]] = {}
    for row, (_, befores, afters, _, _) in enumerate(TOKEN_CUES):
        follows = any(afters)
        firsts = [a[0] for a in afters if a] if follows else [b[0] for b in befores if b]
        tokens = (min(map(len, befores)), max(map(len, befores)), max(map(len, afters)))
        for word in sorted({w.casefold() for token in firsts for w in _orths(token)}):
            reach.setdefault(word, []).append((row, follows, *tokens))
    return reach


_ANCHORS = _anchors()
_ANCHOR_WORDS = frozenset(_ANCHORS)


@lru_cache(maxsize=4)
def _cue_matchers(vocab: Vocab) -> tuple[Matcher, ...]:
    """A Matcher for each row of `TOKEN_CUES`, once per vocabulary (a window is tried with its
    own row's patterns alone); one key per length of the words before the place and after it,
    which say where in a match its place is."""
    from spacy.matcher import Matcher

    start, piece = _name_flags(vocab)
    # `_NAME_START` and `_NAME_PIECE` as their flags
    name_start: dict[Any, object] = {start: True}
    name_piece: dict[Any, object] = {piece: True, "OP": "*"}
    matchers = []
    for _, befores, afters, _, _ in TOKEN_CUES:
        # the rows' own words are checked by `Matcher(vocab)` in the tests: a flag is no name
        matcher = Matcher(vocab, validate=False)
        for before in befores:
            for after in afters:
                # a place nothing follows is as long as `NAME` reads it from its first word on
                pattern = [*before, name_start, *([name_piece, *after] if after else [])]
                matcher.add(f"{len(before)}:{len(after)}", [pattern])
        matchers.append(matcher)
    return tuple(matchers)


#: Where a Doc keeps its `TOKEN_CUES` matches, with the text they index.
_TOKEN_MATCHES_KEY = "eventfacts.place-token-matches"


def _token_matches(doc: Doc, text: str) -> list[tuple[str, tuple[int, int]]]:
    """(cue, the place's offsets) for the matches of `TOKEN_CUES` in one Doc, row by row. Kept
    in the Doc for its text: a headline's title cues (`title_cues`) read the same tokens again."""
    kept = doc.user_data.get(_TOKEN_MATCHES_KEY)
    if kept is not None and kept[0] == text:
        return list(kept[1])
    found = list(_read_token_matches(doc, text))
    doc.user_data[_TOKEN_MATCHES_KEY] = (text, tuple(found))
    return found


def _read_token_matches(doc: Doc, text: str) -> Iterator[tuple[str, tuple[int, int]]]:
    windows = _windows(doc, text)
    if not windows:
        return
    strings = doc.vocab.strings
    matchers = _cue_matchers(doc.vocab)
    for row, (name, _, _, _, _) in enumerate(TOKEN_CUES):
        best: dict[int, tuple[int, int, int]] = {}  # match's start -> place's offsets, match's end
        for window, until in windows.get(row, ()):
            for match_id, start, end in matchers[row](doc[window:until]):
                words_before, words_after = map(int, strings[match_id].split(":"))
                start, end = start + window, end + window
                first = doc[start].idx
                if first and (text[first - 1].isalnum() or text[first - 1] == "_"):
                    continue  # a match opens where a word does
                span = _name_at(doc, text, start + words_before, end - words_after, followed=words_after > 0)
                if span is not None and (start not in best or span[1] > best[start][1]):
                    best[start] = (*span, max(span[1], doc[end - 1].idx + len(doc[end - 1])))
        after = 0
        for start in sorted(best):
            place_start_char, place_end_char, match_end = best[start]
            if doc[start].idx >= after:
                yield name, (place_start_char, place_end_char)
                after = match_end


def _windows(doc: Doc, text: str) -> dict[int, list[tuple[int, int]]]:
    """For each row, the stretches of the Doc a match can be in, joined where they meet: the run
    of name-like tokens before a word that follows a place, with the row's other words; the
    words that open a place, up to its first word. The Matcher run on every token of a story
    costs as much as the rest of the stage."""
    from spacy.attrs import IDX, LOWER

    anchors = _anchor_keys(doc.vocab)
    lowers, starts = columns(doc, LOWER, IDX)
    spans: dict[int, list[tuple[int, int]]] = {}
    capitals: list[bool] | None = None  # each token's first letter is a capital, once asked
    for i in [i for i, lower in enumerate(lowers) if lower in anchors]:
        for row, follows, fewest, most, after in anchors[lowers[i]]:
            if follows:
                start = i
                while start > 0 and i - start < NAME_TOKENS and _name_like(doc, start - 1):
                    start -= 1
                if start < i:  # no name just before: no match ends here
                    spans.setdefault(row, []).append((max(0, start - most), min(len(doc), i + after)))
                continue
            # a row whose place ends it matches up to the place's first word (see `_cue_matchers`)
            end = min(len(doc), i + most + 1)
            if capitals is None:
                capitals = [text[start].isupper() for start in starts]
            if any(capitals[i + fewest : end]):
                spans.setdefault(row, []).append((i, end))
    return {row: _joined(sorted(found)) for row, found in spans.items()}


def _joined(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted stretches, those that meet joined into one."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def _name_like(doc: Doc, i: int) -> bool:
    """The token can be part of a place name: a word with a capital, a particle, a stop, or a
    hyphen or apostrophe and what is glued after it ("Marlowe-area")."""
    text = doc[i].text
    if text[:1].isupper() or text in _PARTICLES or text in _GLUES:
        return True
    return i > 0 and doc[i - 1].text in _GLUES and not doc[i - 1].whitespace_ and text.isalpha()


_GLUES = frozenset({"-", ".", "'", "’"})


@lru_cache(maxsize=4)
def _anchor_keys(vocab: Vocab) -> dict[int, list[tuple[int, bool, int, int, int]]]:
    """`_ANCHORS` by the vocabulary's key of each word."""
    return {vocab.strings.add(word): reach for word, reach in _ANCHORS.items()}


#: A place name and the space before the words that follow it.
_NAME_THEN = re.compile(rf"(?:{NAME}) ")
_NAME_RE = re.compile(NAME)


def _name_at(doc: Doc, text: str, start: int, end: int, *, followed: bool) -> tuple[int, int] | None:
    """The offsets of the place name of tokens start..end. When the row's words follow it, these
    tokens must be one `NAME` and one space after it; else the name is what `NAME` reads from
    the first token on, if it ends where a token does. A name is whole tokens: where `NAME`'s
    first reading stops inside a word ("Mc" of "McCorran", its first way of reading a word
    winning), the name is the longest run of whole tokens `NAME` reads, or none."""
    first = doc[start].idx
    if not followed:
        name = _NAME_RE.match(text, first)
        return _whole_tokens(doc, text, start, name.end()) if name is not None else None
    last = doc[end - 1].idx + len(doc[end - 1])
    return (first, last) if _NAME_THEN.fullmatch(text, first, last + 1) else None


def _whole_tokens(doc: Doc, text: str, start: int, read: int) -> tuple[int, int] | None:
    """(start's offset, `read`) when `read` ends a token; else the offsets of the longest run of
    whole tokens from `start` on that is one `NAME`, if any."""
    first = doc[start].idx
    ends = []
    for token in doc[start : start + NAME_TOKENS]:
        ends.append(token.idx + len(token))
        if ends[-1] == read:
            return first, read
    whole = [e for e in ends if _NAME_RE.fullmatch(text, first, e)]
    return (first, whole[-1]) if whole else None


def _cue_matches(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """(cue, match) for every match of every row of `CUES`, row by row."""
    starts: dict[re.Pattern[str], list[int]] = {}
    for cue, pattern, opening, needs, before in CUES:
        # a match holds a string of each group where it begins or after: none begins after the
        # last of them, and a text without one has no match
        last = len(text)
        for group in _needed(needs):
            last = min(last, _last_start(group, text))
            if last < 0:
                break
        if last < 0:
            continue
        if opening is None:
            matches: Iterator[re.Match[str]] = pattern.finditer(text)
        else:
            if before is not None:
                row_starts = _starts_before(before, opening, text)
            else:
                if opening not in starts:
                    starts[opening] = openings(opening, text)
                row_starts = starts[opening]
            matches = matches_at(pattern, text, row_starts[: bisect_right(row_starts, last)])
        for match in matches:
            yield cue, match


@lru_cache(maxsize=16)
def _needed(needs: Needs) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Each group of a row's needed strings as two patterns: one that finds them (a scan of the
    text per group, where `str.rfind` was one per string) and one that matches, empty, where one
    of them begins."""
    found = []
    for group in needs:
        either = "|".join(map(re.escape, group))
        found.append((re.compile(either), re.compile(f"(?=(?:{either}))")))
    return tuple(found)


def _last_start(group: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> int:
    """Where the last string of `group` (`_needed`) in `text` begins, or -1: the greatest
    `text.rfind(word)` of its strings. The scan for the strings themselves skips ahead in C on
    their first letters (an empty match where one begins was tried at every offset, a third of
    the row's cost); it steps over the text a match covers, where another string may begin
    ("… area" inside a longer one), so those few offsets are tried one by one."""
    strings, begins = group
    last = deque(strings.finditer(text), maxlen=1)  # the last match, read in C
    if not last:
        return -1
    start, end = last[0].span()
    for at in range(end - 1, start, -1):
        if begins.match(text, at):
            return at
    return start


def _starts_before(before: re.Pattern[str], opening: re.Pattern[str], text: str) -> list[int]:
    """The word starts of `opening` in the stretches of `text` a row's match can begin in: from
    the last comma or line break in front of each match of `before` up to it."""
    found: list[int] = []
    for mark in before.finditer(text):
        at = mark.start()
        since = max(text.rfind(",", 0, at), text.rfind("\n", 0, at)) + 1
        found.extend(match.start() for match in opening.finditer(text, since, at))
    return found


def _found(doc: Doc) -> Iterator[tuple[str, tuple[int, int], str | None, str | None]]:
    """(cue, place's offsets, region, container) of the dateline (`eventfacts.datelines`) and of
    every match of every row of `TOKEN_CUES` and `CUES`."""
    text = text_of(doc)
    for line in datelines(text):
        yield "dateline", (line.start, line.end), line.region, None
    for cue, span in _token_matches(doc, text):
        yield cue, span, None, None
    for cue, match in _cue_matches(text):
        parts = match.groupdict()
        yield cue, match.span("place"), parts.get("region"), parts.get("container")


_HEADLINE_LINES = 1


def extract_places(doc: Doc, *, source: str) -> Iterator[PlaceCue]:
    """Yield the place cues of one article's body, in text order."""
    text = text_of(doc)
    index = doc_index(doc)
    found: list[PlaceCue] = []
    for cue, (start, end), region, container in _found(doc):
        start, end = _trimmed(text, start, end)
        if end <= start:
            continue
        if cue in WEAK_CUES | {"pair"} and _person_at(doc, start, end):
            continue  # "in Anthony Giaquinta's home", "Regina Hale, MD"
        if not_a_place(text[start:end]) or (cue != "agency" and _inside_name(doc, start, end)):
            continue
        if _function_words(doc, start, end) or _people_words(text[start:end]):
            continue  # "The police said": a capital at a sentence's start names nothing
        if cue in ("agency", "resident") and (
            _common_words(doc, start, end) or _nationality(doc, start, end)
        ):
            continue  # "Federal authorities", "Local residents", "Thai police"
        container = container or region
        found.append(
            PlaceCue(
                text=_display(text[start:end]),
                cue=cue,
                sentence=_sentence(doc, index.number, start),
                evidence=evidence(source, text, start, end),
                region=_display(region) if region and cue not in SITE_CUES else None,
                container=_display(_without_stop(container)) if cue in SITE_CUES and container else None,
            )
        )
    found.extend(_entity_cues(doc, source))
    found.extend(_street_cues(doc, source))
    found = [_as_home(_as_care(c, doc, text), doc) for c in found]
    yield from sorted(_outside_parts(set(found)), key=_cue_order)


def _cue_order(cue: PlaceCue) -> tuple[int, int, str, str, str, str]:
    """Text order, and a total order after it: two cues of one span (a street with and without
    the town it is in) must not come out in the set's order, which changes from run to run."""
    ev = cue.evidence
    return ev.start, ev.end, cue.cue, cue.text, cue.region or "", cue.container or ""


#: Cues a town where a victim was taken or treated is written with ("taken to a hospital in
#: Marlowe", "a Marlowe hospital"): that town is where the care was, not where it happened.
CARE_OPEN_CUES = frozenset({"locative", "mention", "resident"})
_CARE_VERB = re.compile(
    r"\b(?:hospitali[sz]ed|taken|transported|rushed|airlifted|air-lifted|flown|driven|brought|treated|"
    r"admitted|pronounced dead|died|listed)\b",
    re.IGNORECASE,
)
#: `_CARE_VERB` without its opening word boundary: where a piece of a text cut at a sentence's
#: start has a care verb, the whole text has this.
_CARE_VERB_ANYWHERE = re.compile(_CARE_VERB.pattern.removeprefix(r"\b"), re.IGNORECASE)
_CARE_NOUN = re.compile(r"\b(?:hospital|medical|trauma cent(?:er|re)|clinic|infirmary)\b", re.IGNORECASE)


def _sentence_start(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None and len(span) else 0


#: How far before a town its sentence is searched for the care: characters.
CARE_WINDOW = 100


def _as_care(cue: PlaceCue, doc: Doc, text: str) -> PlaceCue:
    """A town written as where a victim was taken, treated or died in hospital ("airlifted to
    Mercy Medical in Marlowe", "hospitalized in Marlowe", "taken to a Marlowe hospital") is a
    "care" cue: reports name the hospital's town as readily as the scene's."""
    if cue.cue not in CARE_OPEN_CUES:
        return cue  # before its sentence is looked up: spaCy's `Span.sent` walks the Doc
    start, end = cue.evidence.start, cue.evidence.end
    if not _CARE_VERB_ANYWHERE.search(text, max(0, start - CARE_WINDOW), start):
        return cue  # no care verb in the window, so none in the part of it in the sentence
    sentence_start = _sentence_start(doc, start)
    before = re.split(r"[!?;]\s", text[max(0, sentence_start, start - CARE_WINDOW) : start])[-1]
    after = text[end : end + 40]
    if not _CARE_VERB.search(before):
        return cue
    inside = re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$", before) and (
        _CARE_NOUN.search(before)
        or re.search(r"\bhospitali[sz]ed\s+in\s+$", before)
        or re.search(rf"{_CARE_VERB.pattern}[^.]{{0,50}}\bto\b[^.]{{0,40}}\bin\s+$", before, re.IGNORECASE)
    )
    named_with = re.match(
        r"\s+(?:[A-Z][a-z]+\s+)?(?:hospital|medical cent(?:er|re)|trauma cent)", after, re.IGNORECASE
    )
    if inside or (named_with and re.search(r"\b(?:a|an|the)\s+$", before)):
        return replace(cue, cue="care")
    return cue


#: Cues whose name holds other names that are not places of their own: "Oregon" in "Oregon
#: District", "Elm" in "Elm Street".
PART_CUES = frozenset({"neighbourhood", "street", "venue", "site"})
#: Cues of a place within another, written with it (`container`).
SITE_CUES = frozenset({"neighbourhood", "site"})


def _outside_parts(cues: set[PlaceCue]) -> list[PlaceCue]:
    """The cues not inside a part of a town (a street, venue, site or neighbourhood); and a town
    the words call a neighbourhood ("shot in the Eastgate neighborhood") is not also read as a
    town where it happened: the phrase says it is a part of another."""
    parts = [(c.evidence.start, c.evidence.end) for c in cues if c.cue in PART_CUES]
    neighbourhoods = {(c.evidence.start, c.evidence.end) for c in cues if c.cue == "neighbourhood"}
    return [
        c
        for c in cues
        if c.cue in PART_CUES
        or (
            not any(
                s <= c.evidence.start and c.evidence.end <= e and (s, e) != (c.evidence.start, c.evidence.end)
                for s, e in parts
            )
            and not (
                c.cue in ("locative", "mention") and (c.evidence.start, c.evidence.end) in neighbourhoods
            )
        )
    ]


#: Cues that a person's name fits as well as a town's: skipped where NER says PERSON.
WEAK_CUES = frozenset({"locative", "resident", "neighbourhood"})


#: Words of the calendar: "in August", "by Christmas", "on Friday" say when, not where.
CALENDAR_WORDS = frozenset(
    w.casefold()
    for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr, *FIXED_HOLIDAYS, *HOLIDAYS)
    if w
) | frozenset({"easter", "ramadan", "eid", "hanukkah", "diwali", "passover", "new year", "new year's"})


def not_a_place(name: str) -> bool:
    """A month, a weekday or a holiday ("August", "Christmas Eve"), whatever the gazetteer holds."""
    return " ".join(name.casefold().replace(".", "").split()) in CALENDAR_WORDS


#: Names a place name can be the first word of without being a place of the story: a team
#: ("the Kansas City Chiefs"), a company, a landmark ("the Washington Monument"), a title.
NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT"})


def _inside_name(doc: Doc, start: int, end: int) -> bool:
    """The words are part of a longer name of something else: an organization, building or work
    (as the names repairs left NER's) that reaches past them ("Indianapolis" in "the Indianapolis
    Colts") or is an organization's or building's whole name written after "the" (the repairs
    leave the article out of the name, and no town takes one: NER types towns organizations
    too); or the first or
    second half of a hyphenated name ("Bristol" in "Bristol-Myers")."""
    text = text_of(doc)
    if re.match(r"-[A-Za-z]", text[end : end + 2]) or re.search(
        r"[A-Za-z]-$", text[max(0, start - 2) : start]
    ):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    repaired = repaired_entities(doc)
    for token in span:
        ent = repaired.ent[token.i]
        if ent is None or ent.label_ not in NAME_LABELS:
            continue
        if (ent.start_char, ent.end_char) == (start, end) and _after_the(text, start):
            # "at the Brookfield Institute", "the Grey House": a body's or building's name; a
            # venue or street keeps its own cue ("outside the Marlowe Arena")
            name = text[start:end]
            return ent.label_ == "ORG" or not (venue_kind(name) or street_kind(name))
        if _reaches_past(text, ent.start_char, ent.end_char, start, end):
            return not text.startswith(("'s", "’s"), end)  # "Baghdad's Green Zone" is in Baghdad
    return _names_a_team(doc, span)


def _after_the(text: str, start: int) -> bool:
    return text[max(0, start - 4) : start].lower() == "the "


def _reaches_past(text: str, ent_start: int, ent_end: int, start: int, end: int) -> bool:
    """The entity holds words beyond these, not just a comma NER took in ("Dorking,") or the
    town that owns them ("Marlowe's" of a venue the repairs read as "Marlowe's Eastgate Park")."""
    before = text[ent_start:start]
    return bool(
        (re.search(r"\w", before) and not re.fullmatch(r"[^\W\d_][\w.'’ -]*['’]s\s+", before))
        or re.search(r"\w", text[end:ent_end])
    )


def _names_a_team(doc: Doc, span: Span) -> bool:
    """A town written before another name that is no part of a place: a team or a paper ("the
    Denver Broncos", "Philadelphia 76ers", "the Toronto Star"); not "Baghdad Sunday" nor "Lagos
    State"."""
    labels = repaired_entities(doc).label
    if span.end >= len(doc) or labels[span.end - 1] not in ("GPE", "LOC"):
        return False
    after = doc[span.end]
    return (
        (after.text[:1].isupper() or after.text[:1].isdigit())
        and after.pos_ in ("PROPN", "NOUN", "NUM")
        and labels[after.i] not in ("GPE", "LOC", "DATE", "TIME", "CARDINAL")
        and after.lower_ not in PLACE_SUFFIXES
        and after.lower_ not in CALENDAR_WORDS
        and not after.lower_.startswith(("police", "sheriff", "fire", "county"))
    )


def _common_words(doc: Doc, start: int, end: int) -> bool:
    """Every word is an adjective, none part of a name the repairs kept ("Federal", "Local"; the tagger
    calls a town before "police" a noun as often as a name, so nouns are not judged here)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.pos_ == "ADJ" and not repaired_label(t) for t in span)


def _function_words(doc: Doc, start: int, end: int) -> bool:
    """Every word is a stop word that is no name ("The", "This", "Our"): a place never is one,
    whatever the gazetteer holds; "US" is a stop word's spelling too, but a name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.is_stop and t.pos_ != "PROPN" for t in span)


def _people_words(name: str) -> bool:
    """The name is a plural noun for people, the first word of a longer name ("at the Women's
    Harbor Prison" once the repairs dropped "Women"): no town, whatever the gazetteer holds."""
    return name.casefold() in PEOPLE_PLURALS


def _nationality(doc: Doc, start: int, end: int) -> bool:
    """NER reads the words as a nationality ("Thai police", "Moroccan authorities"): a country's
    people (a "demonym" cue of its own), never a town, whatever the gazetteer holds ("Thai" is
    another name of Alor Setar)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(repaired_label(t) == "NORP" for t in span)


def _person_at(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(repaired_label(t) == "PERSON" for t in span)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Without a leading "The", a possessive or a sentence's full stop ("Marlowe's", "in
    Marlowe.")."""
    if text.startswith(("The ", "THE "), start) and end - start > 4:
        start += 4
    name = text[start:end]
    for ending in ("'s", "’s"):
        if name.endswith(ending):
            end -= len(ending)
    if text[start:end].endswith(".") and not re.search(r"\b[A-Z][a-z]?\.$|[A-Z]\.[A-Z]\.$", text[start:end]):
        end -= 1
    return start, end


def _without_stop(name: str) -> str:
    """ "Kenya." at a sentence's end is "Kenya"; "D.C." stays."""
    return name[:-1] if name.endswith(".") and not re.search(r"\b[A-Z][a-z]?\.$", name) else name


def _display(name: str) -> str:
    """A shouted dateline name in title case: "NEW PORT RICHEY" -> "New Port Richey"."""
    name = " ".join(name.split())
    if name.isupper() and len(name) > 3 and not re.fullmatch(r"(?:[A-Z]\.)+", name):
        return re.sub(r"[A-Za-z]+(?:['’][A-Za-z]+)?", lambda m: m.group(0).capitalize(), name.lower())
    return name


def _sentence(doc: Doc, numbers: list[int], char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return numbers[span.start] if span is not None and len(span) else 0


def _entity_cues(doc: Doc, source: str) -> Iterator[PlaceCue]:
    """NER's places, as "locative" when written as where something is ("in Baghdad's Green
    Zone"), "whose" when written as a person's ("Kenya's Daniel Kiprop"), "reference" when another
    place or a journey is measured from it ("south of Marlowe") and "mention"
    otherwise, its venues, and its nationalities ("demonym": "Ghanaians")."""
    text = text_of(doc)
    numbers = doc_index(doc).number
    # the dateline's town is cued once, by the dateline ("NAIROBI (Reuters) -" is no mention too)
    datelined = {(line.start, line.end) for line in datelines(text)}
    for ent in repaired_ents(doc):
        if ent.label_ == "NORP":
            # "Ghanaians voted": a country by its people, for the country of a story that names no
            # other place; not an adjective ("a Danish shipping group" names whose, not where)
            if ent.text[:1].isupper() and ent.root.tag_ in ("NNPS", "NNS"):
                yield PlaceCue(
                    text=ent.text, cue="demonym", sentence=numbers[ent.start],
                    evidence=evidence(source, text, ent.start_char, ent.end_char),
                )  # fmt: skip
            continue
        if ent.label_ not in ("GPE", "LOC", "FAC", "ORG"):
            continue
        start, end = _trimmed(text, ent.start_char, ent.end_char)
        name = text[start:end]
        if name.lower().startswith("the "):
            start += 4
            name = name[4:]
        if not name[:1].isupper() or not_a_place(name) or (start, end) in datelined:
            continue
        if ent.label_ != "ORG" and _inside_name(doc, start, end):
            continue
        if venue_kind(name):
            cue = "venue"
        elif street_kind(name):
            cue = "street"
        elif ent.label_ == "ORG":
            continue
        elif _on_a_mountain(ent):
            cue = "site"  # a named site with no town: "on Mt Tessel" is not the village of its name
        else:
            cue = (
                "locative" if is_locative(ent)
                else "whose" if _whose_person(ent)
                else "reference" if _reference_point(ent)
                else "mention"
            )  # fmt: skip
        container = _possessor(ent)
        yield PlaceCue(
            text=_display(name),
            cue=cue,
            sentence=numbers[ent.start],
            evidence=evidence(source, text, start, end),
            container=container,
        )


def _as_home(cue: PlaceCue, doc: Doc) -> PlaceCue:
    """A town written as where someone lives ("the suspect, who lives in Marlowe", "who had
    settled near Marlowe") is a home town, as "a Marlowe man" is: a "resident" cue."""
    if cue.cue != "locative":
        return cue
    span = doc.char_span(cue.evidence.start, cue.evidence.end, alignment_mode="expand")
    if span is None or span.start < 2:
        return cue
    preposition = doc[span.start - 1]
    if preposition.lower_ not in ("in", "at", "near"):
        return cue
    # "lives in", "has lived in", "who now lives in"
    for verb in (doc[span.start - 2], doc[span.start - 3] if span.start >= 3 else None):
        if verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in DWELLING_VERBS:
            return replace(cue, cue="resident")
        if verb is None or verb.pos_ != "ADV":
            break
    return cue


_COMPASS_WORDS = COMPASS_POINTS | COMPASS_ADJECTIVES


def _on_a_mountain(ent: Span) -> bool:
    """A mountain's name written as where someone is on it or goes up it ("stranded on Mt
    Tessel", "climbing Mount Arlen"), or as what a peak is called: the gazetteer lists towns
    named after mountains (and suburbs named after their hills), which these words do not
    mean. A site of no town; "in Mount Arlen" is still the town."""
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or words[0].lower_.rstrip(".") not in MOUNTAIN_WORDS or not words[1].text[:1].isupper():
        return False
    doc, root = ent.doc, ent.root
    # "the country's highest peak, Mount Arlen" (the parser rarely makes it an apposition)
    before = doc[max(0, ent.start - 2) : ent.start]
    if len(before) == 2 and before[1].text == "," and before[0].lemma_.lower() in MOUNTAIN_NOUNS:
        return True
    if root.dep_ == "pobj":
        return root.head.lower_ in MOUNTAIN_PREPOSITIONS
    return root.dep_ == "dobj" and root.head.lemma_.lower() in CLIMBING_VERBS


def _reference_point(ent: Span) -> bool:
    """A town written as the point another place is measured from ("in Fernhill, 20 miles south
    of Marlowe", "east of Marlowe") or as where a journey began ("the bus was travelling from
    Marlowe"): the story places something else by it, so it is not where the event was."""
    root = ent.root
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ == "of":
        return preposition.head.lower_ in _COMPASS_WORDS
    if preposition.lower_ == "from":
        verb = preposition.head
        # "flew in from Marlowe": the particle stands between the verb and "from"
        if verb.dep_ in ("prt", "advmod") and verb.head.pos_ == "VERB":
            verb = verb.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in JOURNEY_VERBS
    return False


def _whose_person(ent: Span) -> bool:
    """A place written as a person's ("Kenya's Daniel Kiprop", "Ohio's senator Jane Roe"): whose
    the person is, which says nothing of where the event was."""
    root = ent.root
    return root.dep_ == "poss" and repaired_label(root.head) == "PERSON" and root.i < root.head.i


def _possessor(ent: object) -> str | None:
    """ "Baghdad" in "Baghdad's Green Zone"."""
    from spacy.tokens import Span

    assert isinstance(ent, Span)
    for child in ent.root.children:
        if child.dep_ == "poss" and child.i < ent.start and repaired_label(child) in ("GPE", "LOC"):
            owner = repaired_entities(ent.doc).ent[child.i]
            if owner is not None:
                return " ".join(t.text for t in owner if t.text not in ("'s", "’s"))
    return None


def _street_cues(doc: Doc, source: str) -> Iterator[PlaceCue]:
    text = text_of(doc)
    numbers = doc_index(doc).number
    for start, end in streets_in(text):
        yield PlaceCue(
            text=text[start:end],
            cue="street",
            sentence=_sentence(doc, numbers, start),
            evidence=evidence(source, text, start, end),
        )


def title_cues(title: str | None, headline: Doc | None = None) -> tuple[TitleCue, ...]:
    """The place cues of an article's title ("Man shot in Marlowe, Ore."), without the site's
    name after it (`headline_proper`), as far as a headline is read (`MAX_HEADLINE_CHARS`: the
    "title" of a text with no line break is the whole text). They are read here, once, where the
    title's tokens are at hand, so that the merge stage needs no tokenizer. `headline` is the
    title's own parse (recased, the same length: see `eventfacts.extract.headline`). Titles are
    not always part of the text that evidence indexes, so these carry no offsets: they only
    support a town the body names."""
    if not title:
        return ()
    proper = headline_proper(title)[:MAX_HEADLINE_CHARS].strip()
    found: list[tuple[str, tuple[int, int], str | None]] = []
    if not _ANCHOR_WORDS.isdisjoint(_WORDS.findall(proper.casefold())):  # else no tokens needed
        tokens = _title_tokens(proper, headline)
        found.extend((cue, span, None) for cue, span in _token_matches(tokens, proper))
    for cue, match in _cue_matches(proper):
        region = match.groupdict().get("region") if cue not in SITE_CUES else None
        found.append((cue, match.span("place"), region))
    cues = []
    for cue, (start, end), region in sorted(found, key=lambda f: _ROW_ORDER.index(f[0])):
        start, end = _trimmed(proper, start, end)
        if end > start:
            cues.append(TitleCue(_display(proper[start:end]), cue, region))
    return tuple(cues)


#: A title's words, to look for anchor words before reading its tokens.
_WORDS = re.compile(r"[^\W\d_]+")
#: The order of the rows of both tables, in which a title's cues come out.
_ROW_ORDER = ("pair", "agency", "resident", "city-of", "neighbourhood", "site", "locative")


def _title_tokens(title: str, headline: Doc | None) -> Doc:
    """The title's tokens over its own characters: the headline parse's tokens where that parse
    is of this title (its recasing lowers words, and the rows go by capitals), else spaCy's
    tokenizer alone (a one-line text article, whose line is body, not headline)."""
    from spacy.tokens import Doc

    if headline is not None:
        parsed = text_of(headline)
        if parsed == title:
            return headline  # not recased: the rows read only its tokens' words and spaces
        if len(parsed) == len(title) and parsed.lower() == title.lower():
            words = [title[t.idx : t.idx + len(t)] for t in headline]
            return Doc(headline.vocab, words=words, spaces=[bool(t.whitespace_) for t in headline])
    return _tokenizer().make_doc(title)


@lru_cache(maxsize=1)
def _tokenizer() -> Language:
    """spaCy's English tokenizer alone, for a title no headline parse holds: the models this tool
    runs cut words as it does."""
    import spacy

    return spacy.blank("en")


def _tokens(text: str) -> Doc:
    return _tokenizer().make_doc(text)

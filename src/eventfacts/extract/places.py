"""Place cues: the words with which one article says where things are.

A reader finds the town of a local story in a few kinds of places: the dateline ("MARLOWE, Ore.
(AP) —"), a town written with its state ("Marlowe, Ore."), the police or sheriff who speak
("Marlowe police"), the people ("a Marlowe man"), "the city of Marlowe", "in Marlowe"; and the
spot itself in streets, blocks, venues and neighbourhoods. Each row of `CUES` is one such
pattern. NER is not trusted for this (it types towns as people and streets as towns), so the
patterns read capitalised words; whether a name is a real place is decided at reconciliation
against the gazetteer (`eventfacts.geo`), which this stage never loads.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..datelines import NAME, REGION, UPPER, WORD, datelines
from ..lexicon import COMPASS_POINTS, DWELLING_VERBS, JOURNEY_VERBS
from ..records import PlaceCue
from ..timeexpr import FIXED_HOLIDAYS, HOLIDAYS
from .common import doc_index, ents_of, evidence, text_of
from .entities import PLACE_SUFFIXES, is_locative
from .patterns import matches_at, openings, street_kind, streets_in, venue_kind, word_opening

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_WORD = WORD
_UPPER = UPPER

#: Capitalised head nouns of the parts of a town: "Oregon District", "Green Zone", "South Side".
PART_NOUNS = sorted(
    {w.capitalize() for w in PLACE_SUFFIXES - {"county", "province", "region", "parish", "township"}}
    | {"Side", "End", "Hill", "Hills", "Village", "Quarter", "Zone"}
)
#: What a named site is, after its name: "the Kakuma refugee camp", "Mount Tarvel glacier".
SITE_NOUN = (
    r"(?:(?:[Rr]efugee|[Mm]igrant|[Dd]isplacement|[Aa]rmy|[Mm]ilitary) )?(?:[Cc]amp|[Mm]ine|[Dd]am|"
    r"[Pp]ower [Pp]lant|[Oo]il [Ff]ield|[Vv]olcano|[Gg]lacier|[Ii]sland|[Rr]esort)"
)
#: Where the words open that a cue can begin with (see `patterns.matches_at`).
_CAPITAL = word_opening("A-Z")
_CAPITAL_OR_THE = word_opening("A-Zt")
#: (name, pattern, opening): each pattern has a group `place`, and may have `region` and
#: `container`; every match begins at a word that `opening` finds (None: try every offset).
#: The dateline is no row here: its grammar is `eventfacts.datelines`, which cleaning and the
#: entities read too.
CUES: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = (
    # "Marlowe, Ore.", "in Marlowe, Oregon,", "in Marlowe, northern Ruritania"; not "Marlowe,
    # Ruritania's ..."
    (
        "pair",
        re.compile(
            rf"\b(?P<place>{NAME}), (?:(?:north|south|east|west|central|northern|southern|eastern|western|"
            rf"north-?eastern|north-?western|south-?eastern|south-?western) )?(?P<region>{REGION})"
            r"(?![’']s\b)(?=[\s,.;:)'’\"”]|$)"
        ),
        _CAPITAL,
    ),
    # "Marlowe police", "the Marlowe Police Department", "Pasco County Sheriff's Office", the
    # town's mayor and courts ("Marlowe Mayor Ann Lee", "the Marlowe District Court")
    (
        "agency",
        re.compile(
            rf"\b(?P<place>{NAME}) (?:[Pp]olice|[Ss]heriff|Sheriff's|[Ff]ire|[Oo]fficers|[Dd]eputies|"
            r"[Dd]etectives|[Aa]uthorities|[Pp]rosecutors|District Attorney|[Cc]oroner|"
            r"[Mm]edical [Ee]xaminer|Mayor|(?:District|High|Superior|Circuit|Crown|Magistrates'?) Court)\b"
        ),
        _CAPITAL,
    ),
    # "a Marlowe man", "an 18-year-old Marlowe woman", "Marlowe residents"
    (
        "resident",
        re.compile(
            rf"\b(?:a|an)(?: \d+-year-old)? (?P<place>{NAME}) (?:man|woman|teen|teenager|boy|girl|"
            r"couple|family|resident|native|mother|father)\b"
        ),
        word_opening("a"),
    ),
    ("resident", re.compile(rf"\b(?P<place>{NAME}) (?:residents?|natives?)\b"), _CAPITAL),
    # "the city of Marlowe", "the town of Marlowe", "Marlowe Township"
    (
        "city-of",
        re.compile(rf"\b(?:[Cc]ity|[Tt]own|[Vv]illage|[Bb]orough) of (?P<place>{NAME})"),
        word_opening("CcTtVvBb"),
    ),
    # "Marlowe's Eastgate neighborhood", "the Eastgate neighborhood", "the Eastgate area of Marlowe"
    (
        "neighbourhood",
        re.compile(
            rf"\b(?:(?P<container>{NAME})['’]s )?(?:the )?(?P<place>{NAME}) (?:neighborhood|neighbourhood|"
            rf"area|section|community|district|subdivision|suburb)(?: of (?P<region>{NAME}))?\b"
        ),
        _CAPITAL_OR_THE,
    ),
    # "Marlowe's Eastgate District", "Marlowe's South Side": a part of a town, by its head noun.
    (
        "neighbourhood",
        re.compile(
            rf"\b(?P<container>{NAME})['’]s (?P<place>(?:{_WORD} ){{0,2}}(?:{'|'.join(PART_NOUNS)}))\b"
        ),
        _CAPITAL,
    ),
    # "the Kakuma refugee camp in Kenya", "Moria camp on Lesbos", "the Ridgeback mine near
    # Tarvel": a site with the town, island or country it is in.
    (
        "site",
        re.compile(
            rf"\b(?P<place>{NAME} {SITE_NOUN}),? (?:in|near|outside|on|at|of)(?: the)?(?: island of)?"
            rf"(?: (?:north|south|east|west|central|northern|southern|eastern|western|"
            rf"north-?eastern|north-?western|south-?eastern|south-?western))? (?P<container>{NAME})"
        ),
        _CAPITAL,
    ),
    # "in Marlowe", "near Marlowe", "outside Marlowe", "just outside of Marlowe": the place where
    # something is ("Eastgate, south of Marlowe" says where Eastgate is: no cue for Marlowe).
    (
        "locative",
        re.compile(rf"\b(?:in|near|outside|at|inside|across|around|outside of) (?:the )?(?P<place>{NAME})"),
        None,  # its short words open often enough that trying them all costs as much
    ),
)


def _cue_matches(text: str) -> Iterator[tuple[str, re.Match[str]]]:
    """(cue, match) for every match of every row of `CUES`, row by row."""
    starts: dict[re.Pattern[str], list[int]] = {}
    for cue, pattern, opening in CUES:
        if opening is None:
            matches: Iterator[re.Match[str]] = pattern.finditer(text)
        else:
            if opening not in starts:
                starts[opening] = openings(opening, text)
            matches = matches_at(pattern, text, starts[opening])
        for match in matches:
            yield cue, match


def _found(text: str) -> Iterator[tuple[str, tuple[int, int], str | None, str | None]]:
    """(cue, place's offsets, region, container) of the dateline (`eventfacts.datelines`) and of
    every match of every row of `CUES`."""
    for line in datelines(text):
        yield "dateline", (line.start, line.end), line.region, None
    for cue, match in _cue_matches(text):
        parts = match.groupdict()
        yield cue, match.span("place"), parts.get("region"), parts.get("container")


#: Directions written before a town ("North Marlowe", "Southeast D.C."): the town is the rest.
DIRECTIONS = COMPASS_POINTS
_HEADLINE_LINES = 1


def extract_places(doc: Doc, *, source: str) -> Iterator[PlaceCue]:
    """Yield the place cues of one article's body, in text order."""
    text = text_of(doc)
    index = doc_index(doc)
    found: list[PlaceCue] = []
    for cue, (start, end), region, container in _found(text):
        start, end = _trimmed(text, start, end)
        if end <= start:
            continue
        if cue in WEAK_CUES | {"pair"} and _person_at(doc, start, end):
            continue  # "in Anthony Giaquinta's home", "Regina Hale, MD"
        if not_a_place(text[start:end]) or (cue != "agency" and _inside_name(doc, start, end)):
            continue
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
    found = [_as_home(_as_care(c, text, _sentence_start(doc, c.evidence.start)), doc) for c in found]
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
_CARE_NOUN = re.compile(r"\b(?:hospital|medical|trauma cent(?:er|re)|clinic|infirmary)\b", re.IGNORECASE)


def _sentence_start(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None and len(span) else 0


#: How far before a town its sentence is searched for the care: characters.
CARE_WINDOW = 100


def _as_care(cue: PlaceCue, text: str, sentence_start: int) -> PlaceCue:
    """A town written as where a victim was taken, treated or died in hospital ("airlifted to
    Mercy Medical in Marlowe", "hospitalized in Marlowe", "taken to a Marlowe hospital") is a
    "care" cue: reports name the hospital's town as readily as the scene's."""
    if cue.cue not in CARE_OPEN_CUES:
        return cue
    start, end = cue.evidence.start, cue.evidence.end
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
        or not any(
            s <= c.evidence.start and c.evidence.end <= e and (s, e) != (c.evidence.start, c.evidence.end)
            for s, e in parts
        )
        and not (c.cue in ("locative", "mention") and (c.evidence.start, c.evidence.end) in neighbourhoods)
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
    """The words are part of a longer name of something else: NER's organization, building or
    work that reaches past them ("Indianapolis" in "the Indianapolis Colts"), or the first or
    second half of a hyphenated name ("Bristol" in "Bristol-Myers")."""
    text = text_of(doc)
    if re.match(r"-[A-Za-z]", text[end : end + 2]) or re.search(
        r"[A-Za-z]-$", text[max(0, start - 2) : start]
    ):
        return True
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    index = doc_index(doc)
    for token in span:
        ent = index.ent[token.i]
        if (
            ent is not None
            and ent.label_ in NAME_LABELS
            and _reaches_past(text, ent.start_char, ent.end_char, start, end)
        ):
            return not text.startswith(("'s", "’s"), end)  # "Baghdad's Green Zone" is in Baghdad
    return _names_a_team(doc, span)


def _reaches_past(text: str, ent_start: int, ent_end: int, start: int, end: int) -> bool:
    """The entity holds words beyond these, not just a comma NER took in ("Dorking,")."""
    return bool(re.search(r"\w", text[ent_start:start]) or re.search(r"\w", text[end:ent_end]))


def _names_a_team(doc: Doc, span: Span) -> bool:
    """A town written before another name that is no part of a place: a team or a paper ("the
    Denver Broncos", "Philadelphia 76ers", "the Toronto Star"); not "Baghdad Sunday" nor "Lagos
    State"."""
    if span.end >= len(doc) or doc[span.end - 1].ent_type_ not in ("GPE", "LOC"):
        return False
    after = doc[span.end]
    return (
        (after.text[:1].isupper() or after.text[:1].isdigit())
        and after.pos_ in ("PROPN", "NOUN", "NUM")
        and after.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "CARDINAL")
        and after.lower_ not in PLACE_SUFFIXES
        and after.lower_ not in CALENDAR_WORDS
        and not after.lower_.startswith(("police", "sheriff", "fire", "county"))
    )


def _common_words(doc: Doc, start: int, end: int) -> bool:
    """Every word is an adjective, none part of a name NER saw ("Federal", "Local"; the tagger
    calls a town before "police" a noun as often as a name, so nouns are not judged here)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.pos_ == "ADJ" and not t.ent_type_ for t in span)


def _nationality(doc: Doc, start: int, end: int) -> bool:
    """NER reads the words as a nationality ("Thai police", "Moroccan authorities"): a country's
    people (a "demonym" cue of its own), never a town, whatever the gazetteer holds ("Thai" is
    another name of Alor Setar)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and all(t.ent_type_ == "NORP" for t in span)


def _person_at(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ == "PERSON" for t in span)


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
    for ent in ents_of(doc):
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
        if not name[:1].isupper() or not_a_place(name):
            continue
        if ent.label_ != "ORG" and _inside_name(doc, start, end):
            continue
        if venue_kind(name):
            cue = "venue"
        elif street_kind(name):
            cue = "street"
        elif ent.label_ == "ORG":
            continue
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


def _reference_point(ent: Span) -> bool:
    """A town written as the point another place is measured from ("in Fernhill, 20 miles south
    of Marlowe", "east of Marlowe") or as where a journey began ("the bus was travelling from
    Marlowe"): the story places something else by it, so it is not where the event was."""
    root = ent.root
    if root.dep_ != "pobj":
        return False
    preposition = root.head
    if preposition.lower_ == "of":
        return preposition.head.lower_ in COMPASS_POINTS or preposition.head.lower_ in _COMPASS_ADJECTIVES
    if preposition.lower_ == "from":
        verb = preposition.head
        # "flew in from Marlowe": the particle stands between the verb and "from"
        if verb.dep_ in ("prt", "advmod") and verb.head.pos_ == "VERB":
            verb = verb.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in JOURNEY_VERBS
    return False


#: "north-east of", "northwestern": the compass in the other ways news writes it.
_COMPASS_ADJECTIVES = frozenset(
    {"north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern",
     "southeastern", "southwestern", "northern", "southern", "eastern", "western"}
)  # fmt: skip


def _whose_person(ent: Span) -> bool:
    """A place written as a person's ("Kenya's Daniel Kiprop", "Ohio's senator Jane Roe"): whose
    the person is, which says nothing of where the event was."""
    root = ent.root
    return root.dep_ == "poss" and root.head.ent_type_ == "PERSON" and root.i < root.head.i


def _possessor(ent: object) -> str | None:
    """ "Baghdad" in "Baghdad's Green Zone"."""
    from spacy.tokens import Span

    assert isinstance(ent, Span)
    for child in ent.root.children:
        if child.dep_ == "poss" and child.i < ent.start and child.ent_type_ in ("GPE", "LOC"):
            owner = doc_index(ent.doc).ent[child.i]
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


def title_cues(title: str) -> Iterator[tuple[str, str, str | None]]:
    """(name, cue, region) for each place cue of a title ("Man shot in Marlowe, Ore."). Titles
    are not always part of the text that evidence indexes, so these carry no offsets: they only
    support a town the body names."""
    for cue, match in _cue_matches(title):
        start, end = _trimmed(title, *match.span("place"))
        region = match.groupdict().get("region") if cue not in SITE_CUES else None
        if end > start:
            yield _display(title[start:end]), cue, region

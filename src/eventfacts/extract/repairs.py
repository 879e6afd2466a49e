"""Repairs of what spaCy's small model gets wrong about names on real news pages.

NER types streets, towns, hospitals, charges and cars as people or organizations, glues a
role noun to a name ("Landlord Steve Brown"), and takes nicknames ("aka Blue") and bare titles
("Sgt.") for names. Each repair reads the words around the name (parse and capitalisation
cues) or the shape of the name (the street and venue tables of `patterns`), never a list of
names. A repair either trims the span, changes the kind, or drops the candidate with a reason,
and a dropped candidate is kept as a `DroppedEntity` so `--verbose` can show it.

The rules are tables of `rules.Rule` rows: `TRIMS` change the span, `DROPS` throw the
candidate out, `RETYPES` change its kind. Each row has a name and sentences written for it with
what it must give (tests/extract/test_repair_rules.py runs them all); the first matching row of
`DROPS` and of `RETYPES` wins. A repaired mention keeps the names of the rows that changed it
(`Repair.rules`, then `EntityMention.rules`); a dropped one, the name of the row that dropped it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon import (
    ARENA_ENDINGS,
    BROADCAST_NOUNS,
    COMPASS_POINTS,
    CURRENCY_NAMES,
    EVENT_NOUNS,
    GAME_WORDS,
    GENERAL_POSTS,
    HEADLINE_STATES,
    LEGAL_FORMS,
    MASTHEAD_WORDS,
    MONTH_NAMES,
    MOUNTAIN_WORDS,
    NAME_SUFFIXES,
    NUMBERED_BODY_NOUNS,
    ORG_HEAD_NOUNS,
    PEOPLE_PLURALS,
    PERIODICAL_WORDS,
    PERSON_NOUNS,
    PLACE_PART_NOUNS,
    POSITION_ABBREVIATIONS,
    POST_ENDINGS,
    ROLE_WORDS,
    SITE_ENDINGS,
    SITE_HEADS_BEFORE_OF,
    SOCIAL_PLATFORMS,
    SOFTWARE_ENDINGS,
    TITLE_ABBREVIATIONS,
    WEEKDAY_NAMES,
    WORK_NOUNS_AFTER_TITLE,
)
from ..rules import Example as E
from ..rules import Rule, by_kind
from .common import (
    HONORIFICS,
    REPORTING_VERBS,
    TRAILING_SMALL_WORDS,
    columns,
    dictionary_of,
    entity_of,
    ents_of,
    lower_forms,
    positions_of,
    span_of,
    span_text,
    text_between,
    text_of,
    token_forms,
    token_texts,
)
from .patterns import STREET_SUFFIXES, street_kind, venue_kind

if TYPE_CHECKING:
    from nicknames import NickNamer
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

#: Words of criminal charges, which court reports capitalise: "charged with Aggravated Assault".
CHARGE_WORDS = frozenset(
    {"murder", "manslaughter", "assault", "battery", "homicide", "firearm", "firearms", "felony",
     "endangerment", "possession", "robbery", "burglary", "kidnapping", "trafficking", "tampering",
     "evidence", "weapon", "weapons", "conspiracy", "racketeering", "arson", "theft", "menacing"}
)  # fmt: skip
CHARGE_FILLERS = frozenset(
    {"first", "second", "third", "degree", "aggravated", "reckless", "unlawful", "dangerous",
     "commission", "attempted", "criminal", "deadly", "of", "a", "the", "with", "during", "and", "in",
     "vehicular", "involuntary", "voluntary", "negligent", "criminally", "grand", "petty", "armed"}
)  # fmt: skip
#: Words next to a make of car: "a black BMW", "a 2007 Pontiac Grand Am", "a Ford SUV".
VEHICLE_NOUNS = frozenset({"suv", "sedan", "truck", "pickup", "van", "car", "coupe", "minivan", "hatchback"})
COLOURS = frozenset(
    {"black", "white", "silver", "gray", "grey", "red", "blue", "green", "dark", "light", "gold",
     "maroon", "tan", "beige", "brown", "yellow", "orange", "purple"}
)  # fmt: skip
#: Words that end the name of an organization even when NER says person: "Juvenile Court".
PERSON_ORG_ENDINGS = frozenset(
    {"police", "department", "dept", "court", "office", "bureau", "university", "college", "school",
     "hospital", "council", "committee", "corporation", "company", "inc", "llc", "association", "corp",
     "ltd", "plc", "group", "patrol", "constabulary"}
)  # fmt: skip
#: Nouns for groups of people that NER takes for names at the start of a sentence.
GROUP_NOUNS = frozenset(
    {"anyone", "everyone", "someone", "neighbors", "neighbours", "authorities", "officials", "residents",
     "witnesses", "investigators", "prosecutors", "police", "media", "stills", "photos", "video", "family"}
)  # fmt: skip
#: Months NER takes for names; not "May", which is a name as often as a month.
MONTHS = MONTH_NAMES - {"may"}
NOT_BODIES = frozenset(
    {"act", "prize", "award", "awards", "convention", "partnership", "treaty", "program", "programme",
     "trophy", "festival", "series", "finals", "meetings", "handbook", "tournament", "championships",
     "championship", "classic", "invitational", "bulletin", "list", "weekend", "player"}
)  # fmt: skip
#: Lowercase nouns after a name that make it the name of a group: "the Alpha Rho sorority
#: house", "the Vargas gang", "the Wagner group"; and objects of "identified ... as X" that
#: make X a group ("identified the gang as the Dorsey Boys").
GROUP_NOUNS_AFTER = frozenset(
    {"sorority", "fraternity", "gang", "cartel", "militia", "group", "movement", "brigade", "faction"}
)
#: Nouns for people that end a description NER takes for a name: "Frightened Neighbor",
#: "Eastbrook Man" in a headline. Words that are also surnames ("Driver", "Cook") are left out.
DESCRIPTION_NOUNS = frozenset(
    {"man", "woman", "boy", "girl", "teen", "teenager", "toddler", "neighbor", "neighbour", "witness",
     "resident", "victim", "suspect", "gunman", "shooter", "motorist", "pedestrian", "bystander", "person"}
)  # fmt: skip
#: Acronyms of common things, not of bodies: "performed CPR", "taken to the ER", a time zone
#: ("0800 GMT"), a score or a statistic ("by TKO", "43 RBIs"), a technology ("HTML").
COMMON_ACRONYMS = frozenset(
    {"cpr", "dna", "gps", "atm", "suv", "atv", "dui", "dwi", "er", "icu", "mri", "iq", "pdf", "ak", "ar",
     "gmt", "utc", "bst", "ist", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
     "ko", "tko", "td", "rbi", "mvp", "faq", "html", "sql", "cctv", "isp", "swat",
     # a common noun written as one: a soldier, a session of questions and answers, a guest
     "gi", "gis", "q&a", "vip", "vips", "pow", "pows"}
)  # fmt: skip
#: Nouns a product's or a condition's name is put before: "ShotSpotter technology", "a Ruger
#: pistol", "Tourette syndrome".
PRODUCT_NOUNS = frozenset(
    {"technology", "software", "app", "device", "system", "rifle", "pistol", "handgun", "shotgun",
     "revolver", "carbine", "tablet", "phone", "smartphone", "syndrome", "disease", "disorder",
     "browser", "browsers", "tool", "tools", "toolkit", "console", "consoles", "missile", "missiles",
     "launcher", "launchers", "crackers", "cookies", "snacks", "cereal", "malware", "cable", "cables",
     "train", "trains", "helicopter", "helicopters"}
)  # fmt: skip
#: A model number after a make: "P226", "G19", "AR-15", "335i".
_MODEL_NUMBER = re.compile(r"^(?=.*\d)(?:[A-Z]{1,4}-?\d{1,4}[A-Z]?|\d{2,4}[a-z]{1,3})$")
#: A software version after a product's name: "4.0", "v2", "10.1.3".
_VERSION = re.compile(r"^v?\d{1,3}(?:\.\d{1,3})+$|^v\d{1,3}$")
#: Lowercase particles inside Spanish, French and Italian names of streets and people:
#: "Camino del Sur", "Rue de la Paix".
NAME_PARTICLES = frozenset({"del", "de", "la", "du", "des", "di", "da", "los", "las"})
_QUOTES = frozenset({'"', "“", "”"})
#: Words right before a licence plate: "Florida license plate KRT 4410".
PLATE_WORDS = frozenset({"plate", "plates", "tag", "tags", "registration"})
ORG_ENDINGS = frozenset({"center", "centre", "unit", "division", "agency", "service", "news", "institute"})
#: Either kind of body's last word, joined once: a union per call cost a row more than its test.
ANY_ORG_ENDINGS = PERSON_ORG_ENDINGS | ORG_ENDINGS
#: Last words of newspaper names: "Chicago Tribune" tagged as a place is a newspaper.
NEWSPAPER_HEADS = MASTHEAD_WORDS
PLACE_WORDS_BEFORE_OF = frozenset({"village", "city", "town", "county", "borough", "township"})
PLACE_SUFFIX_AFTER = frozenset({"county", "parish", "township", "borough"})
NICKNAME_CUES = ("aka", "a.k.a.", "a.k.a", "nicknamed", "known as")
_AGE_BEFORE = re.compile(r"\b\d{1,3}[- ](?:year|month|week|day)s?[- ]old\s*$", re.IGNORECASE)
_STREET_WORDS = frozenset(w for name, abbrs in STREET_SUFFIXES.items() for w in (name, *abbrs))
#: "Eubank and Lomas boulevards": plural street nouns that are never verbs.
STREET_PLURALS = frozenset({"streets", "avenues", "boulevards", "roads", "lanes", "highways", "parkways"})
#: The kinds of name a repair reads, and the sets of them a trim or drop row declares it acts
#: on (`Rule.kinds`): `repair` asks a row about names of those kinds only.
NAME_KINDS = ("person", "organization", "place")
ONLY_PERSON = frozenset({"person"})
ONLY_ORGANIZATION = frozenset({"organization"})
ONLY_PLACE = frozenset({"place"})
NO_PERSON = frozenset({"organization", "place"})
NO_PLACE = frozenset({"person", "organization"})


@dataclass(frozen=True, slots=True)
class Repair:
    span: Span
    kind: str
    dropped: str | None = None  # the reason, when the candidate is thrown out
    title: str | None = None  # role words trimmed off the front: "Landlord" of "Landlord Steve Brown"
    rules: tuple[str, ...] = ()  # the rows that trimmed or retyped it, in the order they ran


Trim = Callable[["Span", str], "Span"]  # the span, what NER called it -> the span trimmed
Drop = Callable[["Span", str], bool]  # -> whether the candidate is not a name
Retype = Callable[["Span", str, str, frozenset[str]], "str | None"]  # + label, dateline places -> new kind


def repair(span: Span, kind: str, label: str, *, places: frozenset[str] = frozenset()) -> Repair:
    """The candidate after the repairs: trimmed, retyped, or dropped with a reason. `places` are
    folded names the article itself writes as places (its dateline)."""
    original = span
    fired: list[str] = []
    for first in FIRST_RETYPES:  # on the span as NER gave it, before the trims cut its role noun
        if first.gives == kind:
            continue
        new = first.apply(span, kind, label, places)
        if new is not None and new != kind:
            kind = new
            fired.append(first.name)
    for trim in _TRIMS_BY_KIND.get(kind, TRIMS):  # the rows that can act on a name of its kind
        trimmed = trim.apply(span, kind)
        if trimmed is not span and trimmed != span:  # most rows give the span itself back
            fired.append(trim.name)
        span = trimmed
    title = text_between(original.doc, original.start, span.start) if span.start > original.start else None
    for drop in _DROPS_BY_KIND.get(kind, DROPS):
        if drop.apply(span, kind):
            return Repair(span, kind, dropped=drop.name, rules=tuple(fired))
    for retype in RETYPES:
        if retype.gives == kind:  # all it could give is the kind the name has
            continue
        new = retype.apply(span, kind, label, places)
        if new is not None and new != kind:
            return Repair(span, new, title=title, rules=(*fired, retype.name))
    return Repair(span, kind, title=title, rules=tuple(fired))


# ------------------------------------------------------------------------------------ trims


def _role_then_name(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "Magistrate Oren Falk" tagged ORG: a role noun, then two or three proper nouns that do not
    end in a body's word, is a person with a title; so is a role noun before one name joined by
    a hyphen ("Pensioner Oraz-aga", a name with its honorific)."""
    if kind != "organization" or len(span) < 3 or not _is_role(span[0].text):
        return None
    rest = span[1:]
    words = span_text(rest).split()
    joined = len(words) == 1 and "-" in words[0]
    if not (2 <= len(words) <= 3 or joined) or not all(w[:1].isupper() for w in words):
        return None
    if not all(t.pos_ == "PROPN" for t in rest if t.text != "-"):
        return None
    return "person" if rest[-1].lower_ not in PERSON_ORG_ENDINGS else None


def _person_after_inner_role(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "Varnia AAA SS Dan Moss", "the ministry of the Rev Ada Roe", "ex-Varga underboss Tomas
    Reyes" tagged ORG: words before a role, then a first name and one to three capitalised words
    (a nickname in quotes among them), is a person the role's words run into (`_after_inner_role`
    cuts them). A role after a body's word ("Harlow Police Sergeant Ada Roe") leaves the body to
    the trims."""
    if kind != "organization" or len(span) < 4:
        return None
    start = _after_inner_role(span)
    if start == span.start or span.doc[start - 2].lower_ in BODY_HEADS:
        return None
    rest = span.doc[start : span.end]
    words = [t for t in rest if t.is_alpha and t.text[:1].isupper()]
    last = rest[-1]
    return (
        "person"
        if 2 <= len(words) <= 4
        and last.is_alpha
        and last.text.istitle()
        and last.lower_ not in BODY_HEADS | COMPANY_WORDS
        else None
    )


FIRST_RETYPES: tuple[Rule[Retype], ...] = (
    Rule(
        "role noun then a name",
        _role_then_name,
        (
            E("Magistrate Ines Varga set bail at $5,000.", "Magistrate Ines Varga", "organization", "person"),
            E(
                'Pensioner Gurban-aga, a voter in the capital, said: "I remember the old days."',
                "Pensioner Gurban-aga",
                "organization",
                "person",
            ),
            E("Pensioner Gurban set bail at $5,000.", "Pensioner Gurban", "organization", None),
            E(
                "Captain Cook Community College opened a campus.",
                "Captain Cook Community College",
                "organization",
                None,
            ),
        ),
        gives="person",
    ),
    Rule(
        "name after a role inside a body's name",
        _person_after_inner_role,
        (
            E(
                "The Hawks sent Varnia AAA SS Dan Moss north.",
                "Varnia AAA SS Dan Moss",
                "organization",
                "person",
            ),
            E(
                "She gave her life to the ministry of the Rev Ada Roe.",
                "ministry of the Rev Ada Roe",
                "organization",
                "person",
            ),
            E(
                'The jury heard ex-Varga underboss Tomas "the Heron" Reyes describe it.',
                'ex-Varga underboss Tomas "the Heron" Reyes',
                "organization",
                "person",
            ),
            E(
                "Call Harlow Police Sergeant Ada Roe with tips.",
                "Harlow Police Sergeant Ada Roe",
                "organization",
                None,
            ),
            E(
                "The grant went to the Varnia Director Ada Trust in May.",
                "Varnia Director Ada Trust",
                "organization",
                None,
            ),
        ),
        gives="person",
    ),
)


def _cut_at_possessive(span: Span, kind: str) -> Span:
    """ "Justin Huckeby's Facebook", "the Bureau of Investigation's Top Ten Most Wanted": the name
    is what comes before the possessive, unless what follows it is an organization or a venue
    ("Children's Hospital", "Prosecutor's Office")."""
    bodies = ANY_ORG_ENDINGS
    if kind == "place":
        return span
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    # "Harlow News' Night Desk Weekly" cut before "Weekly": what follows the possessive is the
    # title of something the body owns, cut short; the owner is the name
    title_cut = (
        kind == "organization"
        and after is not None
        and after.is_alpha
        and after.is_title
        and "\n" not in span[-1].whitespace_
        and not _is_role(after.text)
        and after.lower_ not in MONTH_NAMES
        and after.lower_ not in _WEEKDAYS
    )
    for token in span[1:-1]:
        rest = span.doc[token.i + 1 : span.end]
        # a bare apostrophe ends a plural inside many names ("Veterans' Affairs"): it cuts
        # only a name that runs on into a lowercase noun ("the Herald' Night Desk blog")
        apostrophe = token.text in ("'", "’") and token.tag_ == "POS"
        bare = apostrophe and rest[-1].is_lower
        if title_cut and (apostrophe or token.text in ("'s", "’s")):
            return doc[span.start : token.i]
        if token.text in ("'s", "’s") or bare:
            if venue_kind(span_text(rest)) or any(t.lower_ in bodies for t in rest):
                return span
            if kind == "organization" and _named_group(rest):
                return rest[:-1]  # "Varga's Civic Alliance party": the party is the name
            return span.doc[span.start : token.i]
    return span


def _named_group(words: Span) -> bool:
    """ "Civic Alliance party": capitalised words, then the lowercase noun for a group."""
    return (
        len(words) >= 2
        and words[-1].is_lower
        and words[-1].lower_ in ORG_HEAD_NOUNS
        and all(t.text[:1].isupper() for t in words[:-1])
    )


def _cut_at_joint(span: Span, kind: str) -> Span:
    """ "UC Medical Center via AirCare", "WAVE 3 News as Ilanye Price", "the Office of the
    Medical Investigator ruled Lewis", "Idaho - A couple", "Pittsburgh Steelers, Boston Celtics",
    "Community Hall on Chalmers Avenue": a name does not run on past "via", "as", a verb, a
    spaced dash, "on" before a street, or a comma between two names of two words or more."""
    if kind == "place":
        return span
    doc = span.doc
    for token in span[1:]:
        spaced_dash = (
            token.text in ("-", "–", "—") and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_)
        )
        verb = token.pos_ in ("VERB", "AUX") and token.is_lower
        street = token.lower_ == "on" and street_kind(text_between(doc, token.i + 1, span.end)) is not None
        # "Dan Moss on Injured Reserve": no person's name holds these small words
        placed = kind == "person" and token.text in ("on", "in", "at", "for", "with", "from")
        if (
            token.lower_ in ("via", "as")
            or placed
            or street
            or verb
            or spaced_dash
            or _comma_between_names(span, token)
        ):
            return doc[span.start : token.i]
    return span


def _comma_between_names(span: Span, token: Token) -> bool:
    if token.text != ",":
        return False
    left = span.doc[span.start : token.i]
    right = span.doc[token.i + 1 : span.end]
    right = right[: next((t.i - right.start for t in right if t.text == ","), len(right))]
    return len(left) >= 2 and len(right) >= 2 and all(t.text[:1].isupper() for t in (*left, *right))


def _strip_role_words(span: Span, kind: str) -> Span:
    """ "Landlord Steve Brown" -> "Steve Brown": the role is a title, read by `titles_of`."""
    if kind != "person":
        return span
    start = span.start
    while start < span.end - 1 and _is_role(span.doc[start].text):
        start += 1
    if start == span.start:
        start = _after_inner_role(span)
    return span.doc[start : span.end] if start > span.start else span


def _after_inner_role(span: Span) -> int:
    """ "Harlow Hawks QB Dan Moss": a team's or a place's name, then a role, then a first name
    and a surname; where the person's name starts (the span's start when there is none). Words
    opened by a lowercase one are no name either ("the ministry of the Rev Ada Roe", "ex-Varga
    underboss Tomas Reyes"): the role may then be in lower case too."""
    doc = span.doc
    opened_lower = span[0].is_lower
    capitalised = opened_lower or all(t.text[:1].isupper() for t in doc[span.start : span.end])
    for token in span[1:-2]:
        if (
            _is_role(token.text)
            and (opened_lower or not token.is_lower)
            and is_given_name(doc[token.i + 1].lower_)
            and capitalised
        ):
            return token.i + 1
    return span.start


#: Role nouns and their abbreviations, as written before a name: "Landlord Steve Brown", "Sgt. Roe".
_ROLES = ROLE_WORDS | frozenset(TITLE_ABBREVIATIONS)
_GROUPS_OR_ROLES = GROUP_NOUNS | _ROLES


def _is_role(word: str) -> bool:
    folded = word.lower().rstrip(".")
    return (
        word in POSITION_ABBREVIATIONS
        or folded in _ROLES
        or f"{folded}." in HONORIFICS
        or folded in HONORIFICS
    )


def _venue_after_possessive(span: Span, kind: str) -> Span:
    """ "Kosair Children" tagged without its "'s Hospital": the name runs on to the venue noun."""
    if kind == "place":
        return span
    doc = span.doc
    rest = doc[span.end : span.end + 3]
    if len(rest) < 2 or rest[0].text not in ("'s", "’s"):
        return span
    for size in (2, 1):
        words = rest[1 : 1 + size]
        if len(words) == size and all(t.text[:1].isupper() for t in words) and venue_kind(span_text(words)):
            return doc[span.start : words.end]
    return span


def _strip_leading_verb(span: Span, kind: str) -> Span:
    """ "Injecting Clinton", "Frightened Neighbor": a name does not start with a verb form."""
    if kind == "person" and len(span) > 1 and span[0].tag_ in ("VBG", "VBN", "VBD"):
        return span[1:]
    return span


def in_dictionary(lower: str, doc: Doc) -> bool:
    """A lower-case word, or the singular of a plural one, is in the model's English dictionary."""
    forms = {lower}
    if lower.endswith("s"):
        forms |= {lower[:-1], lower[:-2] if lower.endswith("es") else lower}
    return bool(forms & dictionary_of(doc))


def _strip_leading_dictionary_word(span: Span, kind: str) -> Span:
    """ "Jobless Dana Kirk", "Frankly Dana Kirk", "Luckily Kirk" at the head of a sentence or
    a line: a first word that the model's English dictionary knows and no name list gives
    as a first name is not part of the name, when what follows is plainly one: a first name and
    more, or the first name or the surname of a full name the article gives ("Park Min-jun",
    whose rest is neither, keeps its first word)."""
    if kind != "person" or len(span) < 2:
        return span
    first, rest = span[0], span[1:]
    if not (first.is_alpha and first.text.istitle() and rest[0].is_alpha and rest[0].text.istitle()):
        return span
    before = span.doc[first.i - 1] if first.i > 0 else None
    if not (first.is_sent_start or before is None or "\n" in before.whitespace_ or "\n" in before.text):
        return span  # within a sentence a capitalised word before a name is one of its names
    lower = first.lower_
    if not in_dictionary(lower, span.doc) or is_given_name(lower) or _is_role(first.text):
        return span
    names = names_of(span.doc)
    if first.text in names.full_name_ends:
        return span  # a surname here too ("Young" of "Ada Young")
    # the surname of another full name: "Mortal Kombat" tagged PERSON gives "Kombat" no surname
    # or the first name of one: "Young Tomas worked the fields" beside "Tomas Reyes Quill"
    named = len(rest) == 1 and any(
        name != span_text(span) and " " in name and span_text(rest) in (name.split()[-1], name.split()[0])
        for name in names.by_label.get("PERSON", ())
    )
    return rest if named or (len(rest) >= 2 and is_given_name(rest[0].lower_)) else span


def _strip_description_before_full_name(span: Span, kind: str) -> Span:
    """ "Veterans Tomas Reyes and Ada Roe signed", "former Hornet Dana Kirk", "Secretary of the
    Harbour Dana Kirk": a capitalised word before a full name, which is no first name, no role
    (the role rows take those) and no surname the article gives, is a description of the person
    when it is a plural noun for people, or a dictionary word before a known first name after
    "former", "fellow" or "the" (a first name that is also a word, "barefoot Hope Ada Roe", stays)."""
    whole = span
    if kind == "organization":  # "Secretary of the Harbour Dana Kirk" tagged ORG: a person follows
        if span[0].lower_ == "the":
            span = span[1:]
        if len(span) != 3 or span[-1].lower_ in BODY_HEADS | COMPANY_WORDS:
            return whole  # "the Harbour Ada Trust"
    elif kind != "person" or len(span) < 3:
        return span
    first, rest = span[0], span[1:]
    if not (first.is_alpha and first.text.istitle() and all(t.text[:1].isupper() for t in rest)):
        return whole
    lower = first.lower_
    if is_given_name(lower) or _is_role(first.text) or first.text in names_of(span.doc).full_name_ends:
        return whole
    if any(t.lower_ in BODY_HEADS | COMPANY_WORDS for t in rest):
        return whole  # "the Orchard Court System": a body's word is in no person's name
    if lower in PEOPLE_PLURALS:
        return rest
    before = span.doc[span.start - 1] if span.start > 0 else None
    described = before is not None and before.lower_ in _DESCRIPTION_OPENERS  # not "barefoot Hope Ada Roe"
    return rest if described and in_dictionary(lower, span.doc) and is_given_name(rest[0].lower_) else whole


#: Words before a description of a person that NER runs on to the name: "former Hornet Dana
#: Kirk", "fellow Ranger Ada Roe", "Secretary of the Harbour Dana Kirk".
_DESCRIPTION_OPENERS = frozenset({"former", "fellow", "onetime", "ex", "the"})


def _name_said_twice(span: Span, kind: str) -> Span:
    """ "Ada Quist-Ada Quist: Swimmer Dies" in a headline: a name, a hyphen and the same name
    again is the name once."""
    if kind == "place" or len(span) < 3:
        return span
    text = span_text(span)
    for i, char in enumerate(text):
        if char == "-" and i > 0 and text[:i].strip() == text[i + 1 :].strip():
            left = span.doc.char_span(span.start_char, span.start_char + len(text[:i].rstrip()))
            return left if left is not None and len(left) > 0 else span
    return span


def _cut_after_legal_form(span: Span, kind: str) -> Span:
    """ "the Vantor Holdings Ltd Christmas party": a company's name ends at its legal form."""
    if kind != "organization" or len(span) < 3:
        return span
    for token in span[1:-1]:
        if token.lower_.rstrip(".") in _LEGAL_ABBREVIATIONS and token.text[:1].isupper():
            after = span.doc[token.i + 1]
            if after.text[:1].isupper() and after.text != "-":
                return span.doc[span.start : token.i + 1]
    return span


#: Legal forms that are no English word nor part of one ("Co-operation", "Spa", "Limited Edition").
_LEGAL_ABBREVIATIONS = LEGAL_FORMS & frozenset({"inc", "ltd", "llc", "llp", "plc", "corp", "gmbh"})


def _strip_trailing_platform(span: Span, kind: str) -> Span:
    """ "the Harlow Hawks Twitter account": the platform after a body's name is where it posts,
    not a word of its name."""
    if (
        kind == "organization"
        and len(span) >= 2
        and span[-1].lower_ in SOCIAL_PLATFORMS
        and span[-2].text[:1].isupper()
        and span[-2].lower_ not in SOCIAL_PLATFORMS
    ):
        return span[:-1]
    return span


def _common_noun_before_acronym(span: Span, kind: str) -> Span:
    """ "Broadcaster KXLT lost viewers", "told Local WBRT affiliate": a capitalised dictionary
    word before a body's acronym, at the head of a sentence or written in lower case elsewhere in
    the article, describes the body ("Capital FM", "Sky TV": acronyms of two letters, stay)."""
    if kind != "organization" or len(span) != 2:
        return span
    first, last = span
    if not (
        first.is_alpha
        and first.text.istitle()
        and len(last.text) >= 3
        and last.text.isalpha()
        and last.text.isupper()
    ):
        return span
    lower = first.lower_
    if not in_dictionary(lower, span.doc) or is_given_name(lower):
        return span
    before = span.doc[first.i - 1] if first.i > 0 else None
    first_of_line = first.is_sent_start or before is None or "\n" in before.whitespace_ or "\n" in before.text
    return span[1:] if first_of_line or lower in token_texts(span.doc) else span


def _given_names_before_suffix(span: Span, kind: str) -> Span:
    """ "His father, Ada Lynn Quist Sr., ran the farm" where NER took "Quist Sr." alone: a surname
    and a generational suffix follow a first name, so the capitalised words right before it on the
    same line are the rest of the name."""
    if kind != "person":
        return span
    words = [t for t in span if t.text != "."]
    if len(words) != 2 or words[-1].lower_.rstrip(".") not in NAME_SUFFIXES:
        return span
    doc = span.doc
    start = span.start
    while (
        start > 0
        and span.start - start < 3
        and doc[start - 1].is_alpha
        and doc[start - 1].text.istitle()
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].ent_type_ in ("", "PERSON")
        and "\n" not in doc[start - 1].whitespace_
    ):
        start -= 1
    return doc[start : span.end] if start < span.start else span


def _known_part_of_hyphened(span: Span, kind: str) -> Span:
    """ "Harlowwire-Vantor Systems today said" (an outlet's name glued to the story's first
    word): of two names joined by a hyphen, the one the article names alone elsewhere is the
    name, when the other is never named alone."""
    if kind != "organization" or len(span) < 3:
        return span
    hyphens = [t for t in span[1:-1] if t.text == "-" and not t.whitespace_ and not t.nbor(-1).whitespace_]
    if len(hyphens) != 1:
        return span
    left, right = span.doc[span.start : hyphens[0].i], span.doc[hyphens[0].i + 1 : span.end]
    if not all(
        t.text[:1].isupper() and len(span_text(part)) >= 3 for part in (left, right) for t in part[:1]
    ):
        return span
    named = names_of(span.doc).votes
    if span_text(right) in named and span_text(left) not in named and _named_elsewhere(right):
        return right
    if span_text(left) in named and span_text(right) not in named and _named_elsewhere(left):
        return left
    return span


def _named_elsewhere(words: Span) -> bool:
    """NER gives these words alone at another place of the article, not only here (where it may
    have cut "Fraud Unit" from "the Anti-Fraud Unit")."""
    text = span_text(words)
    return any(e.start != words.start and span_text(e) == text for e in ents_of(words.doc))


def _joined_tail_end(doc: Doc, and_index: int) -> int | None:
    """Where a body's name runs on past "and": "the Kestrel Guild for Trade and Tariffs of Varnia",
    an "and" right after a name of the shape "Noun for/of/on Noun" (NER stops at the "and"), then
    one or two capitalised words that are no person's, after which the name goes on with "of" or
    an acronym in brackets. The end of those words, or None."""
    before = doc[and_index - 1] if and_index > 0 else None
    if before is None or doc[and_index].lower_ != "and" or before.ent_type_ != "ORG":
        return None
    name = next((e for e in ents_of(doc) if e.start <= before.i < e.end), None)
    if name is None or not any(t.lower_ in ("for", "of", "on") for t in name[1:-1]):
        return None
    end = and_index + 1
    while end < len(doc) and end - and_index <= 2 and doc[end].is_alpha and doc[end].text.istitle():
        if doc[end].ent_type_ == "PERSON" or is_given_name(doc[end].lower_):
            return None
        end += 1
    # the name goes on after them, with its country or its acronym ("... and Tariffs (CTT)");
    # not "hearings in the House of Delegates and Senate, ...", two bodies
    if end == and_index + 1 or end >= len(doc) or doc[end].text not in ("of", "("):
        return None
    return end


def _name_past_and(span: Span, kind: str) -> Span:
    """ "the Kestrel Guild for Trade" of "the Kestrel Guild for Trade and Tariffs of Varnia": the body's
    name runs on past the "and" (`_joined_tail_end`)."""
    if kind != "organization" or span.end >= len(span.doc):
        return span
    end = _joined_tail_end(span.doc, span.end)
    return (
        span.doc[span.start : end] if end is not None and span.doc[span.end - 1].ent_type_ == "ORG" else span
    )


def _place_after_a_venue(span: Span, kind: str) -> Span:
    """ "the Harlow Summer Theater on Kestrel Island", "the shops on Mill Street in Harlow": a
    venue's or a street's name does not run on past "on" or "in" into the place it stands in
    ("Church on the Hill" keeps its lowercase "the")."""
    if kind != "organization" or len(span) < 3:
        return span
    doc = span.doc
    for token in span[1:-1]:
        if token.lower_ in ("on", "in") and token.is_lower:
            rest = doc[token.i + 1 : span.end]
            left = doc[span.start : token.i]
            named = span_text(left)
            if all(t.is_alpha and t.text.istitle() for t in rest) and (
                venue_kind(named) or street_kind(named)
            ):
                return left
            return span
    return span


def _strip_trailing_role(span: Span, kind: str) -> Span:
    """ "Brevard County Sheriff", "Georgia State Patrol Capt": the title after a place or body
    belongs to the person who follows."""
    if kind == "person" or len(span) < 2 or not _is_role(span[-1].text) or span[-2].lower_ in ("of", "the"):
        return span
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text == "." and span.end + 1 < len(doc):
        after = doc[span.end + 1]  # "Patrol Capt. Mark Perry", the full stop split off
    followed_by_name = (after is not None and after.text[:1].isupper()) or span[-1].text.endswith(".")
    if not followed_by_name:
        return span
    # "the Harlow Police and Capt. Ada Roe": the "and" that joined the title goes with it
    end = span.end - 1
    while end > span.start + 1 and doc[end - 1].text in TRAILING_SMALL_WORDS:
        end -= 1
    return doc[span.start : end]


def _cut_at_inner_role(span: Span, kind: str) -> Span:
    """ "Harlow Police Sergeant Ada Roe", "Harlow Police spokesman Const": a role word right after
    a body's last word, then a first name or in lower case, begins the person NER ran the body
    on into; the body is the name ("Harlow Police Officers Association" stays whole)."""
    if kind != "organization" or len(span) < 3 or span[-1].lower_ in ANY_ORG_ENDINGS:
        return span
    doc = span.doc
    for token in span[2:-1]:
        # a person follows: a lowercase role ("spokesman Const") or a first name after it
        # ("Sergeant Ada Roe"), not "Vantor Assaults on Police Officers Unit"
        if (
            doc[token.i - 1].lower_ in PERSON_ORG_ENDINGS
            and _is_role(token.text)
            and (token.is_lower or is_given_name(doc[token.i + 1].lower_))
        ):
            return doc[span.start : token.i]
    return span


#: Words a headline puts after a name for what befell the person: "Ada Quist Dead At 90".
_FATE_STATES = frozenset(HEADLINE_STATES)


def _strip_trailing_fate(span: Span, kind: str) -> Span:
    """ "Ada Marie Quist Dead": a capitalised fate word after a name of two words or more is the
    headline's news, not a surname ("John Hurt", two words, keeps his)."""
    if kind != "person" or len(span) < 3 or not span[-1].is_title or span[-1].lower_ not in _FATE_STATES:
        return span
    return span[:-1]


def _strip_trailing_town(span: Span, kind: str) -> Span:
    """ "one-year-old Zoey Horton Chattanooga." (a dropped "in"): the last word of a three-word
    "person" that the article tags as a place elsewhere and the gazetteer knows as a town."""
    if kind != "person" or len(span) < 3:
        return span
    last = span[-1]
    if last.text not in names_of(span.doc).by_label.get("GPE", frozenset()):
        return span
    from .. import geo

    return span[:-1] if geo.lookup(last.text, kinds=("city",)) else span


def _after_nickname_quote(span: Span, kind: str) -> Span:
    """`James" Hong` of `Cheng Yuan "James" Hong`: NER began inside the quoted nickname; the
    name is what follows the closing quote."""
    if kind != "person":
        return span
    quotes = [t.i for t in span[1:-1] if t.text in _QUOTES]
    if len(quotes) != 1:
        return span  # `Tom "Tiny" Lee` holds both quotes: the whole name
    return span.doc[quotes[0] + 1 : span.end]


def _call_sign_before_a_body(span: Span, kind: str) -> Span:
    """ "CBS affiliate KIDK Police say": a station's call sign does not run on into "Police" or
    another body's word; the station is the name."""
    if (
        kind == "organization"
        and len(span) >= 2
        and _CALL_SIGN.match(span[0].text)
        and span[1].lower_ in PERSON_ORG_ENDINGS
        and span[1].text[:1].isupper()
    ):
        return span[:1]
    return span


def _number_of_a_numbered_body(span: Span, kind: str) -> Span:
    """ "Kestrel School 41", "the Harlow court's Division 3", "Teamsters Local 12": a body numbered
    after its noun, where NER stopped before the number (of one to three figures: not a year)."""
    doc = span.doc
    if kind != "organization" or span.end >= len(doc):
        return span
    last, after = span[-1], doc[span.end]
    if (
        last.lower_ in NUMBERED_BODY_NOUNS
        and last.text[:1].isupper()
        and "\n" not in last.whitespace_
        and after.is_digit
        and len(after.text) <= 3
    ):
        return doc[span.start : span.end + 1]
    return span


def _common_word_after_a_body(span: Span, kind: str) -> Span:
    """ "(Harlow News Report)", "the Vantor Police Notice": a last word after a body's word
    (`BODY_HEADS`), which the article writes elsewhere in lower case, is a common noun NER ran
    the body's name on into; a venue's name ("Harlow Police Station") keeps its word."""
    if kind != "organization" or len(span) < 3:
        return span
    last = span[-1]
    if not (
        last.is_alpha
        and last.text.istitle()
        and span[-2].lower_ in BODY_HEADS
        and last.lower_ not in _BODY_NAME_ENDS
        and last.lower_ in token_texts(span.doc)
    ):
        return span
    return span if venue_kind(span_text(span)) else span[:-1]


def _word_of_a_following_post(span: Span, kind: str) -> Span:
    """ "informed Harlow Athletic" of "Harlow Athletic Director Ada Roe": NER stopped before a role
    and a first name, and the second of the body's two words, a dictionary word that is no body's,
    no company's and no first name, is the first word of the post ("athletic director"), when the
    article names the first word alone ("Harlow")."""
    doc = span.doc
    if kind != "organization" or len(span) != 2 or span.end + 1 >= len(doc):
        return span
    last, role, name = span[-1], doc[span.end], doc[span.end + 1]
    if not (
        last.is_alpha
        and last.text.istitle()
        and role.is_title
        and _is_role(role.text)
        and name.is_title
        and is_given_name(name.lower_)
        and "\n" not in last.whitespace_
    ):
        return span
    lower = last.lower_
    if lower in BODY_HEADS or lower in COMPANY_WORDS or is_given_name(lower) or not in_dictionary(lower, doc):
        return span
    return span[:-1] if span_text(span[:-1]) in names_of(doc).votes else span


TRIMS: tuple[Rule[Trim], ...] = (
    Rule(
        "common word after a body's name",
        _common_word_after_a_body,
        (
            E(
                "The report ran at noon. (Harlow News Report)",
                "Harlow News Report",
                "organization",
                "Harlow News",
            ),
            E(
                "The station was shut. Harlow Police Station reopened.",
                "Harlow Police Station",
                "organization",
                "Harlow Police Station",
            ),
            E(
                "The Harlow News Report ran at noon.",
                "Harlow News Report",
                "organization",
                "Harlow News Report",
            ),
            E(
                "The channel went dark. Harlow News Channel came back at noon.",
                "Harlow News Channel",
                "organization",
                "Harlow News Channel",
            ),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "first word of a post after a body's name",
        _word_of_a_following_post,
        (
            E(
                "The Kestrel Herons won, and Kestrel coach Ada Roe smiled. "
                "They told Kestrel Athletic Director Tomas Reyes.",
                "Kestrel Athletic",
                "organization",
                "Kestrel",
            ),
            E(
                "Harlow coach Ada Roe smiled. They then told Harlow Police Chief Tomas Reyes.",
                "Harlow Police",
                "organization",
                "Harlow Police",
            ),
            E(
                "They then told Harlow Athletic Director Tomas Reyes.",
                "Harlow Athletic",
                "organization",
                "Harlow Athletic",
            ),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "number after a numbered body's noun",
        _number_of_a_numbered_body,
        (
            E(
                "The shots were fired near Kestrel School 41 in Varnholm.",
                "Kestrel School",
                "organization",
                "Kestrel School 41",
            ),
            E(
                "She appears in Harlow Crown Court's Division 3 today.",
                "Harlow Crown Court's Division",
                "organization",
                "Harlow Crown Court's Division 3",
            ),
            E("The Harlow School 2019 report was late.", "Harlow School", "organization", "Harlow School"),
            E("He joined the Harlow Hawks 21 times.", "Harlow Hawks", "organization", "Harlow Hawks"),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "call sign before a body's word",
        _call_sign_before_a_body,
        (
            E(
                "The Fresno station KMPH Police said the road reopened.",
                "KMPH Police",
                "organization",
                "KMPH",
            ),
            E("The anchor at KMPH News read the statement.", "KMPH News", "organization", "KMPH News"),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "verb form before a name",
        _strip_leading_verb,
        (
            E("Trapped Tomas Reyes called for help.", "Trapped Tomas Reyes", "person", "Tomas Reyes"),
            E("Tomas Reyes called for help.", "Tomas Reyes", "person", "Tomas Reyes"),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "dictionary word before a name",
        _strip_leading_dictionary_word,
        (
            E(
                "Jobless Tomas Reyes waited in line in Varnholm.",
                "Jobless Tomas Reyes",
                "person",
                "Tomas Reyes",
            ),
            E(
                "Tomas Reyes lost his job. Luckily Reyes found another.",
                "Luckily Reyes",
                "person",
                "Reyes",
            ),
            E("Park Min-jun waited in line in Varnholm.", "Park Min-jun", "person", "Park Min-jun"),
            E(
                "Tomas Reyes Quill was born in Varnholm.\nYoung Tomas worked the fields.",
                "Young Tomas",
                "person",
                "Tomas",
            ),
            E(
                "Young Tomas Reyes waited in line. Ada Young did too.",
                "Young Tomas Reyes",
                "person",
                "Young Tomas Reyes",
            ),
            E("Savage Quorvex fans queued in Varnholm.", "Savage Quorvex", "person", "Savage Quorvex"),
            E(
                "Police caught a barefoot Orchard Tomas Reyes in Varnholm.",
                "Orchard Tomas Reyes",
                "person",
                "Orchard Tomas Reyes",
            ),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "description before a full name",
        _strip_description_before_full_name,
        (
            E(
                "The club kept depth. Veterans Tomas Reyes and Ada Roe signed in June.",
                "Veterans Tomas Reyes",
                "person",
                "Tomas Reyes",
            ),
            E(
                "Fans cheered for former Hornet Dana Kirk on Sunday.",
                "Hornet Dana Kirk",
                "person",
                "Dana Kirk",
            ),
            E(
                "He sat on the Orchard Court System board.",
                "Orchard Court System",
                "person",
                "Orchard Court System",
            ),
            E(
                "Fans cheered for Mary Dana Kirk on Sunday.",
                "Mary Dana Kirk",
                "person",
                "Mary Dana Kirk",
            ),
            E(
                "Aides of the Secretary of the Harbour Dana Kirk met.",
                "the Harbour Dana Kirk",
                "organization",
                "Dana Kirk",
            ),
            E(
                "Aides of the Secretary of the Harbour Dana Kirk met.",
                "Harbour Dana Kirk",
                "organization",
                "Dana Kirk",
            ),
            E(
                "Aides of the Harbour Dana Trust met.",
                "the Harbour Dana Trust",
                "organization",
                "the Harbour Dana Trust",
            ),
            E(
                "Police found a barefoot Hornet Dana Kirk on Sunday.",
                "Hornet Dana Kirk",
                "person",
                "Hornet Dana Kirk",
            ),
            E(
                "Fans cheered for Zorvath Dana Kirk on Sunday.",
                "Zorvath Dana Kirk",
                "person",
                "Zorvath Dana Kirk",
            ),
        ),
    ),
    Rule(
        "name said twice with a hyphen",
        _name_said_twice,
        (
            E("Ada Quist-Ada Quist: Swimmer Dies at 91", "Ada Quist-Ada Quist", "person", "Ada Quist"),
            E("Ada Quist-Marlowe swam for Varnia.", "Ada Quist-Marlowe", "person", "Ada Quist-Marlowe"),
        ),
    ),
    Rule(
        "words after a legal form",
        _cut_after_legal_form,
        (
            E(
                "He opened fire at the Vantor Holdings Ltd Christmas party.",
                "Vantor Holdings Ltd Christmas",
                "organization",
                "Vantor Holdings Ltd",
            ),
            E(
                "Observers of the Varnian Council for Trade and Co-operation came.",
                "Varnian Council for Trade and Co-operation",
                "organization",
                "Varnian Council for Trade and Co-operation",
            ),
        ),
    ),
    Rule(
        "platform after a name",
        _strip_trailing_platform,
        (
            E(
                "The coach wrote on the Harlow Hawks Twitter account that he was hurt.",
                "Harlow Hawks Twitter",
                "organization",
                "Harlow Hawks",
            ),
            E(
                "The Harlow Hawks wrote that he was hurt.",
                "Harlow Hawks",
                "organization",
                "Harlow Hawks",
            ),
        ),
    ),
    Rule(
        "common noun before an acronym",
        _common_noun_before_acronym,
        (
            E(
                "Few watched the gala.\nBroadcaster KXLT lost ad revenue.",
                "Broadcaster KXLT",
                "organization",
                "KXLT",
            ),
            E(
                "Witnesses told Local KXLT affiliate staff about it. The local paper agreed.",
                "Local KXLT",
                "organization",
                "KXLT",
            ),
            E(
                "Listeners of Capital FM heard the news first.",
                "Capital FM",
                "organization",
                "Capital FM",
            ),
        ),
    ),
    Rule(
        "first names before a surname and suffix",
        _given_names_before_suffix,
        (
            E(
                "His father, Ada Lynn Quist Sr., ran the farm.",
                "Quist Sr.",
                "person",
                "Ada Lynn Quist Sr.",
            ),
            E("His father, Quist Sr., ran the farm.", "Quist Sr.", "person", "Quist Sr."),
        ),
    ),
    Rule(
        "known name of two joined by a hyphen",
        _known_part_of_hyphened,
        (
            E(
                "Shares of Vantor rose.\nHarlowwire-Vantor today said hackers used it.",
                "Harlowwire-Vantor",
                "organization",
                "Vantor",
            ),
            E(
                "He was assigned to the Anti-Fraud Unit in 2004.",
                "Anti-Fraud Unit",
                "organization",
                "Anti-Fraud Unit",
            ),
            E(
                "Kestrel-Vantor today said hackers used it.",
                "Kestrel-Vantor",
                "organization",
                "Kestrel-Vantor",
            ),
        ),
    ),
    Rule(
        "name runs on past 'and'",
        _name_past_and,
        (
            E(
                "A letter from the Kestrel Guild for Trade and Tariffs of Varnia said so.",
                "the Kestrel Guild for Trade",
                "organization",
                "the Kestrel Guild for Trade and Tariffs",
            ),
            E(
                "A letter from the Kestrel Guild for Trade and Ada Roe said so.",
                "the Kestrel Guild for Trade",
                "organization",
                "the Kestrel Guild for Trade",
            ),
            E(
                "Hearings were held in the House of Delegates and Senate, and in court.",
                "the House of Delegates",
                "organization",
                "the House of Delegates",
            ),
        ),
    ),
    Rule(
        "place after a venue",
        _place_after_a_venue,
        (
            E(
                "She starred at the Harlow Summer Theater on Kestrel Island in June.",
                "Harlow Summer Theater on Kestrel Island",
                "organization",
                "Harlow Summer Theater",
            ),
            E(
                "Smoke rose over the shops on Mill Street in Harlow Vale.",
                "Mill Street in Harlow Vale",
                "organization",
                "Mill Street",
            ),
            E(
                "She sang at the Church on the Hill in June.",
                "Church on the Hill",
                "organization",
                "Church on the Hill",
            ),
        ),
    ),
    Rule(
        "nickname in quotes before a name",
        _after_nickname_quote,
        (
            E('Police identified Wei "Danny" Chen as the driver.', 'Danny" Chen', "person", "Chen"),
            E(
                'Police identified Wei "Danny" Chen as the driver.',
                'Wei "Danny" Chen',
                "person",
                'Wei "Danny" Chen',
            ),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "title after a place or body",
        _strip_trailing_role,
        (
            E(
                "Marion County Sheriff Lena Ortiz said the road was closed.",
                "Marion County Sheriff",
                "organization",
                "Marion County",
            ),
            E(
                "A spokesman for the Office of the Sheriff declined to comment.",
                "Office of the Sheriff",
                "organization",
                "Office of the Sheriff",
            ),
            E(
                "The dead were a trooper of the Harlow State Police and Capt. Ada Roe.",
                "Harlow State Police and Capt",
                "organization",
                "Harlow State Police",
            ),
        ),
        kinds=NO_PERSON,
    ),
    Rule(
        "role after a body's name",
        _cut_at_inner_role,
        (
            E(
                "Call Harlow Police Sergeant Ada Roe with tips.",
                "Harlow Police Sergeant Ada Roe",
                "organization",
                "Harlow Police",
            ),
            E(
                "He led the Vantor Assaults on Police Officers Section for years.",
                "Vantor Assaults on Police Officers Section",
                "organization",
                "Vantor Assaults on Police Officers Section",
            ),
            E(
                "The Harlow Police Officers Association endorsed him.",
                "Harlow Police Officers Association",
                "organization",
                "Harlow Police Officers Association",
            ),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "venue name after a possessive",
        _venue_after_possessive,
        (
            E(
                "The boy was taken to Riley Children's Hospital in Indianapolis.",
                "Riley Children",
                "organization",
                "Riley Children's Hospital",
            ),
            E(
                "The Hartley Foundation's director resigned on Monday.",
                "Hartley Foundation",
                "organization",
                "Hartley Foundation",
            ),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "possessive inside a name",
        _cut_at_possessive,
        (
            E(
                "Mara Jensen's Instagram post was shared widely.",
                "Mara Jensen's Instagram",
                "person",
                "Mara Jensen",
            ),
            E(
                "She works at St. Luke's Hospital in Boise.",
                "St. Luke's Hospital",
                "organization",
                "St. Luke's Hospital",
            ),
            E(
                "She leads the Varnia Teachers' Union in the north.",
                "Varnia Teachers' Union",
                "organization",
                "Varnia Teachers' Union",
            ),
            E(
                "Anger grew even among backers of Varga' Civic Alliance party.",
                "Varga' Civic Alliance party",
                "organization",
                "Civic Alliance",
            ),
            E(
                "She was named on Harlow News' Night Desk Weekly in 1995.",
                "Harlow News' Night Desk",
                "organization",
                "Harlow News",
            ),
            E(
                "She was named on Harlow News' Night Desk in 1995.",
                "Harlow News' Night Desk",
                "organization",
                "Harlow News' Night Desk",
            ),
            E(
                "The chief told the Harlow Herald' Night Desk blog it was over.",
                "Harlow Herald' Night Desk blog",
                "organization",
                "Harlow Herald",
            ),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "words after a joint",
        _cut_at_joint,
        (
            E(
                "The patient was flown to Mercy Medical Center via LifeFlight.",
                "Mercy Medical Center via LifeFlight",
                "organization",
                "Mercy Medical Center",
            ),
            E(
                "The Hawks placed Dan Moss on Injured Reserve.",
                "Dan Moss on Injured Reserve",
                "person",
                "Dan Moss",
            ),
            E(
                "The patient was flown to Mercy Medical Center on Tuesday.",
                "Mercy Medical Center",
                "organization",
                "Mercy Medical Center",
            ),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "role noun before a name",
        _strip_role_words,
        (
            E(
                "Lifeguard Peter Voss pulled the boy from the water.",
                "Lifeguard Peter Voss",
                "person",
                "Peter Voss",
            ),
            E("Peter Voss pulled the boy from the water.", "Peter Voss", "person", "Peter Voss"),
            E("Harlow Hawks QB Dan Moss threw twice.", "Harlow Hawks QB Dan Moss", "person", "Dan Moss"),
            E("TE Dan Moss caught two passes.", "TE Dan Moss", "person", "Dan Moss"),
            E("Te Rangi Moss spoke at the hui.", "Te Rangi Moss", "person", "Te Rangi Moss"),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "fate word after a name",
        _strip_trailing_fate,
        (
            E("Ada Marie Quist Dead At 90", "Ada Marie Quist Dead", "person", "Ada Marie Quist"),
            E("The actor John Hurt spoke.", "John Hurt", "person", "John Hurt"),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "town after a name",
        _strip_trailing_town,
        (
            E(
                "Police in Toledo said two-year-old Ella Brandt Toledo was unhurt.",
                "Ella Brandt Toledo",
                "person",
                "Ella Brandt",
            ),
            E(
                "Police said two-year-old Ella Marie Brandt was unhurt.",
                "Ella Marie Brandt",
                "person",
                "Ella Marie Brandt",
            ),
        ),
        kinds=ONLY_PERSON,
    ),
)

# ------------------------------------------------------------------------------------ drops


def _title_only(span: Span, kind: str) -> bool:
    """ "Sgt.", "Detective Cpl.", a lone "Jr." """
    if kind != "person":
        return False
    words = [t for t in span if not t.is_punct]
    if len(words) == 1 and _surname_named_in_full(words[0]):
        return False  # "Rosa King ... King was shot"
    return all(_is_role(t.text) or t.lower_.rstrip(".") in NAME_SUFFIXES | _CUT_TITLE_WORDS for t in words)


def _title_at_the_end(span: Span, kind: str) -> bool:
    """ "Harlow Police Sgt", "County Dist": a "person" ending in a title's abbreviation is the
    title NER cut from the name that follows it; no name ends in one."""
    words = [t for t in span if not t.is_punct]  # "County Dist." with its full stop
    return (
        kind == "person"
        and len(words) >= 2
        and words[-1].lower_.rstrip(".") in TITLE_ABBREVIATIONS.keys() | _CUT_TITLE_WORDS
    )


#: Abbreviations that begin a title but are no title of their own: "Dist. Atty.", "Juror No. 4".
_CUT_TITLE_WORDS = frozenset({"dist", "no", "asst", "dep"})


def _common_noun(span: Span, kind: str) -> bool:
    """ "Cops declined to comment", "Anyone with information", "Detectives:" tagged as names;
    not the surname of a person the article names in full ("Rosa King ... King was shot")."""
    if len(span) == 2 and span[1].text in ("'s", "’s"):
        span = span[:1]  # "Coroner's" of "Coroner's Capt. Ada Roe"
    return (
        kind != "place"
        and len(span) == 1
        and span[0].lower_ in _GROUPS_OR_ROLES
        and not _surname_named_in_full(span[0])
    )


def _surname_named_in_full(word: Token) -> bool:
    """The word ends a person the article names in full ("Rosa King", then "King"), and is no
    abbreviated title NER took into a name ("Police Det"), nor a suffix ("Jr.")."""
    return (
        word.text in names_of(word.doc).full_name_ends
        and word.lower_.rstrip(".") not in TITLE_ABBREVIATIONS.keys() | NAME_SUFFIXES
    )


def _thing_after_the(span: Span, kind: str) -> bool:
    """ "the Parthenon", "the Grinch" tagged PERSON: no person is written after "the" (teams and
    papers, "the Halifax Mariners", are retyped instead)."""
    return (
        kind == "person"
        and _after_the(span)
        and not _plural_end(span)
        and span[-1].lower_ not in NEWSPAPER_HEADS
    )


def _month(span: Span, kind: str) -> bool:
    return len(span) == 1 and span[0].lower_.rstrip(".") in MONTHS


def _not_an_organization(span: Span, kind: str) -> bool:
    """Laws, prizes, programs, tournaments and conventions are named like bodies but are not
    ones; and no person's name ends in "Trophy" or "Awards"."""
    if kind == "person":
        return len(span) > 1 and span[-1].text[:1].isupper() and span[-1].lower_ in NOT_BODIES
    if kind != "organization" or len(span) < 2:
        return False
    words = {t.lower_ for t in span if t.text[:1].isupper()}
    return bool(words & NOT_BODIES) and span[-1].lower_ not in ORG_ENDINGS


#: What NER calls a name that is neither a person nor a body: a nationality or a creed, a work
#: (film, book, show), a product, an event, a law, a language.
THING_LABELS = ("NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE")


def _named_as_a_thing(span: Span, kind: str) -> bool:
    """ "Two Estonians were hurt" beside "the Estonian crew": a one-word name the article's NER
    calls a nationality as often as a person or a body (a plural counts its singular's votes), or
    a work, a product or an event more often, is that thing. NER's labels on a full name are too
    unsteady to overrule (a man's name in a headline is a "work"), and the last word of a full
    name the article gives a person ("English" of "Tom English") stays a surname."""
    if kind == "place" or len(span) != 1:
        return False
    names = names_of(span.doc)
    if span_text(span) in names.full_name_ends:
        return False
    forms = [span_text(span)]
    if span_text(span).endswith("s") and len(span_text(span)) > 3:
        forms.append(span_text(span)[:-1])
    own = names.votes.get(span_text(span), {})
    as_name = own.get("PERSON", 0) + own.get("ORG", 0)
    nationality = sum(names.votes.get(form, {}).get("NORP", 0) for form in forms)
    things = sum(names.votes.get(form, {}).get(label, 0) for form in forms for label in THING_LABELS)
    # a nationality is written as a word ("Estonian"), never as an acronym ("NAACP", tagged NORP too)
    return (span_text(span).istitle() and 0 < nationality >= as_name) or things > as_name


#: Lowercase words after a prize's name: "an Oscar nomination", "Emmy-winning", "the Booker
#: shortlist". A person's name before them is a name of the prize too ("a Nobel laureate").
AWARD_AFTER = frozenset(
    {"winner", "winners", "winning", "nominee", "nominees", "nomination", "nominations", "nominated", "nod",
     "nods", "laureate", "laureates", "shortlist", "shortlisted", "statuette", "statuettes", "telecast"}
)  # fmt: skip
_AWARDS_KEY = "eventfacts.award-words"


def _award_words(doc: Doc) -> frozenset[str]:
    """The capitalised words the article writes before an award word ("Oscar" of "an Oscar
    nod", "Emmy" of "Emmy-winning"), computed once per article."""
    cached = doc.user_data.get(_AWARDS_KEY)
    if isinstance(cached, frozenset):
        return cached
    lower = lower_forms(doc)
    found: set[str] = set()
    for i, word in enumerate(lower):
        if word not in AWARD_AFTER or i == 0:
            continue
        before = doc[i - 2] if lower[i - 1] == "-" and i > 1 else doc[i - 1]
        if before.text[:1].isupper() and before.is_alpha:
            found.add(before.text)
    result = frozenset(found)
    doc.user_data[_AWARDS_KEY] = result
    return result


def _award(span: Span, kind: str) -> bool:
    """ "won an Oscar" tagged PERSON, "the Emmys" tagged ORG, where the article also writes
    "an Oscar nomination" or "Emmy-winning": a one-word name (or its plural) the article puts
    before an award word is the prize, unless it is the last word of a person it names in full
    ("the Obama nominee" beside "Barack Obama")."""
    if kind == "place" or len(span) != 1 or not span_text(span).istitle():
        return False
    awards = _award_words(span.doc)
    if not awards:
        return False
    forms = {span_text(span), span_text(span)[:-1] if span_text(span).endswith("s") else span_text(span)}
    return bool(forms & awards) and not forms & names_of(span.doc).full_name_ends


def _compass_only(span: Span, kind: str) -> bool:
    """ "East" and "South" of "200 East and 6600 South": a direction, not a place."""
    return kind == "place" and len(span) == 1 and span[0].lower_ in COMPASS_POINTS


def _part_of_organization(span: Span, kind: str) -> bool:
    """ "New York" of "The New York Times" when NER stopped before the organization word."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        kind == "place"
        and after is not None
        and after.text[:1].isupper()
        and not span.doc[span.end - 1].whitespace_.count("\n")
        and after.lower_ in NEWSPAPER_HEADS
    )


def _nickname(span: Span, kind: str) -> bool:
    """ "Tony Coburn, aka Blue, 26": the name after "aka" is a nickname of the person before.
    "Known as" also names groups ("the Popular Front, also known as the Red Brigade"), so an
    "organization" after it is a nickname only when a person is named just before the cue."""
    if kind == "place":
        return False
    before = text_between(span.doc, max(0, span.start - 3), span.start).lower()
    if any(before.endswith(cue) for cue in NICKNAME_CUES[:3]) or (
        kind == "person" and before.endswith("known as")
    ):
        return True
    return _known_as_after_person(span) or _called_by_others(span)


#: Verbs by which others give someone a name: "the guy fans call Tall Timber", "they dubbed him Ace".
CALLING_VERBS = frozenset({"call", "dub", "nickname"})
_CALLED_PRONOUNS = frozenset({"him", "her", "himself", "herself"})


def _called_by_others(span: Span) -> bool:
    """ "the guy teammates call Tall Timber", "fans dubbed him Ace": the name others (the verb's own
    subject) call a person by, one of a person's nouns or a pronoun, is a nickname; "a woman called
    Ada Roe" (no one calls her so: the verb has no subject) and "a group its founders call Harlow
    Watch" (no person) keep theirs."""
    doc = span.doc
    i = span.start - 1
    pronoun = i >= 0 and doc[i].lower_ in _CALLED_PRONOUNS
    if pronoun:
        i -= 1
    if i < 0 or doc[i].lemma_.lower() not in CALLING_VERBS:
        return False
    verb = doc[i]
    callers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not callers:
        return False
    # the one called stands before the callers ("the guy [whom] fans call"), however the parse
    # hangs the clause
    before = doc[max(verb.sent.start, i - 6) : i]
    return pronoun or any(t.lemma_.lower() in _CALLED_PEOPLE and t not in callers for t in before)


#: The nouns of a person a nickname is given to: "the guy", "the kid", a role or a person's noun.
_CALLED_PEOPLE = frozenset(PERSON_NOUNS) | ROLE_WORDS | frozenset({"guy", "kid", "lad", "player"})


def _known_as_after_person(span: Span) -> bool:
    """ "Dion Marsh, 17, known as Little D", "known to his friends as Tank or Moose": "known ...
    as" (or "as <name> or") right before the name, a few words after a person's name."""
    doc = span.doc
    start = span.start
    if start >= 3 and doc[start - 1].lower_ == "or" and doc[start - 3].lower_ == "as":
        start -= 2  # "as Tank or Moose"
    if start < 2 or doc[start - 1].lower_ != "as":
        return False
    window = doc[max(span.sent.start, start - 6) : start - 1]
    if not any(t.lower_ == "known" for t in window):
        return False
    if any(
        t.lemma_.lower() in GROUP_NOUNS_AFTER and t.dep_ != "compound"
        for t in doc[max(span.sent.start, start - 10) : start]
    ):
        return False  # "joined a street gang that is known as Eastside Kings": the gang's name
    return any(e.label_ == "PERSON" and start - 10 <= e.end < start - 1 for e in span.sent.ents)


def _family(span: Span, kind: str) -> bool:
    """ "the Slaights", "the Lishes' home": a family, not one person (but "the Jaguars" where
    the article names the "Marlowe Jaguars" is the club)."""
    return kind == "person" and _the_plural(span) and span_text(span) not in body_nicknames(span.doc)


def _the_plural(span: Span) -> bool:
    """One word ending in "s" after "the": "the Slaights"."""
    previous = span.doc[span.start - 1] if span.start > 0 else None
    return (
        len(span) == 1 and span_text(span).endswith("s") and previous is not None and previous.lower_ == "the"
    )


def _charge(span: Span, kind: str) -> bool:
    if kind == "place":
        return False
    words = [t.lower_ for t in span if not t.is_punct]
    return any(w in CHARGE_WORDS for w in words) and all(
        w in CHARGE_WORDS or w in CHARGE_FILLERS for w in words
    )


#: Prefixes of ships' names: "MV Northern Dawn", "INS Trishul", "HMS Lancaster", "USS Cole";
#: not "MS" or "SS", which are as often an illness, a title or a unit.
SHIP_PREFIXES = frozenset(
    {"MV", "M/V", "MT", "M/T", "RV", "FV", "HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "USCGC",
     "INS", "PNS", "KRI", "RFS", "CGS"}
)  # fmt: skip


#: Lowercase nouns for a ship or a craft written before its name or beside it: "the tanker
#: Halvard", "aboard warship Tessel", "a Varnian freighter, the Northern Dawn,".
VESSEL_NOUNS = frozenset(
    {"ship", "vessel", "tanker", "supertanker", "freighter", "warship", "frigate", "destroyer", "cruiser",
     "trawler", "dhow", "ferry", "yacht", "tugboat", "submarine", "helicopter", "aircraft", "airliner",
     "carrier", "corvette", "gunboat", "liner", "schooner", "barge"}
)  # fmt: skip


def _ship(span: Span, kind: str) -> bool:
    """ "hijacked the MV Northern Dawn": a ship's prefix then a name is a ship, not a person or a
    body (the prefix is written in capitals, so "Ms Dana Kirk" is not taken); so is that name
    written alone elsewhere in the article ("the Northern Dawn"), and a name after a vessel's
    noun ("the tanker Halvard") or in apposition to one ("a freighter, the Halvard,")."""
    if kind == "place":
        return False
    words = [t for t in span if not t.is_punct]
    if not words:
        return False
    if len(words) >= 2 and words[0].lower_ in VESSEL_NOUNS and words[1].text[:1].isupper():
        return True  # "Warship Tessel" tagged PERSON
    if len(words) == 1 or words[0].text not in SHIP_PREFIXES:
        return span_text(span) in _ship_names(span.doc)
    return words[1].text[:1].isupper()


_SHIPS_KEY = "eventfacts.ship-names"


def _ship_names(doc: Doc) -> frozenset[str]:
    """The names the article writes after a ship's prefix ("Northern Dawn" of "the MV Northern
    Dawn"), computed once per article."""
    cached = doc.user_data.get(_SHIPS_KEY)
    if isinstance(cached, frozenset):
        return cached
    found: set[str] = set()
    texts = token_texts(doc)
    if SHIP_PREFIXES & texts:  # most articles name no ship: no walk over their tokens
        for token in doc:
            if token.text not in SHIP_PREFIXES:
                continue
            end = token.i + 1  # the capitalised words after the prefix, entity or not
            while end < len(doc) and end - token.i <= 4 and doc[end].is_title and doc[end].is_alpha:
                end += 1
            if end > token.i + 1:
                found.add(text_between(doc, token.i + 1, end))
    if VESSEL_NOUNS & texts:
        forms = lower_forms(doc)
        for noun in (i for i, form in enumerate(forms) if form in VESSEL_NOUNS and doc[i].is_lower):
            found.update(_named_vessel(doc, noun))
    result = frozenset(found)
    doc.user_data[_SHIPS_KEY] = result
    return result


def _named_vessel(doc: Doc, noun: int) -> Iterator[str]:
    """The name a vessel's noun gives: right after it ("tanker Halvard Star", not "ship Captain
    Dana Roe"), in quotation marks with its number ('the trawler "Halvard 3"'), or an entity in
    apposition to it ("a freighter, the Halvard,")."""
    start = noun + 1
    quoted = start < len(doc) and doc[start].text in ('"', "“")
    start += quoted
    end = start
    while (
        end < len(doc)
        and end - start < 3
        and (
            (doc[end].text[:1].isupper() and not _is_role(doc[end].text))
            or (quoted and end > start and doc[end].like_num)
        )
    ):
        end += 1
    if end > start and (not quoted or (end < len(doc) and doc[end].text in ('"', "”"))):
        yield text_between(doc, start, end)
    for child in doc[noun].children:
        ent = entity_of(child) if child.dep_ == "appos" else None
        if ent is not None and ent.label_ in ("ORG", "PERSON", "PRODUCT", "FAC", "WORK_OF_ART"):
            start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
            yield text_between(doc, start, ent.end)


def _vehicle(span: Span, kind: str) -> bool:
    if kind != "organization":
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    # "a 2012 Hyundai", "four-door, 2007 Pontiac", but not "In 2019 Marcus Bell"
    ahead = span.doc[span.start - 2] if span.start > 1 else None
    dated = ahead is not None and ahead.pos_ != "ADP" and not ahead.is_sent_start
    year = before is not None and dated and bool(re.fullmatch(r"(?:19|20)\d\d", before.text))
    return (before is not None and (before.lower_ in COLOURS or year)) or (
        after is not None and after.lower_ in VEHICLE_NOUNS
    )


def _not_capitalised(span: Span, kind: str) -> bool:
    return not any(c.isupper() for c in span_text(span))


def _part_of_street(span: Span, kind: str) -> bool:
    """ "Woods" of "Hickory Woods Lane", "Lomas" of "Eubank and Lomas boulevards", a lone "Lane"."""
    if kind == "place":
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if len(span) == 1 and span[0].lower_.rstrip(".") in _STREET_WORDS and before is not None:
        return before.like_num or (before.text[:1].isupper() and not before.is_sent_start)
    if after is not None and after.lower_ == "and" and span.end + 2 < len(doc):
        return doc[span.end + 2].lower_ in STREET_PLURALS  # "Eubank" of "Eubank and Lomas boulevards"
    return after is not None and (
        (after.lower_.rstrip(".") in _STREET_WORDS and after.text[:1].isupper() and after.lower_ != "way")
        or after.lower_ in STREET_PLURALS
    )


def _part_of_venue(span: Span, kind: str) -> bool:
    """ "Jacobi" of "Jacobi hospital": a person's name is not followed by a venue noun."""
    if kind != "person":
        return False
    rest = span.doc[span.end : span.end + 1]
    return bool(rest) and rest[0].is_lower and venue_kind(rest[0].text) is not None


def _description(span: Span, kind: str) -> bool:
    """ "said Anxious Neighbor", "Eastbrook Man Charged", "the Eternal Party Girl", "the
    Named Person can face a fine": a name ending in one person's noun is a description of
    someone, neither a person's name nor a body's (a body that ends in one is plural: "Boy
    Scouts")."""
    return (
        kind != "place"
        and len(span) >= 2
        and span[-1].text[:1].isupper()
        and span[-1].lower_ in DESCRIPTION_NOUNS
    )


def _common_acronym(span: Span, kind: str) -> bool:
    return len(span) == 1 and span_text(span).isupper() and span[0].lower_ in COMMON_ACRONYMS


_LAST_WORD = re.compile(r"(\w+)\s+$")
#: Determiners of an owner: "its", "their".
POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _owned_common_words(span: Span, kind: str) -> bool:
    """ "the warship sent its Harbor Rangers", "the way they go about their Cold Stove business":
    capitalised dictionary words after "its" or "their", with no body's word among them, are
    members an owner has (a plural) or a description of something it does (a modifier), not a
    body's name: "its Coast Guard" and "its Harbor Relief Trust" stay, and so does a name the
    article also writes without an owner ("their Varnia Boxing Federation belts" beside "the
    Varnia Boxing Federation")."""
    if kind != "organization" or len(span) < 2 or span.start == 0:
        return False
    doc = span.doc
    if doc[span.start - 1].lower_ not in POSSESSIVE_DETERMINERS:
        return False
    text = doc.text
    for found in re.finditer(rf"\b{re.escape(span_text(span))}\b", text):
        before = _LAST_WORD.search(text, max(0, found.start() - 20), found.start())
        if before is None or before.group(1).lower() not in POSSESSIVE_DETERMINERS:
            return False
    if not all(t.is_alpha and t.is_title and in_dictionary(t.lower_, doc) for t in span):
        return False
    if any(t.lower_ in BODY_HEADS or t.lower_ in COMPANY_WORDS or t.lower_ in ORG_HEAD_NOUNS for t in span):
        return False
    root = span.root
    # two words before a noun: a longer name is a body's more often ("his Varnia Boxing Federation
    # title"), and no list holds every body's word
    modifier = len(span) == 2 and root.dep_ == "compound" and root.head.i >= span.end and root.head.is_lower
    return modifier or _plural_end(span)


def _field_of_a_post(span: Span, kind: str) -> bool:
    """ "Outside court, Estate Attorney Ada Quill said", "Relief Coordinator Ana Ruiz": one
    capitalised dictionary word right before a capitalised role and a name is the field of the
    post NER cut short, not a body ("Harlow Police Chief Ana Ruiz" names the force: two words)."""
    if kind != "organization" or len(span) != 1 or not span[0].is_alpha or not span[0].is_title:
        return False
    doc = span.doc
    if span.end + 1 >= len(doc):
        return False
    role, name = doc[span.end], doc[span.end + 1]
    return (
        role.is_title
        and _is_role(role.text)
        and name.text[:1].isupper()
        and name.is_alpha
        and in_dictionary(span[0].lower_, doc)
    )


#: Nouns of a whole trade or part of an economy: "the Organic Food Industry", "the Private Sector".
TRADE_NOUNS = frozenset({"industry", "sector"})


def _trade(span: Span, kind: str) -> bool:
    """ "a supplier to the Organic Food Industry in Varnia": dictionary words ending in a trade's
    noun name a trade, not a body; a firm's name holds a name ("Varnia Heavy Industry"), and a
    body's a small word ("the Museum of Science and Industry")."""
    return (
        kind == "organization"
        and len(span) >= 2
        and span[-1].lower_ in TRADE_NOUNS
        and all(t.is_alpha and t.is_title and in_dictionary(t.lower_, span.doc) for t in span)
    )


def _people_of_a_country(span: Span, kind: str) -> bool:
    """ "Leader of all Bolivians", "two Uruguayans were hurt": one word naming a country's people
    in the plural (the gazetteer's demonyms) is a nationality, neither a body nor a person; a
    team named so is written after "the" ("the Bolivians won")."""
    text = span_text(span)
    if kind == "place" or len(span) != 1 or not text.istitle() or not text.endswith("s") or _after_the(span):
        return False
    from .. import geo

    return geo.country_of_people(text) is not None and not geo.lookup(text, kinds=("country",))


def _product(span: Span, kind: str) -> bool:
    """ "ShotSpotter technology", "a Ruger pistol": a make or a product, named before its noun
    (a body's name only: "U.S. technology" is a country's). A name with a company's word in it is
    the owner of the thing, not the thing: "the Varnia Telecom cable". The noun may come after
    lowercase words of the same noun phrase, or after the name's abbreviation in brackets: "the
    Quill (QB) web browser", "the KX9 submarine cable"; a body's name is the owner there too
    ("the Harlow Police radio system")."""
    if kind != "organization" or any(t.lower_ in COMPANY_WORDS for t in span):
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if (
        after is not None
        and after.is_lower
        and after.lower_ in PRODUCT_NOUNS
        and span.root.dep_ == "compound"
    ):
        return True
    noun = _noun_after_modifiers(span)
    return noun is not None and noun.lower_ in PRODUCT_NOUNS and span[-1].lower_ not in BODY_HEADS


#: The most lowercase words between a product's name and its noun: "the KX9 submarine cable".
_PRODUCT_MODIFIERS = 2


def _noun_after_modifiers(span: Span) -> Token | None:
    """The lowercase noun that ends the noun phrase a name opens, past an abbreviation of the name
    in brackets and one or two lowercase nouns or adjectives that hang on it: "browser" of "the
    Quill (QB) web browser". None when the name is followed by its noun itself, or by no such
    words."""
    doc = span.doc
    i = span.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
        i += 3
    first = i
    while (
        i < len(doc)
        and i - first <= _PRODUCT_MODIFIERS
        and doc[i].is_lower
        and doc[i].is_alpha
        and doc[i].pos_ in ("NOUN", "ADJ", "PROPN")
    ):
        i += 1
    if i == first or i == span.end + 1:
        return None  # no words, or the noun right after the name (`_product`'s own case)
    if i < len(doc) and doc[i].is_lower and doc[i].pos_ == "NOUN":
        return None  # the noun phrase runs on: "the Quill web browser market"
    noun = doc[i - 1]
    hung = all(t.head.i in range(first, i) for t in doc[first : i - 1])
    return noun if noun.pos_ == "NOUN" and hung else None


#: Words before a noun phrase that make its head a thing owned or one of many, not a body:
#: "on his Jeep", "bought a Nerf Blaster". (An organization's name takes "the" or nothing.)
OWNER_WORDS = frozenset({"a", "an", "his", "her", "their", "my", "your", "our"})


def _owned_thing(span: Span, kind: str) -> bool:
    """ "emblems on his Jeep", "he bought a Nerf Blaster": an "organization" that is the head of
    a noun phrase opened by "a" or a possessive pronoun is a product (or one shop of a chain)."""
    if kind != "organization":
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None
        and before.lower_ in OWNER_WORDS
        and span[-1].lower_ not in BODY_HEADS  # "activated their Harlow Strike Team"
        and span.root.dep_ not in ("compound", "amod", "nmod", "poss")
        and not (after is not None and (after.text in ("'s", "’s") or after.pos_ in ("NOUN", "PROPN")))
    )


#: Last words of the names of bodies, which some writers put in quotation marks too.
#: Last words of a company's or a fund's name that are no surnames: "Gorman Advisors",
#: "Alder Capital", "Tessa Health".
COMPANY_WORDS = frozenset(
    {"fund", "funds", "health", "healthcare", "advisors", "advisers", "partners", "capital", "holdings",
     "industries", "enterprises", "services", "solutions", "systems", "technologies", "labs", "media",
     "ventures", "associates", "consulting", "insurance", "bank", "trust", "motors", "airlines", "airways",
     "foods", "energy", "pharmaceuticals", "properties", "realty", "entertainment", "studios", "records",
     "productions", "communications", "logistics", "investments", "securities", "administration", "telecom",
     "telecoms", "railways", "railway", "rail"}
)  # fmt: skip
BODY_HEADS = (
    NEWSPAPER_HEADS
    | ORG_ENDINGS
    | PERSON_ORG_ENDINGS
    | GROUP_NOUNS_AFTER  # "the "Eastside Money Gang""
    | frozenset({"club", "foundation", "society", "league", "union", "church", "team", "network", "crew"})
)
_BODY_HEADS_OR_NOT = BODY_HEADS | NOT_BODIES
#: Last words of a body's name even where the article writes them in lower case too.
_BODY_NAME_ENDS = BODY_HEADS | COMPANY_WORDS | PERIODICAL_WORDS | BROADCAST_NOUNS
_OPENING_QUOTE = re.compile(r"([\"“‘])(?:[Tt]he\s+)?$")
_CLOSING_QUOTE = re.compile(r"^[.,!?]?[\"”]")
#: A title in single quotation marks closes with one that no letter follows (not "’s").
_CLOSING_SINGLE_QUOTE = re.compile(r"^[.,!?]?’(?!\w)")


def _quoted_title(span: Span, kind: str) -> bool:
    """ "a "Harvest Moon Ball,"", "the film "The Long Night"": a name written wholly inside
    quotation marks is the title of a work or an event, not a body."""
    if kind != "organization" or span[-1].lower_ in BODY_HEADS:
        return False  # as “The Wall Street Journal” wrote
    text = text_of(span.doc)
    opening = _OPENING_QUOTE.search(text[max(0, span.start_char - 5) : span.start_char])
    if opening is None:
        return False
    closing = _CLOSING_SINGLE_QUOTE if opening.group(1) == "‘" else _CLOSING_QUOTE
    return bool(closing.match(text[span.end_char : span.end_char + 3]))


def _inside_quoted_title(span: Span, kind: str) -> bool:
    """ "roles in “Ada and the Lamplighter”", "a profile, "Angel of Harlow Street"": a name
    inside a short quotation in title case (every word of four letters or more capitalised,
    two words or more besides the name) is a word of a work's title, not a person or a body."""
    if kind == "place" or (kind == "organization" and span[-1].lower_ in BODY_HEADS):
        return False
    text = text_of(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    head = text[line_start : span.start_char]
    opening = max(head.rfind("“"), head.rfind('"') if head.count('"') % 2 else -1)
    if opening < 0 or "”" in head[opening:] or len(head) - opening > _QUOTED_TITLE_REACH:
        return False
    tail = text[span.end_char : span.end_char + _QUOTED_TITLE_REACH]
    closing = min((i for i in (tail.find("”"), tail.find('"')) if i >= 0), default=-1)
    if closing < 0 or "\n" in tail[:closing]:
        return False
    quoted = head[opening + 1 :] + span_text(span) + tail[:closing]
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", quoted)
    # a word of four letters or more besides the name: "“Ada Roe is so old” jokes" is a phrase
    besides = re.findall(r"[A-Za-z][A-Za-z'’-]*", head[opening + 1 :] + " " + tail[:closing])
    return (
        len(besides) >= 2
        and len(words) <= _QUOTED_TITLE_WORDS
        and any(len(w) >= 4 for w in besides)
        and not re.search(r"[.!?;:,]\s", quoted)
        and all(w[0].isupper() for w in words if len(w) >= 4)
    )


#: How far a quoted title runs around a name, in characters and in words.
_QUOTED_TITLE_REACH = 60
_QUOTED_TITLE_WORDS = 8


#: Nouns for a work, before its title: "the 2005 film The Long Night", "the novel Harrowgate".
WORK_NOUNS = frozenset(
    {"film", "movie", "novel", "book", "album", "song", "series", "documentary", "sitcom", "musical",
     "miniseries", "memoir", "biography", "opera"}
)  # fmt: skip
#: Words between a work's noun and its title: "a movie called Dusk".
_TITLE_VERBS = frozenset({"called", "titled", "entitled", "named"})


def _work_after_its_noun(span: Span, kind: str) -> bool:
    """ "the 2005 film The Long Night", "a comic series, The Lamplighter", "a movie called Dusk":
    a name right after the lowercase noun for a work is that work's title, not a body. A comma
    counts only before a title's capital "The" ("after the film, Harrow Pictures said" names
    the studio)."""
    if kind != "organization" or span[-1].lower_ in BODY_HEADS:
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == "The":
        i -= 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
    if i >= 0 and doc[i].lower_ in _TITLE_VERBS:  # "a movie called The Long Night"
        i -= 1
    return i >= 0 and doc[i].is_lower and doc[i].lower_ in WORK_NOUNS


def _title_quoted_elsewhere(span: Span, kind: str) -> bool:
    """ "roles in Harbor Lights and Paper Moon" beside "the star of “Paper Moon”": a "person" of
    two words or more that the article writes, somewhere, wholly inside quotation marks, with a
    word for a work near the quotation (film, series, roles, starred...), is the title of that
    work; a name quoted as what someone heard or was called is left be."""
    if kind != "person" or len(span) < 2:
        return False
    text = text_of(span.doc)
    written = span_text(span)
    if not any(mark + written in text for mark in _OPENING_MARKS):
        return False  # most names are never quoted: no pattern to build and run over the text
    name = re.escape(written)
    quoted = re.compile(rf"(?:^|[\s(\[])[\"“‘']{name}[,.!?]?[\"”’'](?!\w)")
    return any(
        _WORK_WORD.search(text[max(0, m.start() - WORK_WORD_REACH) : m.end() + WORK_WORD_REACH])
        for m in quoted.finditer(text)
    )


#: The opening quotation marks of `_title_quoted_elsewhere`'s pattern.
_OPENING_MARKS = ('"', "“", "‘", "'")
#: Words near a quoted title that say it is a work, not a person's name in quotes ("the name
#: he gave was “Ada Quist”"), and how far from the quotation marks they are looked for. Not yet
#: built from `WORK_NOUNS`: its memoir and biography would drop a nickname quoted in a review.
_WORK_WORD = re.compile(
    r"\b(?:films?|movies?|shows?|series|sitcom|books?|novels?|albums?|songs?|plays?|musical|roles?|"
    r"starr(?:ed|ing)|sequel|installment|instalment|franchise|credits|episodes?|trilogy)\b",
    re.IGNORECASE,
)
WORK_WORD_REACH = 50


#: Lowercase nouns after a work's title that name its people or its kin: "the Paper Moon star
#: Ada Quist", "the Paper Moon franchise". After a person's name they are rare ("a Quist film"
#: is a film by Quist, so "film" is not among them).
WORK_NOUNS_AFTER = frozenset(
    {"star", "co-star", "actress", "actor", "screenwriter", "filmmaker", "sequel", "franchise", "trilogy",
     "prequel", "remake", "soundtrack", "premiere"}
)  # fmt: skip


def _work_before_its_noun(span: Span, kind: str) -> bool:
    """ "the Paper Moon star Ada Quist", "the Paper Moon franchise": a "person" right before a
    lowercase noun that only a work takes (its star, sequel, franchise) is the work's title; so
    is an "organization" of two words or more before a work's sequel or franchise (a team has
    stars, and "the Harlow Pictures franchise" names the studio)."""
    if kind == "place" or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    if kind == "organization":
        return (
            len(span) >= 2
            and after.is_lower
            and after.lower_ in WORK_NOUNS_AFTER - PEOPLE_OF_A_WORK
            and span[-1].lower_ not in _MAKERS
        )
    return after.is_lower and after.lower_ in WORK_NOUNS_AFTER


#: The nouns of `WORK_NOUNS_AFTER` that name a work's people, which a team or a studio has too.
PEOPLE_OF_A_WORK = frozenset({"star", "co-star", "actress", "actor", "screenwriter", "filmmaker"})


def _before_model_number(span: Span, kind: str) -> bool:
    """ "a Sauer P226", "the Glock G19": a make, named before its model number; an
    "organization" that ends in one ("Lexus 350h") is the product itself."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if kind == "organization" and len(span) >= 2 and _VERSION.match(span[-1].text):
        return True  # "Vantor Shield 4.0": a version of a product
    if kind == "organization" and len(span) == 2 and _MODEL_NUMBER.match(span[-1].text):
        # but "Portland 21ers", a club named with a number-plural, is the club
        return not any(b.start == span.start and b.end == span.end for b in named_bodies(span.doc))
    return kind != "place" and after is not None and bool(_MODEL_NUMBER.match(after.text))


def _particle_fragment(span: Span, kind: str) -> bool:
    """ "Norte" of "Embarcadero del Norte", "Camino" of "Camino del Sur": one word of a name whose
    other words are joined to it by a lowercase particle outside the candidate."""
    if kind == "place" or len(span) != 1:
        return False
    doc = span.doc
    before = doc[span.start - 2 : span.start] if span.start >= 2 else None
    after = doc[span.end : span.end + 2] if span.end + 2 <= len(doc) else None
    return any(
        pair is not None
        and pair[particle].lower_ in NAME_PARTICLES
        and pair[particle].is_lower
        and pair[1 - particle].text[:1].isupper()
        for pair, particle in ((before, 1), (after, 0))
    )


def _common_word_in_capitals(span: Span, kind: str) -> bool:
    """ "HOUSE", "COMMUNITY" of a broadcast transcript written in capitals: one word in capitals
    that the article also writes in lower case ("FBI" is never written "fbi"), or an
    "organization" of five letters or more in a line of capitals, is a common word, not a name."""
    if kind != "place" and _compound_in_capitals(span):
        return True
    if (
        len(span) != 1
        or not span_text(span).isupper()
        or len(span_text(span)) < 2
        or not span_text(span).isalpha()
    ):
        return False
    lower = span_text(span).lower()
    if lower in token_texts(span.doc):
        return True
    return kind == "organization" and len(span_text(span)) >= 5 and _in_a_line_of_capitals(span)


def _compound_in_capitals(span: Span) -> bool:
    """ "A GAS-LEAK blast", "a CAR-BOMB attack": a hyphenated compound in capitals whose parts are words
    of three letters or more that the dictionary knows ("AL-QAEDA", "ABC-TV" keep their names)."""
    text = span_text(span)
    parts = text.split("-")
    return (
        len(parts) >= 2
        and text.isupper()
        and all(len(part) >= 3 and part.isalpha() and in_dictionary(part.lower(), span.doc) for part in parts)
    )


def _in_a_line_of_capitals(span: Span) -> bool:
    """A script line of three words or more written wholly in capitals ("AT THE HOUSE."), where NER
    takes common words for bodies; acronyms, mostly shorter than five letters, are left alone."""
    text = text_of(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)]
    return len(line.split()) >= 3 and not any(c.islower() for c in line)


def _common_word_first(span: Span, kind: str) -> bool:
    """ "Prayers were said", "Rescue crews arrived" where the article also writes "a prayer" and
    "the rescue": one capitalised word at the start of a sentence or a line, which the article
    writes elsewhere in lower case (or its singular or plural), is a common word, not a name,
    unless the article gives it as a word of a person's full name ("Grant" of "Ada Grant")."""
    if kind == "place" or len(span) != 1 or not span_text(span).istitle() or not span_text(span).isalpha():
        return False
    word = span[0]
    before = span.doc[word.i - 1] if word.i > 0 else None
    if not (word.is_sent_start or before is None or "\n" in before.whitespace_ or "\n" in before.text):
        return False
    names = names_of(span.doc)
    if word.text in names.full_name_ends or any(
        name.split()[0] == word.text for name in names.by_label.get("PERSON", ()) if " " in name
    ):
        return False
    lower = word.lower_
    forms = {lower, f"{lower}s", lower[:-1] if lower.endswith("s") else lower}
    return bool(forms & token_texts(span.doc)) or _plural_before_of(word)


def _plural_before_of(word: Token) -> bool:
    """ "Groups of young people roamed", "Dozens of fans": a plural the dictionary knows, then
    "of" and a lower-case word, heads a noun phrase ("Sons of the Harbor", a name, is tagged
    whole, not its first word alone)."""
    doc = word.doc
    if word.i + 2 >= len(doc) or doc[word.i + 1].lower_ != "of" or not doc[word.i + 2].is_lower:
        return False
    lower = word.lower_
    return lower.endswith("s") and not lower.endswith("ss") and in_dictionary(lower, doc)


def _dictionary_word_alone(span: Span, kind: str) -> bool:
    """ "Turnout was slow", "Thunder rolled in", "Loyalists marched": one capitalised word that
    the model's English dictionary knows (or its singular), that no name list gives as a first
    name, and that nothing marks as a person here: no honorific or role before it, no age after
    it, it says nothing, it is not listed beside a person's name, and the article gives it as no
    word of a person's full name ("Quill" of "Dana Quill"). A surname that is also a word
    ("Mr. Thunder", "Thunder, 41,") keeps its cue."""
    if kind != "person" or len(span) != 1 or not span_text(span).istitle() or not span_text(span).isalpha():
        return False
    if _left_to_other_rows(span):
        return False
    word = span[0]
    lower = word.lower_
    if not in_dictionary(lower, span.doc) or is_given_name(lower):
        return False
    names = names_of(span.doc)
    if word.text in names.full_name_ends or any(
        name.split()[0] == word.text for name in names.by_label.get("PERSON", ()) if " " in name
    ):
        return False
    return not _marked_as_a_person(span)


def _left_to_other_rows(span: Span) -> bool:
    """Names the dictionary drops leave to the retypes and to the headline's own check: a
    street, a venue or a club ("Elk Ranch", "Tamarack Drive", "the Harlow Mariners") is a place
    or a body, and a headline's words are judged against its article's body."""
    return (
        HEADLINE_DOC in span.doc.user_data
        or street_kind(span_text(span)) is not None
        or venue_kind(span_text(span)) is not None
        or _after_the(span)
    )


#: Set on a headline's Doc before its names are repaired (`extract.headline`).
HEADLINE_DOC = "eventfacts.headline-doc"


def _marked_as_a_person(span: Span) -> bool:
    """Something beside the name says it is a person's: an honorific or role before it, an age
    after it, a reporting verb it is the subject of, or a person's name it is listed with."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and _is_role(before.text):
        return True
    root = span.root
    speaks = root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in REPORTING_VERBS
    # "Rodgers and Hammerstein", "stars such as Madonna and Cher": listed beside a person's name
    listed = any(t.ent_type_ == "PERSON" and t.text[:1].isupper() for t in root.conjuncts)
    return speaks or listed or age_after(span) is not None


def _dictionary_words_only(span: Span, kind: str) -> bool:
    """ "Harbor Guides", "Signal Fire", "Rotten Apples": a "person" of two words or more, each a
    word of the model's English dictionary and none a first name, with nothing marking a person
    beside it, is a body, a work or a phrase; a person's name has a first name or a surname no
    dictionary holds ("Dana Thunder", "Mr. Stone Bridges" keep theirs)."""
    if kind != "person" or len(span) < 2 or not all(t.is_alpha for t in span):
        return False
    # the dictionary first: most names have a first name, and the street and venue tables of
    # `_left_to_other_rows` cost more
    if any(is_given_name(t.lower_) or not in_dictionary(t.lower_, span.doc) for t in span):
        return False
    return not _left_to_other_rows(span) and not _marked_as_a_person(span)


def _figure_after_a_name(span: Span, kind: str) -> bool:
    """ "Tue Mar 4", "Kestrel province-12", "Harlow 51-50", "Reyes' 80-yard": a "person" with a
    figure after its first word is a date, a count or a score run on to a name; no one's name
    holds one there (a stage name may open with one)."""
    return kind == "person" and any(any(c.isdigit() for c in t.text) for t in span[1:])


def _licence_plate(span: Span, kind: str) -> bool:
    """ "license plate KRT 4410": letters and figures after the word for a plate."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in PLATE_WORDS and any(c.isdigit() for c in span_text(span))


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """What the article's NER names, for repairs that read one name against the others.
    Computed once per article (`names_of`): scanning `doc.ents` per candidate is quadratic."""

    by_label: dict[str, frozenset[str]]  # label -> texts of the entities with that label
    person_words: frozenset[str]  # folded words of PERSON entities
    surnames: frozenset[str]  # those, and last words of two-word names of any label
    alone: frozenset[str]  # folded one-word entities
    full_name_ends: frozenset[str] = frozenset()  # last words of full names: PERSON of 2+ words, aged names
    votes: dict[str, dict[str, int]] = field(default_factory=dict)  # text -> label -> times NER gave it


_NAMES_KEY = "eventfacts.article-names"


def names_of(doc: Doc) -> ArticleNames:
    cached = doc.user_data.get(_NAMES_KEY)
    if isinstance(cached, ArticleNames):
        return cached
    ents = list(ents_of(doc))
    # each entity's text and words read from the article's text and token strings: `Span.text`
    # and `Token.lower_` build every Token of every entity again
    text, lowers = text_of(doc), lower_forms(doc)
    named = [(ent, text[ent.start_char : ent.end_char], ent.label_) for ent in ents]
    by_label: dict[str, set[str]] = {}
    votes: dict[str, dict[str, int]] = {}
    for _, name, label in named:
        by_label.setdefault(label, set()).add(name)
        counts = votes.setdefault(name, {})
        counts[label] = counts.get(label, 0) + 1
    person_words = frozenset(
        lowers[i] for ent, _, label in named if label == "PERSON" for i in range(ent.start, ent.end)
    )
    # NER tags "Jaime Salazar" GPE as readily as PERSON: a two-word name's last word may be a surname
    two_words = frozenset(lowers[ent.end - 1] for ent in ents if len(ent) == 2 and ent[0].pos_ == "PROPN")
    found = ArticleNames(
        by_label={label: frozenset(texts) for label, texts in by_label.items()},
        person_words=person_words,
        surnames=person_words | two_words,
        alone=frozenset(name.lower() for ent, name, _ in named if len(ent) == 1),
        full_name_ends=frozenset(
            _surname_of(span)
            for span in (*(e for e in ents if e.label_ == "PERSON"), *aged_names(doc))
            if sum(t.is_alpha for t in span) >= 2
        ),
        votes=votes,
    )
    doc.user_data[_NAMES_KEY] = found
    return found


def _surname_of(span: Span) -> str:
    """The last word of a full name before any suffix: "Vance" of "Ora Vance Jr.", whom the
    article then calls "Vance"."""
    words = [t for t in span if t.lower_.rstrip(".") not in NAME_SUFFIXES and t.text != ","]
    return words[-1].text if words else span[-1].text


def _names_joined(span: Span, kind: str) -> bool:
    """ "Reeves and Salazar had a history": two people the article names elsewhere, joined by
    "and" into one "organization". Each word is a surname the article gives a person, or a name
    it writes alone elsewhere, and at least one is the former."""
    if kind != "organization" or len(span) != 3 or span[1].lower_ not in ("and", "&"):
        return False
    sides = (span[0], span[2])
    if not all(t.text[:1].isupper() for t in sides):
        return False
    names = names_of(span.doc)
    return all(t.lower_ in names.surnames | names.alone for t in sides) and any(
        t.lower_ in names.surnames for t in sides
    )


def _family_group(span: Span, kind: str) -> bool:
    """ "The Giaquintas also have a daughter" tagged ORG: the plural of a surname the article
    gives a person."""
    return (
        kind == "organization"
        and _the_plural(span)
        and span[0].lower_[:-1] in names_of(span.doc).person_words
    )


def _cut_short(span: Span, kind: str) -> bool:
    """ "Charlie O" of "Charlie O's nightclub", "Alicia M" of a byline: a name that ends in a
    lone capital without its full stop is cut short; so is one that NER ended before such a
    capital ("John" of "north on John R", a road's name)."""
    if kind != "person":
        return False
    last = span[-1].text
    if len(span) >= 2 and len(last) == 1 and last.isupper():
        return True
    after = span.doc[span.end : span.end + 2]
    return (
        len(after) >= 1
        and len(after[0].text) == 1
        and after[0].text.isupper()
        and after[0].text not in ("A", "I")
        and not (len(after) == 2 and after[1].text == ".")
    )


def _legal_form_alone(span: Span, kind: str) -> bool:
    """ "Vantor Holdings, LLC" where NER stopped at the comma: a legal form alone names no body."""
    return kind == "organization" and len(span) == 1 and span[0].lower_.rstrip(".") in LEGAL_FORMS


def _one_letter(span: Span, kind: str) -> bool:
    """ "the E! network": one letter alone is a fragment of a name, never a person or a body."""
    text = span_text(span)
    return kind != "place" and len(text) == 1 and text.isalpha()


def _cut_inside_a_word(span: Span, kind: str) -> bool:
    """ "the Kestrel Guild for the Pre-war Archive" cut at the hyphen: a name whose last word
    is a short piece glued to "-" and a lowercase word is cut inside a word."""
    doc = span.doc
    last = span[-1]
    return (
        kind != "place"
        and len(span) >= 2
        and span.end + 1 < len(doc)
        and last.is_alpha
        and len(last) <= 3
        and last.text.istitle()
        and not last.whitespace_
        and doc[span.end].text == "-"
        and not doc[span.end].whitespace_
        and doc[span.end + 1].is_lower
    )


def _tail_past_and(span: Span, kind: str) -> bool:
    """ "Tariffs" of "the Kestrel Guild for Trade and Tariffs of Varnia" tagged apart: the last words
    of a body's name that runs on past "and" (`_joined_tail_end`)."""
    return (
        kind == "organization" and span.start >= 2 and _joined_tail_end(span.doc, span.start - 1) == span.end
    )


def _masthead_word_cut(span: Span, kind: str) -> bool:
    """ "the Press" of "the Press Sentinel newspaper": a newspaper's word alone, right before a
    capitalised word of the same line (no day nor month: "the Post Tuesday"), is the first word
    of the paper's longer name."""
    doc = span.doc
    if kind != "organization" or len(span) != 1 or span.end >= len(doc) or "\n" in span[-1].whitespace_:
        return False
    after = doc[span.end]
    return (
        span[0].lower_ in NEWSPAPER_HEADS
        and after.is_alpha
        and after.text.istitle()
        and after.lower_ not in MONTH_NAMES
        and after.lower_ not in _WEEKDAYS
    )


_WEEKDAYS = frozenset(WEEKDAY_NAMES)


def _post(span: Span, kind: str) -> bool:
    """ "the Varnia Heavyweight Champion", "Rear Admiral", "the Surgeon General" tagged ORG: a post
    held by one person, not a body (the person holding it is named apart)."""
    if kind != "organization" or any(t.lower_ in BODY_HEADS for t in span):
        return False  # "the Office of the Surgeon General" is a body
    last = span[-1].lower_.rstrip(".")
    return last in POST_ENDINGS or (last == "general" and len(span) >= 2 and span[-2].lower_ in GENERAL_POSTS)


def _software(span: Span, kind: str) -> bool:
    """ "Vantor Update", "the Harlow Toolkit", "the Zeta Trojan": a name ending in a software
    product's word is the product, not the company that makes it."""
    return (
        kind == "organization"
        and len(span) >= 2
        and span[-1].lower_ in SOFTWARE_ENDINGS
        and span[-1].text[:1].isupper()
    )


#: The nouns after a title of common words that make it a work: "the Paper Lantern Nights film"
#: (not "a Red Cross program", which is the body's).
_TITLE_KIND_NOUNS = frozenset(
    {"film", "movie", "album", "novel", "sitcom", "documentary", "musical", "series"}
)
#: Last words of who makes a work, not of a work: "a Harlow Pictures film".
_MAKERS = BODY_HEADS | COMPANY_WORDS | frozenset({"pictures", "films", "studio", "press", "books", "games"})


def _title_before_its_kind(span: Span, kind: str) -> bool:
    """ "the Paper Lantern Nights film", "NBC's Night Owl program": an "organization" right before
    the lowercase noun for a work is its title when another name owns it, or when it is two
    words or more of the dictionary, none a first name, before a noun only works take; a
    studio or a body ("a Harlow Pictures film", "the Fire Department video") keeps its name."""
    doc = span.doc
    if kind != "organization" or span.end >= len(doc) or span[-1].lower_ in _MAKERS:
        return False
    after = doc[span.end]
    if not (after.is_lower and after.lower_ in WORK_NOUNS_AFTER_TITLE):
        return False
    if span.start > 0 and doc[span.start - 1].text in ("'s", "’s"):
        return not span.text.isupper()  # "Vantor's CERT blog": a team of the owner
    return (
        after.lower_ in _TITLE_KIND_NOUNS
        and len(span) >= 2
        and all(t.is_alpha and in_dictionary(t.lower_, doc) and not is_given_name(t.lower_) for t in span)
    )


def _people_before_a_name(span: Span, kind: str) -> bool:
    """ "Women" of "the Women's Harbor Prison", "Children" of "the Children's Health Fund": a plural
    noun for people before "'s" and a capitalised word is the first word of a longer name."""
    doc = span.doc
    return (
        kind != "place"
        and len(span) == 1
        and span[0].lower_ in PEOPLE_PLURALS
        and span.end + 1 < len(doc)
        and doc[span.end].text in ("'s", "’s", "'", "’")
        and doc[span.end + 1].text[:1].isupper()
    )


def _currency(span: Span, kind: str) -> bool:
    """ "a wider crisis for the Euro" tagged ORG: a currency's name alone is no body."""
    return kind == "organization" and len(span) == 1 and span[0].lower_ in CURRENCY_NAMES


_SPELLED_OUT_KEY = "eventfacts.spelled-out-abbreviations"
#: The longest abbreviation read as the initials of the words beside it.
_MAX_INITIALS = 6


def _spelled_out_in_common_words(doc: Doc) -> frozenset[str]:
    """Abbreviations the article spells out in lowercase words beside them, in brackets either
    way round: "placed on long-term leave (LTL)", "KPR (key press replay)". Computed once per
    article."""
    cached = doc.user_data.get(_SPELLED_OUT_KEY)
    if isinstance(cached, frozenset):
        return cached
    found: set[str] = set()
    for i in positions_of(lower_forms(doc), "("):
        if i + 2 >= len(doc):
            continue
        inside = doc[i + 1]
        if doc[i + 2].text == ")" and _initials_of(inside.text, doc[max(0, i - 2 * len(inside.text)) : i]):
            found.add(inside.text)  # "long-term leave (LTL)"
            continue
        if i == 0 or not 2 <= len(doc[i - 1].text) <= _MAX_INITIALS:
            continue
        reach = range(i + 1, min(len(doc), i + _MAX_INITIALS + 4))
        close = next((j for j in reach if doc[j].text == ")"), None)
        if close is not None and _initials_of(doc[i - 1].text, doc[i + 1 : close]):
            found.add(doc[i - 1].text)  # "KPR (key press replay)"
    result = frozenset(found)
    doc.user_data[_SPELLED_OUT_KEY] = result
    return result


def _initials_of(abbreviation: str, words: Span) -> bool:
    """ "LTL" of "long-term leave", "KPR" of "key press replay": an abbreviation in capitals whose
    letters are the first letters of lowercase words (hyphens split words)."""
    if not (2 <= len(abbreviation) <= _MAX_INITIALS and abbreviation.isalpha() and abbreviation.isupper()):
        return False
    parts = [part for t in words if not t.is_punct for part in t.text.split("-") if part]
    parts = parts[-len(abbreviation) :] if len(parts) >= len(abbreviation) else []
    return (
        len(parts) == len(abbreviation)
        and all(part.isalpha() and part.islower() for part in parts)
        and "".join(part[0] for part in parts) == abbreviation.lower()
    )


def _abbreviation_of_common_words(span: Span, kind: str) -> bool:
    """ "LTL" where the article writes "long-term leave (LTL)": an abbreviation the article spells
    out in lowercase words is a common noun's, no body's or person's name."""
    return (
        kind != "place"
        and len(span) == 1
        and span.text.isupper()
        and span.text in _spelled_out_in_common_words(span.doc)
    )


#: Nouns for a version of a product: "all versions of Vantor Mail", "the 64-bit edition of Quill".
VERSION_NOUNS = frozenset(
    {"version", "versions", "edition", "editions", "release", "releases", "build", "builds"}
)


def _version_of(span: Span, kind: str) -> bool:
    """ "supported versions of Quill, Quill Pro and Vantor Mail": a name (or each name of a list)
    after "versions of" is a product, not a body or a person."""
    if kind == "place":
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.lower_ in VERSION_NOUNS
        and preposition.head.i < span.start
    )


def _keys_pressed(span: Span, kind: str) -> bool:
    """ "Ctrl+Alt+F4"-shaped names: keys pressed together, written joined by "+"."""
    return kind != "place" and bool(_KEY_CHORD.fullmatch(span_text(span)))


_KEY_CHORD = re.compile(r"[A-Za-z0-9]+(?:\+[A-Za-z0-9]+)+")


def _award_category(span: Span, kind: str) -> bool:
    """ "nominated in the category of Best Comic Turn", "the Best Comic Turn category": a prize's
    category, not a body or a person."""
    if kind == "place":
        return False
    doc = span.doc
    before = text_between(doc, max(0, span.start - 2), span.start).lower()
    after = doc[span.end] if span.end < len(doc) else None
    return before in ("category of", "categories of") or (
        after is not None and after.lower_ in ("category", "categories") and span.root.dep_ == "compound"
    )


_LAW_INITIALS_KEY = "eventfacts.law-initials"
#: Small words a name's initials skip: "the Clean Rivers and Lakes Act" is "CRLA".
_SKIPPED_IN_INITIALS = frozenset({"of", "the", "and", "for", "on", "to", "in", "&"})


def _law_initials(doc: Doc) -> frozenset[str]:
    """The initials of the laws, programmes, prizes and sites the article names ("CRA" of "the
    Clean Rivers Act", "OTC" of "the Orvik Transit Corridor"): a run of capitalised words ending
    in a word of `NOT_BODIES` or `SITE_ENDINGS`. Computed once per article."""
    cached = doc.user_data.get(_LAW_INITIALS_KEY)
    if isinstance(cached, frozenset):
        return cached
    found: set[str] = set()
    lower = lower_forms(doc)
    for i in (i for i, form in enumerate(lower) if form in _THING_ENDINGS and doc[i].text[:1].isupper()):
        start = i
        while start > 0 and (
            doc[start - 1].text[:1].isupper() or (doc[start - 1].lower_ in _SKIPPED_IN_INITIALS and start > 1)
        ):
            start -= 1
        words = [t.text for t in doc[start : i + 1] if t.lower_ not in _SKIPPED_IN_INITIALS]
        if len(words) >= 2:
            found.add("".join(w[0] for w in words).upper())
    result = frozenset(found)
    doc.user_data[_LAW_INITIALS_KEY] = result
    return result


_THING_ENDINGS = NOT_BODIES | SITE_ENDINGS


def _law_abbreviation(span: Span, kind: str) -> bool:
    """ "the CRA" where the article names "the Clean Rivers Act": the initials of a law, a
    programme, a prize or a site the article names are that thing, not a body."""
    text = span_text(span)
    return (
        kind != "place"
        and len(span) == 1
        and text.isupper()
        and 2 <= len(text) <= _MAX_INITIALS
        and text in _law_initials(span.doc)
    )


#: Drops that show a name to be the title of a work: one article quoting "Paper Moon" tells the
#: reconciler that the unquoted "Paper Moon" of another is the work too.
WORK_TITLE_DROPS = frozenset(
    {"title quoted elsewhere in the article", "title before a work's noun", "title in quotation marks",
     "title before a work's kind"}
)  # fmt: skip
#: Drops that show a name to be no body's or person's in every article of the folder: one that
#: spells "LTL" out as "long-term leave (LTL)" tells the reconciler what "LTL" is in the others.
FOLDER_DROPS = WORK_TITLE_DROPS | frozenset(
    {"abbreviation of common words", "abbreviation of a law's or a site's name", "version of a product",
     "common words after 'its' or 'their'", "people of a country", "a trade"}
)  # fmt: skip
#: Drops that show one mention of a name to be a thing, not a body or a person: a ship. One such
#: mention does not decide the name for the folder alone, but a name whose mentions so dropped,
#: in any article, are at least as many as those the repairs keep is that thing in every
#: article (`reconcile.names.without_works`): "the supertanker Halvard Star" in one article and
#: "the Halvard Star" in another leave no body. A product before its noun or a thing someone owns
#: is no such cue: a maker is named before its goods ("Vantor crackers"), a bank owns its branches
#: ("a Harlow Savings Bank branch"), and such makers and banks, judged right, fell by the vote.
THING_DROPS = frozenset({"ship"})
#: NER's labels for a name that is a thing, not a person, a body or a place: a product, a work,
#: an event, a law (nationalities and languages are read by `_named_as_a_thing`). The body's
#: names so tagged travel as dropped candidates with `TAGGED_AS_A_THING` to the reconciler
#: (`extract.entities.things_named`, read by `reconcile.names.without_works`).
NAMED_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
TAGGED_AS_A_THING = "tagged a product, work, event or law"


def _clipped_name(span: Span, kind: str) -> bool:
    """ "the Point Kest farms" where the article writes "Point Kestrelby" elsewhere: a body's name
    of two words or more that the article writes, at another place, run on into a longer last
    word is that name clipped, not a body of its own."""
    if kind != "organization" or len(span) < 2 or not span[-1].is_alpha:
        return False
    text = span_text(span)
    whole = text_of(span.doc)
    at = whole.find(text)
    while at >= 0:
        end = at + len(text)
        if (
            at != span.start_char
            and end < len(whole)
            and whole[end].isalpha()
            and (at == 0 or not whole[at - 1].isalnum())
        ):
            return True
        at = whole.find(text, at + 1)
    return False


def _last_word_of_a_place(span: Span, kind: str) -> bool:
    """ "the Orleans said" where the article writes "New Orleans": one word that ends the name of
    a place the gazetteer knows, of two words or more, that the article gives, is a piece of it."""
    if kind != "organization" or len(span) != 1 or not span[0].is_alpha:
        return False
    word = span_text(span)
    names = names_of(span.doc)
    longer = [
        name
        for label in ("GPE", "LOC")
        for name in names.by_label.get(label, ())
        if " " in name and name.rsplit(" ", 1)[-1] == word
    ]
    if not longer:
        return False
    from .. import geo

    return any(geo.lookup(name) for name in longer)


def _words_of_a_site(span: Span, kind: str) -> bool:
    """ "Holy Well" of "the Shrine of the Holy Well", "Saint Ada" of "the Cathedral of Saint Ada":
    the words after a site's head and "of" name the site, not a body."""
    if kind != "organization":
        return False
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return (
        i >= 1
        and doc[i].lower_ == "of"
        and doc[i - 1].lower_ in SITE_HEADS_BEFORE_OF
        and doc[i - 1].text[:1].isupper()
    )


DROPS: tuple[Rule[Drop], ...] = (
    Rule(
        "name clipped from a longer word",
        _clipped_name,
        (
            E(
                "The Point Kest project cost $9 million. The Point Kestrelby farm failed.",
                "Point Kest",
                "organization",
                True,
            ),
            E(
                "The Point Kest project cost $9 million. Point Kest farmers left.",
                "Point Kest",
                "organization",
                False,
            ),
            E("Harlow Hawks fans cheered the Harlow Hawk mascot.", "Harlow Hawks", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "last word of a place's name",
        _last_word_of_a_place,
        (
            E(
                "Fans in New Orleans waited. The Orleans said last week he would stay.",
                "Orleans",
                "organization",
                True,
            ),
            E(
                "Fans in Orleans waited. The Orleans said last week he would stay.",
                "Orleans",
                "organization",
                False,
            ),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "words of a site's name after 'of'",
        _words_of_a_site,
        (
            E(
                "She grew up at the parish Shrine of the Holy Well in Varnholm.",
                "Holy Well",
                "organization",
                True,
            ),
            E(
                "She grew up near the Guardians of the Holy Well in Varnholm.",
                "Holy Well",
                "organization",
                False,
            ),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "title without a name",
        _title_only,
        (
            E("Detective Sgt. declined to comment on the case.", "Detective Sgt.", "person", True),
            E('"It was cruel," said Dist. Atty. Ada Roe.', "Dist.", "person", True),
            E("Sgt. Dana Kirk declined to comment on the case.", "Sgt. Dana Kirk", "person", False),
            E("Neighbours said Rosa King kept bees. Later King was shot twice.", "King", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "title's abbreviation at the end",
        _title_at_the_end,
        (
            E("Call Harlow Police Sgt. Ada Roe with tips.", "Harlow Police Sgt", "person", True),
            E("Kestrel County Dist. Atty. Ada Roe spoke.", "Kestrel County Dist.", "person", True),
            E("Ada Roe led the search.", "Ada Roe", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "compass direction",
        _compass_only,
        (
            E("The crash was at 400 North and 1200 West.", "West", "place", True),
            E("The cadets marched at West Point.", "West Point", "place", False),
        ),
        kinds=ONLY_PLACE,
    ),
    Rule(
        "common noun",
        _common_noun,
        (
            E("Witnesses said the car was stolen.", "Witnesses", "person", True),
            E("Coroner's deputies said the car was stolen.", "Coroner's", "organization", True),
            E("Dana Kirk said the car was stolen.", "Dana Kirk", "person", False),
            E("Neighbours said Rosa King kept bees. Later King was shot twice.", "King", "person", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "month",
        _month,
        (
            E("August was the hottest month on record.", "August", "person", True),
            E("Augusta was the hottest city on record.", "Augusta", "place", False),
        ),
    ),
    Rule(
        "law, prize, program or event",
        _not_an_organization,
        (
            E(
                "The bill, known as the Clean Rivers Act, passed the senate.",
                "Clean Rivers Act",
                "organization",
                True,
            ),
            E("The Clean Rivers Agency opposed the bill.", "Clean Rivers Agency", "organization", False),
            E("She won the Golden Quill Trophy twice.", "Golden Quill Trophy", "person", True),
            E("Crowds filled the Harbor Lights Festival.", "Harbor Lights Festival", "person", True),
            E("She thanked Dana Quill twice.", "Dana Quill", "person", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "people before a longer name",
        _people_before_a_name,
        (
            E("She taught reading at the Women's Harbor Prison for years.", "Women", "organization", True),
            E("Men's health was the theme of the fair.", "Men", "organization", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "post held by one person",
        _post,
        (
            E(
                "He fights the Varnia Heavyweight Champion in May.",
                "Varnia Heavyweight Champion",
                "organization",
                True,
            ),
            E("She was named Surgeon General on Monday.", "Surgeon General", "organization", True),
            E(
                "The Office of the Surgeon General issued a warning.",
                "Office of the Surgeon General",
                "organization",
                False,
            ),
            E("Staff at Harlow General treated the boy.", "Harlow General", "organization", False),
            E("He joined the Varnia Boxing Council in May.", "Varnia Boxing Council", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "software product",
        _software,
        (
            E("The fix is offered through Vantor Update tonight.", "Vantor Update", "organization", True),
            E("The Zeta Trojan stole passwords.", "Zeta Trojan", "organization", True),
            E("Vantor Software issued a fix tonight.", "Vantor Software", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "title before a work's kind",
        _title_before_its_kind,
        (
            E(
                "Stills from the Paper Lantern Nights film were sold.",
                "Paper Lantern Nights",
                "organization",
                True,
            ),
            E("She spoke on Varnia TV's Night Owl program.", "Night Owl", "organization", True),
            E("It was posted on Vantor's CERT blog.", "CERT", "organization", False),
            E("He starred in a Harlow Pictures film in 1990.", "Harlow Pictures", "organization", False),
            E("Donors paid for a Red Cross program in the camp.", "Red Cross", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "named as a thing elsewhere",
        _named_as_a_thing,
        (
            E(
                "Two Estonians were hurt. The Estonian crew was rescued.",
                "Estonians",
                "organization",
                True,
            ),
            E("Estonia hired Tom English. English said the crew was rescued.", "English", "person", False),
            E(
                "The local NAACP chapter held a vigil. NAACP said it would march.",
                "NAACP",
                "organization",
                False,
            ),
            E("Marta Quill was hurt. Marta Quill was rescued.", "Marta Quill", "person", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "prize",
        _award,
        (
            E(
                "She won an Obie in May, her first Obie nomination.",
                "Obie",
                "person",
                True,
            ),
            E("The Obies were moved to June. The Obie-winning play closed.", "Obies", "organization", True),
            E(
                "Dana Obie won in May. Dana Obie said her nomination was a surprise.",
                "Obie",
                "person",
                False,
            ),
            E(
                "Senators met Reyes. The Reyes nominee was Lena Reyes.",
                "Reyes",
                "person",
                False,
            ),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "description, not a name",
        _description,
        (
            E("The letter was signed Worried Neighbor.", "Worried Neighbor", "person", True),
            E("The letter was signed Nora Quill.", "Nora Quill", "person", False),
            E("Her agent said the Eternal Party Girl had left.", "Eternal Party Girl", "organization", True),
            E("The Named Person must keep a log.", "Named Person", "organization", True),
            E("The Kestrel Bay Boy Scouts must keep a log.", "Kestrel Bay Boy Scouts", "organization", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "name cut short",
        _cut_short,
        (
            E("Reporter Dana K contributed to this story.", "Dana K", "person", True),
            E("Reporter Dana Kirk contributed to this story.", "Dana Kirk", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "legal form alone",
        _legal_form_alone,
        (
            E("Vantor Holdings, LLC plans two films a year.", "LLC", "organization", True),
            E("Vantor LLC plans two films a year.", "Vantor LLC", "organization", False),
        ),
    ),
    Rule(
        "one letter",
        _one_letter,
        (
            E("She hosted a show on the Q! network last year.", "Q", "organization", True),
            E("She hosted a show on the QTV network last year.", "QTV", "organization", False),
        ),
    ),
    Rule(
        "cut inside a word",
        _cut_inside_a_word,
        (
            E(
                "Aides of the Kestrel Guild for the Pre-war Archive met.",
                "Kestrel Guild for the Pre",
                "organization",
                True,
            ),
            E("Aides of the Vantor Co-op Board met.", "Vantor Co-op Board", "organization", False),
        ),
    ),
    Rule(
        "last words of a name past 'and'",
        _tail_past_and,
        (
            E(
                "A letter from the Kestrel Guild for Trade and Tariffs of Varnia said so.",
                "Tariffs",
                "organization",
                True,
            ),
            E("A letter from Vantor and Tariffs of Varnia said so.", "Tariffs", "organization", False),
        ),
    ),
    Rule(
        "newspaper's word cut from its name",
        _masthead_word_cut,
        (
            E("Her son told the Press Sentinel newspaper she had died.", "Press", "organization", True),
            E("Her son told the Press on Tuesday she had died.", "Press", "organization", False),
            E("Her son told the Post Tuesday she had died.", "Post", "organization", False),
        ),
    ),
    Rule(
        "common acronym",
        _common_acronym,
        (
            E("A bystander performed CPR on the cyclist.", "CPR", "organization", True),
            E("NATO condemned the attack on the convoy.", "NATO", "organization", False),
            E("She took part in a Q&A after the show in Varnia.", "Q&A", "organization", True),
            E("She was a favourite of GI's in the Varnian war.", "GI", "organization", True),
        ),
    ),
    Rule(
        "common words after 'its' or 'their'",
        _owned_common_words,
        (
            E("The Navy flew its Harbor Rangers to the scene.", "Harbor Rangers", "organization", True),
            E(
                "Spending big isn't the way the Otters go about their Cold Stove business.",
                "Cold Stove",
                "organization",
                True,
            ),
            E("The Navy flew the Harbor Rangers to the scene.", "Harbor Rangers", "organization", False),
            E("The country sent its Coast Guard to the scene.", "Coast Guard", "organization", False),
            E("The state paid its Harbor Relief Trust back.", "Harbor Relief Trust", "organization", False),
            E("The Navy flew its Varnia Rangers to the scene.", "Varnia Rangers", "organization", False),
            E(
                "She kept her Global Rowing Federation title in Harlow.",
                "Global Rowing Federation",
                "organization",
                False,
            ),
            E(
                "Harbor Rangers patrol the bay. The Navy flew its Harbor Rangers to the scene.",
                "Harbor Rangers",
                "organization",
                False,
            ),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "field of a post before its title",
        _field_of_a_post,
        (
            E(
                "Outside court, Estate Attorney Ada Quill said she would appeal.",
                "Estate",
                "organization",
                True,
            ),
            E(
                "Outside court, Varnia Attorney Ada Quill said she would appeal.",
                "Varnia",
                "organization",
                False,
            ),
            E("Outside court, the Estate Attorney said she would appeal.", "Estate", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "a trade",
        _trade,
        (
            E(
                "It is a supplier to the Organic Food Industry in Varnia.",
                "Organic Food Industry",
                "organization",
                True,
            ),
            E(
                "It is a supplier to Varnia Heavy Industry in Harlow.",
                "Varnia Heavy Industry",
                "organization",
                False,
            ),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "people of a country",
        _people_of_a_country,
        (
            E("The statue honours the leader of all Bolivians.", "Bolivians", "organization", True),
            E("The statue honours the leader of the Bolivians.", "Bolivians", "organization", False),
            E("The statue honours the leader of Bolivia.", "Bolivia", "organization", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "make or product before its noun",
        _product,
        (
            E("He carried a Remington rifle into the store.", "Remington", "organization", True),
            E("Remington reported lower sales this year.", "Remington", "organization", False),
            E("Officials praised U.S. technology at the fair.", "U.S.", "place", False),
            E("Divers found the Orvik Telecom cable cut.", "Orvik Telecom", "organization", False),
            E("Divers found the KX9 cable cut off the coast.", "KX9", "organization", True),
            E("A fault hit the KX9 submarine cable near the coast.", "KX9", "organization", True),
            E("Hackers used a flaw in the Quill (QB) web browser.", "Quill", "organization", True),
            E("The Harlow Police radio system failed twice.", "Harlow Police", "organization", False),
            E("Quill web users were told to update.", "Quill", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "licence plate",
        _licence_plate,
        (
            E("The van had license plate BXR 2291 when it left.", "BXR 2291", "organization", True),
            E("The van belonged to BXR Logistics.", "BXR Logistics", "organization", False),
        ),
    ),
    Rule(
        "make before a model number",
        _before_model_number,
        (
            E("The officer fired a Beretta M9 twice.", "Beretta", "organization", True),
            E("Beretta reported record sales in Italy.", "Beretta", "organization", False),
            E("The Portland 21ers beat Denver. The 21ers led.", "Portland 21ers", "organization", False),
            E("Install Vantor Shield 4.0 from the site.", "Vantor Shield 4.0", "organization", True),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "thing someone owns",
        _owned_thing,
        (
            E("Someone scratched a slur into his Tesla overnight.", "Tesla", "organization", True),
            E("Tesla recalled thousands of cars on Monday.", "Tesla", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "word of a quoted title",
        _inside_quoted_title,
        (
            E(
                "He won praise for roles in “The Lamp” and “Ada and the Lamplighter.”",
                "Ada",
                "person",
                True,
            ),
            E(
                'She was profiled in a Harlow Herald article, "Angel of Kestrel Street", last year.',
                "Angel",
                "person",
                True,
            ),
            E(
                "“We trusted Ada Roe with everything,” her brother said.",
                "Ada Roe",
                "person",
                False,
            ),
            E("He sang “Ada Roe” at the wake.", "Ada Roe", "person", False),
            E("A “Ada Roe is so old” joke fell flat.", "Ada Roe", "person", False),
        ),
    ),
    Rule(
        "title in quotation marks",
        _quoted_title,
        (
            E('She starred in the film "Silent Harbor" last year.', "Silent Harbor", "organization", True),
            E("She worked for Silent Harbor Films last year.", "Silent Harbor Films", "organization", False),
            E("Talks on a sequel to ‘The Salt Road’ stalled.", "Salt Road", "organization", True),
            E("‘Vantor’s shares fell,’ the broker said.", "Vantor", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "title after a work's noun",
        _work_after_its_noun,
        (
            E("In 2006 a movie, The Gilded Cage, told her story.", "Gilded Cage", "organization", True),
            E("The comic series The Lamplighter sold well.", "Lamplighter", "organization", True),
            E("In 1991 a movie called The Lamplighter was a hit.", "Lamplighter", "organization", True),
            E("The movie studio Harrow Pictures sold well.", "Harrow Pictures", "organization", False),
            E("In 2006 a movie about The Gilded Cage told her story.", "Gilded Cage", "organization", False),
            E("After the film, Harrow Pictures said it would sue.", "Harrow Pictures", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "title quoted elsewhere in the article",
        _title_quoted_elsewhere,
        (
            E(
                "She is known for roles in Paper Moon. The star of “Paper Moon” was hurt.",
                "Paper Moon",
                "person",
                True,
            ),
            E("She is known for roles in 'Paper Moon,' a comedy.", "Paper Moon", "person", True),
            E(
                "Police said Ada Moon was hurt. The witness said the name he heard was “Ada Moon.”",
                "Ada Moon",
                "person",
                False,
            ),
            E("Rita's cousin Ada Moon was hurt in the crash.", "Ada Moon", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "title before a work's noun",
        _work_before_its_noun,
        (
            E("The Paper Moon star Ada Quist was hurt in the crash.", "Paper Moon", "person", True),
            E("Fans of the Paper Moon franchise queued in Varnholm.", "Paper Moon", "person", True),
            E("Ada Quist starred in a film shot in Varnholm.", "Ada Quist", "person", False),
            E("A sequel to the Paper Moon franchise is planned.", "Paper Moon", "organization", True),
            E("The Harlow Hawks star Dan Moss was hurt.", "Harlow Hawks", "organization", False),
            E("The Harlow Pictures franchise made money.", "Harlow Pictures", "organization", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "one word of a name with a particle",
        _particle_fragment,
        (
            E("The shop stands on Paseo del Mar near the pier.", "Paseo", "person", True),
            E("The shop owner, Juan Ortega, was unhurt.", "Juan Ortega", "person", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "common word in capitals",
        _common_word_in_capitals,
        (
            E(
                "THE FIRE STARTED IN THE KITCHEN. Crews said the fire spread fast.",
                "FIRE",
                "organization",
                True,
            ),
            E("The FBI said the fire spread fast.", "FBI", "organization", False),
            E("A GAS-LEAK blast hit a shop in Varnholm.", "GAS-LEAK", "organization", True),
            E("Crews from KXLT-TV filmed the fire.", "KXLT-TV", "organization", False),
        ),
    ),
    Rule(
        "figure after a name",
        _figure_after_a_name,
        (
            E("Posted Tue Mar 4 by the desk in Varnholm.", "Tue Mar 4", "person", True),
            E("Harlow 51-50 was the final score.", "Harlow 51-50", "person", True),
            E("Tomas Reyes scored 51 points.", "Tomas Reyes", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "common word at the start of a sentence",
        _common_word_first,
        (
            E("Prayers were said downtown. A prayer is planned for Friday.", "Prayers", "organization", True),
            E("Ada Grant won. Grant said a grant was not needed.", "Grant", "person", False),
            E("Prayers were said downtown. Crowds came on Friday.", "Prayers", "organization", False),
            E("Crowds came to see Prayers and a prayer on Friday.", "Prayers", "organization", False),
            E("Flocks of young people roamed the streets of Varnia.", "Flocks", "organization", True),
            E("Flocks of Varnia roamed the streets of Harlow.", "Flocks", "organization", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "two names joined by 'and'",
        _names_joined,
        (
            E(
                "Carlos Ortega and Mia Lind were arrested. Ortega and Lind had argued for years.",
                "Ortega and Lind",
                "organization",
                True,
            ),
            E("Procter and Gamble raised its prices.", "Procter and Gamble", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "part of an organization's name",
        _part_of_organization,
        (
            E("She wrote for the Denver Post for a decade.", "Denver", "place", True),
            E("She moved to Denver a decade ago.", "Denver", "place", False),
        ),
        kinds=ONLY_PLACE,
    ),
    Rule(
        "nickname",
        _nickname,
        (
            E("Carl Burt, aka Tiny, was arrested on Friday.", "Tiny", "person", True),
            E("Carl Burt was arrested on Friday.", "Carl Burt", "person", False),
            E(
                "In ten minutes, the guy teammates call Tall Timber scored 7 points.",
                "Tall Timber",
                "organization",
                True,
            ),
            E("After the game his teammates called him Ace again.", "Ace", "person", True),
            E("A woman called Nora Quill rang the police in Varnia.", "Nora Quill", "person", False),
            E("It is a group its founders call Harlow Watch.", "Harlow Watch", "organization", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "a family",
        _family,
        (
            E("The Hendersons moved away after the fire.", "Hendersons", "person", True),
            E("Ruth Henderson moved away after the fire.", "Ruth Henderson", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "a family named as a group",
        _family_group,
        (
            E("Ann Price opened the shop. The Prices also have a daughter.", "Prices", "organization", True),
            E("The Celtics won the game in overtime.", "Celtics", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "criminal charge",
        _charge,
        (
            E("She faces one count of Aggravated Assault.", "Aggravated Assault", "organization", True),
            E(
                "She works for the Assault Survivors Network.",
                "Assault Survivors Network",
                "organization",
                False,
            ),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "currency",
        _currency,
        (
            E("Traders feared a slump of the Euro.", "Euro", "organization", True),
            E("Traders feared a slump at Eurobank.", "Eurobank", "organization", False),
        ),
    ),
    Rule(
        "abbreviation of common words",
        _abbreviation_of_common_words,
        (
            E("The Hawks put Dell Ruiz on long-term leave (LTL) today.", "LTL", "organization", True),
            E("Press the KPR (key press replay) button twice.", "KPR", "organization", True),
            E("The Harbor Transit League (HTL) met today.", "HTL", "organization", False),
            E("He drove for LTL on Monday.", "LTL", "organization", False),
        ),
    ),
    Rule(
        "abbreviation of a law's or a site's name",
        _law_abbreviation,
        (
            E("The Clean Rivers Act was passed. Critics say the CRA is weak.", "CRA", "organization", True),
            E("The Clean Rivers Agency met. Critics say the CRA is weak.", "CRA", "organization", False),
            E(
                "Ships use the Orvik Transit Corridor (OTC) at night.",
                "OTC",
                "organization",
                True,
            ),
        ),
    ),
    Rule(
        "version of a product",
        _version_of,
        (
            E("The flaw is in all versions of Quill and Vantor Mail.", "Vantor Mail", "organization", True),
            E("The flaw is in the 64-bit version of Quill.", "Quill", "organization", True),
            E(
                "The flaw was found by engineers of Quill and Vantor Labs.",
                "Vantor Labs",
                "organization",
                False,
            ),
        ),
    ),
    Rule(
        "keys pressed together",
        _keys_pressed,
        (
            E("Open the task list with Ctrl+Alt+F9 and wait.", "Ctrl+Alt+F9", "organization", True),
            E("Open the task list with Vantor and wait.", "Vantor", "organization", False),
        ),
    ),
    Rule(
        "prize's category",
        _award_category,
        (
            E(
                "She was nominated in the category of Best Comic Turn.",
                "Best Comic Turn",
                "organization",
                True,
            ),
            E("She won in the Best Comic Turn category.", "Best Comic Turn", "organization", True),
            E(
                "She was nominated by the Guild of Comic Writers.",
                "Guild of Comic Writers",
                "organization",
                False,
            ),
        ),
    ),
    Rule(
        "make of vehicle",
        _vehicle,
        (
            E("The robbers fled in a silver Honda.", "Honda", "organization", True),
            E("Honda announced a recall of its scooters.", "Honda", "organization", False),
        ),
        kinds=ONLY_ORGANIZATION,
    ),
    Rule(
        "ship",
        _ship,
        (
            E("Pirates seized the MV Northern Dawn off the coast.", "MV Northern Dawn", "organization", True),
            E("The frigate INS Trishul sailed at dawn.", "INS Trishul", "person", True),
            E("MS Dana Kirk, the chief nurse, said the ward was full.", "Dana Kirk", "person", False),
            E("Pirates attacked a boat of the MSC fleet.", "MSC", "organization", False),
            E('The navy sank the trawler "Halvard 3" at dawn.', "Halvard 3", "organization", True),
            E('The navy said "Halvard 3" was a code name.', "Halvard 3", "organization", False),
            E(
                "The Halvard sent a distress call before pirates boarded the MV Halvard.",
                "Halvard",
                "organization",
                True,
            ),
            E("The Halvard sent a distress call.", "Halvard", "organization", False),
            E("Pirates boarded the tanker Halvard Star at dawn.", "Halvard Star", "organization", True),
            E("Sailors aboard Warship Tessel saw the skiffs.", "Warship Tessel", "person", True),
            E(
                "Pirates hold a Varnian freighter, the Halvard Star, and its crew.",
                "Halvard Star",
                "organization",
                True,
            ),
            E("The ship's captain, Dana Halvard, said the crew was safe.", "Dana Halvard", "person", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "not capitalised",
        _not_capitalised,
        (
            E("Police said the gunman fled on foot.", "the gunman", "person", True),
            E("Police said Dana Kirk fled on foot.", "Dana Kirk", "person", False),
        ),
    ),
    Rule(
        "part of a street name",
        _part_of_street,
        (
            E("The house on Cedar Hollow Lane burned down.", "Cedar Hollow", "person", True),
            E("Cedar Hollow said the house burned down.", "Cedar Hollow", "person", False),
        ),
        kinds=NO_PLACE,
    ),
    Rule(
        "part of a venue name",
        _part_of_venue,
        (
            E("He was taken to Brennan hospital with burns.", "Brennan", "person", True),
            E("Brennan was taken to a hospital with burns.", "Brennan", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "name after 'the'",
        _thing_after_the,
        (
            E("Tourists crowded around the Colossus at dawn.", "Colossus", "person", True),
            E("Tourists crowded around Mira Castell at dawn.", "Mira Castell", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "dictionary word alone",
        _dictionary_word_alone,
        (
            E("Thunder rolled over the talks in Varnholm.", "Thunder", "person", True),
            E("Turnout fell as Loyalists marched in Varnholm.", "Loyalists", "person", True),
            E("Mr. Thunder said the talks in Varnholm were slow.", "Thunder", "person", False),
            E("Thunder, 52, said the talks in Varnholm were slow.", "Thunder", "person", False),
            E("Thunder left early. Minister Ilse Thunder chaired the talks.", "Thunder", "person", False),
            E("Reed fled on foot. Police later arrested Tobias Reed Jr., 32.", "Reed", "person", False),
            E("Marisol waved from the boat in Varnholm.", "Marisol", "person", False),
            E("Stars such as Lorna Quist and Thunder came to the gala.", "Thunder", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
    Rule(
        "dictionary words only",
        _dictionary_words_only,
        (
            E("Harbor Guides led the climbers up the ridge.", "Harbor Guides", "person", True),
            E("Fans of Rotten Apples queued in Varnholm.", "Rotten Apples", "person", True),
            E("Dana Thunder led the climbers up the ridge.", "Dana Thunder", "person", False),
            E("Mr. Stone Bridges led the climbers up the ridge.", "Stone Bridges", "person", False),
            E("Stone Bridges, 61, led the climbers up the ridge.", "Stone Bridges", "person", False),
        ),
        kinds=ONLY_PERSON,
    ),
)
#: Each kind's trims and drops, in order (the rows `Rule.kinds` lets act on it).
_TRIMS_BY_KIND = by_kind(TRIMS, NAME_KINDS)
_DROPS_BY_KIND = by_kind(DROPS, NAME_KINDS)

# ----------------------------------------------------------------------------------- retypes


def _street(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """A street or address. A two-word "person" like "Jordan Lane" is a street only where a
    street is written: after a house number or a preposition of place ("on Shamrock Drive"),
    unless its street word is one no surname is ("police closed Garnet Avenue")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (
        span[-1].lower_ in ("court", "place", "row")
        and before is not None
        and (before.text.isdigit() or before.lower_ in ("on", "off"))
    ):
        return "place"  # "on Lower Pond Court", "224 E. Vantana Court"
    found = street_kind(span_text(span))
    if found and (
        kind != "person"
        or found == "address"
        or len(span) > 2
        or _after_locative(span)
        or _plainly_a_street(span)
    ):
        return "place"
    two_before = text_between(span.doc, max(0, span.start - 2), span.start).lower()
    return "place" if kind != "place" and two_before == "block of" else None


#: Street words that are no one's surname or first name: a "person" written with one at its
#: end ("Garnet Avenue") or, in the French and Spanish order, at its start ("Avenue Garnet").
PLAIN_STREET_WORDS = frozenset(
    {"avenue", "ave", "road", "rd", "boulevard", "blvd", "highway", "hwy", "parkway", "pkwy", "expressway",
     "freeway", "rue", "avenida", "calle"}
)  # fmt: skip


def _plainly_a_street(span: Span) -> bool:
    ends = (span[-1].lower_.rstrip("."), span[0].lower_.rstrip("."))
    return any(word in PLAIN_STREET_WORDS for word in ends)


LOCATIVE_BEFORE = frozenset(
    {"on", "at", "near", "along", "onto", "off", "of", "from", "to", "in", "into", "down", "up", "across",
     "outside", "by", "between", "and", "where", "toward", "towards"}
)  # fmt: skip


def _after_locative(span: Span) -> bool:
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and (before.lower_ in LOCATIVE_BEFORE or before.like_num)


def _site(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "the Cathedral of Saint Mary", "Stade de Varnia", "the Vantor Plant": a building or site
    named by its head before "of" or "de", or ending in one, is a place, not a body; and a
    "person" of three words or more ending in one ("the Harlow Mills Warehouse": no surname of
    two given names)."""
    if kind == "person" and len(span) >= 3 and span[-1].is_title and span[-1].lower_ in SITE_ENDINGS:
        # but a surname ("Plant") is written alone again
        return None if len(positions_of(token_forms(span.doc), span[-1].text)) > 1 else "place"
    if kind != "organization" or len(span) < 2 or span[-1].lower_ in BODY_HEADS:
        return None
    if span[-1].lower_ in SITE_ENDINGS and span[-1].text[:1].isupper():
        return "place"
    for token in span[1:3]:
        if token.lower_ in ("of", "de", "du", "del") and span.doc[token.i - 1].lower_ in SITE_HEADS_BEFORE_OF:
            return "place"
    return None


def _venue(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """A venue typed as a person is a place; housing, a hall, a stadium or a theatre typed as an
    organization is a place (where an event is held, not who held it)."""
    found = venue_kind(span_text(span))
    if found is None:
        return None
    if kind == "person":  # "Grace Park" and "Shirley Temple" are people: only longer names,
        return "place" if len(span) >= 3 or _written_as_a_venue(span) else None  # or where venues are
    return "place" if found in ("housing", "hall", "arena") else None


#: Prepositions before a venue, and seldom before a person: "stayed at Willow Ranch".
VENUE_PREPOSITIONS = frozenset({"at", "near", "outside", "inside", "behind"})


def _written_as_a_venue(span: Span) -> bool:
    """ "at Willow Ranch", "Moon Lake Lodge and Cedar Ranch": a two-word name with a venue's
    head noun after a preposition of place, or joined by "and" to a building or place of three
    words or more, or a street (NER's two-word places are often people, as "Grace Park" is)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in VENUE_PREPOSITIONS:
        return True
    root = span.root
    partner = entity_of(root.head) if root.dep_ == "conj" else None
    return (
        partner is not None
        and partner.label_ in ("FAC", "GPE", "LOC")
        and (len(partner) >= 3 or street_kind(span_text(partner)) is not None)
    )


#: Prepositions before where a game is played: "at the Harlow Center", "inside the HPC".
ARENA_PREPOSITIONS = frozenset({"at", "in", "inside"})
#: How many words of a game's report make an article a game's story.
GAME_STORY_WORDS = 3
_GAME_STORY_KEY = "eventfacts.game-story"


def _game_story(doc: Doc) -> bool:
    """Whether the article reports a game: it holds `GAME_STORY_WORDS` words of `GAME_WORDS` or
    more (computed once per article)."""
    cached = doc.user_data.get(_GAME_STORY_KEY)
    if isinstance(cached, bool):
        return cached
    result = sum(form in GAME_WORDS for form in lower_forms(doc)) >= GAME_STORY_WORDS
    doc.user_data[_GAME_STORY_KEY] = result
    return result


def _arena(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "the crowd inside the Harlow Center", "beat Varnia, 81-76, at the HPC": in a game's story,
    an "organization" ending in an arena's word that bodies use too ("Center", "Garden"), or an
    acronym after "at", written after "at", "in" or "inside" and ending its noun phrase, is the
    arena where the game is played, a place; a medical centre stays a body ("at the Harlow
    Medical Center"), and so does a league "in" a game's story ("second in the WCL")."""
    if kind != "organization":
        return None
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "the":
        before = doc[span.start - 2] if span.start > 1 else None
    if before is None or before.lower_ not in ARENA_PREPOSITIONS:
        return None
    acronym = len(span) == 1 and span_text(span).isupper()
    if acronym and before.lower_ != "at":
        return None  # "first in the AFC", "ranked in the AP poll": a league's or a poll's
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.pos_ == "NOUN" or after.text in ("'s", "’s")):
        return None  # "at the Harlow Center parking lot", "at the HPC's clinic"
    text = span_text(span)
    shaped = (len(span) >= 2 and span[-1].is_title and span[-1].lower_ in ARENA_ENDINGS) or (
        len(span) == 1 and text.isupper() and text.isalpha() and 2 <= len(text) <= 5
    )
    if not shaped or venue_kind(text) in ("medical", "hospital"):
        return None
    return "place" if _game_story(doc) else None


#: Lowercase nouns that end an "organization" NER ran on into the building: "the Alpha Rho
#: sorority house", "the Sigma Nu fraternity house".
DWELLING_NOUNS = frozenset({"house", "home", "residence", "mansion", "apartment", "dormitory", "dorm"})


def _building(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "the Alpha Rho sorority house": a name ending in a lowercase noun for a dwelling names
    the building, a place."""
    return (
        "place"
        if kind == "organization"
        and len(span) >= 2
        and span[-1].is_lower
        and span[-1].lower_ in DWELLING_NOUNS
        else None
    )


def _organization_word(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    return "organization" if kind == "person" and span[-1].lower_.rstrip(".") in PERSON_ORG_ENDINGS else None


def _place_shape(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "Village of Montfort"; "Habersham" in "Habersham County"; a name the dateline gives;
    "Mount Arlen", "Mt Tessel" (a mountain, unless a body's word ends it: "Mount Arlen College")."""
    doc = span.doc
    if len(span) > 2 and span[0].lower_ in PLACE_WORDS_BEFORE_OF and span[1].lower_ == "of":
        return "place"
    if (
        kind != "place"
        and len(span) >= 2
        and span[0].lower_.rstrip(".") in MOUNTAIN_WORDS
        and span[1].text[:1].isupper()
        and span[-1].lower_ not in BODY_HEADS
        and venue_kind(span_text(span)) is None
    ):
        return "place"
    after = doc[span.end] if span.end < len(doc) else None
    if (
        kind == "person"
        and after is not None
        and after.lower_ in PLACE_SUFFIX_AFTER
        and after.text[:1].isupper()
    ):
        return "place"
    return "place" if kind != "place" and places and _folded(span_text(span)) in places else None


@cache
def _nicknamer() -> NickNamer:
    from nicknames import NickNamer

    return NickNamer()


#: Faker's locales of first names left out: its plain "en" table is a list of US baby names
#: that holds words too ("General", "River", "Delta", "Sky"); the national tables do not.
_LOOSE_NAME_LOCALES = frozenset({"en"})


@cache
def _world_given_names() -> frozenset[str]:
    """First names of Faker's national person providers (70-odd locales, Latin script only),
    folded: "Jason", "Yanis", "Hasim", which the English-only `nicknames` table lacks.

    Importing Faker and its tables costs a quarter of a second, more than extracting twenty
    articles, in every process: the names are kept in a file of the cache folder (`geo.cache_dir`)
    named after Faker's version, read in milliseconds by every later process."""
    from importlib.metadata import PackageNotFoundError, version

    from ..geo import cache_dir, write_cache_file

    try:
        path = cache_dir() / f"given-names-v{GIVEN_NAMES_VERSION}-faker{version('faker')}.txt"
    except PackageNotFoundError:
        return _faker_given_names()
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except (OSError, UnicodeDecodeError):
        pass
    names = _faker_given_names()
    text = "".join(f"{name}\n" for name in sorted(names))
    write_cache_file(path, lambda partial: partial.write_text(text, encoding="utf-8"))
    return names


#: Bump when `_faker_given_names` reads Faker's tables otherwise.
GIVEN_NAMES_VERSION = 1


def _faker_given_names() -> frozenset[str]:
    """The names of `_world_given_names`, read from Faker's tables."""
    import importlib
    import pkgutil

    import faker.providers.person as providers

    names: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        if module.name in _LOOSE_NAME_LOCALES:
            continue
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for table in ("first_names", "first_names_male", "first_names_female"):
            # a locale's table may be a property computed from others: read only plain data
            found = next((k.__dict__[table] for k in provider.__mro__ if table in k.__dict__), ())
            if isinstance(found, dict | list | tuple | set | frozenset):
                names.update(
                    n.casefold() for n in found if isinstance(n, str) and n.isascii() and n.isalpha()
                )
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """A folded word the `nicknames` data set lists as a first name or a familiar form of one,
    or a first name of one of Faker's national tables."""
    names = _nicknamer()
    return bool(names.nicknames_of(word) or names.canonicals_of(word)) or word in _world_given_names()


def _given_name_then_surname(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "said Howard Kessler" tagged ORG: a first name the `nicknames` data set knows, then one
    more capitalised word that is no body's word and is not run on into a longer name, is a
    person ("Philip Kessler Associates" and "Grace Church" are bodies)."""
    if kind != "organization" or len(span) != 2:
        return None
    first, last = span
    shaped = first.is_alpha and first.is_title and last.text[:1].isupper()
    if not shaped or not last.text.replace("-", "").isalpha():  # "Ruiz-Ortega" is one surname
        return None
    if last.lower_ in _BODY_HEADS_OR_NOT or last.text.isupper() or venue_kind(last.text) is not None:
        return None
    if last.tag_ == "NNPS":  # a club: "Harlow Rovers"
        return None
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and (after.text[:1].isupper() or after.lower_ in BODY_HEADS):
        return None
    if not is_given_name(first.lower_):
        return None
    if last.lower_ in COMPANY_WORDS or last.lower_ in token_texts(span.doc):  # "the commandos"
        return None
    from .. import geo

    # a city or a state that is also a first name ("Washington", "Georgia") names a team or a
    # school; a region after one ("Sierra Nevada") makes a place
    big = any(p.kind in ("country", "region") or p.population >= 100_000 for p in geo.lookup(first.text))
    region = any(p.kind in ("country", "region") for p in geo.lookup(last.text))
    return None if big or region else "person"


def _person_cues(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "9-month-old Kendarius Edwards", "his nephew, Montrell Burdine", "identified as X", "the
    family of X", "the killing of X", "Ana Diaz and X" (a name in a list beside a person)."""
    if kind == "person":
        return None
    words = [t for t in span if not t.is_punct]  # "Nakya-Senat Butler"
    if not words or not all(t.text[:1].isupper() for t in words) or span_text(span).isupper():
        return None
    doc = span.doc
    if len(span) >= 2 and _AGE_BEFORE.search(text_between(doc, max(0, span.start - 6), span.start)):
        return "person"
    if _after_a_role(span) and len(words) <= 3 and span[-1].lower_ not in ANY_ORG_ENDINGS:
        return "person"  # "free-agent catcher Jose Ardila" tagged ORG
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_NOUNS:
        return "person"
    if root.dep_ == "pobj" and root.head.lower_ == "as" and _identified(root.head):
        return "person"
    if len(words) >= 2 and span[-1].lower_ not in ANY_ORG_ENDINGS:
        owner = root.head.head.lemma_.lower()
        if (
            root.dep_ == "pobj"
            and root.head.lower_ == "of"
            and owner in OF_PERSON_NOUNS
            and _name_shaped(span)
        ):
            return "person"
        singular = all(t.tag_ == "NNP" for t in words)  # "Popular Mobilization Forces" is a body
        if len(words) <= 3 and singular and _listed_with_a_person(root) and _name_shaped(span):
            return "person"
    return None


#: Nouns whose "of" object is a person: "the family of X", "the killing of X", "the funeral of X".
OF_PERSON_NOUNS = frozenset(
    {"family", "relative", "parent", "mother", "father", "widow", "funeral", "shooting", "stabbing",
     "identity", "memory", "vigil", *(noun for _, nouns, _ in EVENT_NOUNS for noun in nouns)}
)  # fmt: skip


def _listed_with_a_person(root: Token) -> bool:
    """ "Rebeika Powell and X", "the shootings of X, Ken Brum and Nia Sol": a conjunct of a name
    NER tags PERSON, or a name with such conjuncts."""
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [c for c in root.children if c.dep_ == "conj"]
    return any(
        p.ent_type_ == "PERSON" and p.pos_ == "PROPN" and not _joined_by_or(root, p) and _named_in_full(p)
        for p in partners
    )


def _named_in_full(token: Token) -> bool:
    """A partner that is a person's full name: two words or more, shaped like a name, or a
    name after initials ("B.K. Tamsin", "JR Tamsin")."""
    ent = entity_of(token)
    if ent is None or len(ent) < 2:
        return False
    return _name_shaped(ent) or (_INITIALS.fullmatch(ent[0].text) is not None and _name_shaped(ent[1:]))


#: Initials written for first names: "B.K.", "B. K." (one token each), "JR".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{2}")


def _joined_by_or(one: Token, other: Token) -> bool:
    """ "the Popular Mobilization Forces, or Hashd al-Shaabi": "or" gives another name of one thing."""
    low, high = sorted((one.i, other.i))
    return any(t.lower_ == "or" for t in one.doc[low:high])


#: Last words of place names that a list of places shares with a list of people: "Logan Heights".
PLACE_ENDINGS = frozenset(
    {"heights", "park", "plaza", "court", "district", "county", "hills", "village", "square", "center",
     "centre", "home", "lake", "beach", "valley", "springs", "gardens", "terrace", "point"}
)  # fmt: skip


def _name_shaped(span: Span) -> bool:
    """Capitalised words only ("Kayetie Melchor"), no abbreviation, number, street, venue, town
    or place ending ("Littleleaf Plaza and Littleleaf Court" is a list of places)."""
    from .. import geo

    words = [t for t in span if not (t.is_punct and t.text in NAME_JOINERS)]
    return (
        all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in words)
        and words[-1].lower_ not in PLACE_ENDINGS
        and words[0].lower_ not in ("lake", "mount", "fort", "port", "camp")
        and street_kind(span_text(span)) is None
        and venue_kind(span_text(span)) is None
        and not geo.lookup(span_text(span), kinds=("city",))
    )


def _town_state(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "played at Tullock State": a town's name then "State" names a university (or its team);
    a state's or a country's name then "State" ("Oregon State", "Washington State") may be the
    place itself, so it is left be. An unknown first word (an invented or foreign town) counts
    as a town: no state or country goes unknown to the gazetteer."""
    if kind == "organization" or len(span) != 2 or span[1].text != "State" or not span[0].is_title:
        return None
    from .. import geo

    found = geo.lookup(span[0].text)
    return None if any(p.kind in ("country", "region") for p in found) else "organization"


def _surname_of_a_named_person(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "Crawley was taken into custody" tagged GPE where the article names "Altyreek K.
    Crawley" in full: a lone word that is the last word of a person's full name, written where a
    person is written (subject, object, conjunct), is that person."""
    if kind == "person" or len(span) != 1 or not span_text(span)[:1].isupper() or span_text(span).isupper():
        return None
    if span_text(span) not in names_of(span.doc).full_name_ends:
        return None
    from .. import geo

    if geo.lookup(span_text(span), kinds=("country",)):
        return None  # "Egypt" after a name NER ran on into it is still the country
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "appos"):
        return "person"
    if root.dep_ == "poss" and root.head.lemma_.lower() not in PLACE_HEADS:
        return "person"
    return None


#: Nouns a place owns rather than a person: "Crawley's mayor" is the town's.
PLACE_HEADS = frozenset(
    {"mayor", "council", "police", "streets", "residents", "downtown", "economy", "population", "schools",
     "district", "neighborhood", "neighbourhood", "city", "county", "town"}
)  # fmt: skip


def _identified(preposition: Token) -> bool:
    """ "as" of "identified as", or of "identified the girl to WAVE 3 News as" (a parse that
    hangs "as" on a word between): a verb of naming within two heads."""
    head = preposition.head
    for _ in range(2):
        if head.lemma_ in ("identify", "name"):
            return not any(t.dep_ == "dobj" and t.lemma_.lower() in GROUP_NOUNS_AFTER for t in head.children)
        head = head.head
    return False


def _town_police(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "Truckee police arrested...", "a Marlowe man", "in Stone Mountain": an "organization"
    without an organization word, written where a town is written."""
    if kind != "organization" or span_text(span).isupper() or span[-1].lower_ in ANY_ORG_ENDINGS:
        return None
    root = span.root
    if root.dep_ == "compound" and root.head.i == span.end and root.head.lower_ in TOWN_HEADS:
        return "place"
    located = _after_where_preposition(span)
    return "place" if located or _home_town(span) or _joined_to_a_town(span) or _before_area(span) else None


def _after_where_preposition(span: Span) -> bool:
    """ "in Stone Mountain", "in nearby Oakdale", "in wartime Srebrenica": the object of "in",
    "near", "outside", right after it or after lowercase words that modify the name."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.lower_ not in WHERE_PREPOSITIONS or preposition.i >= span.start:
        return False
    between = span.doc[preposition.i + 1 : span.start]
    return len(between) <= 2 and all(
        t.is_lower and t.is_alpha and t.head.i == root.i and t.dep_ in ("amod", "compound", "nmod")
        for t in between
    )


def _before_area(span: Span) -> bool:
    """ "a Tampa Bay-area neighborhood": a name hyphened to "area" is a place."""
    doc = span.doc
    rest = doc[span.end : span.end + 2]
    return (
        len(rest) == 2
        and rest[0].text == "-"
        and not doc[span.end - 1].whitespace_
        and not rest[0].whitespace_
        and rest[1].lower_ == "area"
    )


def _joined_to_a_town(span: Span) -> bool:
    """ "bought in Oxnard and Burbank": a town the gazetteer knows, joined by "and" to a name
    written after "in" ("invested in Apple and Google" names no town)."""
    root = span.root
    head = root.head
    joined = (
        root.dep_ == "conj"
        and span.doc[span.start - 1].lower_ in ("and", "or")
        and head.dep_ == "pobj"
        and head.head.lower_ in WHERE_PREPOSITIONS
        and head.head.i == head.i - 1
    )
    if not joined:
        return False
    from .. import geo

    return bool(geo.lookup(span_text(span), kinds=("city",)))


_AGE_OF = re.compile(r"\b\d{1,3}\s*,\s*of$")


def _home_town(span: Span) -> bool:
    """ "Tracy Adkins, 46, of Hudson": where a person named with an age is from."""
    return bool(_AGE_OF.search(text_between(span.doc, max(0, span.start - 4), span.start)))


_CALL_SIGN = re.compile(r"^[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?$")
#: Lowercase nouns a town's name modifies: "the Habersham sheriff's department", "Truckee police".
TOWN_MODIFIED = frozenset(
    {"police", "sheriff", "county", "township", "neighborhood", "neighbourhood", "suburb", "apartment",
     "area", "community"}
)  # fmt: skip
#: Lowercase nouns a town's name is put before: "Truckee police", "a Memphis man".
TOWN_HEADS = frozenset(
    {"police", "man", "woman", "teen", "boy", "girl", "resident", "residents", "neighborhood",
     "neighbourhood", "community", "area", "home", "officials", "officer", "officers", "apartment"}
)  # fmt: skip
WHERE_PREPOSITIONS = frozenset({"in", "near", "outside", "throughout"})


def _call_sign(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "WXIA", "KIRO-TV": a US broadcaster's call sign names a station."""
    return "organization" if _CALL_SIGN.match(span_text(span)) else None


def _located_person(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "shot in Montfort", "the Habersham sheriff's department": a "person" written where a
    place is written."""
    if kind != "person" or age_after(span) is not None:
        return None  # "..., and Sean Hale, 26, was the clerk": an age marks the person
    if _after_where_preposition(span):
        return "place"
    root = span.root
    if _home_town(span):
        return "place"
    if (
        len(span) == 1
        and root.dep_ == "compound"
        and root.head.is_lower
        and root.head.lower_ in TOWN_MODIFIED
    ):
        return "place"
    return "place" if _after_street_and(span) else None


def _after_a_role(span: Span) -> bool:
    """A name of two words or more right after a role noun in lower case: "catcher Jose Ardila"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        before is not None
        and before.is_lower
        and _is_role(before.text)
        and len(span) >= 2
        and _name_shaped(span)
    )


def _after_the(span: Span) -> bool:
    """ "the Halifax Mariners", "the Dunmore Ledger": a name written after "the", other than as a
    modifier ("the Obama administration"), is not a person's; a title stands between the two
    ("the late Ruth Baines", "the Rev. Ames")."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and span.root.dep_ != "compound"


def _plural_end(span: Span) -> bool:
    last = span[-1]
    return last.tag_ == "NNPS" or (
        len(span) > 1 and last.lower_.endswith("s") and not last.lower_.endswith("ss")
    )


def _body_after_the(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "the Halifax Mariners" tagged PERSON: a team or a paper, the bodies named after "the"
    whose last word is a plural or a paper's."""
    if kind != "person" or not _after_the(span):
        return None
    return "organization" if _plural_end(span) or span[-1].lower_ in NEWSPAPER_HEADS else None


def _named_as_a_town(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "the villages of Tonby, Garzan and Kelidi", "the villages Arnik and Zevar": each name of
    a list that a village, town or city noun introduces is a place."""
    if kind == "place":
        return None
    node = span.root
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ == "of":
        owner = node.head.head
    elif node.dep_ in ("appos", "compound"):
        owner = node.head
    else:
        return None
    return "place" if owner.lemma_.lower() in PLACE_WORDS_BEFORE_OF and owner.is_lower else None


def _town_as_person(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "since Sandy Hook", "the Glen Burnie shooting": a "person" of two words or more whose
    whole name the gazetteer knows as a town, where nothing marks a person: no age after it, it
    says nothing, and the article never writes its last word alone (as it would a surname)."""
    if kind != "person" or len(span) < 2 or not all(t.is_alpha and t.is_title for t in span):
        return None
    doc = span.doc
    after = doc[span.end : span.end + 2]
    aged = len(after) == 2 and after[0].text in (",", "(") and after[1].like_num
    speaks = span.root.dep_ == "nsubj" and span.root.head.lemma_ in ("say", "tell")
    if aged or speaks or span[-1].lower_ in names_of(doc).alone:
        return None
    from .. import geo

    return "place" if geo.lookup(span_text(span), kinds=("city",)) else None


def _town_named_as_a_place(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "Protesters gathered in Bergen, Norway. Bergen issued a statement" with the second
    "Bergen" tagged ORG: a name the article's NER calls a place as often as a person or a body, that the
    gazetteer knows, with no name or body word run on after it, is that place. The last word of
    a full name the article gives a person ("Lincoln" of "Ada Lincoln") stays a surname."""
    if kind not in ("person", "organization") or not all(t.is_alpha and t.text[:1].isupper() for t in span):
        return None
    doc = span.doc
    names = names_of(doc)
    votes = names.votes.get(span_text(span), {})
    as_place = votes.get("GPE", 0) + votes.get("LOC", 0)
    if not as_place or as_place < votes.get("PERSON", 0) + votes.get("ORG", 0):
        return None
    if span[-1].text in names.full_name_ends:
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.lower_ in BODY_HEADS):
        return None
    from .. import geo

    return "place" if geo.lookup(span_text(span)) else None


def _after_street_and(span: Span) -> bool:
    """ "near 7 Mile Road and Hayes": a name joined to a street is a street."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "and":
        return False
    before = text_between(doc, max(0, span.start - 5), span.start - 1).split()
    return any(street_kind(" ".join(before[-n:])) for n in (2, 3, 4) if len(before) >= n)


def _compass_place(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "Northeast Albuquerque", "South Tacoma" tagged ORG: a direction before a town the
    gazetteer knows is part of that town."""
    if kind != "organization" or len(span) < 2 or span[0].lower_ not in COMPASS_POINTS:
        return None
    if any(t.lower_ in ANY_ORG_ENDINGS for t in span):
        return None
    from .. import geo

    return "place" if geo.lookup(span_text(span[1:]), kinds=("city",)) else None


_STREET_NAMES_KEY = "eventfacts.street-names"


def street_names(doc: Doc) -> frozenset[str]:
    """The names the article gives streets, without their suffix: "Adler" of "9552 Adler St.",
    "Moon Lake" of "Moon Lake Road". Computed once per article."""
    cached = doc.user_data.get(_STREET_NAMES_KEY)
    if isinstance(cached, frozenset):
        return cached
    names: set[str] = set()
    forms = lower_forms(doc)
    wanted = (
        i for i in range(1, len(forms)) if forms[i] in STREET_PLURALS or forms[i].rstrip(".") in _STREET_WORDS
    )
    for token in (doc[i] for i in wanted):
        if token.lower_ in STREET_PLURALS and token.i >= 3 and doc[token.i - 2].lower_ == "and":
            # "near Eubank and Lomas boulevards": both names are streets
            names.update(t.text for t in (doc[token.i - 3], doc[token.i - 1]) if t.text[:1].isupper())
            continue
        if (
            token.text[:1].isupper()
            and token.lower_.rstrip(".") in _STREET_WORDS
            and token.ent_type_ != "PERSON"
        ):
            start = token.i
            while start > 0 and start > token.i - 3 and doc[start - 1].text[:1].isupper():
                start -= 1
                names.add(text_between(doc, start, token.i))
    found = frozenset(names)
    doc.user_data[_STREET_NAMES_KEY] = found
    return found


#: Words that begin Spanish and Portuguese street names: "Camino Real", "Calle Ocho".
STREET_PREFIXES = frozenset({"camino", "calle", "avenida", "paseo", "rua", "carrera"})


def _body_nickname(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "the Jaguars", "Sea Hawks fans" where the article names the "Marlowe Jaguars" or the
    "Harbor State Sea Hawks": the short name of a body `named_bodies` found."""
    return "organization" if kind != "organization" and span_text(span) in body_nicknames(span.doc) else None


def _street_word_first(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "Camino Arroyo", "Calle Luna": a street named with its noun first."""
    return "place" if kind != "place" and len(span) >= 2 and span[0].lower_ in STREET_PREFIXES else None


def _street_named_elsewhere(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "The trailer on Adler" where the article also writes "Adler Street": the street."""
    if kind == "place" or span[0].lower_ in ("the", "a"):
        return None
    if kind == "person" and (
        span.root.dep_ in ("nsubj", "nsubjpass") or (len(span) == 1 and _surname_named_in_full(span[0]))
    ):
        return None  # "Pruitt died", "Ada Pruitt ... the car Pruitt drove": a street does not act
    return "place" if span_text(span) in street_names(span.doc) else None


def _before_a_place_part(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "on the famed Varnia seafront", "Harlow's Kestrel campus", "the Orvik area": an
    "organization" right before a lowercase noun for a place or a part of one names that place,
    and so does that name written alone elsewhere in the article, unless a body's word ends it
    ("the Harlow University campus")."""
    if kind != "organization" or span[-1].lower_ in BODY_HEADS:
        return None
    return "place" if span_text(span) in _place_part_names(span.doc) else None


_PLACE_PARTS_KEY = "eventfacts.place-part-names"


def _place_part_names(doc: Doc) -> frozenset[str]:
    """The entities the article writes right before a lowercase noun of `PLACE_PART_NOUNS`
    ("Varnia" of "the Varnia seafront"), computed once per article."""
    cached = doc.user_data.get(_PLACE_PARTS_KEY)
    if isinstance(cached, frozenset):
        return cached
    found: set[str] = set()
    if PLACE_PART_NOUNS & token_texts(doc):
        lower = lower_forms(doc)
        for i in (
            i for i, form in enumerate(lower) if form in PLACE_PART_NOUNS and i > 0 and doc[i].is_lower
        ):
            start = i  # the capitalised words before the noun, entity or not: "the Rue Tessel avenue"
            while start > 0 and i - start < 5 and _name_word_before(doc, start):
                start -= 1
            if start < i and doc[start].lower_ == "the":
                start += 1
            if start < i:
                found.add(text_between(doc, start, i))
    result = frozenset(found)
    doc.user_data[_PLACE_PARTS_KEY] = result
    return result


def _name_word_before(doc: Doc, start: int) -> bool:
    """Whether the token before `start` is a word of the same name: capitalised, or a hyphen
    glued to the words on both sides ("Rue-Tessel")."""
    before = doc[start - 1]
    if before.text == "-":
        return start > 1 and not before.whitespace_ and not doc[start - 2].whitespace_
    return before.text[:1].isupper() and not before.is_punct


def _compass_region(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "the Varnian Northwest": a name of capitalised words ending in a point of the compass
    between two others ("Northwest", not "West": "Big West" is a league) is a region, not a body
    (whose name would end in its body word); not after an acronym ("AFC Northwest", a division)."""
    if kind != "organization" or len(span) < 2 or not all(t.is_title and t.is_alpha for t in span):
        return None
    return "place" if span[-1].lower_ in INTERCARDINAL_POINTS else None


INTERCARDINAL_POINTS = frozenset(p for p in COMPASS_POINTS if len(p) > len("south"))


#: Words before a state or a country written as where something is: "in Ohio", "across the
#: Baltic states" ("the" may come between).
REGION_PREPOSITIONS = frozenset({"in", "to", "from", "across", "throughout", "around", "into"})


def _region_as_a_place(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "a clinic in Kestrel Bay, OR, said" and "lost in the Comoros" with the state or the country
    tagged ORG: a name the gazetteer knows as a state, a province or a country, written after a
    town and a comma or after a preposition of place, is that place (a body's name runs on:
    "Ohio State", "Norway Post")."""
    if kind != "organization" or len(span) > 3 or span[-1].lower_ in BODY_HEADS:
        return None
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.text in ("'s", "’s")):
        return None
    before = list(doc[max(0, span.start - 2) : span.start])
    if not before:
        return None
    after_town = (
        len(before) == 2 and before[1].text == "," and before[0].text[:1].isupper() and before[0].is_alpha
    )
    if before[-1].lower_ == "the":
        before = before[:-1]
    after_preposition = bool(before) and before[-1].lower_ in REGION_PREPOSITIONS
    if not (after_town or after_preposition):
        return None
    text = span_text(span)
    if text.isupper() and (len(text) > 2 or not after_town):
        return None  # "the ATF": an acronym is a place only as a state's code after a town
    from .. import geo

    return "place" if geo.region_of(text) is not None else None


def _off_a_place(span: Span, kind: str, label: str, places: frozenset[str]) -> str | None:
    """ "a boutique just off the Rue Tessel", "the wreck lies off Kestrel Point": an "organization"
    that is the object of the preposition "off" is where something stands, a place; a body is
    not "off" (a verb's particle, "called off", takes no object of its own)."""
    if kind != "organization" or span[-1].lower_ in BODY_HEADS:
        return None
    root = span.root
    head = root.head
    return "place" if root.dep_ == "pobj" and head.lower_ == "off" and head.dep_ == "prep" else None


RETYPES: tuple[Rule[Retype], ...] = (
    Rule(
        "short name of a body named in full",
        _body_nickname,
        (
            E(
                "The Dunmore Otters lost again. The Otters led at half-time.",
                "Otters",
                "person",
                "organization",
            ),
            E("The Otters led at half-time.", "Otters", "person", None),
        ),
        gives="organization",
    ),
    Rule(
        "call sign",
        _call_sign,
        (
            E("KXLY reported the fire first.", "KXLY", "person", "organization"),
            E("NATO reported the strike first.", "NATO", "organization", None),
        ),
        gives="organization",
    ),
    Rule(
        "team or paper after 'the'",
        _body_after_the,
        (
            E("Fans cheered the Dunmore Otters all night.", "Dunmore Otters", "person", "organization"),
            E("Fans cheered Dunmore Otter all night.", "Dunmore Otter", "person", None),
        ),
        gives="organization",
    ),
    Rule(
        "named in a list of towns",
        _named_as_a_town,
        (
            E("Floods reached the villages of Orvik, Tamsel and Brekka.", "Tamsel", "person", "place"),
            E("Floods reached the farms of Orvik, Tamsel and Brekka.", "Tamsel", "person", None),
        ),
        gives="place",
    ),
    Rule(
        "person written as a place",
        _located_person,
        (
            E("A man was shot in Dunmore on Friday.", "Dunmore", "person", "place"),
            E("Rita Dunmore, 44, was shot on Friday.", "Rita Dunmore", "person", None),
        ),
        gives="place",
    ),
    Rule(
        "town the gazetteer knows",
        _town_as_person,
        (
            E("Residents of Cedar Rapids gathered downtown.", "Cedar Rapids", "person", "place"),
            E("Residents heard Nora Quill speak downtown.", "Nora Quill", "person", None),
        ),
        gives="place",
    ),
    Rule(
        "town NER calls a place elsewhere",
        _town_named_as_a_place,
        (
            E(
                "Protesters gathered in Bergen, Norway. Bergen issued a statement on Monday.",
                "Bergen",
                "organization",
                "place",
            ),
            E(
                "Ada Lincoln grew up in Lincoln, Nebraska. Lincoln said she liked it.",
                "Lincoln",
                "person",
                None,
            ),
            E(
                "Protesters gathered in Orvik, Norway. Orvik issued a statement on Monday.",
                "Orvik",
                "organization",
                None,
            ),
        ),
        gives="place",
    ),
    Rule(
        "name before a place's noun",
        _before_a_place_part,
        (
            E("Thieves fled along the Varnia seafront at dawn.", "Varnia", "organization", "place"),
            E("Lectures moved to the Kestrel campus of the college.", "Kestrel", "organization", "place"),
            E(
                "Students rallied on the Harlow University campus.",
                "Harlow University",
                "organization",
                None,
            ),
            E("Thieves fled from the Varnia Seafront Hotel.", "Varnia Seafront Hotel", "organization", None),
            E(
                "Shops line the Rue Tessel avenue. Thieves fled off the Rue Tessel at dawn.",
                "Rue Tessel",
                "organization",
                "place",
            ),
            E(
                "Shops line the Rue-Tessel avenue. Thieves fled off the Rue-Tessel at dawn.",
                "Rue-Tessel",
                "organization",
                "place",
            ),
        ),
        gives="place",
    ),
    Rule(
        "region named by the compass",
        _compass_region,
        (
            E(
                "Help came from the Varnian Northwest that week.",
                "Varnian Northwest",
                "organization",
                "place",
            ),
            E(
                "Help came from Northwest Varnian Rail that week.",
                "Northwest Varnian Rail",
                "organization",
                None,
            ),
            E("The Hawks lead the Varnia West that week.", "Varnia West", "organization", None),
            E("The Hawks lead the VFL Northwest that week.", "VFL Northwest", "organization", None),
        ),
        gives="place",
    ),
    Rule(
        "object of 'off'",
        _off_a_place,
        (
            E(
                "Thieves hit a boutique just off the Rue Tessel on Friday.",
                "Rue Tessel",
                "organization",
                "place",
            ),
            E("The Kestrel Council called off the vote on Friday.", "Kestrel Council", "organization", None),
            E("Shares in Vantor fell off sharply on Friday.", "Vantor", "organization", None),
        ),
        gives="place",
    ),
    Rule(
        "state or country written as a place",
        _region_as_a_place,
        (
            E("She checked into a clinic in Kestrel Bay, OR, on Monday.", "OR", "organization", "place"),
            E("Traffic was lost in the Comoros for a day.", "Comoros", "organization", "place"),
            E("With help from the ATF, police traced the gun.", "ATF", "organization", None),
            E("With help from the OR, police traced the gun.", "OR", "organization", None),
            E("Norway said traffic was lost for a day.", "Norway", "organization", None),
            E("Fans of Ohio State were lost for a day.", "Ohio State", "organization", None),
            E("He wrote to Varnia Post on Monday.", "Varnia Post", "organization", None),
        ),
        gives="place",
    ),
    Rule(
        "street or address",
        _street,
        (
            E("The crash happened on Maple Avenue.", "Maple Avenue", "person", "place"),
            E("Jordan Lane said the crash was loud.", "Jordan Lane", "person", None),
            E("Police barricaded Garnet Avenue overnight.", "Garnet Avenue", "person", "place"),
            E("Police barricaded Jordan Lane overnight.", "Jordan Lane", "person", None),
        ),
        gives="place",
    ),
    Rule(
        "building or site",
        _site,
        (
            E(
                "Crowds gathered outside the Cathedral of Saint Mary.",
                "Cathedral of Saint Mary",
                "organization",
                "place",
            ),
            E("The fight was held at Stade de Varnia.", "Stade de Varnia", "organization", "place"),
            E(
                "Rioters burned the County Headquarters of Vallis.",
                "County Headquarters of Vallis",
                "organization",
                "place",
            ),
            E("Workers at the Vantor Plant were hurt.", "Vantor Plant", "organization", "place"),
            E(
                "Workers at the Harlow Mills Warehouse were hurt.",
                "Harlow Mills Warehouse",
                "person",
                "place",
            ),
            E(
                "Rioters blocked the Orvik Transit Corridor.",
                "Orvik Transit Corridor",
                "organization",
                "place",
            ),
            E(
                "Workers cheered Robert Vance Plant at the gate. Plant waved.",
                "Robert Vance Plant",
                "person",
                None,
            ),
            E("The Church of Varnia named a bishop.", "Church of Varnia", "organization", None),
            E("The University of Harlow hired her.", "University of Harlow", "organization", None),
        ),
        gives="place",
    ),
    Rule(
        "venue",
        _venue,
        (
            E("The family stayed at Willow Ranch for a week.", "Willow Ranch", "person", "place"),
            E("Grace Park said the family stayed for a week.", "Grace Park", "person", None),
            E("The gala was held at the Larchmont Theatre.", "Larchmont Theatre", "organization", "place"),
            E("The Larchmont Hospital hired nurses.", "Larchmont Hospital", "organization", None),
        ),
        gives="place",
    ),
    Rule(
        "arena in a game's story",
        _arena,
        (
            E(
                "The Otters beat the Herons in overtime. Fans packed the seats as the game ended "
                "at the Harlow Center with 40 points for Reyes.",
                "Harlow Center",
                "organization",
                "place",
            ),
            E(
                "Rovers won the game, 81-76, at the HPC. Fans cheered 30 points.",
                "HPC",
                "organization",
                "place",
            ),
            E(
                "The victims were taken to the Harlow Center for treatment.",
                "Harlow Center",
                "organization",
                None,
            ),
            E(
                "Fans saw the game and 40 points as the Rovers went second in the WCL.",
                "WCL",
                "organization",
                None,
            ),
            E(
                "Fans saw the game and 40 points. A fan was treated at the Harlow Medical Center.",
                "Harlow Medical Center",
                "organization",
                None,
            ),
        ),
        gives="place",
    ),
    Rule(
        "building",
        _building,
        (
            E(
                "A fire broke out at the Delta Chi fraternity house.",
                "Delta Chi fraternity house",
                "organization",
                "place",
            ),
            E("Delta Chi suspended its members.", "Delta Chi", "organization", None),
        ),
        gives="place",
    ),
    Rule(
        "organization word at the end",
        _organization_word,
        (
            E("Harlan Police said the road was closed.", "Harlan Police", "person", "organization"),
            E("Dana Harlan said the road was closed.", "Dana Harlan", "person", None),
        ),
        gives="organization",
    ),
    Rule(
        "place shape",
        _place_shape,
        (
            E(
                "The Village of Oak Brook issued a statement.",
                "Village of Oak Brook",
                "organization",
                "place",
            ),
            E("The Office of the Mayor issued a statement.", "Office of the Mayor", "organization", None),
            E("Two climbers died on Mt Tessel overnight.", "Mt Tessel", "organization", "place"),
            E("Mount Arlen College closed for the day.", "Mount Arlen College", "organization", None),
        ),
        gives="place",
    ),
    Rule(
        "person cues",
        _person_cues,
        (
            E("Police identified the victim as Tamsin Grey.", "Tamsin Grey", "organization", "person"),
            E("She works for Northwind Traders in Leeds.", "Northwind Traders", "organization", None),
            E(  # listed with a person named after initials
                "The Otters were led by 20-point efforts from guards B.K. Tamsin and Orlando Quillfeather.",
                "Orlando Quillfeather",
                "organization",
                "person",
            ),
            E(
                "The Otters were led by 20-point efforts from B.K. Tamsin Foods and Orlando Quillfeather.",
                "Orlando Quillfeather",
                "organization",
                None,
            ),
        ),
        gives="person",
    ),
    Rule(
        "first name then a surname",
        _given_name_then_surname,
        (
            E("The plan was drawn up by Howard Kessler.", "Howard Kessler", "organization", "person"),
            E("The plan was drawn up by Howard Kessler Associates.", "Howard Kessler", "organization", None),
            E("The plan was drawn up by Ardent Kessler.", "Ardent Kessler", "organization", None),
            E(  # a first name of another country's table
                "The contract went to Yannick Ostrander's agency.",
                "Yannick Ostrander",
                "organization",
                "person",
            ),
            E("Shares of General Dynamo fell.", "General Dynamo", "organization", None),
            E("Yannick Health said the health of staff was fine.", "Yannick Health", "organization", None),
            E("The plan was drawn up by Howard Advisors.", "Howard Advisors", "organization", None),
            E("Snow fell on Sierra Nevada overnight.", "Sierra Nevada", "organization", None),
            E("The vigil was held at Howard Church.", "Howard Church", "organization", None),
            E("The vigil was held at the Howard Hotel.", "Howard Hotel", "organization", None),
            E("Fans of the Harlow Rovers cheered.", "Harlow Rovers", "organization", None),
            E("The deal was signed by Washington Grant.", "Washington Grant", "organization", None),
        ),
        gives="person",
    ),
    Rule(
        "surname of a named person",
        _surname_of_a_named_person,
        (
            E(
                "Mensah was held without bail after officers arrested Kofi Mensah.",
                "Mensah",
                "place",
                "person",
            ),
            E("Mensah was held without bail.", "Mensah", "place", None),
            E("Peru welcomed the deal, and Amb. Rosa Elena Peru signed it.", "Peru", "place", None),
        ),
        gives="person",
    ),
    Rule(
        "university named for a town",
        _town_state,
        (
            E("Bell played football at Tullock State.", "Tullock State", "person", "organization"),
            E("Bell played football at Tullock State.", "Tullock State", "place", "organization"),
            E("Floods hit Oregon State last spring.", "Oregon State", "place", None),
            E("Bell played football at Tullock Tech.", "Tullock Tech", "person", None),
        ),
        gives="organization",
    ),
    Rule(
        "town before police",
        _town_police,
        (
            E("Dalton police arrested two teenagers.", "Dalton", "organization", "place"),
            E("Dalton Industries hired two teenagers.", "Dalton Industries", "organization", None),
        ),
        gives="place",
    ),
    Rule(
        "direction before a town",
        _compass_place,
        (
            E(
                "A fire damaged a warehouse in Northwest Portland.",
                "Northwest Portland",
                "organization",
                "place",
            ),
            E("West Coast Express cancelled its trains.", "West Coast Express", "organization", None),
        ),
        gives="place",
    ),
    Rule(
        "street named elsewhere",
        _street_named_elsewhere,
        (
            E(
                "The trailer on Pruitt burned. Pruitt Street was closed for hours.",
                "Pruitt",
                "person",
                "place",
            ),
            E("The trailer Pruitt owned burned.", "Pruitt", "person", None),
            E(
                "The fire began on Pruitt Street. Neighbour Ada Pruitt was hurt and Pruitt died later.",
                "Pruitt",
                "person",
                None,
            ),
            E("Verne died in hospital after the shooting on Verne Street.", "Verne", "person", None),
        ),
        gives="place",
    ),
    Rule(
        "street noun first",
        _street_word_first,
        (
            E("A car crashed into a bakery on Calle Sol.", "Calle Sol", "person", "place"),
            E("A car crashed into a bakery owned by Carla Sol.", "Carla Sol", "person", None),
        ),
        gives="place",
    ),
)


def _folded(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.casefold()))


# ------------------------------------------------------------------------------- aged names

#: What may follow an age written after a name: "Reed, 31,", "Reed (31)", "Reed, 31;" (a list
#: of victims), "Reed, 31 and Ortiz, 27", "Reed, 31 -- a teacher --".
AGE_ENDS = frozenset({",", ")", ".", ";", "and", "--", "—", "–"})


def age_after(span: Span) -> int | None:
    """ "Marcus Reed, 31," and "Mustafa al-Kadhimi (54)": the age written after a name."""
    after = token_forms(span.doc)[span.end : span.end + 3]  # asked of every candidate name
    if len(after) < 3 or after[0] not in (",", "(") or not after[1].isdigit():
        return None
    age = int(after[1])
    closes = after[2] in AGE_ENDS and (after[0] == "(") == (after[2] == ")")
    return age if 1 <= age <= 120 and closes else None


#: Characters that join the parts of one name: "Rigoberto-Reyes", "D'Drique".
NAME_JOINERS = frozenset({"-", "'", "’"})
#: Entity labels a word of a name may wrongly carry; a date or a number is never part of one.
NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})
MAX_NAME_WORDS = 4
_AGED_KEY = "eventfacts.aged-names"


def aged_names(doc: Doc) -> tuple[Span, ...]:
    """Names NER missed or cut short that an age marks: "Vashon Dukes, 19, of Little Rock" on a
    list line, "Detectives arrested Rae U. Stover, 19,": two to four capitalised proper nouns
    on one line right before ", 19," (or "(19)", ", 19;"). A name NER already tags in two words
    or more is left to NER. Computed once per article."""
    from spacy.tokens import Span as SpanType

    cached = doc.user_data.get(_AGED_KEY)
    if isinstance(cached, tuple):
        return cached
    from spacy.attrs import IS_DIGIT

    forms = lower_forms(doc)
    (digits,) = columns(doc, IS_DIGIT)
    found: list[Span] = []
    # the commas and brackets found by `positions_of`'s scan in C, not a test per word
    marks = sorted(positions_of(forms, ",") + positions_of(forms, "("))
    for i in (i for i in marks if 1 <= i < len(forms) - 2):
        if not digits[i + 1]:
            continue
        ent = entity_of(doc[i - 1])
        if ent is not None and len(ent) >= 2 and ent.end == i:
            continue
        start = _name_start(doc, i)
        if start is not None and age_after(doc[start:i]) is not None:
            found.append(SpanType(doc, start, i, label="PERSON"))
    result = tuple(found)
    doc.user_data[_AGED_KEY] = result
    return result


_HYPHENATED_KEY = "eventfacts.hyphenated-names"
#: Given names written before a hyphenated surname: "Thu Pham-Nguyen", "Mary Ann Ortiz-Lund".
MAX_GIVEN_NAMES = 2


def hyphenated_names(doc: Doc) -> tuple[Span, ...]:
    """People with a double surname that NER misses or takes for a body or a town: "Police
    arrested Thu Pham-Nguyen" (no entity), "Pham-Nguyen fired twice" (ORG). A full name is one
    or two capitalised words right before a capitalised "Left-Right", on one line, when the
    article also writes "Left-Right" alone: the way news names a person again by surname. Each
    such lone surname is then that person too. A full name NER already tags PERSON is left to
    NER, and a town's name ("Winston-Salem") is never a surname. Computed once per article."""
    from spacy.tokens import Span as SpanType

    from .. import geo

    cached = doc.user_data.get(_HYPHENATED_KEY)
    if isinstance(cached, tuple):
        return cached
    forms = lower_forms(doc)
    # the hyphens found by `positions_of`'s scan in C, not a test per word
    compounds = [
        (i - 1, i + 2)
        for i in positions_of(forms, "-")
        if 1 <= i < len(doc) - 1
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and _name_word(doc[i - 1])
        and _name_word(doc[i + 1])
        and not (i + 2 < len(doc) and doc[i + 1].whitespace_ == "" and doc[i + 2].text == "-")
    ]
    alone = {text_between(doc, s, e) for s, e in compounds if _given_names_before(doc, s) == s}
    found: list[Span] = []
    surnames: set[str] = set()
    for s, e in compounds:
        start, surname = _given_names_before(doc, s), text_between(doc, s, e)
        if start == s or surname not in alone or (e < len(doc) and _name_word(doc[e])):
            continue
        ent = entity_of(doc[s])
        if ent is not None and ent.label_ == "PERSON" and ent.start <= start and ent.end >= e:
            continue
        if geo.lookup(surname, kinds=("city", "county")) or geo.lookup(text_between(doc, start, e)):
            continue
        if any(geo.lookup(t.text, kinds=("region", "country")) for t in doc[start:s]):
            continue  # "Arkansas Democrat-Gazette": a state's paper, not a person
        found.append(SpanType(doc, start, e, label="PERSON"))
        surnames.add(surname)
    for s, e in compounds:
        ent = entity_of(doc[s])
        named = ent is not None and ent.label_ == "PERSON"
        if text_between(doc, s, e) in surnames and _given_names_before(doc, s) == s and not named:
            found.append(SpanType(doc, s, e, label="PERSON"))
    result = tuple(sorted(found, key=lambda span: span.start))
    doc.user_data[_HYPHENATED_KEY] = result
    return result


def _name_word(token: Token) -> bool:
    """A capitalised word that may be part of a name: "Thu", "Pham", "McKay"; not "The", "NEWS"."""
    text = token.text
    return (
        token.is_alpha
        and len(text) > 1
        and text[0].isupper()
        and not text.isupper()
        and not token.is_stop
        and token.ent_type_ in NAME_LABELS
    )


def _given_names_before(doc: Doc, start: int) -> int:
    """Where the given names before a surname at `start` begin (`start` when there are none)."""
    first = start
    while (
        first > 0
        and start - first < MAX_GIVEN_NAMES
        and _name_word(doc[first - 1])
        and "\n" not in doc[first - 1].whitespace_
    ):
        first -= 1
    return first


def _name_start(doc: Doc, end: int) -> int | None:
    """Where the name that ends before `doc[end]` begins, or None for fewer than two words."""
    start, words = end, 0
    while start > 0 and words < MAX_NAME_WORDS:
        token = doc[start - 1]
        if "\n" in token.whitespace_ or token.is_space:
            break
        joined = token.text in NAME_JOINERS and not token.whitespace_ and not doc[start - 2].whitespace_
        if joined and words:
            start -= 1
            continue
        if not (token.text[:1].isupper() and token.pos_ == "PROPN" and token.ent_type_ in NAME_LABELS):
            break
        start -= 1
        words += 1
    while start < end and doc[start].text in NAME_JOINERS:
        start += 1
    return start if words >= 2 else None


# ------------------------------------------------------------------- bodies NER cuts or misses

#: Last words of plural names that are places, events or prizes, not bodies: "the Cayman
#: Islands", "the Golan Heights", "the Winter Olympics", "the Academy Awards".
NOT_BODY_PLURALS = frozenset(
    {"islands", "isles", "heights", "mountains", "hills", "lakes", "falls", "springs", "states", "keys",
     "highlands", "rapids", "plains", "territories", "emirates", "woods", "gardens", "estates", "apartments",
     "towers", "fields", "meadows", "narrows", "straits", "awards", "games", "olympics", "championships",
     "finals", "series", "meetings", "talks", "elections", "playoffs", "trials", "hearings", "wars", "times",
     "rights", "facts", "sites", "circumstances"}
) | STREET_PLURALS  # fmt: skip
#: Entity labels a body's name may carry in part: NER reads "Ardmore Bulldogs" as a person and
#: "Marlowe Jaguars" as a building as readily as an organization.
BODY_NAME_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "FAC", "LOC", "PRODUCT"})
TokenPattern = dict[str, object]  # one token of a spaCy Matcher pattern
_TITLE: TokenPattern = {"IS_TITLE": True, "TAG": {"IN": ["NNP", "NNPS"]}}
#: A plural noun ending a capitalised name, or a club's number-plural: "Jaguars", "Hawks", "21ers".
_PLURAL: TokenPattern = {
    "TAG": {"IN": ["NNP", "NNPS", "NNS"]},
    "TEXT": {"REGEX": r"^(?:[A-Z][a-z]*|\d{1,3}[a-z]*)[a-rt-z]s$"},
}
_FIRE: list[TokenPattern] = [
    {"LOWER": "fire", "IS_TITLE": True},
    {"LOWER": "and"},
    {"LOWER": "rescue", "IS_TITLE": True},
]
_SERVICE: TokenPattern = {"LOWER": "service", "OP": "?"}
#: Token patterns of bodies' names that NER cuts in pieces or reads as people or places, by the
#: name of the rule; the examples are run by tests/extract/test_repair_rules.py.
BODY_PATTERNS: tuple[Rule[list[list[TokenPattern]]], ...] = (
    Rule(
        "name ending in a plural noun",
        [[{**_TITLE, "OP": "{1,3}"}, _PLURAL]],
        (
            E("The Leeds Rhinos beat the Wigan Warriors on Friday.", "Wigan Warriors", "person", True),
            E("The Portland 21ers hired a new coach.", "Portland 21ers", "organization", True),
            E("Marcus Williams and Ann Jones met on Friday.", "Marcus Williams", "person", False),
            E("Coach Daniel Brooks was fired. Brooks said he was glad.", "Daniel Brooks", "person", False),
            E("He sailed to the Cayman Islands last year.", "Cayman Islands", "place", False),
            E("No. 1 Halden Panthers 65, No. 9 Corbin Wildcats 53", "Corbin Wildcats", "person", True),
            E("Corbin Wildcats died on Friday.", "Corbin Wildcats", "person", False),
            E("Flowers were left for the late Ruth Baines.", "Ruth Baines", "person", False),
            E("Read Quick Facts about the storm.", "Quick Facts", "organization", False),
        ),
    ),
    Rule(
        "police force",
        [[{**_TITLE, "OP": "{1,3}"}, {"LOWER": {"IN": ["police", "constabulary"]}, "IS_TITLE": True}]],
        (
            E("Lancashire Police closed the road overnight.", "Lancashire Police", "organization", True),
            E("Police closed the road in Lancashire overnight.", "Lancashire", "place", False),
        ),
    ),
    Rule(
        "fire and rescue service",
        [
            [{**_TITLE, "OP": "+"}, *_FIRE, _SERVICE],
            [{**_TITLE, "OP": "+"}, {"LOWER": "and"}, {**_TITLE, "OP": "+"}, *_FIRE, _SERVICE],
        ],
        (
            E("Kent and Medway Fire and Rescue came.", "Kent and Medway Fire and Rescue", "person", True),
            E("Crews from Kent fought the fire and rescued a dog.", "Kent", "place", False),
        ),
    ),
)  # fmt: skip
_BODIES_KEY = "eventfacts.bodies"


@cache
def _body_matcher(vocab: Vocab) -> Matcher:
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for row in BODY_PATTERNS:
        matcher.add(row.name, row.apply, greedy="LONGEST")
    return matcher


def _body_stretches(doc: Doc) -> Iterator[tuple[int, int]]:
    """The runs of two tokens or more where every token could be one of a `BODY_PATTERNS` match
    (a capitalised word, a number, "and", "service") and one could end it (`_ends_a_body_at`), as
    (start, end). The Matcher reads each run alone: it finds the same names (no name crosses a
    word none of its tokens can be) without testing every word of the article against every
    pattern (its set tests run in Python); most runs of capitalised words hold no word that
    can end a name, and the Matcher is not run on them."""
    from spacy.attrs import IS_TITLE

    (titles,) = columns(doc, IS_TITLE)
    texts, lowers = token_forms(doc), lower_forms(doc)
    start = None
    for i, text in enumerate((*texts, "")):  # "" closes the last run
        if i < len(texts) and (
            titles[i] or text[:1].isupper() or text[:1].isdigit() or lowers[i] in ("and", "service")
        ):
            start = i if start is None else start
            continue
        if (
            start is not None
            and i - start >= 2
            and any(_ends_a_body_at(j, start, texts, lowers, titles) for j in range(start + 1, i))
        ):
            yield start, i
        start = None


#: The last words of `BODY_PATTERNS` other than a plural: "Police", "Fire and Rescue".
BODY_LAST_WORDS = frozenset({"police", "constabulary", "rescue"})


def _ends_a_body(text: str, lower: str) -> bool:
    """Whether a word can end a `BODY_PATTERNS` name: one of its last words, or a plural as
    `_PLURAL` spells it (an "s" after a letter other than "s"). Most runs of capitalised words
    hold none, and the Matcher is not run on them."""
    return lower in BODY_LAST_WORDS or (
        len(text) >= 2 and text[-1] == "s" and text[-2] != "s" and text[-2].islower()
    )


def _ends_a_body_at(j: int, start: int, texts: list[str], lowers: list[str], titles: list[int]) -> bool:
    """Whether word `j` of a run begun at `start` can end a `BODY_PATTERNS` name: a word that
    can end one (`_ends_a_body`) after the words every pattern ending in it needs before it in
    the run, a capitalised word before a plural or "Police" and "Fire and" and a name before
    "Rescue". The first word of a run ends none ("Police Chief Ana Ruiz said", "Officials said"),
    and the Matcher is not run on a run that holds no other."""
    if not _ends_a_body(texts[j], lowers[j]):
        return False
    return j - start >= 3 if lowers[j] == "rescue" else bool(titles[j - 1])


def named_bodies(doc: Doc) -> tuple[Span, ...]:
    """Names of bodies that NER cuts in pieces or reads as people or places, found by their
    shape (`BODY_PATTERNS`), labelled ORG with the rule's name as the span's id: a place or a
    name and a plural noun ("Marlowe Jaguars", "Wessex Police", "Portland 21ers"), a
    fire and rescue service ("Wessex and Mercia Fire and Rescue"). A name that is a place
    ("United States"), an event's or a prize's ("the Winter Olympics"), that holds a nationality
    or a date, or that lies inside a longer entity, is none. Computed once per article."""
    cached = doc.user_data.get(_BODIES_KEY)
    if isinstance(cached, tuple):
        return cached
    from spacy.tokens import Span as SpanType
    from spacy.util import filter_spans

    from .. import geo

    found: list[Span] = []
    undecided: list[Span] = []
    found_id = doc.vocab.strings[BODY_PATTERNS[0].name]
    matcher = _body_matcher(doc.vocab)
    for first, stop in _body_stretches(doc):
        for match_id, begin, finish in matcher(span_of(doc, first, stop)):
            start, end = first + begin, first + finish
            span = SpanType(doc, start, end, label="ORG", span_id=match_id)
            if (
                span[-1].lower_ in NOT_BODY_PLURALS
                or any(t.ent_type_ not in BODY_NAME_LABELS for t in span)
                or any("\n" in t.whitespace_ for t in span[:-1])
                or _inside_a_longer_entity(span)
                or _name_runs_on(span)
                or geo.lookup(span_text(span), kinds=("city", "region", "country"))
            ):
                continue
            plural = (
                _read_as_plural(span[-1]) if doc.vocab.strings[match_id] == BODY_PATTERNS[0].name else True
            )
            if plural is False:
                continue
            (found if plural else undecided).append(span)
    # "No. 1 Dunmore Otters 65, No. 9 Halden Foxes 53": a name NER reads as a person's is a
    # club's beside another club on its line
    text = text_of(doc)
    clubs = [s for s in found if s.id == found_id]
    found += [
        s
        for s in undecided
        if any("\n" not in text[min(s.end_char, c.end_char) : max(s.start_char, c.start_char)] for c in clubs)
    ]
    result = tuple(sorted(filter_spans(found), key=lambda s: s.start))
    doc.user_data[_BODIES_KEY] = result
    return result


def _inside_a_longer_entity(span: Span) -> bool:
    """ "Human Rights" of "Human Rights Watch": an entity that runs on past the name (other than
    by "the" before it) holds it."""
    for ent in ents_of(span.doc):
        if ent.end <= span.start or ent.start >= span.end:
            continue
        if ent.end > span.end or any(t.lower_ != "the" for t in span.doc[ent.start : span.start]):
            return True
    return False


#: Words between "the" and a club's short name: "the top-seeded Otters", "the No. 1 Otters".
_THE_GAP = 3


#: Where a surname stands alone in a sentence ("Hollis said", "hired Hollis"), and a club's
#: short name seldom does without "the".
_PERSON_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj"})


#: Tags of the words a club's name may have between "the" and it: "the top-seeded Otters",
#: "the No. 1 Otters", "the stubborn Otters".
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "CD", "VBN", "HYPH", "RBS"})


def _after_the_and_modifiers(token: Token) -> bool:
    """ "the Otters", "the top-seeded Otters", "the No. 1 Otters": "the", then at most a few
    adjectives, numbers or a rank, right before the word."""
    doc = token.doc
    i = token.i - 1
    while i >= 0 and token.i - i <= _THE_GAP + 2 and "\n" not in doc[i].whitespace_:
        t = doc[i]
        if t.lower_ == "the":
            return True
        rank = t.text in ("No", "No.") or (t.text == "." and i > 0 and doc[i - 1].text == "No")
        hyphened = i + 1 < len(doc) and doc[i + 1].text == "-"  # "top" of "top-seeded"
        if not (rank or hyphened or t.tag_ in _MODIFIER_TAGS):
            return False
        i -= 1
    return False


def _read_as_plural(word: Token) -> bool | None:
    """ "Otters" is a plural noun where the tagger says so or where the article writes it alone
    after "the" ("the Otters led", "the top-ranked Otters"), and where the article never writes
    it alone as it writes a surname ("Hollis said" of "Robert Hollis"); None where the tagger
    says plural and NER says person (the sentence decides)."""
    doc = word.doc
    after_the = False
    first = doc[word.i - 1] if word.i else None  # "Sea" of a two-word short name, "Sea Hawks"
    # the other tokens written as the word, found among plain strings, not Tokens
    for i in [j for j in positions_of(token_forms(doc), word.text) if j != word.i]:
        token = doc[i]
        previous = doc[i - 1] if i else None
        start = token
        if previous is not None and previous.is_title and previous.lower_ != "the":
            if first is None or previous.text != first.text or previous.i < 1:
                continue
            start = previous  # "the Sea Hawks" where the article names the "Harbor State Sea Hawks"
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if _after_the_and_modifiers(start):
            after_the = after_the or not (after is not None and after.pos_ == "NOUN")
        elif token.dep_ in _PERSON_PLACES:
            return False
    if after_the:
        return True
    if word.tag_ not in ("NNPS", "NNS"):
        return False
    # the tagger's plural alone does not outweigh NER's person ("the late Ruth Baines"), nor
    # make a body of capitalised common words ("Quick Facts", "Civil Rights"): the words before
    # it must be a name NER or the gazetteer knows ("Miami Dolphins")
    if word.ent_type_ == "PERSON":
        return None
    return _known_name_before(word)


def _known_name_before(word: Token) -> bool:
    doc = word.doc
    start = word.i
    while (
        start > 0
        and doc[start - 1].is_title
        and doc[start - 1].lower_ != "the"
        and "\n" not in doc[start - 1].whitespace_
    ):
        start -= 1
    home = doc[start : word.i]
    if not len(home):
        return False
    from .. import geo

    return all(t.ent_type_ for t in home) or bool(
        geo.lookup(span_text(home), kinds=("city", "region", "country"))
    )


def _name_runs_on(span: Span) -> bool:
    """ "Human Rights" of "Human Rights Watch": a capitalised name goes on after it."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (
        after is not None
        and after.is_title
        and after.tag_ in ("NNP", "NNPS")
        and "\n" not in doc[span.end - 1].whitespace_
    )


def short_names_of(body: Span) -> tuple[str, ...]:
    """The short forms of a plural name that the article writes alone, not after another
    capitalised word: "Jaguars" of "Marlowe Jaguars" where it also writes "the Jaguars led"
    (each an alias of the body), but not "Forces" of "Syrian Democratic Forces" where the other
    "Forces" is of the "People's Defence Forces"."""
    doc = body.doc
    # the token texts as plain strings: a Token built for each word of each start cost as much
    # as the rest of the names' repairs
    texts, lowers = token_forms(doc), lower_forms(doc)
    found = []
    for i in range(1, len(body)):
        words = texts[body.start + i : body.end]
        n, first = len(words), words[0]
        for start in range(len(doc) - n + 1):
            if (
                texts[start] == first
                and start != body.start + i
                and texts[start : start + n] == words
                and (start == 0 or not texts[start - 1][:1].isupper() or lowers[start - 1] == "the")
            ):
                found.append(span_text(body[i:]))
                break
    return tuple(found)


def body_nicknames(doc: Doc) -> frozenset[str]:
    """The short forms of the plural names `named_bodies` found: "Jaguars" and "Sea Hawks" of
    "Marlowe Jaguars" and "Harbor State Sea Hawks", written alone elsewhere. Computed once per
    article (two repair rows ask it for every candidate name)."""
    cached = doc.user_data.get(_NICKNAMES_KEY)
    if isinstance(cached, frozenset):
        return cached
    found = frozenset(
        span_text(span[i:])
        for span in named_bodies(doc)
        if span.label_ == "ORG" and doc.vocab.strings[span.id] == BODY_PATTERNS[0].name
        for i in range(1, len(span))
    )
    doc.user_data[_NICKNAMES_KEY] = found
    return found


_NICKNAMES_KEY = "eventfacts.body-nicknames"

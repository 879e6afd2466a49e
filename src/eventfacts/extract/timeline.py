"""What a date in an article dates: the incident itself, or a later development of the story.

A crime story dates many things: the shooting ("shot late Saturday"), the arrest ("was arrested
Monday"), the court appearance, a victim's death days later, the funeral or the vigil, the
sentencing, and the reporting itself ("police said Sunday", "Posted: Jul 17, 2016"). The event's
day must come from the first kind only, and the timeline is made of the others, so each date
mention gets the kind of development its words name, and a short description: the clause of the
sentence it belongs to, with offsets into the article.

The kind is read from the words the date is bound to in the parse: the noun it modifies ("the
shooting on Saturday", "Saturday's vigil"), else the verb it attaches to and that verb's objects
("appeared in court Monday", "held a vigil Friday"). Reporting verbs ("said Sunday") make the
date the day of a statement, not of anything that happened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import ILLNESS_ATTACK_WORDS
from ..records import Evidence
from .common import REPORTING_VERBS, evidence, reporting_verb_of, sentence_of, text_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

BIRTH = "birth"
#: Kinds of development, each with the lemmas that name it. Order matters only where a lemma
#: could be read two ways; the first row that names a word wins.
KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("publication", frozenset({"publish", "post", "update", "copyright", "edt", "est", "cdt", "pdt"})),
    ("sentencing", frozenset({"sentence", "sentencing"})),
    (
        "court",
        frozenset(
            {
                "arraign",
                "arraignment",
                "appear",
                "appearance",
                "court",
                "hearing",
                "trial",
                "plead",
                "plea",
                "bond",
                "bail",
                "convict",
                "conviction",
                "verdict",
                "acquit",
                "jury",
                "guilty",
                "testify",
                "magistrate",
                "judge",
                "arraigned",
            }
        ),
    ),
    ("charge", frozenset({"charge", "indict", "indictment", "charged"})),
    (
        "arrest",
        frozenset(
            {
                "arrest",
                "apprehend",
                "capture",
                "surrender",
                "custody",
                "detain",
                "book",
                "nab",
                "jail",
            }
        ),
    ),
    ("funeral", frozenset({"funeral", "burial", "bury", "memorial", "wake", "homegoing"})),
    # "born April 22, 1923": a life's first day, never the story's nor the day it was written
    (BIRTH, frozenset({"born"})),
    ("vigil", frozenset({"vigil", "rally", "march", "gather", "gathering", "mourn", "balloon", "protest"})),
    ("death", frozenset({"die", "death", "succumb"})),
    (
        "incident",
        frozenset(
            {
                "shoot",
                "shooting",
                "shot",
                "kill",
                "killing",
                "fire",
                "gunfire",
                "gunshot",
                "wound",
                "injure",
                "stab",
                "stabbing",
                "attack",
                "homicide",
                "murder",
                "slay",
                "slaying",
                "incident",
                "happen",
                "occur",
                "erupt",
                "rob",
                "robbery",
                "invasion",
                "standoff",
                "rampage",
                "spree",
                "massacre",
                "ambush",
                "fight",
                "altercation",
                "argument",
                "dispute",
                "carjacking",
                "crash",
                "strike",
                "hit",
                "gun",
                "violence",
                "break",
                "respond",
                "call",
                "confrontation",
                "melee",
                "find",
                "discover",
            }
        ),
    ),
    (
        "statement",
        REPORTING_VERBS
        | frozenset(
            {
                "announce",
                "release",
                "identify",
                "conference",
                "briefing",
                "statement",
                "name",
                "speak",
                "interview",
                "ask",
                "investigate",
                "search",
                "look",
                "continue",
                "work",
            }
        ),
    ),
)
#: Verbs that name a development only with one word: (verb lemma, word among its children, kind).
PHRASES = (
    ("pass", "away", "death"),  # "passed away Saturday"
    ("take", "place", "incident"),  # "the shooting that took place Saturday"
    ("open", "fire", "incident"),
)
#: Verbs of confinement that name a sentence, not an arrest, when a term follows ("jailed for
#: four years on Thursday", "imprisoned for life"): (verb lemmas, the nouns of a term).
TERM_VERBS = frozenset({"jail", "imprison"})
TERM_NOUNS = frozenset({"day", "week", "month", "year", "decade", "life"})
KIND_OF: dict[str, str] = {}
for _kind, _lemmas in KINDS:
    for _lemma in _lemmas:
        KIND_OF.setdefault(_lemma, _kind)

#: Kinds that belong on the timeline (publication lines and statements do not).
TIMELINE_KINDS = frozenset(
    {"incident", "arrest", "charge", "court", "death", "funeral", "vigil", "sentencing"}
)
_NOUNS = ("NOUN", "PROPN")
_VERBS = ("VERB", "AUX")
_OBJECTS = ("dobj", "pobj", "attr", "oprd", "nsubjpass", "nsubj", "compound", "prt", "acomp")
#: How far up the parse a date looks for the word it dates.
HEAD_STEPS = 4
#: Longest description, in characters; a longer sentence is cut to the date's clause.
DESCRIPTION_CHARS = 220


def development_kind(ent: Span) -> str | None:
    """The kind of development a date entity dates, or None when its words name none."""
    before = _kind_of_noun_after(ent)
    if before is not None:
        return before
    node: Token = ent.root
    for _ in range(HEAD_STEPS):
        if node.head is node:
            break
        node = node.head
        if node.pos_ in _VERBS:
            node = reporting_verb_of(node, ent.start)
        kind = _kind_of_word(node)
        if kind is not None:
            return kind
        if node.pos_ in _VERBS:
            return _kind_of_objects(node, ent)
    return None


def _kind_of_noun_after(ent: Span) -> str | None:
    """ "the Sunday, Oct. 14 shooting", "his Monday court hearing", "June 13 update": a date
    written before the noun it dates, which the parse may hang on the sentence's verb instead."""
    doc = ent.doc
    determined = doc[ent.start].lower_ in _DETERMINERS or (
        ent.start > 0 and doc[ent.start - 1].lower_ in _DETERMINERS
    )
    if ent.end >= len(doc):
        return None
    following = doc[ent.end]
    kind = _kind_of_word(following) if following.pos_ in _NOUNS else None
    if determined or kind == "publication":  # "Shooting: June 13 update" dates the update
        return kind
    return None


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "last", "this"})


def _kind_of_word(token: Token) -> str | None:
    lemma = token.lemma_.lower()
    for verb, word, kind in PHRASES:
        if lemma == verb and any(c.lower_ == word for c in token.children):
            return kind
    if lemma in TERM_VERBS and _with_a_term(token):
        return "sentencing"
    if _an_illness(token):
        return None
    if token.pos_ in _NOUNS or token.pos_ in _VERBS or token.pos_ == "ADJ":
        return KIND_OF.get(lemma) or KIND_OF.get(token.lower_)
    return None


def _an_illness(token: Token) -> bool:
    """ "a heart attack on March 4": an illness that struck, which dates no incident."""
    return token.lemma_.lower() == "attack" and any(
        child.dep_ in ("compound", "amod") and child.lower_ in ILLNESS_ATTACK_WORDS
        for child in token.children
    )


def _with_a_term(verb: Token) -> bool:
    """ "jailed for four years": the verb's "for" names a length of time."""
    return any(
        child.dep_ == "prep"
        and child.lower_ == "for"
        and any(g.lemma_.lower() in TERM_NOUNS for g in child.children)
        for child in verb.children
    )


def _kind_of_objects(verb: Token, ent: Span) -> str | None:
    """ "appeared in court", "held a vigil", "made his first appearance": the verb's words, not
    the date's own ("on March 4" names no march)."""
    for child in verb.children:
        if child.dep_ in _OBJECTS and not ent.start <= child.i < ent.end:
            kind = _kind_of_word(child)
            if kind is not None:
                return kind
        if child.dep_ in ("prep", "agent", "dative"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and not ent.start <= grandchild.i < ent.end:
                    kind = _kind_of_word(grandchild)
                    if kind is not None:
                        return kind
    return None


def description(ent: Span, *, source: str) -> Evidence:
    """The sentence the date is in, or, when that is long, the clause of the verb it attaches to."""
    sent = sentence_of(ent.root)
    text = text_of(ent.doc)
    line_end = text.find("\n", sent.start_char)
    end = sent.end_char if line_end < 0 else min(sent.end_char, line_end)
    if end - sent.start_char > DESCRIPTION_CHARS:
        node = ent.root
        while node.head.i != node.i and node.pos_ not in _VERBS:
            node = node.head
        tokens = list(node.subtree)
        start, stop = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        if stop - start <= DESCRIPTION_CHARS:
            return evidence(source, text, start, stop)
        return evidence(
            source, text, max(sent.start_char, ent.start_char - 100), min(end, ent.end_char + 100)
        )
    return evidence(source, text, sent.start_char, end)

"""People, organizations and places named in one article, with the titles written next to them.

The names come from spaCy's NER; this module trims them (no "the", no possessive, nothing past
a line break), drops what is plainly not a name (headline fragments, platforms such as
"Twitter", credits), and reads titles and aliases from the surrounding words. Whether "al-
Kadhimi's" (tagged ORG) is really the person is decided at reconciliation, where all mentions
of a name are seen together.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from ..datelines import datelines
from ..lexicon import MASTHEAD_WORDS, ORG_HEAD_NOUNS, PERIODICAL_WORDS, ROLE_WORDS, SOCIAL_PLATFORMS
from ..records import DroppedEntity, EntityMention
from ..rules import Example as E
from ..rules import Rule
from .common import (
    DROPPED,
    HONORIFICS,
    NAMES,
    REPAIRED_ENTITIES_KEY,
    TEXT_KEY,
    columns,
    entity_of,
    ents_of,
    evidence,
    in_headline,
    lower_forms,
    sentence_numbers,
    sentence_of,
    span_text,
    text_of,
    trim_name,
)
from .context import KINDS as CONTEXT_KINDS
from .context import context_score
from .repairs import (
    BODY_PATTERNS,
    GROUP_NOUNS,
    GROUP_NOUNS_AFTER,
    NAMED_THING_LABELS,
    PERSON_ORG_ENDINGS,
    TAGGED_AS_A_THING,
    age_after,
    aged_names,
    hyphenated_names,
    in_dictionary,
    is_given_name,
    named_bodies,
    names_of,
    repair,
    short_names_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: The rule that finds a body by its plural noun, whose short forms are its aliases.
PLURAL_BODY = BODY_PATTERNS[0].name
KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
#: Platforms and outlets that NER often tags PERSON; they are never people.
NOT_PEOPLE = SOCIAL_PLATFORMS | frozenset({"x", "god", "allah"})
#: Nouns whose possessor or "of" object is a group: "commander of X", "X's fighters".
MEMBERSHIP_NOUNS = frozenset(
    {
        "commander",
        "fighter",
        "militant",
        "member",
        "leadership",
        "founder",
        "wing",
        "arm",
        "faction",
        "spokesman",
    }
)
#: Last words that make a name an organization even when NER says place: "Middle East Institute".
ORG_WORDS = MASTHEAD_WORDS | frozenset(
    {"institute", "university", "college", "ministry", "department", "council", "committee", "agency",
     "company", "corporation", "bank", "court", "party", "association", "foundation", "commission", "office",
     "program", "programme"}
)  # fmt: skip
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z.&]{1,9})\)")
_OR_ALIAS = re.compile(
    r",?\s+or\s+((?:(?:al|el|ad|as|an|ash)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ad|as|an|ash)-)?[A-Z][\w'’-]*){0,4})"
)
_KNOWN_AS = re.compile(
    r",?\s+(?:also\s+|better\s+|widely\s+)?known\s+as\s+(?:the\s+)?"
    r"((?:(?:al|el)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,4})"
)
_MAX_APPOSITION_TOKENS = 14


def extract_entities(doc: Doc, *, source: str) -> Iterator[EntityMention]:
    """Yield one mention per named person, organization or place in the body."""
    for candidate in entity_candidates(doc, source=source):
        if isinstance(candidate, EntityMention):
            yield candidate


def entity_candidates(doc: Doc, *, source: str) -> Iterator[EntityMention | DroppedEntity]:
    """Every name candidate of the body: a mention, or what the repairs threw out and why."""
    numbers = sentence_numbers(doc)
    yield from dateline_places(doc, source=source)
    text = text_of(doc)
    for named in repaired_names(doc):
        span, kind = named.span, named.kind
        if named.dropped is not None:
            where = evidence(source, text, span.start_char, span.end_char)
            yield DroppedEntity(kind=kind, text=span.text, reason=named.dropped, evidence=where)
            continue
        ent = named.ent
        yield EntityMention(
            kind=kind,
            text=span.text,
            label=ent.label_,
            titles=(*((named.title,) if named.title else ()), *titles_of(span)) if kind == "person" else (),
            aliases=(*aliases_of(span), *(short_names_of(span) if PLURAL_BODY in named.rules else ()))
            if kind == "organization"
            else (),
            sentence=numbers[span.start],
            is_subject=span.root.dep_ in ("nsubj", "nsubjpass"),
            evidence=evidence(source, text, span.start_char, span.end_char),
            locative=kind == "place" and is_locative(span),
            container=container_of(span) if kind == "place" else None,
            age=(age_after(ent) or age_before(span)) if kind == "person" else None,
            rules=named.rules,
            dictionary_words=_dictionary_words(span),
            quoted=_quoted(span),
            dep=span.root.dep_ or None,
            after_the=span.start > 0 and span.doc[span.start - 1].lower_ == "the",
            proper_words=sum(t.pos_ == "PROPN" for t in span),
            before=span.doc[span.start - 1].lower_ if span.start > 0 else None,
            governor=_governor(span),
            context=context_score(span, kind) if kind in CONTEXT_KINDS else None,
        )
    yield from things_named(doc, source=source)


def things_named(doc: Doc, *, source: str) -> Iterator[DroppedEntity]:
    """The names of the body NER tags as things ("the Quill browser" tagged PRODUCT), as dropped
    candidates: no extractor reads them as names, but the reconciler weighs them against the
    mentions that call the same name a body (`reconcile.names.without_works`): a product NER
    tags as one in most sentences, and as a company in one, is the product."""
    text = text_of(doc)
    for ent in ents_of(doc):
        if ent.label_ not in NAMED_THING_LABELS or in_headline(ent.root):
            continue
        span = trim_name(ent)
        if span is not None and any(c.isalpha() for c in span.text):
            where = evidence(source, text, span.start_char, span.end_char)
            yield DroppedEntity(kind="thing", text=span.text, reason=TAGGED_AS_A_THING, evidence=where)


_QUOTES = frozenset("\"“”‘’'")


# What the fitted type check of reconcile.entity_types reads of the parse (reconcile needs no
# spaCy, so it travels on the mention): how many of a name's words are ordinary English words,
# and whether quotation marks enclose it, as they do a film's or a song's title.
def _dictionary_words(span: Span) -> int:
    return sum(in_dictionary(t.lower_, span.doc) for t in span if t.is_alpha)


def _governor(span: Span) -> str | None:
    head = span.root.head
    return head.lemma_.lower() if head.i < span.start or head.i >= span.end else None


def _quoted(span: Span) -> bool:
    doc = span.doc
    return (
        span.start > 0
        and span.end < len(doc)
        and doc[span.start - 1].text in _QUOTES
        and (doc[span.end].text in _QUOTES)
    )


@dataclass(frozen=True, slots=True)
class Named:
    """A name candidate after the NER repairs: the span NER (or a finder) gave, the span and
    kind the repairs made of it, the role words trimmed off its front, the rules that changed
    it, and the rule that dropped it (None: kept)."""

    ent: Span
    span: Span
    kind: str
    title: str | None
    rules: tuple[str, ...]
    dropped: str | None


REPAIRED_KEY = "eventfacts.repaired-names"


def repaired_names(doc: Doc) -> tuple[Named, ...]:
    """Every name candidate of the Doc, repaired once (kept in `doc.user_data`): what the names
    component writes to `doc.spans` and what every extractor reads about names."""
    cached = doc.user_data.get(REPAIRED_KEY)
    if isinstance(cached, tuple):
        return cached
    places = frozenset(
        " ".join(re.findall(r"[a-z]+", name.casefold()))
        for m in dateline_places(doc, source="")
        for name in (m.text, m.container or "")
        if name
    )
    aged = aged_names(doc)
    aged_within = {i for span in aged for i in range(span.start, span.end)}
    hyphenated = [s for s in hyphenated_names(doc) if s.start not in aged_within]
    # an entity NER cut from a hyphenated name ("Pham-Nguyen" of "Thu Pham-Nguyen") gives way
    hyphens = {i for span in hyphenated for i in range(span.start, span.end)}
    # a body's name found by its shape takes the place of the pieces NER made of it, unless
    # those pieces were joined into one name across its "and"
    titles = list(joined_titles(doc))
    tagged = {(e.start, e.end) for e in ents_of(doc)}
    joined = {i for e in titles if (e.start, e.end) not in tagged for i in range(e.start, e.end)}
    bodies = [
        s
        for s in named_bodies(doc)
        if not any(i in aged_within | hyphens | joined for i in range(s.start, s.end))
    ]
    in_bodies = {i for span in bodies for i in range(span.start, span.end)}
    within = aged_within | hyphens | in_bodies
    found: list[Named] = []
    for ent in (
        *(e for e in titles if e.start not in within and e.end - 1 not in hyphens | in_bodies),
        *bodies,
        *unlabelled_organizations(doc),
        *towns_as_nationalities(doc),
        *people_tagged_otherwise(doc),
        *aged,
        *hyphenated,
    ):
        if ent.label_ not in KINDS or (in_headline(ent.root) and age_after(ent) is None):
            continue  # a list line ("Ana Ruiz, 34, of Elm Street") looks like a headline
        for span in _pieces(trim_name(_extend_body(_extend_place(_extend_left(ent)))), ent.label_):
            kind, reading = _kind(ent, span)
            fixed = repair(span, kind, ent.label_, places=places)
            if fixed.dropped is None and not _plausible(fixed.span, fixed.kind):
                continue
            shape = (doc.vocab.strings[ent.id],) if ent.id else ()  # the rule that found a body's name
            rules = (*shape, *((reading,) if reading else ()), *fixed.rules)
            found.append(Named(ent, fixed.span, fixed.kind, fixed.title, rules, fixed.dropped))
    result = tuple(found)
    doc.user_data[REPAIRED_KEY] = result
    return result


def reread_names(doc: Doc) -> Doc:
    """After `doc.ents` was set by hand (a test, a user's own NER): forget what was read from
    the old entities (the index, the article's names, the repairs) and repair the names again."""
    for key in [
        k for k in doc.user_data if isinstance(k, str) and k.startswith("eventfacts.") and k != TEXT_KEY
    ]:
        del doc.user_data[key]
    return names_component(doc)


def names_component(doc: Doc) -> Doc:
    """The spaCy component after `ner`: the repaired names to `doc.spans[NAMES]` (labelled with
    their kind) and the dropped candidates to `doc.spans[DROPPED]` (labelled with the rule).
    What it read to get there stays cached in `doc.user_data` for the extractors, so a Doc of
    this pipeline is saved with `doc.to_bytes(exclude=["user_data"])` (the spans are kept)."""
    from spacy.tokens import Span

    named = repaired_names(doc)
    doc.user_data.pop(REPAIRED_ENTITIES_KEY, None)  # the extractors' view of the old spans
    doc.spans[NAMES] = [Span(doc, n.span.start, n.span.end, label=n.kind) for n in named if n.dropped is None]
    doc.spans[DROPPED] = [Span(doc, n.span.start, n.span.end, label=n.dropped) for n in named if n.dropped]
    return doc


#: Words for people that NER glues before a body's name with "and": "Detectives and ...".
PEOPLE_WORDS = ROLE_WORDS | GROUP_NOUNS
#: Words on each side of "and" that make an organization two bodies NER glued: "Citizens for
#: Safe Streets and Parents Against Gun Violence" (but "Procter and Gamble", "Department of
#: Health and Human Services" are one).
GLUED_SIDE_WORDS = 3


def _pieces(span: Span | None, label: str) -> tuple[Span, ...]:
    """A name span, or the two names NER glued: with "as", "WAVE 3 News as Ilanye Price" (the
    girl was identified to the station as Ilanye Price); with "and" between two bodies' names of
    three words or more each, each side begun by a capital ("Citizens for Safe Streets and
    Parents Against Gun Violence"), or two names of any length by `_two_names`."""
    if span is None:
        return ()
    doc = span.doc
    # the joining word is looked for in the Doc's lower forms: most names hold none, and every
    # candidate name comes through here
    lowers = lower_forms(doc)
    inner = range(span.start + 1, span.end - 1)
    for i in inner:
        if lowers[i] == "as":
            rest = doc[i + 1 : span.end]
            if all(t.text[:1].isupper() for t in rest):
                return (doc[span.start : i], rest)
    if label != "ORG":
        return (span,)
    for i in inner:
        if lowers[i] in ("and", "&"):
            left, right = doc[span.start : i], doc[i + 1 : span.end]
            if _two_names(left, right) or _two_short_names(left, right):
                return (left, right)
            papers = _two_periodicals(left, right)
            if papers is not None:
                return papers
        elif lowers[i] == "the" and _the_between_names(doc[i]) and not any(t.text in _QUOTES for t in span):
            return (doc[span.start : i], doc[i + 1 : span.end])  # not "Tony "the Hawk" Reyes"
    for i in range(span.start + GLUED_SIDE_WORDS, span.end - GLUED_SIDE_WORDS):
        if lowers[i] != "and":
            continue
        left, right = doc[span.start : i], doc[i + 1 : span.end]
        if (
            right[0].text[:1].isupper()
            and not any(t.text == "," for t in left)  # "Alcohol, Tobacco, Firearms and Explosives"
            and sum(t.text[:1].isupper() for t in left) >= 2
            and sum(t.text[:1].isupper() for t in right) >= 2
        ):
            return (left, right)
    return (span,)


def _two_names(left: Span, right: Span) -> bool:
    """ "Tamsin Grey and Owen Price" tagged ORG: both sides shaped as a person's name (a known
    first name, then one or two capitalised words); or "the Falcons and Otters" where the article
    also writes each side as a name of its own. "Procter and Gamble" and "Fish and Wildlife" are
    never written apart, so they stay one."""
    sides = (left, right)
    if not all(side and all(t.text[:1].isupper() and not t.is_punct for t in side) for side in sides):
        return False
    if all(2 <= len(side) <= 3 and is_given_name(side[0].lower_) and side.text.istitle() for side in sides):
        return True
    votes = names_of(left.doc).votes
    # NER's own pieces of this span ("The Times and Courier" joined from two) do not count
    inside = Counter(e.text for e in ents_of(left.doc) if left.start <= e.start and e.end <= right.end)
    return all(sum(votes.get(side.text, {}).values()) > inside[side.text] for side in sides)


def _two_short_names(left: Span, right: Span) -> bool:
    """ "the Falcons and Tigers", "the WTO & IMF", "Deputies and Harbor Police Unit officers":
    one word on each side, both capitalised plurals or both acronyms, or a word for people
    before a body's name (that word is then dropped as a common noun). "Procter and Gamble",
    "Parks and Recreation", "Barnes & Noble" are one body."""
    if len(left) != 1 or not right:
        return False
    first, second = left[0], right[0]
    if len(right) == 1 and first.is_alpha and second.is_alpha:
        if first.is_upper and second.is_upper and 2 <= len(first) <= 6 and 2 <= len(second) <= 6:
            return True
        plurals = (first, second)
        if all(t.is_title and t.text.endswith("s") for t in plurals) and any(
            t.tag_ in ("NNPS", "NNS") for t in plurals
        ):
            return True
    return (
        first.lower_.endswith("s")  # not "Police and Fire Pension Fund"
        and first.lower_ in PEOPLE_WORDS
        and len(right) >= 2
        and all(t.text[:1].isupper() for t in right)
    )


#: Plural nouns for periodicals written after the names of two: "the Harlow Sentinel and Evening
#: Star newspapers".
_PERIODICAL_PLURALS = frozenset({"newspapers", "papers", "magazines", "weeklies", "tabloids", "dailies"})


def _two_periodicals(left: Span, right: Span) -> tuple[Span, Span] | None:
    """ "told Vantor and Kestrel Weekly on Friday", "the Harlow Sentinel and Evening Star
    newspapers" (NER stopped at "Evening"): two titles of papers or magazines glued by "and", when
    one side of two words or more ends in a periodical's word and no side is that word alone
    ("the Press and Gazette" is one paper). The second title runs on over the capitalised words
    before a plural noun for periodicals."""
    sides = (left, right)
    if not all(
        1 <= len(side) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in side) for side in sides
    ):
        return None
    if any(len(side) == 1 and side[0].lower_ in PERIODICAL_WORDS for side in sides) or not any(
        len(side) >= 2 and side[-1].lower_ in PERIODICAL_WORDS for side in sides
    ):
        return None
    doc = right.doc
    end = right.end
    while end < len(doc) and end - right.end < 2 and doc[end].is_alpha and doc[end].is_title:
        end += 1
    if end > right.end and end < len(doc) and doc[end].lower_ in _PERIODICAL_PLURALS:
        right = doc[right.start : end]
    return (left, right)


#: Words that may stand before a lowercase "the" inside a name: "Office of the Mayor",
#: "Friends for the Park", "Bank and the Trust".
_BEFORE_THE = frozenset({"ADP", "CCONJ", "SCONJ"})


def _the_between_names(token: Token) -> bool:
    """ "He told Congress the Liberal Party had lied": a lowercase "the" after a capitalised word that no
    preposition or "and" leads into begins a second name NER glued to the first."""
    doc = token.doc
    return (
        token.text == "the"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].text[:1].isupper()
        and doc[token.i - 1].text[:1].isupper()
        and doc[token.i - 1].pos_ not in _BEFORE_THE
    )


def joined_titles(doc: Doc) -> Iterator[Span]:
    """The document's entities, with "The X and Y" read as one name where NER cut it at "and"
    ("spoke to The Post and Courier"): a capital "The" inside a sentence opens a title."""
    from spacy.tokens import Span as SpanType

    ents = list(ents_of(doc))
    i = 0
    while i < len(ents):
        ent, after = ents[i], ents[i + 1] if i + 1 < len(ents) else None
        the = ent[0] if ent[0].text == "The" else doc[ent.start - 1] if ent.start > 0 else None
        if (
            after is not None
            and ent.label_ == after.label_ == "ORG"
            and the is not None
            and the.text == "The"
            and not the.is_sent_start
            and after.start == ent.end + 1
            and doc[ent.end].lower_ in ("and", "&")
        ):
            yield SpanType(doc, ent.start, after.end, label="ORG")
            i += 2
            continue
        if after is not None and _object_cut_at_and(ent, after):
            yield SpanType(doc, ent.start, after.end, label="ORG")
            i += 2
            continue
        yield ent
        i += 1


#: Prepositions that open the object of a body's name: "Council on Ethics", "Fund for Peace".
_NAME_PREPOSITIONS = frozenset({"on", "for", "of"})


def _object_cut_at_and(ent: Span, after: Span) -> bool:
    """ "the Board for Roads" + "and" + "Bridges": NER cut the object of a body's name at its
    "and"; the two pieces are one name when the first ends in a preposition and one or two words,
    and the second, a plural or after an adjective ("Council on Rural"), ends in no body's word
    of its own and never stands alone ("the Ministry of Health and Interior Ministry", "the
    Chamber of Deputies and Senate" are two)."""
    doc = ent.doc
    if ent.label_ != "ORG" or after.label_ != "ORG":
        return False
    if ent[-1].lower_ == "and" and len(ent) > 1 and after.start == ent.end:
        ent = ent[:-1]  # NER took the "and" into the first piece
    return (
        after.start == ent.end + 1
        and doc[ent.end].lower_ == "and"
        and any(t.lower_ in _NAME_PREPOSITIONS and t.is_lower for t in ent[-3:-1])
        and all(t.text[:1].isupper() for t in after)
        and after[-1].lower_ not in ORG_WORDS | PERSON_ORG_ENDINGS
        and (
            after[-1].tag_ == "NNPS"
            or after[-1].text.endswith("s")
            or ent[-1].lower_.endswith(_ADJECTIVE_ENDS)
        )
        and not _named_alone(after)
    )


#: Endings of an adjective, which never ends a name: "the Council on Rural" is cut short.
_ADJECTIVE_ENDS = ("al", "ic", "ive", "ous", "ary")


def _named_alone(piece: Span) -> bool:
    """The article tags the words of `piece` as a name with no "and" before them elsewhere:
    "the House of Representatives and Senate" names two bodies when "the Senate" stands alone."""
    doc = piece.doc
    return any(
        e.text == piece.text and e.start != piece.start and (e.start == 0 or doc[e.start - 1].lower_ != "and")
        for e in ents_of(doc)
    )


#: Labels NER gives names that are not people, places or organizations: "20-year-old Ty Lane"
#: tagged WORK_OF_ART, "Moise's night" tagged PRODUCT.
OTHER_LABELS = frozenset({"WORK_OF_ART", "PRODUCT"})


def people_tagged_otherwise(doc: Doc) -> Iterator[Span]:
    """A work of art or a product that the words around it mark as a person: an age before or
    after it, or, written alone, the last word of a person the article names in full."""
    from spacy.tokens import Span as SpanType

    for ent in ents_of(doc):
        if ent.label_ not in OTHER_LABELS or not ent.text[:1].isupper():
            continue
        span = trim_name(ent)
        if span is None:
            continue
        aged = age_after(span) is not None or (len(span) >= 2 and age_before(span) is not None)
        if aged or (len(span) == 1 and span.text in names_of(doc).full_name_ends):
            yield SpanType(doc, span.start, span.end, label="PERSON")


def towns_as_nationalities(doc: Doc) -> Iterator[Span]:
    """ "Truckee police", "a Truckee officer" tagged NORP: a town the gazetteer knows, written
    before a noun a town's name is put before, is a place."""
    from spacy.tokens import Span as SpanType

    from .. import geo
    from .repairs import TOWN_HEADS

    for ent in ents_of(doc):
        root = ent.root
        if (
            ent.label_ == "NORP"
            and root.dep_ == "compound"
            and root.head.lower_ in TOWN_HEADS
            and geo.lookup(ent.text, kinds=("city",))
        ):
            yield SpanType(doc, ent.start, ent.end, label="GPE")


def _kind(ent: Span, span: Span) -> tuple[str, str | None]:
    """The kind NER gives, repaired by what the words around the name say, and the reading that
    repaired it: the first row of `KIND_READINGS` that gives a kind."""
    for reading in KIND_READINGS:
        found = reading.apply(ent, span)
        if found is not None:
            return found, reading.name
    return KINDS[ent.label_], None


def _aged_or_nicknamed(ent: Span, span: Span) -> str | None:
    """Only people are given an age or a nickname ("Marcus Reed, 31,"); a one-word body that
    says something where the article tags that word a person elsewhere is the person."""
    if (
        age_after(ent) is not None
        or nickname_after(ent)
        or (ent.label_ == "ORG" and _speaker_named_elsewhere(span))
    ):
        return "person"
    return None


def _governed_by_a_body_noun(ent: Span, span: Span) -> str | None:
    """ "commander of Kataib Sayyid al-Shuhada": a "person" governed like an organization."""
    return "organization" if ent.label_ == "PERSON" and _governed_like_an_organization(span) else None


def _place_with_a_body_word(ent: Span, span: Span) -> str | None:
    """ "the Middle East Institute": a place name that ends in an organization's word."""
    return "organization" if ent.label_ in ("GPE", "LOC", "FAC") and span[-1].lower_ in ORG_WORDS else None


def _owner_of_a_place(ent: Span, span: Span) -> str | None:
    """ "Dayton's Oregon District": a place owns places, so an "organization" that does is one."""
    return (
        "place" if ent.label_ == "ORG" and span.root.dep_ == "poss" and _place_like(span.root.head) else None
    )


Reading = Callable[["Span", "Span"], "str | None"]  # the span NER gave, the span trimmed -> the kind

KIND_READINGS: tuple[Rule[Reading], ...] = (
    Rule(
        "aged, nicknamed or speaking like a person",
        _aged_or_nicknamed,
        (
            E("Hollis Grant, 52, was treated at the scene.", "Hollis Grant", "organization", "person"),
            E("Hollis Grant Partners was fined on Monday.", "Hollis Grant Partners", "organization", None),
        ),
    ),
    Rule(
        "governed like an organization",
        _governed_by_a_body_noun,
        (
            E("He was a commander of Jaish al-Nasr for a decade.", "Jaish al-Nasr", "person", "organization"),
            E("He was a friend of Nadia Karimi for a decade.", "Nadia Karimi", "person", None),
        ),
    ),
    Rule(
        "place with an organization's word",
        _place_with_a_body_word,
        (
            E(
                "Analysts at the Central Asia Institute disagreed.",
                "Central Asia Institute",
                "place",
                "organization",
            ),
            E("Analysts in Central Asia disagreed.", "Central Asia", "place", None),
        ),
    ),
    Rule(
        "owner of a place",
        _owner_of_a_place,
        (
            E("Bars in Leeds's Call Lane district closed early.", "Leeds", "organization", "place"),
            E("Shares in Vantor's parent company fell.", "Vantor", "organization", None),
        ),
    ),
)


def _speaker_named_elsewhere(span: Span) -> bool:
    """ "..., Adams said." tagged ORG where the article tags "Adams" PERSON in another sentence:
    one name that says something, and that NER elsewhere takes for a person, is a person."""
    root = span.root
    if len(span) != 1 or root.dep_ != "nsubj" or root.head.lemma_ != "say":
        return False
    return span.text in names_of(span.doc).by_label.get("PERSON", frozenset())


def _place_like(token: Token) -> bool:
    return token.ent_type_ in ("GPE", "LOC", "FAC") or token.lemma_.lower() in PLACE_NOUNS


#: Capitalised words that finish a place name NER cuts short: "Oregon" + "District".
PLACE_SUFFIXES = frozenset(
    {"district", "county", "street", "avenue", "road", "park", "square", "zone", "valley", "heights",
     "beach", "island", "bridge", "province", "region", "quarter", "boulevard", "parish", "township"}
)  # fmt: skip


def dateline_places(doc: Doc, *, source: str) -> Iterator[EntityMention]:
    """ "BOSTON (Reuters) —" at the start of a story: where it was filed, usually where it happened.
    Only a dateline in capitals and with a dash (`eventfacts.datelines`): reconciliation trusts
    this mention above NER's, and a colon's capitals on the dev sets were all labels ("UPDATE:",
    "WATCH:", "NYPD:"), not one a dateline."""
    text = text_of(doc)
    for line in datelines(text):
        if not line.shouted or line.ending == ":":
            continue
        start, end = line.start, line.end
        numbers = sentence_numbers(doc)
        token = doc.char_span(start, end, alignment_mode="expand")
        yield EntityMention(
            kind="place",
            text=line.place.title(),
            label="DATELINE",
            titles=(),
            aliases=(),
            sentence=numbers[token.start] if token is not None and len(token) else 0,
            is_subject=False,
            evidence=evidence(source, text, start, end),
            locative=True,
            container=line.region,
        )
        return


def _extend_place(ent: Span) -> Span:
    end = ent.end
    doc = ent.doc
    if ent.label_ in ("GPE", "LOC", "FAC"):
        while (
            end < len(doc)
            and doc[end].lower_ in PLACE_SUFFIXES
            and doc[end].text[:1].isupper()
            and doc[end].dep_ != "compound"  # "U.S. District Judge" is a judge, not a district
        ):
            end += 1
    return doc[ent.start : end] if end > ent.end else ent


#: Nouns whose modifier names who made them: "a Marlowe poll", "the latest Harwood survey".
POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})
_GROUP_OR_POLL = GROUP_NOUNS_AFTER | POLL_NOUNS


def _governed_like_an_organization(span: Span) -> bool:
    """ "commander of X", "X's fighters", "the X gang", "identified the gang as X", "a new X
    poll" (a pollster)."""
    root = span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.is_lower and after.lower_ in _GROUP_OR_POLL and after.pos_ == "NOUN":
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        objects = [t for t in root.head.head.children if t.dep_ == "dobj"]
        return any(t.lemma_.lower() in GROUP_NOUNS_AFTER for t in objects)
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in MEMBERSHIP_NOUNS
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in MEMBERSHIP_NOUNS | {"leader", "head", "chief"}
    return False


#: The most capitalised words NER leaves off the end of a body's name: "Attorney's Office".
BODY_TAIL_WORDS = 3


def _extend_body(ent: Span) -> Span:
    """ "the Hampden District Attorney's Office" when NER tagged only "Hampden": take in
    the capitalised words after an organization's name up to the word that ends a body's name
    ("Office", "Department"), on the same line; not past its own possessive ("the NMA's Council")."""
    if ent.label_ != "ORG":
        return ent
    doc = ent.doc
    end = ent.end
    if ent[-1].text in ("'s", "’s") or (end < len(doc) and doc[end].text in ("'s", "’s")):
        return ent  # "the NMA's Council on Science": the body owns another
    while end < len(doc) and end - ent.end < BODY_TAIL_WORDS + 1 and "\n" not in doc[end - 1].whitespace_:
        token = doc[end]
        if not (token.is_title or token.text in ("'s", "’s")) or token.ent_type_ not in ("", "ORG"):
            return ent
        end += 1
        if token.lower_ in PERSON_ORG_ENDINGS:
            return doc[ent.start : end]
    return ent


def _extend_left(ent: Span) -> Span:
    """ "Kata'ib Hezbollah" when NER tagged only "Hezbollah": take in the capitalised proper
    nouns right before an organization's name (the parse of such names is often wrong), and a
    capitalised word hyphened to it ("Anti-Fraud Unit")."""
    start = ent.start
    doc = ent.doc
    while (
        ent.label_ == "ORG"
        and start > sentence_of(ent.root).start + 1
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].text[:1].isupper()
        and not doc[start - 1].ent_type_
        and not doc[start - 1].whitespace_.count("\n")
    ):
        start -= 1
    if (
        ent.label_ == "ORG"
        and start >= 2
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_title
        and not doc[start - 2].ent_type_
    ):
        start -= 2  # "the Anti-Fraud Unit" when NER tagged only "Fraud Unit"
    if ent.label_ == "ORG" and _word_and_before(doc, start, ent):
        start -= 2  # "the Ethics and Anti-Graft Agency" when NER tagged only "Anti-Graft Agency"
    return doc[start : ent.end] if start < ent.start else ent


def _word_and_before(doc: Doc, start: int, ent: Span) -> bool:
    """ "the Ethics and Anti-Graft Agency" tagged from "Anti-Graft": one capitalised word and
    "and" before a body's name that ends in a body's word (`ORG_WORDS`) are the name's first words,
    when that word is no entity of its own, no word for people ("Mayor and Town Council", "Police
    and Fire Department" are two) and no sentence's first; a lowercase word or "the" comes before
    it."""
    if start < 3 or ent[-1].lower_ not in ORG_WORDS:
        return False
    word, joint, before = doc[start - 2], doc[start - 1], doc[start - 3]
    return (
        joint.lower_ == "and"
        and word.is_alpha
        and word.is_title
        and not word.ent_type_
        and not word.is_sent_start
        and word.lower_ not in PEOPLE_WORDS
        and not before.text[:1].isupper()
        and "\n" not in before.whitespace_
    )


def unlabelled_organizations(doc: Doc) -> Iterator[Span]:
    """Names NER misses that the text marks as organizations by their head noun: "the Asaib Ahl
    al-Haq militia", "the Wagner group"."""
    from spacy.attrs import ENT_TYPE, POS
    from spacy.symbols import PROPN
    from spacy.tokens import Span as SpanType

    # proper nouns outside any entity, read from the Doc's arrays: building a Token for every
    # word to ask it cost more than the rest of this function
    pos, ent = columns(doc, POS, ENT_TYPE)
    bare = [tag == PROPN and not label for tag, label in zip(pos, ent, strict=True)]
    i = 0
    while i < len(bare):
        if not bare[i] or not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i
        while j + 1 < len(bare) and bare[j + 1] and "\n" not in doc[j].whitespace_:
            j += 1
        last = doc[j]
        if last.dep_ == "compound" and last.head.i == j + 1 and last.head.lemma_.lower() in ORG_HEAD_NOUNS:
            yield SpanType(doc, i, j + 1, label="ORG")
        i = j + 1


LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into", "on"})
#: Common nouns for parts of a place: "Mogadishu's Hodan district" is in Mogadishu.
PLACE_NOUNS = frozenset(
    {"district", "zone", "neighborhood", "neighbourhood", "city", "town", "village", "area", "province",
     "region", "street", "suburb", "camp", "quarter", "county", "state", "capital", "outskirts", "border",
     "centre", "center", "port", "square", "compound", "residence", "home", "headquarters"}
)  # fmt: skip


def is_locative(span: Span) -> bool:
    """Named as where something happens: "in Baghdad", "in Baghdad's Green Zone", "near the
    border", "the capital, Baghdad" (not "Iraq's prime minister")."""
    node = span.root
    for _ in range(3):
        if node.dep_ == "pobj":
            return node.head.lower_ in LOCATIVE_PREPOSITIONS
        if node.dep_ not in ("poss", "compound", "appos") or node.head.ent_type_ not in (
            "GPE",
            "LOC",
            "FAC",
            "",
        ):
            return False
        placelike = node.head.ent_type_ in ("GPE", "LOC", "FAC") or node.head.lemma_.lower() in PLACE_NOUNS
        if node.dep_ == "poss" and not placelike:
            return False
        node = node.head
    return False


def container_of(span: Span) -> str | None:
    """The larger place a place is written as part of: "Baghdad's Green Zone", "Naqoura, Lebanon"."""
    doc = span.doc
    for child in span.root.children:
        if child.dep_ == "poss" and child.ent_type_ in ("GPE", "LOC", "ORG"):
            ent = entity_of(child)
            trimmed = trim_name(ent) if ent is not None else None
            if trimmed is not None:
                return trimmed.text
    after = doc[span.end : span.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].ent_type_ == "GPE" and after[1].ent_iob_ == "B":
        ent = entity_of(after[1])
        if ent is None:
            return None
        trimmed = trim_name(ent)
        return trimmed.text if trimmed is not None else None
    return None


_NICKNAME_AFTER = re.compile(r"^,?\s*(?:aka|a\.k\.a\.?|nicknamed)\s+[A-Z\"“]")


def nickname_after(ent: Span) -> bool:
    """ "Dell Ruskin, aka Big Tree,": a nickname is given to people only."""
    return bool(_NICKNAME_AFTER.match(text_of(ent.doc)[ent.end_char : ent.end_char + 30]))


#: "2-year-old Jordan Tate", "their 2-year-old son, Jordan Tate": the age in years written
#: before a name, right before it or before a lowercase noun in apposition.
_AGE_BEFORE = re.compile(r"\b(\d{1,3})[- ]years?[- ]old(?:\s+[a-z]+(?:\s+[a-z]+)?\s*,)?\s*$")


def age_before(span: Span) -> int | None:
    text = text_of(span.doc)
    found = _AGE_BEFORE.search(text[max(0, span.start_char - 40) : span.start_char])
    age = int(found.group(1)) if found else None
    return age if age is not None and 1 <= age <= 120 else None


def _plausible(span: Span, kind: str) -> bool:
    text = span_text(span)
    if not any(c.isalpha() for c in text) or text.casefold() in NOT_PEOPLE:
        return False
    if kind == "person":
        # A person's name has a capitalised word and is not shouted (credits, datelines).
        return text[:1].isupper() and not text.isupper()
    return True


def titles_of(name: Span) -> Iterator[str]:
    """Titles written before a name ("State Department spokesperson") or in an apposition after it
    ("a nonresident fellow at the Brookings Institution")."""
    before = _title_before(name)
    if before:
        yield before
    for child in name.root.children:
        if child.dep_ == "appos" and child.i >= name.end and child.pos_ in ("NOUN", "PROPN"):
            if child.ent_type_ in ("PERSON", "DATE", "CARDINAL") or child.like_num:
                continue
            # no more of its subtree than can be a title: an apposition heading a long stretch
            # of a run-on line would be walked token by token
            tokens = list(islice(child.subtree, _MAX_APPOSITION_TOKENS + 1))
            if tokens[0].i > name.end + 1:
                continue  # "Dorsey, ..., was convicted, a verdict that ...": not next to the name
            if len(tokens) > _MAX_APPOSITION_TOKENS:
                continue
            while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
                tokens.pop(0)
            while tokens and tokens[-1].is_punct:
                tokens.pop()
            if tokens:
                yield name.doc[tokens[0].i : tokens[-1].i + 1].text


def _title_before(name: Span) -> str | None:
    doc = name.doc
    i = name.start
    while i > 0 and not doc[i - 1].is_space and "\n" not in doc[i - 1].whitespace_:
        token = doc[i - 1]
        if token.ent_type_ == "PERSON" or token.is_punct or token.text in ("'s", "’s"):
            break
        if token.pos_ not in ("PROPN", "NOUN", "ADJ") or token.dep_ in ("poss", "nsubj", "dobj", "pobj"):
            break
        i -= 1
    while i < name.start and (doc[i].lower_ in HONORIFICS or (doc[i].pos_ == "ADJ" and doc[i].is_lower)):
        i += 1
    if i >= name.start:
        return None
    title = doc[i : name.start].text
    return title if any(c.isalpha() for c in title) else None


def aliases_of(name: Span) -> Iterator[str]:
    """Other names the text gives an organization right after its name: "United Nations Assistance
    Mission for Iraq (UNAMI)", "Popular Mobilization Forces, or Hashd al-Shaabi"."""
    rest = text_of(name.doc)[name.end_char : name.end_char + 80]
    acronym = _ACRONYM.match(rest)
    if acronym:
        yield acronym.group(1)
        return
    alias = _OR_ALIAS.match(rest) or (None if _names_a_part(name) else _KNOWN_AS.match(rest))
    if alias:
        yield re.sub(r"\s+(?:in|on|at|for|from)$", "", alias.group(1))


def _names_a_part(name: Span) -> bool:
    """ "the political arm of Hashd al-Shaabi, known as the Conquest Alliance": the new name
    belongs to the arm, not to the organization after "of"."""
    root = name.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN"

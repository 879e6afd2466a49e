"""Counts in one article: how many of what, what happened to them, and who says so.

A count is a number (digits or words, "1.2 million") attached to the noun it counts, read from
the dependency parse: "seven of Kadhimi's security guards were injured" counts "security
guards", kind "injured". Ages, years, measurements ("107mm", "329-member") and the people a
report is sourced to ("Two Iraqi officials told ...") are not counts of the event. The words
that give a count its kind are the rows of `lexicon.FATES`, which the participants and the
headline read too, so that all three give one story the same fate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from .. import timeexpr
from ..lexicon import (
    CASUALTY_KINDS,
    CASUALTY_PERSON_VERBS,
    ELSE_WORDS,
    FATAL_ADVERBS,
    FATAL_WORDS,
    FATE_NOUNS,
    INTRANSITIVE,
    KIND_WORDS,
    NO_ONE_WORDS,
    NUMBER_WORDS,
    PARENT_NOUNS,
    PARTIAL_ZERO_WORDS,
    PERSON_NOUNS,
    REPORT_NOUNS,
    SPARED_WORDS,
    TOLL_NOUNS,
    TOLL_WORDS,
    VIOLENT_WOUNDS,
    WOUNDING_KIND,
    WOUNDING_VERBS,
    ZERO_COVERS,
)
from ..records import CountKind, CountMention
from .common import (
    REPORTING_VERBS,
    columns,
    doc_index,
    evidence,
    in_headline,
    lower_forms,
    repaired_entity,
    repaired_label,
    sentence_numbers,
    sentence_of,
    span_of,
    subject_of,
    text_of,
)
from .participants import (
    IRREALIS_VERBS,
    MODALS,
    REFLEXIVES,
    about_another_incident,
    attempted,
    care_status,
    fatal_wound,
    treated_for_no_harm,
)
from .patterns import street_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Vague amounts, as their smallest reading; the word is kept as the qualifier.
VAGUE_NUMBERS = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000}
#: Nouns that only say "some of": the counted thing is in their "of" phrase.
#: Nouns that count charges, not people: "four counts of attempted murder".
CHARGE_NOUNS = frozenset({"count", "charge"})
PARTITIVES = frozenset(
    {"member", "number", "group", "some", "many", "most", "dozen", "score", "part", "count"}
)
QUALIFIER_WORDS = frozenset(
    {"at", "least", "most", "nearly", "about", "around", "almost", "approximately", "roughly", "some",
     "more", "than", "over", "up", "to", "fewer", "less", "under", "only", "just", "estimated", "an"}
)  # fmt: skip
_NUMBER_LIKE = (
    frozenset(NUMBER_WORDS)
    | frozenset(VAGUE_NUMBERS)
    | {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}
)
_SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")


def extract_counts(doc: Doc, *, source: str) -> Iterator[CountMention]:
    numbers = sentence_numbers(doc)
    for token in (doc[i] for i in _count_candidates(doc)):
        if token.lower_ in ("a", "an") and token.dep_ == "det":
            mention = _one_victim(token, source, numbers)
        elif token.like_num or token.lower_ in _NUMBER_LIKE:
            mention = _count_at(token, source, numbers)
        else:
            continue
        if mention is not None:
            yield mention
    yield from _zero_counts(doc, source, numbers)


def _count_candidates(doc: Doc) -> list[int]:
    """The tokens `extract_counts` reads: an article, a number, or a number-like word. Read from
    the Doc's arrays, so that the other tokens are never built."""
    from spacy.attrs import LIKE_NUM, LOWER

    keys = _candidate_keys()
    lower, like_num = columns(doc, LOWER, LIKE_NUM)
    return [i for i, key in enumerate(lower) if like_num[i] or key in keys]


@cache
def _candidate_keys() -> frozenset[int]:
    """The string ids of "a", "an" and the number-like words."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(word) for word in ("a", "an", *_NUMBER_LIKE))


# ---------------------------------------------------------------------------------------------
# Zeros: "no one was hurt", "there were no injuries", "the other passengers escaped unharmed"


def _zero_counts(doc: Doc, source: str, numbers: list[int]) -> Iterator[CountMention]:
    """Counts of no one, in text order: a report that nobody was hurt is a figure (0) that
    agrees with another outlet's 0 and stands against a "two were injured", not a silence."""
    from spacy.attrs import LOWER

    keys = _zero_keys()
    (lower,) = columns(doc, LOWER)
    seen: set[tuple[int, str]] = set()
    for i in (i for i, key in enumerate(lower) if key in keys):
        token = doc[i]
        if in_headline(token):
            continue
        for found in _zeros_at(token):
            kind, first, last, others = found
            if (first.i, kind) in seen:
                continue
            seen.add((first.i, kind))
            end = max(first, last, key=lambda t: t.i)
            yield CountMention(
                value=0.0,
                qualifier=None,
                total=None,
                kind=kind,
                subject="others" if others else "people",
                head="other" if others else "people",
                attributed_to=attribution(token, token),
                sentence=numbers[first.i],
                evidence=evidence(source, text_of(doc), first.idx, end.idx + len(end.text)),
                elsewhere=about_another_incident(sentence_of(token)),
            )


@cache
def _zero_keys() -> frozenset[int]:
    from spacy.strings import get_string_id

    return frozenset(get_string_id(w) for w in ("no", *NO_ONE_WORDS, *SPARED_WORDS))


#: A zero: (kind, its first token, its last token, of the others only).
_Zero = tuple[CountKind, "Token", "Token", bool]


def _zeros_at(token: Token) -> list[_Zero]:
    """The zeros a "no", "nobody" or "unharmed" starts: "no one was injured" (injured), "no
    deaths or injuries were reported" (killed and injured), "the others escaped unhurt"."""
    doc = token.doc
    if token.lower_ in SPARED_WORDS:
        return _spared_group(token)
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_ in NO_ONE_WORDS:
        return _no_one(token, token)
    if nxt is not None and nxt.lower_ == "one" and token.lower_ == "no":
        return _no_one(token, nxt)  # "no one"
    if nxt is not None and nxt.text == "-" and token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "one":
        return _no_one(token, doc[token.i + 2])  # "no-one", split by the tokenizer
    if token.dep_ != "det" or token.head.i < token.i:
        return []
    noun = token.head
    if noun.lemma_.lower() in REPORT_NOUNS:  # "no reports of injuries"
        inner = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        return [z for g in inner if g.dep_ == "pobj" for z in _no_fate_noun(token, g, noun)]
    if _fate_of_noun(noun) != "other":
        return _no_fate_noun(token, noun, noun)
    if noun.tag_ in ("NNS", "NN") and (noun.lemma_.lower() in PERSON_NOUNS or noun.lower_ == "people"):
        return _no_one(token, noun)  # "no other passengers were hurt"
    return []


#: For each word of `KIND_WORDS`, the first kind (in the table's order) whose words hold it.
_KIND_OF_WORD: dict[str, CountKind] = {}
for _kind, _words in KIND_WORDS.items():
    for _word in _words:
        _KIND_OF_WORD.setdefault(_word, _kind)
_KIND_RANK = {kind: n for n, kind in enumerate(KIND_WORDS)}


def word_kind(lemma: str, lower: str) -> CountKind | None:
    """The first kind of `KIND_WORDS` whose words hold a word's lemma or its lower form, as a
    walk over the table finds it (two dictionary look-ups where the walk read the word's
    `lower_` and tested each kind's words in turn), or None."""
    by_lemma, by_form = _KIND_OF_WORD.get(lemma), _KIND_OF_WORD.get(lower)
    if by_lemma is None or by_form is None:
        return by_form if by_lemma is None else by_lemma
    return by_lemma if _KIND_RANK[by_lemma] <= _KIND_RANK[by_form] else by_form


def _fate_of_noun(noun: Token) -> CountKind:
    """The fate a noun names itself ("injuries", "casualties", "deaths"), or "other"."""
    lemma = noun.lemma_.lower()
    for kind, lemmas in KIND_WORDS.items():
        if kind in CASUALTY_KINDS and (lemma in lemmas or noun.lower_ in lemmas) and noun.pos_ == "NOUN":
            return kind
    return "other"


def _no_fate_noun(no: Token, noun: Token, governor: Token) -> list[_Zero]:
    """ "no injuries", "no deaths or injuries", "no reports of casualties"; not "no serious
    injuries", which leaves the light ones."""
    out: list[_Zero] = []
    for n in (noun, *[c for c in noun.children if c.dep_ == "conj"]):
        kind = _fate_of_noun(n)
        modifiers = {
            c.lower_ for c in (*n.children, *governor.children) if c.dep_ in ("amod", "advmod", "compound")
        }
        if kind == "other" or modifiers & PARTIAL_ZERO_WORDS or _unreal_zero(governor.head):
            continue
        out.append((kind, no, n, bool(modifiers & ELSE_WORDS)))
    return out


def _no_one(first: Token, subject: Token) -> list[_Zero]:
    """ "no one was hurt", "nobody is believed to have been injured", "no one else was killed",
    "none of the passengers were injured": the fate the predicate of no one gives."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = subject.head
    if _unreal_zero(verb):
        return []
    others = any(c.lower_ in ELSE_WORDS for c in subject.children) or any(
        c.lower_ in ELSE_WORDS for c in subject.subtree if c.dep_ in ("amod", "advmod", "pobj")
    )
    for word in _zero_predicates(verb):
        kind = _zero_kind(word)
        if kind == "other":
            continue
        if any(c.lower_ in PARTIAL_ADVERBS for c in word.children):
            # "no one was seriously hurt": some may be lightly hurt, but no one died
            return [(graver, first, word, others) for graver in sorted(ZERO_COVERS[kind] - {kind})]
        return [(kind, first, word, others)]
    return []


#: Adverbs that make a zero one of the grave cases only: "no one was seriously hurt".
PARTIAL_ADVERBS = frozenset({"seriously", "critically", "severely", "gravely", "badly", "significantly"})


def _zero_predicates(verb: Token) -> Iterator[Token]:
    """The verb, its complements, and down a chain of raising verbs: "is believed to have been
    injured", "is thought to be hurt"."""
    node: Token | None = verb
    for _ in range(3):
        if node is None:
            return
        yield node
        yield from (c for c in node.children if c.dep_ in ("acomp", "oprd"))
        node = next((c for c in node.children if c.dep_ in ("xcomp", "ccomp") and c.i > node.i), None)


def _zero_kind(word: Token) -> CountKind:
    lemma = word.lemma_.lower()
    kind = word_kind(lemma, word.lower_)
    if kind is not None:
        return "other" if attempted(word) else kind
    return WOUNDING_KIND if lemma in WOUNDING_VERBS and word.pos_ == "VERB" else "other"


def _unreal_zero(verb: Token) -> bool:
    """ "no one would have been hurt", "if nobody was injured", "no one was not hurt": no figure."""
    return any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in MODALS)
        or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether"))
        for c in verb.children
    )


#: Subjects that are everyone of a group: "everyone escaped unharmed".
EVERYONE_WORDS = frozenset({"everyone", "everybody", "all"})


def _spared_group(word: Token) -> list[_Zero]:
    """ "the other passengers escaped unharmed", "all 40 pupils were unhurt": a group that the
    fate passed by is a zero (one person spared is a participant, not a count); of the others
    only when the words say so."""
    verb = word.head if word.dep_ in ("acomp", "oprd", "advcl", "xcomp", "advmod", "amod", "dobj") else None
    if verb is None or _unreal_zero(verb):
        return []
    subject = subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "the guards, who were unharmed"
    if subject is None and verb.dep_ == "xcomp":
        subject = subject_of(verb.head)  # "the others managed to escape unharmed"
    if subject is None and verb.pos_ in ("NOUN", "PROPN"):
        subject = verb  # "the unharmed passengers"
    group = subject is not None and (
        subject.tag_ in ("NNS", "NNPS")
        or subject.lower_ in EVERYONE_WORDS
        or subject.lemma_.lower() in COLLECTIVE_NOUNS
    )
    if subject is None or not group:
        return []
    if any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children) or subject.lower_ in NO_ONE_WORDS:
        return []  # "no one escaped unharmed": all were hurt
    first = subject.left_edge
    # "the other climbers escaped unharmed" beside the victims; "the guards were unhurt" alone
    others = any(t.lower_ in ELSE_WORDS for t in subject.subtree)
    return [(SPARED_WORDS[word.lower_], first, word, others)]


#: Nouns of an amount or a run of things: "a" before them counts no one.
AMOUNT_NOUNS = frozenset(
    {"couple", "pair", "number", "group", "series", "handful", "lot", "bunch", "string", "spate", "rash",
     "wave", "spree", "flurry", "volley", "hail", "barrage", "total", "few"}
)  # fmt: skip


def _one_victim(article: Token, source: str, numbers: list[int]) -> CountMention | None:
    """ "A man was killed", "an officer was wounded": one, in crime reports' usual wording."""
    noun = article.head
    if noun.tag_ != "NN" or noun.i < article.i or in_headline(noun) or repaired_label(noun):
        return None
    if noun.lemma_.lower() in AMOUNT_NOUNS:
        return None  # "a couple of shootouts left one dead", "a rash of shootings", "a lot"
    kind = _direct_kind(noun)
    if kind not in CASUALTY_KINDS:
        return None
    doc = noun.doc
    joined = _conjoined(noun, kind)  # "a man, two women and a child were killed": four
    last = joined[1] if joined is not None else noun
    return CountMention(
        value=1.0 + (joined[0] if joined is not None else 0.0),
        qualifier=None,
        total=None,
        kind=kind,
        subject=subject_text(noun),
        head=_counted_head(noun).lemma_.lower(),
        attributed_to=attribution(noun, noun),
        sentence=numbers[noun.i],
        evidence=evidence(source, text_of(doc), article.idx, last.idx + len(last.text)),
        elsewhere=about_another_incident(sentence_of(noun)),
    )


def _direct_kind(noun: Token) -> CountKind:
    """What happened to a noun, read only from the words bound to it: the verb it is the passive
    subject or object of ("a man was killed"), an intransitive it is the subject of ("a woman
    died"), a participle on it ("a man killed in"), or a predicate adjective ("a boy was hurt").
    Anything looser ("an exchange of fire in which one protester was killed") does not count."""
    words: list[Token] = []
    head = noun.head
    if noun.dep_ in ("nsubjpass", "dobj") or (noun.dep_ == "nsubj" and head.lemma_.lower() in INTRANSITIVE):
        words.append(head)
    if noun.dep_ == "nsubj":
        words.extend(c for c in head.children if c.dep_ in ("acomp", "oprd"))
    words.extend(c for c in noun.children if c.dep_ == "acl")
    for word in words:
        kind = word_kind(word.lemma_.lower(), word.lower_)
        if kind is not None:
            return _fatal_wound(word, kind)
    return "other"


def _count_at(token: Token, source: str, numbers: list[int]) -> CountMention | None:
    if token.lemma_.lower() in FRACTIONS:
        return _fraction_at(token, source, numbers)
    doc = token.doc
    vague = VAGUE_NUMBERS.get(token.lower_)
    value = number_value(token) if vague is None else float(vague)
    if value is None or _not_a_count(token) or _starts_a_range(token):
        return None
    noun = counted_noun(token) or _noun_before(token)
    elided = _elided_noun(token) if noun is None else None
    if elided is not None:
        return _elided_count(token, elided, value, source, numbers)
    if noun is None:
        noun = _of_them(token)
    if noun is None:
        return _toll_count(token, value, source, numbers)
    if _is_attribution(noun) or _number_disagrees(value, noun):
        return None
    kind = "other" if noun.lemma_.lower() in CHARGE_NOUNS else _named_kind(noun) or kind_of(noun, token)
    if kind != "other" and _of_a_fated_group(token, noun, kind):
        kind = kind_of(token, token)  # "one of the slain officers was identified": no toll
    tens = _tens_before(token)
    lead = token.i - 2 if tens else token.i  # "Twenty-five" starts at its tens
    start = _qualifier_start(doc[lead])
    qualifier = doc[start:lead].text.lower() if start < lead else None
    value = (value + tens) * _scale(token)
    low, high = _range_low(token), _range_high(token)
    if low is not None:
        qualifier, value, start = f"{_fmt(low)} to {_fmt(value)}", low, min(start, _range_start(token))
    elif high is not None:
        qualifier = f"{_fmt(value)} to {_fmt(high)}"
        start = token.i - 1 if token.i > 0 and token.doc[token.i - 1].lower_ == "between" else start
    if vague is not None:
        qualifier = token.lower_ if qualifier is None else f"{qualifier} {token.lower_}"
    end = noun.idx + len(noun.text)
    combined = _others(token, noun) or _ordinal_follow_up(noun, value)
    if combined is not None:
        value, noun, first, last = combined
        start, end = min(start, first.i), max(end, last.idx + len(last.text))
        kind = kind if kind != "other" else kind_of(noun, token)
    joined = _conjoined(noun, kind) if combined is None else None
    if joined is not None:
        value += joined[0]
        end = max(end, joined[1].idx + len(joined[1].text))
    before = _one_joined_before(noun, kind) if combined is None else None
    if before is not None:
        value += 1
        start = min(start, before.left_edge.i)
    if value == 1 and kind == "other":
        return None  # "one" is a count only where something happened to it
    return CountMention(
        wounding=kind == "injured" and _by_wounding_verb(noun, token),
        elsewhere=kind != "other" and about_another_incident(sentence_of(token)),
        value=value,
        qualifier=qualifier,
        total=_total(token),
        kind=kind,
        subject=subject_text(noun),
        head=_counted_head(noun).lemma_.lower(),
        attributed_to=attribution(token, noun),
        sentence=numbers[token.i],
        evidence=evidence(source, text_of(doc), min(doc[start].idx, token.idx), end),
        previous=_previous(noun),
    )


def _toll_count(number: Token, value: float, source: str, numbers: list[int]) -> CountMention | None:
    """The figure of a toll: "the death toll rose to 15", "stands at 15", "reached 40", "was
    12", "officials put the toll at 31", "a death toll of 9", "the number of injured rose to 64"
    (and "rose from 12 to 15" is 15, up from 12). A count of the dead unless its words say which."""
    toll, previous = _toll_of(number)
    kind = _toll_kind(toll) if toll is not None else None
    if toll is None or kind is None or attempted(toll.head) or _a_tally(number):
        return None
    doc = number.doc
    qualifier_start = _qualifier_start(number)
    qualifier = doc[qualifier_start : number.i].text.lower() if qualifier_start < number.i else None
    start = min(qualifier_start, toll.left_edge.i if toll.i < number.i else number.i)
    while doc[start].dep_ in ("det", "poss", "case") or doc[start].is_punct:
        start += 1  # "the death toll", "Tuesday's quake's toll": from the toll's own words
    return CountMention(
        value=value,
        qualifier=qualifier,
        total=None,
        kind=kind,
        subject=subject_text(toll),
        head=toll.lemma_.lower(),
        attributed_to=attribution(number, toll),
        sentence=numbers[number.i],
        evidence=evidence(source, text_of(doc), doc[start].idx, number.idx + len(number.text)),
        previous=previous,
        elsewhere=about_another_incident(sentence_of(number)),
    )


#: Words that make a toll a running tally of a period, not an incident's: "the city's homicide
#: toll this year rose to 150", "the war's toll over a decade".
TALLY_WORDS = frozenset({"year", "years", "annual", "yearly", "decade", "decades", "month", "months"})


def _a_tally(number: Token) -> bool:
    return any(t.lower_ in TALLY_WORDS for t in sentence_of(number))


def _toll_of(number: Token) -> tuple[Token | None, float | None]:
    """The toll noun a number is the figure of, and the figure it rose from, if any."""
    head = number.head
    if number.dep_ == "pobj" and head.lower_ == "of" and _is_toll(head.head):
        return head.head, None  # "a death toll of 9"
    previous = None
    if number.dep_ == "pobj" and head.lower_ in ("to", "at"):
        verb = head.head
        if verb.lower_ == "from" and verb.dep_ == "prep":  # "rose from 12 to 15"
            previous = next((number_value(c) for c in verb.children if c.dep_ == "pobj"), None)
            verb = verb.head
    elif number.dep_ in ("dobj", "attr"):
        verb = head  # "reached 40", "was 12"
    else:
        return None, None
    if verb.pos_ not in ("VERB", "AUX"):
        return None, None
    toll = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c != number and _is_toll(c)
        ),
        None,
    )
    return toll, previous if toll is not None else None


def _is_toll(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in TOLL_NOUNS or (lemma == "number" and _counted_by_number(noun) is not None)


def _counted_by_number(noun: Token) -> Token | None:
    """The "of" object of "the number of dead", "the number of people killed"."""
    return next(
        (
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ),
        None,
    )


def _toll_kind(toll: Token) -> CountKind | None:
    """Which fate a toll counts: its modifier's ("death toll"), the "of" object's ("number of
    injured", "number of people killed"), or the dead for a toll that says nothing else."""
    if toll.lemma_.lower() == "number":
        counted = _counted_by_number(toll)
        if counted is None:
            return None
        named = FATE_NOUNS.get(counted.lower_) or TOLL_WORDS.get(counted.lemma_.lower())
        found = named or kind_of(counted, counted)
        if found == "other":  # "the number of people killed", parsed with "killed" on "number"
            found = kind_of(toll, toll)
        return found if found in CASUALTY_KINDS else None  # "the number of missing", "of people arrested"
    words = [c for c in toll.children if c.dep_ in ("compound", "amod", "nmod") and c.i < toll.i]
    for word in words:
        kind = TOLL_WORDS.get(word.lower_) or TOLL_WORDS.get(word.lemma_.lower())
        if kind is not None:
            return kind
    if any(w.lower_ in ("casualty", "casualties") for w in words):
        return None
    return "killed"


#: Pronouns a number takes its people from: "one of them", "two of those".
PARTITIVE_PRONOUNS = frozenset({"them", "those"})


def _of_them(number: Token) -> Token | None:
    """ "Two people were stabbed ... One of them, a 45-year-old woman, died": a number of people
    the text named before is counted where a casualty befalls it (the person its apposition
    names, else the pronoun); "one of them was a teacher" counts nothing."""
    pronoun = next(
        (p for c in number.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
         if p.dep_ == "pobj" and p.lower_ in PARTITIVE_PRONOUNS),
        None,
    )  # fmt: skip
    if pronoun is None or kind_of(number, number) not in CASUALTY_KINDS:
        return None
    return next((c for c in number.children if c.dep_ == "appos" and c.pos_ == "NOUN"), pronoun)


def _elided_noun(number: Token) -> Token | None:
    """ "killing three people and injuring 52", "killed eight people and wounded 23": a number the
    joined verb takes as its object counts the noun the first verb's number counts, left out;
    and "two people died and three were hurt": so does a number that is a joined clause's subject."""
    verb = number.head
    if number.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and verb.dep_ == "conj":
        first = verb.head
        if first.i < verb.i and first.pos_ in ("VERB", "AUX"):
            for noun in first.children:
                numbered = any(c.dep_ == "nummod" for c in noun.children)
                if noun.dep_ in ("nsubj", "nsubjpass") and noun.tag_ == "NNS" and numbered:
                    return noun
        return None
    if number.dep_ != "dobj" or verb.pos_ != "VERB" or verb.dep_ != "conj" or verb.head.i > verb.i:
        return None
    first = verb.head
    lemma = first.lemma_.lower()
    # the first verb is itself a fate: "seized four trucks and burned two" counts no one burned
    if not any(lemma in KIND_WORDS[kind] for kind in CASUALTY_KINDS) and lemma not in WOUNDING_VERBS:
        return None
    for noun in first.children:
        if noun.dep_ == "dobj" and noun.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in noun.children):
            return noun
    return None


def _elided_count(
    number: Token, noun: Token, value: float, source: str, numbers: list[int]
) -> CountMention | None:
    """The count of a number whose noun is left out: its fate is its own verb's, a casualty only
    ("killing two and injuring 40 homes" is no such phrase, and "buying 3" counts nothing)."""
    kind = kind_of(number, number)
    if kind not in CASUALTY_KINDS or attempted(number.head):
        return None
    doc = number.doc
    start = _qualifier_start(number)
    return CountMention(
        wounding=kind == "injured" and _by_wounding_verb(number, number),
        elsewhere=about_another_incident(sentence_of(number)),
        value=value * _scale(number),
        qualifier=doc[start : number.i].text.lower() if start < number.i else None,
        total=_total(number),
        kind=kind,
        subject=subject_text(noun),
        head=_counted_head(noun).lemma_.lower(),
        attributed_to=attribution(number, noun),
        sentence=numbers[number.i],
        evidence=evidence(source, text_of(doc), doc[start].idx, number.idx + len(number.text)),
        previous=None,
    )


#: Nouns that take a plural number in the singular: "five police", "300 staff".
TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "night"}
)
COLLECTIVE_NOUNS = frozenset(
    {"police", "personnel", "staff", "people", "crew", "cattle", "livestock", "militia"}
)


def _number_disagrees(value: float, noun: Token) -> bool:
    """ "track two dialogues program": a plural number on a singular noun counts nothing; "two
    days" is a duration."""
    if noun.lemma_.lower() in TIME_UNITS:
        return True
    return value > 1 and noun.tag_ == "NN" and noun.lemma_.lower() not in COLLECTIVE_NOUNS | PARTITIVES


FRACTION_QUALIFIERS = frozenset(
    {"around", "about", "nearly", "almost", "roughly", "some", "over", "more", "than"}
)
FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}


def _fraction_at(token: Token, source: str, numbers: list[int]) -> CountMention | None:
    """ "around two-thirds of their seats", "nearly half of the buildings": a share, with the
    fraction words kept in the qualifier."""
    noun = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)  # fmt: skip
    if noun is None or in_headline(token):
        return None
    numerators = [number_value(c) for c in token.children if c.dep_ == "nummod"]
    numerator = numerators[0] if numerators and numerators[0] is not None else 1.0
    first = min(
        [token.i] + [c.i for c in token.children if c.dep_ in ("nummod", "det", "advmod", "quantmod")]
    )
    doc = token.doc
    while first > sentence_of(token).start and doc[first - 1].lower_ in FRACTION_QUALIFIERS:
        first -= 1  # "lost around two-thirds": the parse hangs "around" on the verb
    return CountMention(
        value=round(numerator * FRACTIONS[token.lemma_.lower()], 3),
        qualifier=doc[first : token.i + 1].text.lower(),
        total=None,
        kind=kind_of(noun, token),
        subject=subject_text(noun),
        head=_counted_head(noun).lemma_.lower(),
        attributed_to=attribution(token, noun),
        sentence=numbers[token.i],
        evidence=evidence(source, text_of(doc), doc[first].idx, noun.idx + len(noun.text)),
        share=True,
    )


def _fmt(value: float) -> str:
    return f"{value:g}"


def _noun_before(number: Token) -> Token | None:
    """ "won the most parliament seats, 73 out of 329" and "seats at 73": a number standing
    after the plural noun it counts."""
    doc = number.doc
    i = number.i - 1
    if i > 0 and doc[i].lower_ in (",", "at", "—", ":", "–"):
        i -= 1
    if i < number.i - 1 or i < 0:
        candidate = doc[i]
        if candidate.tag_ in ("NNS", "NNPS") and sentence_of(candidate).start == sentence_of(number).start:
            return candidate
    return None


def _starts_a_range(token: Token) -> bool:
    """The 10 in "10 to 15 people" is read with the 15."""
    if token.i + 2 >= len(token.doc):
        return False
    upper = token.doc[token.i + 2]
    return upper.dep_ != "conj" and _range_start_token(upper) == token.i


def _range_low(token: Token) -> float | None:
    i = _range_start_token(token)
    return number_value(token.doc[i]) if i is not None else None


def _range_start(token: Token) -> int:
    i = _range_start_token(token)
    return i if i is not None else token.i


def _range_high(token: Token) -> float | None:
    """The 15 of "between 10 and 15 vehicles" when the parse hangs it on the 10."""
    for child in token.children:
        if child.dep_ == "conj" and child.i > token.i:
            return number_value(child)
    return None


def _range_start_token(token: Token) -> int | None:
    """ "10 to 15", "between 10 and 15", "10-15": the index of the lower bound."""
    doc = token.doc
    if token.i < 2 or number_value(doc[token.i - 2]) is None or _tens_before(token):
        return None
    joint = doc[token.i - 1].lower_
    if joint in ("to", "-", "–") or (
        joint == "and" and token.i >= 3 and doc[token.i - 3].lower_ == "between"
    ):
        return token.i - 2
    return None


def _previous(noun: Token) -> float | None:
    """ "won about 15 seats, down from 48": the earlier value."""
    doc = noun.doc
    # the words read from the Doc's kept forms, the sentence's end from its index: no Span and
    # no Token built for the words that are not "down from"
    lowers = lower_forms(doc)
    end = min(noun.i + 5, doc_index(doc).sent_end[noun.i])
    for i in range(noun.i + 1, end - 2):
        if lowers[i] in ("down", "up") and lowers[i + 1] == "from":
            return number_value(doc[i + 2])
    return None


ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def _ordinal_follow_up(noun: Token, value: float) -> tuple[float, Token, Token, Token] | None:
    """ "shot down two drones, and a third hit the residence": three drones in all; but not
    "killed three people and injured a fourth", nor "tried to kill a fifth", nor "the fourth
    homicide this year": the next one must have met the same fate, for real."""
    for t in noun.doc[noun.i + 1 : sentence_of(noun).end]:
        if ORDINALS.get(t.lower_) == value + 1 and t.i > 0 and t.doc[t.i - 1].lower_ in ("a", "the"):
            if _merely_intended(t) or kind_of(t, t) != kind_of(noun, noun):
                return None
            return value + 1, noun, noun, t
    return None


def _of_a_fated_group(number: Token, noun: Token, kind: CountKind) -> bool:
    """ "one of the slain officers", "two of the wounded passengers": the number picks some of a
    group the fate befell already, named by a modifier; what befell these few is the number's
    own predicate ("two of the wounded passengers later died"), if any."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head == number
        and any(
            c.dep_ == "amod" and (c.lemma_.lower() in KIND_WORDS[kind] or c.lower_ in KIND_WORDS[kind])
            for c in noun.children
        )
    )


def _merely_intended(token: Token) -> bool:
    """ "trying to kill a fifth": the verb governing the token is only attempted."""
    verb = token.head
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in IRREALIS_VERBS


def _others(number: Token, noun: Token) -> tuple[float, Token, Token, Token] | None:
    """ "One drone struck the compound ... two others were shot down": three drones in all. But
    "killed one man and wounded three others" counts two things: the others join the first count
    only when the same thing happened to both, and never an age ("a 24-year-old and two others")."""
    if noun.lower_ not in ("others", "more"):
        return None
    value = number_value(number)
    for t in reversed(list(number.doc[sentence_of(number).start : number.i])):
        first = number_value(t)
        if first is not None and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and value is not None:
            if t.head.lemma_.lower() in TIME_UNITS or kind_of(t.head, t) != kind_of(noun, number):
                return None
            return first + value, t.head, t, noun
    return None


def _conjoined(noun: Token, kind: str) -> tuple[float, Token] | None:
    """ "killed six children and two adults", "wounded two women and four other bystanders": the
    counts of nouns joined to this one, when something happened to them all, add to it."""
    if kind not in CASUALTY_KINDS:
        return None
    extra, last = 0.0, None
    joined = [c for c in noun.conjuncts if c.i > noun.i]
    if noun.tag_ == "NN":  # "A woman, two boys and a baby": one person cannot be restated as two
        plural = [c for c in noun.children if c.dep_ == "appos" and c.tag_ == "NNS" and _conjunct_value(c)]
        joined += [t for c in plural[:1] for t in (c, *c.conjuncts)]
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head != noun:
        # "A man, two women and a child were killed": the parse may make each a subject of its own
        siblings = [c for c in noun.head.children if c.dep_ == noun.dep_ and c.i > noun.i]
        joined += [
            t for c in siblings[:1] if _right_after(noun, c) for t in (c, *c.conjuncts) if t.i > noun.i
        ]
    for conj in (c for c in sorted(set(joined), key=lambda t: t.i) if c.pos_ == "NOUN"):
        value = _conjunct_value(conj)
        if value is None:
            return None  # "two women and her husband": an unknown number joins, the sum is unknown
        if kind_of(conj, conj) not in ("other", kind):
            break  # "one deceased male and a second male suffering a wound": another fate
        extra += value
        last = conj
    return (extra, last) if last is not None else None


def _one_joined_before(noun: Token, kind: str) -> Token | None:
    """ "the mother and her two sons were found dead", "killed his wife and two neighbors": the
    one person a counted noun is joined to, before it, counts too ("a man and two women" is
    counted from "a man")."""
    head = noun.head
    if kind not in CASUALTY_KINDS or noun.dep_ != "conj" or head.i > noun.i:
        return None
    single = (
        head.tag_ == "NN"
        and head.lemma_.lower() in PERSON_NOUNS
        and head.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(c.dep_ in ("det", "poss") for c in head.children)
        and not any(c.dep_ == "nummod" or c.lower_ in ("a", "an") for c in head.children)
    )
    return head if single else None


def _right_after(noun: Token, other: Token) -> bool:
    """ "A man, two women": the other phrase begins right after this one, past a comma."""
    gap = noun.doc[noun.right_edge.i + 1 : other.left_edge.i]
    return len(gap) <= 1 and all(t.text == "," for t in gap)


def _conjunct_value(noun: Token) -> float | None:
    """ "two adults" -> 2, "a small child" -> 1; None when the noun gives no number."""
    numbers = [n for n in noun.children if n.dep_ == "nummod" and number_value(n) is not None]
    if noun.tag_ == "NNS":
        return number_value(numbers[0]) if len(numbers) == 1 else None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return 1.0
    return None


def number_value(token: Token) -> float | None:
    text = token.text.lower()
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    if text in NUMBER_WORDS and text not in ("hundred", "thousand"):
        return float(NUMBER_WORDS[text])
    return None


def _tens_before(token: Token) -> float:
    """ "Twenty-five": the tens of a number word written in two words with a hyphen, else 0."""
    doc = token.doc
    value = number_value(token)
    if token.i < 2 or value is None or not 0 < value < 10 or doc[token.i - 1].text != "-":
        return 0.0
    tens = doc[token.i - 2]
    if tens.whitespace_ or doc[token.i - 1].whitespace_ or not tens.is_alpha:
        return 0.0
    ten = number_value(tens)
    return ten if ten is not None and 20 <= ten <= 90 and ten % 10 == 0 else 0.0


def _scale(token: Token) -> float:
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return float(SCALES.get(nxt.lower_, 1)) if nxt is not None else 1.0


#: Numbers that are phone numbers of emergency services, not amounts: "911 calls".
EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "000"})
#: Words after a clock time: "10 p.m.", and the 24-hour clock's "1100 hrs", "0930 GMT".
CLOCK_WORDS = frozenset(
    {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "hrs", "hr", "gmt", "utc", "ist"}
)
AGE_WORDS = frozenset({"age", "aged", "ages"})
#: Words after a counted noun that make the number a distance or a span of time: "arrested
#: five buildings away", "two doors apart", "three weeks ago". (Not "later": "two men later died".)
DISTANCE_WORDS = frozenset({"away", "apart", "ago"})


def _emergency_number(token: Token) -> bool:
    return token.text in EMERGENCY_NUMBERS


def _street_number(token: Token) -> bool:
    """ "the 400 block of Elm St.", "2300 Oak Road": a house or block number."""
    doc = token.doc
    # the sentence's end from the Doc's index, and the next word's form from its kept forms:
    # no Span of the sentence, no Token of a next word that is not "block"
    first, end = token.i + 1, min(token.i + 5, doc_index(doc).sent_end[token.i])
    if first >= end:
        return False
    if lower_forms(doc)[first] == "block":
        return True
    after = span_of(doc, first, end)
    words = []
    for t in after:
        if t.is_punct and t.text != ".":
            break
        words.append(t.text_with_ws)
        if street_kind(f"{token.text} {''.join(words).strip()}") == "address":
            return True
    return False


def _clock_time(token: Token) -> bool:
    """ "at 10 p.m.", "10:45": a time of day."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return ":" in token.text or (after is not None and after.lower_ in CLOCK_WORDS)


def _age(token: Token) -> bool:
    """ "a man, age 45,", "aged 19": an age."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in AGE_WORDS


def _distance(token: Token) -> bool:
    """ "caught five buildings away", "two doors apart": how far, not how many of anything (the
    parser may hang the noun on the verb as its object)."""
    doc = token.doc
    noun = token.head if token.dep_ == "nummod" and token.head.i > token.i else None
    return noun is not None and noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ in DISTANCE_WORDS


#: Numbers in crime and accident reports that count nothing, one rule a row.
NOT_COUNTS = (
    ("emergency number", _emergency_number),
    ("street number", _street_number),
    ("clock time", _clock_time),
    ("age", _age),
    ("distance", _distance),
)


def _not_a_count(token: Token) -> bool:
    doc = token.doc
    if any(rule(token) for _, rule in NOT_COUNTS):
        return True
    if in_headline(token) or (repaired_label(token) in _SKIP_ENTS and _really(token)):
        return True
    if token.dep_ == "conj" and number_value(token.head) is not None:
        return True  # the 15 of "10 and 15 vehicles" is read with the 10
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.text in ("-", "–") and not token.whitespace_:
        return True  # "329-member", "60-day": a modifier, not a count
    if after is not None and after.is_alpha and not token.whitespace_:
        return True  # "107mm", "5km": a measurement
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower and token.dep_ == "nummod":
        return True  # "track two dialogues", "phase 3 trials": part of a name
    if before is not None and before.text == "(" and repaired_label(token.head) == "PERSON":
        return True  # "Mustafa al-Kadhimi (54)"
    if token.dep_ == "nummod" and _total_of_partitive(token.head) is not None:
        return True  # the 30 in "12 of the 30 patients" is a total, not a count of its own
    return token.dep_ == "appos" and repaired_label(token.head) == "PERSON"  # "Al-Kadhimi, 54,"


def _total_of_partitive(noun: Token) -> Token | None:
    """For the noun of "12 of the 30 patients", the outer number (12)."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and number_value(prep.head) is not None:
        return prep.head
    return None


def _really(token: Token) -> bool:
    """NER tags "between 10 and 15" DATE; a number is a date or time only if it reads as one."""
    if repaired_label(token) not in ("DATE", "TIME"):
        return True
    if _elided_noun(token) is not None:
        return False  # "killing three people and injuring 52": a count with its noun left out, no year
    if _toll_of(token)[0] is not None:
        return False  # "the number of injured rose to 64 overnight": a toll's figure
    ent = repaired_entity(token)
    if ent is None or timeexpr.parse(ent.text) is not None:
        return True
    head = token.head
    return not (
        token.dep_ == "nummod" and head.tag_ in ("NNS", "NNPS") and head.lemma_.lower() not in TIME_UNITS
    )


def counted_noun(number: Token) -> Token | None:
    """The noun a number counts, or None when it counts nothing nameable."""
    head = number.head
    if number.dep_ == "nummod" and head.pos_ in ("NOUN", "PROPN") and head.i > number.i:
        while head.dep_ == "compound" and head.head.i > head.i:  # "14 county employees"
            head = head.head
        return head
    if number.dep_ in ("compound", "quantmod") and head.dep_ == "nummod":
        return counted_noun(head)
    for child in number.children:  # "seven of Kadhimi's security guards"
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN"):
                    return pobj
    if number.dep_ == "appos" and head.pos_ == "NOUN":  # "parliament seats, 73 out of 329"
        return head
    return None


def _counted_head(noun: Token) -> Token:
    """For "members of the protection force" the thing counted is the force's members: group by
    the "of" noun."""
    if noun.lemma_.lower() in PARTITIVES:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return noun


def subject_text(noun: Token) -> str:
    """The counted noun with its modifiers, without number, determiner or possessor."""
    words = [_modified(noun)]
    if noun.lemma_.lower() in PARTITIVES:
        inner = _counted_head(noun)
        if inner != noun:
            words += ["of", _modified(inner)]
    return " ".join(words)


_NOT_MODIFIERS = frozenset(
    {"nummod", "quantmod", "advmod", "det", "poss", "case", "punct", "prep", "cc", "conj"}
)


def _modified(noun: Token) -> str:
    """The noun with its compound and adjective modifiers: "heavily armed drones"."""
    parts = [noun]
    stack = [t for t in noun.lefts if t.dep_ in ("compound", "amod", "nmod")]
    while stack:
        token = stack.pop()
        if token.like_num or token.dep_ in _NOT_MODIFIERS or any(t.like_num for t in token.subtree):
            continue  # "23-year-old" is an age, not part of what is counted
        parts.append(token)
        stack.extend(token.children)
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _named_kind(noun: Token) -> CountKind | None:
    return FATE_NOUNS.get(noun.lower_)


def kind_of(noun: Token, number: Token) -> CountKind:
    """The fate (`lexicon.FATES`) the words the count attaches to give it, or "other"."""
    for word in _predicate_words(noun, number):
        lemma = word.lemma_.lower()
        if _agent_of(noun, word):
            continue  # "two gunmen killed three people": the gunmen did the killing
        kind = word_kind(lemma, word.lower_)
        if kind is not None:
            return "other" if attempted(word) else _fatal_wound(word, kind)
        if lemma in WOUNDING_VERBS and _suffered(noun, word):  # "two people were shot": wounded
            fatal = any(
                c.lower_ in FATAL_WORDS
                or (
                    c.dep_ == "conj"
                    and c.lemma_.lower() in KIND_WORDS["killed"]
                    and not _on_oneself(c)
                    and not _own_subject(c)
                )
                or (c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children))
                for c in word.children
            )  # "fatally shot", "shot and killed", "shot to death"
            return "killed" if fatal else WOUNDING_KIND
    for word in _predicate_words(noun, number):
        # what no fate word says, care does: "three were taken to hospital", "five traders were
        # treated for smoke inhalation", "four were pulled from the mud with injuries"
        if not _suffered(noun, word) or word.pos_ != "VERB" or attempted(word):
            continue
        cared = care_status(word)
        if cared is not None:
            return cared
        passive = any(c.dep_ == "auxpass" for c in word.children)
        treated = CASUALTY_PERSON_VERBS.get(word.lemma_.lower())
        if treated is not None and passive and not treated_for_no_harm(word):
            return treated
    return "other"


def _own_subject(verb: Token) -> bool:
    """ "three men were shot and one of them died": the joined verb tells of others, its own subject."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _fatal_wound(word: Token, kind: CountKind) -> CountKind:
    """ "fatally wounded", "burned to death": a wound the words say killed."""
    if kind == WOUNDING_KIND and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in word.children
    ):
        return "killed"
    return "killed" if fatal_wound(word, kind, FATAL_ADVERBS) == "killed" else kind


def _by_wounding_verb(noun: Token, number: Token) -> bool:
    """ "Four people were shot": the count holds everyone shot, the dead among them."""
    for word in _predicate_words(noun, number):
        lemma = word.lemma_.lower()
        if _violent_wound(word):
            return True
        if lemma in KIND_WORDS[WOUNDING_KIND] or word.lower_ in KIND_WORDS[WOUNDING_KIND]:
            return False
        if lemma in WOUNDING_VERBS:
            return True
    return False


def _violent_wound(word: Token) -> bool:
    """ "Four men who had sustained gunshot wounds": as "were shot", the count holds the dead."""
    return word.lemma_.lower() == "wound" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in VIOLENT_WOUNDS for c in word.children
    )


def _agent_of(noun: Token, word: Token) -> bool:
    return (
        noun.dep_ == "nsubj"
        and noun.head == word
        and word.pos_ == "VERB"
        and word.lemma_.lower() not in INTRANSITIVE
        and word.lower_ not in INTRANSITIVE  # "two hikers are missing": a state, not an act
        and not any(c.dep_ == "auxpass" for c in word.children)
    )


def _suffered(noun: Token, verb: Token) -> bool:
    """The counted people are on the receiving end ("were shot", "shot two men"), and the verb is
    not a phrasal one ("shot down two drones")."""
    if any(c.dep_ == "prt" for c in verb.children):
        return False
    return noun.head == verb and noun.dep_ in ("nsubjpass", "dobj")


def _predicate_words(noun: Token, number: Token) -> Iterator[Token]:
    """Words that say what happened to the counted thing, nearest first."""
    yield from (c for c in noun.children if c.dep_ in ("amod", "acomp"))
    for token in noun.subtree:  # "six guards ... suffering injuries", "a protester killed in"
        if token.dep_ in ("acl", "relcl") and token.head.i in (noun.i, *[c.i for c in noun.subtree]):
            yield token
            yield from (c for c in token.children if c.dep_ in ("dobj", "acomp", "oprd"))
    yield from _governors(noun)
    yield from _passive_after(noun)
    if number != noun:
        yield from (c for c in number.children if c.dep_ in ("amod", "acomp"))


def _governors(noun: Token) -> Iterator[Token]:
    """Up the tree through "of" phrases ("the killing of 600 protesters") to the governing verb."""
    node = noun
    for _ in range(6):
        head = node.head
        if head == node:
            return
        if node.dep_ == "pobj":
            if head.lower_ != "of":
                return  # "injured in an attack by two drones": the drones are not injured
            if head.head.lemma_.lower() in PARENT_NOUNS:
                return  # "a father of two sons died": the sons are his, the death is his
            node = head
            continue
        if head.pos_ in ("VERB", "AUX", "ADJ"):
            yield head
            complements = [c for c in head.children if c.dep_ in ("acomp", "oprd", "dobj", "xcomp", "conj")]
            for c in complements:  # "were shot and injured", "are trapped and missing"
                if c != node and not (c.dep_ == "conj" and (subject_of(c) is not None or _on_oneself(c))):
                    if c.dep_ == "conj" and _has_object(c):
                        continue  # "destroying dozens of homes and injuring seven people": its own object
                    yield c
                    yield from (g for g in c.children if g.dep_ == "conj")
            return
        if head.pos_ in ("NOUN", "PROPN") and node.dep_ in ("prep", "appos", "conj", "compound"):
            yield head
        node = head


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _on_oneself(verb: Token) -> bool:
    """ "shooting 11 people and then killing himself": the killing is not of the 11."""
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in verb.children)


def _passive_after(noun: Token) -> Iterator[Token]:
    """ "... seven security guards were injured" when the parse attached the noun elsewhere."""
    doc = noun.doc
    i = noun.i + 1
    if i < len(doc) and doc[i].pos_ == "AUX":
        for j in range(i + 1, min(i + 3, len(doc))):
            yield doc[j]


def _is_attribution(noun: Token) -> bool:
    """ "Two Iraqi officials told the AP ...": the people a report is sourced to."""
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in REPORTING_VERBS


def _qualifier_start(number: Token) -> int:
    i = number.i
    doc = number.doc
    while (
        i > sentence_of(number).start
        and doc[i - 1].lower_ in QUALIFIER_WORDS
        and i - 1 < doc[i - 1].head.i <= number.i + 1
    ):
        i -= 1
    while i < number.i and doc[i].lower_ in ("an", "to", "than"):
        i += 1
    return i


def _total(number: Token) -> float | None:
    """ "73 out of 329", "12 of the 30 patients" and "Five candidates out of 12" give the total."""
    for token in number.subtree:
        if token.i > number.i and token.lower_ == "of" and token.head.i in (number.i, number.i + 1):
            for pobj in token.children:
                value = number_value(pobj)
                if value is None:
                    inner = [c for c in pobj.children if c.dep_ == "nummod"]
                    value = number_value(inner[0]) if inner else None
                if value is not None:
                    return value
    doc = number.doc
    after = [t.lower_ for t in doc[number.i + 1 : min(number.i + 6, sentence_of(number).end)]]
    for i in range(len(after) - 2):
        if after[i : i + 2] == ["out", "of"]:
            return number_value(doc[number.i + 1 + i + 2])
    return None


def attribution(number: Token, noun: Token) -> str | None:
    """Who the sentence attributes the count to: "Two Iraqi officials told the Associated Press"."""
    node = number
    while node.head != node:
        node = node.head
        if node.lemma_.lower() in REPORTING_VERBS and node.pos_ == "VERB":
            subject = subject_of(node)
            if subject is None or number in subject.subtree:
                return None
            tokens = list(subject.subtree)
            end = tokens[-1].i + 1
            for child in node.children:
                if child.dep_ in ("dobj", "dative") and child.i > node.i:
                    end = max(end, list(child.subtree)[-1].i + 1)
            end = max(end, node.i + 1)
            if tokens[0].i < number.i < end:  # the count sits inside the attribution
                end = min(end, number.left_edge.i, noun.left_edge.i)
            return node.doc[tokens[0].i : end].text if end > tokens[0].i else None
        if node.lower_ == "to" and node.head.lower_ == "according":
            return " ".join(t.text for t in node.subtree if t != node) or None
    return None

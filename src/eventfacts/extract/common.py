"""Small helpers the extractors share: evidence from offsets, sentence numbering, name trimming."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import add
from typing import TYPE_CHECKING, Any, TypeVar

from ..records import Evidence

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span, Token

T = TypeVar("T")
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "miss"})
REPORTING_VERBS = frozenset(
    {
        "say", "tell", "tweet", "write", "add", "continue", "state", "announce", "declare", "note",
        "explain", "insist", "warn", "claim", "ask", "reply", "post", "report", "confirm",
        "deny", "argue", "acknowledge", "admit", "comment", "testify", "vow", "urge", "describe",
        "conclude", "stress", "remark", "recall", "quip", "predict", "concede", "assert", "allege",
        "shout", "yell", "scream", "cry", "whisper", "plead", "boast", "joke", "sigh", "exclaim",
    }
)  # fmt: skip


def evidence(source: str, text: str, start: int, end: int) -> Evidence:
    """Evidence for `text[start:end]`, trimmed of surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(source=source, start=start, end=end, text=text[start:end])


@dataclass(frozen=True, slots=True)
class DocIndex:
    """Per-token lookups computed in one pass over a Doc. spaCy's `Token.sent` and `Doc.ents`
    walk the whole document on every access, which made extraction slower than parsing."""

    sent_start: list[int]
    sent_end: list[int]
    number: list[int]  # index of the token's sentence among the sentences that hold any text
    headline: list[bool]  # the token's sentence is a headline-like line
    ent: list[Span | None]  # the entity the token is part of
    text: str  # `Doc.text` joins every token again on each access
    ents: tuple[Span, ...]  # `Doc.ents` builds every Span again on each access
    char_start: list[int]  # where each token starts in `text`, for `text_between`
    char_end: list[int]  # where it ends (its whitespace not included)


def doc_index(doc: Doc) -> DocIndex:
    """The DocIndex of a Doc, computed once and kept in `doc.user_data`."""
    cached = doc.user_data.get(_INDEX_KEY)
    if isinstance(cached, DocIndex):
        return cached
    from spacy.attrs import IDX, IS_SPACE, SENT_START

    n = len(doc)
    starts: list[int] = []
    ends: list[int] = []
    numbers: list[int] = []
    headline: list[bool] = []
    spaces, char_start, sent_starts = columns(doc, IS_SPACE, IDX, SENT_START)
    forms = token_forms(doc)
    index = -1
    for start, end in _sentence_bounds(doc, sent_starts):
        last = end - 1
        while last >= start and spaces[last]:  # the sentence's last word that is not white space
            last -= 1
        if last >= start:
            index += 1
        width = end - start
        starts += [start] * width
        ends += [end] * width
        numbers += [max(index, 0)] * width
        headline += [last >= start and _headline_like(doc, start, end, forms[last])] * width
    entities = tuple(doc.ents)
    ents: list[Span | None] = [None] * n
    for ent in entities:
        start, end = ent.start, ent.end
        ents[start:end] = [ent] * (end - start)
    text = doc.user_data.get(TEXT_KEY)
    result = DocIndex(
        starts,
        ends,
        numbers,
        headline,
        ents,
        text if isinstance(text, str) else doc.text,
        entities,
        char_start,
        list(map(add, char_start, map(len, forms))),
    )
    doc.user_data[_INDEX_KEY] = result
    return result


def _sentence_bounds(doc: Doc, sent_starts: list[int]) -> list[tuple[int, int]]:
    """The (start, end) of each of `doc.sents`, read from the Doc's SENT_START column (1 where a
    sentence starts) as `Doc.sents` reads it, without building a Span per sentence; a Doc whose
    sentences come from elsewhere (a hook) or are not set goes through `Doc.sents`, which raises
    as it always did."""
    if "sents" in doc.user_hooks or (len(sent_starts) > 1 and not any(sent_starts[1:])):
        return [(sent.start, sent.end) for sent in doc.sents]
    if not sent_starts:
        return []
    firsts = [0, *(i for i in positions_of(sent_starts, 1) if i)]
    return list(zip(firsts, [*firsts[1:], len(sent_starts)], strict=True))


_INDEX_KEY = "eventfacts.index"
#: The text a Doc was parsed from, kept by `eventfacts.annotate`: equal to `Doc.text`, which
#: joins every token again on each access.
TEXT_KEY = "eventfacts.text"


def columns(doc: Doc, *attrs: int) -> list[list[int]]:
    """For each spaCy attribute id in `attrs` (POS, LIKE_NUM...), its value at every token: the
    Doc's array read a column at a time (a row at a time costs ten times as much)."""
    if not len(doc):
        return [[] for _ in attrs]
    array = doc.to_array(list(attrs))
    return array.T.tolist() if len(attrs) > 1 else [array.tolist()]  # one call: rows of the transpose


def lower_lemmas(doc: Doc) -> list[str]:
    """Each token's lemma in lower case (`token.lemma_.lower()`), read from the Doc's array once
    and kept: extractors that look for a few lemmas skip the other tokens without building them."""
    return _strings(doc, "LEMMA", "eventfacts.lemmas", lower=True)


def lower_forms(doc: Doc) -> list[str]:
    """Each token's `lower_`, as `lower_lemmas` reads lemmas."""
    return _strings(doc, "LOWER", "eventfacts.lower", lower=False)


def token_forms(doc: Doc) -> list[str]:
    """Each token's text, as `lower_forms` reads `lower_`."""
    return _strings(doc, "ORTH", "eventfacts.orth", lower=False)


def positions_of(forms: list[T], form: T) -> list[int]:
    """The indexes at which `forms` (`token_forms`, `lower_forms`...) holds `form`, in order:
    found by `list.index`, which scans in C, not by a Python comparison per token."""
    found: list[int] = []
    i = -1
    while True:
        try:
            i = forms.index(form, i + 1)
        except ValueError:
            return found
        found.append(i)


def token_texts(doc: Doc) -> frozenset[str]:
    """Every token text of the Doc, kept: "does the article ever write this word so?" without a
    walk over its tokens per question."""
    cached = doc.user_data.get(_TEXTS_KEY)
    if isinstance(cached, frozenset):
        return cached
    found = frozenset(token_forms(doc))
    doc.user_data[_TEXTS_KEY] = found
    return found


_TEXTS_KEY = "eventfacts.texts"


#: The English words each loaded model's lemmatizer knows (its index of lemmas by part of
#: speech), by the id of the model's vocabulary: registered by `annotate.load_model`, read by
#: repairs that must tell a dictionary word ("Turnout", "Thunder") from a name. A Doc of a model
#: that was not registered has none, and those repairs stay silent.
_DICTIONARIES: dict[int, frozenset[str]] = {}


def register_dictionary(vocab: object, words: Iterable[str]) -> None:
    _DICTIONARIES[id(vocab)] = frozenset(w.casefold() for w in words)


def dictionary_of(doc: Doc) -> frozenset[str]:
    """The registered English words of the model that parsed `doc` (empty if none)."""
    return _DICTIONARIES.get(id(doc.vocab), frozenset())


def _strings(doc: Doc, name: str, key: str, *, lower: bool) -> list[str]:
    """Each token's string attribute (`spacy.attrs` `name`), lowered or not, kept in
    `doc.user_data[key]`. Imported only when not kept: the import cost ten times the look-up."""
    cached = doc.user_data.get(key)
    if isinstance(cached, list):
        return cached
    from spacy import attrs

    attr: int = getattr(attrs, name)
    found: list[str] = []
    if len(doc):
        known = _LOWERED if lower else _TEXTS
        values = doc.to_array(attr).tolist()
        try:  # each look-up made by `map` in C
            found = list(map(known.__getitem__, values))
        except KeyError:  # a string this process has not read yet
            if len(known) > _KNOWN_LIMIT:
                known.clear()
            strings = doc.vocab.strings
            for value in set(values) - known.keys():
                known[value] = strings[value].lower() if lower else strings[value]
            found = list(map(known.__getitem__, values))
    doc.user_data[key] = found
    return found


#: The text of each string id (a hash of the string, the same in every Vocab), as read and
#: lowered: the StringStore's look-up is a Python call per token, and an article's words are
#: mostly words an earlier article wrote. Forgotten past `_KNOWN_LIMIT` strings.
_TEXTS: dict[int, str] = {}
_LOWERED: dict[int, str] = {}
_KNOWN_LIMIT = 1 << 20


def stretch_matches(
    doc: Doc,
    matcher: Matcher,
    opens: list[bool],
    longest: int,
    before: int | None = None,
    *,
    reach: list[int] | None = None,
) -> Iterator[tuple[int, int, int]]:
    """What `matcher(doc)` finds, in its order, of the matches that start before token `before`
    (all by default), given `opens` (for each token, whether a pattern can start there) and the
    length in tokens of the longest pattern, or `reach`: for each token, the length of the
    longest pattern it can open (a word that opens only one-word patterns reaches one token).

    The Matcher tries every pattern at every token, and each set predicate ("IN") is a Python
    call: over a whole article that cost as much as parsing it. So it reads only the stretches
    that begin at a token that can open a pattern, each as long as the longest pattern (stretches
    that touch are joined). A match depends on its own tokens only, so these are the same
    matches, in the same order.
    """
    size = len(doc)
    end = size if before is None else min(before, size)
    runs: list[list[int]] = []
    for i in compress(range(end), opens):  # the tokens that open, without a look at the others
        stop = min(size, i + (longest if reach is None else reach[i]))
        if runs and i <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], stop)
        else:
            runs.append([i, stop])
    for start, stop in runs:
        for match_id, first, last in matcher(span_of(doc, start, stop)):
            if start + first < end:
                yield match_id, start + first, start + last


def opening_lowers(patterns: Iterable[list[dict[str, Any]]]) -> tuple[frozenset[str], int]:
    """The lower-case forms a token must have to open one of `patterns` (each opening token, and
    the ones after it while it is optional, must be given by "LOWER"), and the length in tokens
    of the longest pattern; for `stretch_matches`."""
    opening: set[str] = set()
    longest = 0
    for pattern in patterns:
        longest = max(longest, len(pattern))
        for spec in pattern:
            value = spec.get("LOWER")
            if isinstance(value, dict) and set(value) == {"IN"}:
                opening.update(value["IN"])
            elif isinstance(value, str):
                opening.add(value)
            else:
                raise ValueError(f"a pattern opens on a token its LOWER does not decide: {spec}")
            if spec.get("OP") not in ("?", "*"):
                break
    return frozenset(opening), longest


def opening_pairs(patterns: Iterable[list[dict[str, Any]]]) -> dict[str, frozenset[str] | None]:
    """For each lower-case form that opens one of `patterns` (see `opening_lowers`), the forms
    the token after it must have for one of those patterns to go on: None when any will do (a
    pattern may end after its first token, or its next token is not decided by "LOWER"). "the"
    opens "the near future" only before "near", "distant" or "future": a token that opens
    nothing by this test need not be read by the Matcher at all (`stretch_matches`)."""
    found: dict[str, set[str] | None] = {}
    for pattern in patterns:
        if any(spec.get("OP") not in (None, "?", "*", "+") for spec in pattern):
            raise ValueError(f"a pattern with an operator opening_pairs does not read: {pattern}")
        for j, spec in enumerate(pattern):
            firsts = _lower_forms_of(spec)
            if firsts is None:
                raise ValueError(f"a pattern opens on a token its LOWER does not decide: {spec}")
            following = _next_forms(pattern, j)
            for word in firsts:
                known = found.get(word, set())
                found[word] = None if following is None or known is None else known | following
            if spec.get("OP") not in ("?", "*"):
                break
    return {word: None if forms is None else frozenset(forms) for word, forms in found.items()}


def _lower_forms_of(spec: dict[str, Any]) -> set[str] | None:
    """The lower-case forms a token must have to match `spec`, None when "LOWER" does not say."""
    value = spec.get("LOWER")
    if isinstance(value, dict) and set(value) == {"IN"}:
        return set(value["IN"])
    return {value} if isinstance(value, str) else None


def _next_forms(pattern: list[dict[str, Any]], j: int) -> set[str] | None:
    """The forms the token after one matched by `pattern[j]` may have, None when any."""
    forms: set[str] = set()
    if pattern[j].get("OP") in ("*", "+"):  # the same token spec again
        again = _lower_forms_of(pattern[j])
        if again is None:
            return None
        forms |= again
    for spec in pattern[j + 1 :]:
        these = _lower_forms_of(spec)
        if these is None:
            return None
        forms |= these
        if spec.get("OP") not in ("?", "*"):
            return forms
    return None  # the pattern may end here


def indexes_where(doc: Doc, attr: int, values: tuple[str, ...]) -> list[int]:
    """The indexes of the tokens whose attribute `attr` (a spaCy attribute id such as DEP or
    LOWER) is one of `values`, read from the Doc's array without building the other tokens."""
    from spacy.strings import get_string_id

    if not len(doc):
        return []
    keys = {get_string_id(value) for value in values}
    return [i for i, key in enumerate(doc.to_array(attr).tolist()) if key in keys]


def sentence_numbers(doc: Doc) -> list[int]:
    """For each token, the index of its sentence among the sentences that hold any text."""
    return doc_index(doc).number


def sentence_of(token: Token) -> Span:
    """The sentence of a token, without spaCy's walk over the whole document."""
    index = doc_index(token.doc)
    return span_of(token.doc, index.sent_start[token.i], index.sent_end[token.i])


def span_of(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]` for 0 <= start <= end <= len(doc), without spaCy's check of the slice in
    Python, which cost more than the rest of building the Span."""
    return _span_type()(doc, start, end)


@cache
def _span_type() -> type[Span]:
    from spacy.tokens import Span

    return Span


def text_of(doc: Doc) -> str:
    return doc_index(doc).text


def text_between(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` (start >= 0; an end past the Doc stops at its end), cut from the
    article's text at the tokens' offsets: `Span.text` builds every Token and joins their texts,
    four times the cost, and the names component's repair rows read the words of a candidate and
    of its neighbours some twenty times per candidate."""
    end = min(end, len(doc))
    if start >= end:
        return ""
    index = doc_index(doc)
    return index.text[index.char_start[start] : index.char_end[end - 1]]


def span_text(span: Span) -> str:
    """`span.text`, as `text_between` reads it. The last span asked about is remembered (it
    stays alive while remembered, so it cannot be another span at the same address): the repair
    rows are handed the same Span one after the other, and most of them read its text."""
    last, text = _LAST_SPAN[0]
    if last is span:
        return text
    text = text_between(span.doc, span.start, span.end)
    _LAST_SPAN[0] = (span, text)
    return text


_LAST_SPAN: list[tuple[Span | None, str]] = [(None, "")]


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once."""
    return doc_index(doc).ents


def entity_of(token: Token) -> Span | None:
    return doc_index(token.doc).ent[token.i]


#: `doc.spans` keys the names component (`eventfacts.extract.entities.names_component`) writes:
#: the names kept (label: their kind) and the candidates dropped (label: the rule that dropped them).
NAMES = "eventfacts_names"
DROPPED = "eventfacts_dropped"
#: The NER labels of names, which the names component judges; every other label (DATE, NORP,
#: CARDINAL...) it leaves as NER gave it, unless a name it found covers the words.
NAME_ENT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_KIND_LABELS = {"person": "PERSON", "organization": "ORG"}
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class RepairedEntities:
    """The Doc's entities as the names component left them, looked up by token: its repaired
    names (relabelled PERSON, ORG, or GPE/LOC/FAC for a place) in place of NER's, without the names
    it dropped, beside NER's other entities. The extractors ask "is this a person, a place, a
    date?" here, so they answer it as the names stage does."""

    label: list[str]  # the token's repaired entity label, "" outside any entity
    ent: list[Span | None]  # the repaired entity the token is part of
    ents: tuple[Span, ...]  # in text order


def repaired_entities(doc: Doc) -> RepairedEntities:
    """The RepairedEntities of a Doc, built once from `doc.spans` and kept in `doc.user_data`
    (the names component forgets it when it writes the spans again)."""
    cached = doc.user_data.get(REPAIRED_ENTITIES_KEY)
    if isinstance(cached, RepairedEntities):
        return cached
    if NAMES not in doc.spans:  # a Doc of a pipeline without the names component
        from .entities import names_component

        names_component(doc)
    index = doc_index(doc)
    n = len(doc)
    span = _span_type()
    kept: list[Span] = []
    named, judged = [False] * n, [False] * n
    for name in doc.spans[NAMES]:
        start, end = name.start, name.end
        raw = index.ent[name.root.i]
        label = _KIND_LABELS.get(name.label_) or (
            raw.label_ if raw is not None and raw.label_ in _PLACE_LABELS else "GPE"
        )
        kept.append(span(doc, start, end, label=label))
        named[start:end] = judged[start:end] = [True] * (end - start)
    for dropped in doc.spans[DROPPED]:
        judged[dropped.start : dropped.end] = [True] * (dropped.end - dropped.start)
    others: list[Span] = []
    for ent in index.ents:
        within = range(ent.start, ent.end)
        if ent.label_ in NAME_ENT_LABELS and any(judged[i] for i in within):
            continue  # the repairs kept it (as written in `kept`) or dropped it
        if any(named[i] for i in within):
            continue  # "Ty Lane" tagged WORK_OF_ART, now a person
        # A name the repairs neither kept nor dropped stays as NER gave it: on a headline line the
        # names stage does not read, or one `entities._plausible` passes over without a rule
        # (a lower-case "al-Masri" is still the person a quote or a count is about).
        others.append(ent)
    ents = tuple(sorted((*kept, *others), key=lambda e: (e.start, e.end)))
    labels: list[str] = [""] * n
    at: list[Span | None] = [None] * n
    for ent in ents:
        label = ent.label_
        for i in range(ent.start, ent.end):
            if at[i] is None:
                labels[i], at[i] = label, ent
    result = RepairedEntities(labels, at, ents)
    doc.user_data[REPAIRED_ENTITIES_KEY] = result
    return result


REPAIRED_ENTITIES_KEY = "eventfacts.repaired-entities"


def repaired_label(token: Token) -> str:
    """The token's entity label after the names repairs (`Token.ent_type_` before them)."""
    return repaired_entities(token.doc).label[token.i]


def repaired_entity(token: Token) -> Span | None:
    """The entity the token is part of after the names repairs (`entity_of` before them)."""
    return repaired_entities(token.doc).ent[token.i]


def repaired_ents(doc: Doc) -> tuple[Span, ...]:
    """The Doc's entities after the names repairs (`ents_of` before them)."""
    return repaired_entities(doc).ents


def in_headline(token: Token) -> bool:
    """The token is on a title-case line without a full stop, whose NER is unreliable."""
    return doc_index(token.doc).headline[token.i]


#: Lowercase words that join a name to what follows and never end one.
TRAILING_SMALL_WORDS = frozenset({"and", "&", "of", "in", "at", "on", "for", "the", "or", "to", "by", "with"})
#: Lowercase demonstratives and possessive determiners NER takes into a name ("this Harlow
#: Gazette story", "their Vantor account"): they point at the name, and never begin one.
LEADING_DETERMINERS = frozenset(
    {"this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"}
)


_LEADING_SMALL_WORDS = frozenset({"the", "a", "an", *HONORIFICS})
_TRAILING_WORDS = POSSESSIVE | TRAILING_SMALL_WORDS


def trim_name(span: Span) -> Span | None:
    """The name part of an entity span: no leading "the" (nor a lowercase "this", "their"), no
    possessive ending, no small word ending it ("of", "and"), no text past a line break or a
    slash (photo credits), no surrounding punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    inside = text_of(doc)[span.start_char : span.end_char]
    # a cut needs a line break or a "(" inside the span: most names hold neither
    for i in range(start, end) if "\n" in inside or "(" in inside else ():
        if (
            "\n" in doc[i].text
            or (i > start and "\n" in doc[i - 1].whitespace_)
            or (i > start and doc[i].text == "(")
        ):
            end = i if i > start else end
            break
    while start < end:
        first = doc[start]  # one Token built per word, not one per question
        small = first.lower_ in _LEADING_SMALL_WORDS or first.is_punct
        if not (small or (first.text in LEADING_DETERMINERS and end - start > 1)):
            break
        start += 1
    # NER runs a name on into the small word after it ("the Harlow Correctional Complex at"),
    # which never ends a name
    while end > start:
        last = doc[end - 1]  # one Token built per word, not one per question
        if not (last.is_punct or last.is_space or last.text in _TRAILING_WORDS):
            break
        end -= 1
    if end - start > 2 and doc[start].text in ("pro", "anti") and doc[start + 1].text == "-":
        start += 2  # "pro-Popular Mobilization Unit": the name is what follows ("Anti-Fraud Unit" is one)
    if start >= end:
        return None
    trimmed = span_of(doc, start, end)
    if "/" in text_of(doc)[trimmed.start_char : trimmed.end_char]:
        return None
    return trimmed


def subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def reporting_verb_of(verb: Token, before: int) -> Token:
    """The reporting verb a word before token `before` belongs to, when the parse hangs it on the
    reported clause: in "the company said on Monday it would buy the rival", "on Monday" stands
    between "said" and the clause's subject, so it dates the saying, not the buying (a modifier
    of the reported clause follows its subject: "said it would buy the rival on Monday").
    Otherwise `verb` itself."""
    head = verb.head
    if verb.dep_ != "ccomp" or head is verb or head.lemma_.lower() not in REPORTING_VERBS or head.i >= before:
        return verb
    subject = subject_of(verb)
    if subject is None or subject.left_edge.i < before:
        return verb
    return head


def _headline_like(doc: Doc, start: int, end: int, last: str) -> bool:
    """A title-case line without a full stop (`last`: its last word): a headline or subhead."""
    if last in (".", "!", "?", "”", '"'):
        return False  # most sentences: decided without reading the others
    # the words read from the Doc's strings (`Token.is_alpha` is `str.isalpha` of its text), not
    # from a Token built for each
    forms, lowers = token_forms(doc), lower_forms(doc)
    words = [i for i in range(start, end) if forms[i].isalpha()]
    if len(words) < 4:
        return False
    content = [i for i in words if lowers[i] not in _HEADLINE_SMALL_WORDS]
    return bool(content) and sum(forms[i][0].isupper() for i in content) / len(content) >= 0.8


_HEADLINE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "on", "in", "with", "for", "to", "and", "at", "by", "from"}
)

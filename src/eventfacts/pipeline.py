"""The whole tool as one function anyone can read top to bottom.

    paths -> ingest -> clean -> annotate (spaCy) -> extract -> DocFacts -> reconcile -> EventRecord

`extract_docs` is the per-article half (what `eventfacts docs` prints); `build_record` is the
reconciling half (what `eventfacts merge` does); `extract` runs both.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .annotate import BATCH_SIZE, annotate_with_headlines, load_model
from .clean import clean
from .extract import doc_facts
from .ingest import MAX_CHARS, InputFile, read_articles
from .reconcile import build_record
from .records import Article, DocFacts, EventRecord
from .workers import Settings, in_processes, on_dask

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["build_record", "extract", "extract_docs", "per_article"]


def extract_docs(
    files: Iterable[InputFile],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    jobs: int = 1,
    reference_date: date | None = None,
    batch_size: int = BATCH_SIZE,
    max_chars: int = MAX_CHARS,
    dask: str | None = None,
) -> Iterator[DocFacts]:
    """Read, clean, parse and extract each article; DocFacts in input order, whatever `jobs` is.

    With several jobs or a Dask scheduler, `eventfacts.workers` runs `per_article` elsewhere and
    sends back DocFacts (small, plain records), never spaCy Docs.
    """
    settings = Settings(reference_date, batch_size, max_chars)
    if dask is not None:
        yield from on_dask(list(files), dask, model, settings, per_article)
        return
    pipeline = nlp if nlp is not None else load_model(model)
    pipeline.max_length = max(pipeline.max_length, max_chars + 1)  # spaCy refuses longer texts
    if jobs <= 1:
        yield from per_article(files, pipeline, settings)
        return
    yield from in_processes(list(files), pipeline, jobs, settings, per_article)


def per_article(files: Iterable[InputFile], nlp: Language, settings: Settings) -> Iterator[DocFacts]:
    """The story of each article: read, clean, parse (headline beside body), extract."""
    articles = (
        _with_reference(a, settings.reference_date)
        for f in files
        for a in read_articles(f, max_chars=settings.max_chars)
    )
    cleaned = (clean(article, title_in_text=article.format == "text") for article in articles)
    for item, doc, headline in annotate_with_headlines(cleaned, nlp, batch_size=settings.batch_size):
        yield doc_facts(item, doc, headline)


def extract(
    files: Iterable[InputFile],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    jobs: int = 1,
    reference_date: date | None = None,
) -> EventRecord:
    """The event record for a set of articles."""
    docs = extract_docs(files, nlp=nlp, model=model, jobs=jobs, reference_date=reference_date)
    return build_record(docs, reference_date=reference_date)


def _with_reference(article: Article, reference_date: date | None) -> Article:
    if reference_date is None or article.error is not None:
        return article
    return replace(article, reference_date=reference_date.isoformat(), reference_date_basis="given")

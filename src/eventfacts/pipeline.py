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

from .annotate import BATCH_SIZE, annotate, load_model
from .clean import clean
from .extract import doc_facts
from .ingest import InputFile, read_articles
from .reconcile import build_record
from .records import Article, DocFacts, EventRecord

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["build_record", "extract", "extract_docs"]


def extract_docs(
    files: Iterable[InputFile],
    *,
    nlp: Language | None = None,
    model: str | None = None,
    jobs: int = 1,
    reference_date: date | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[DocFacts]:
    """Read, clean, parse and extract each article; one DocFacts per file, in input order."""
    articles = (_with_reference(a, reference_date) for f in files for a in read_articles(f))
    cleaned = (clean(article, title_in_text=article.format == "text") for article in articles)
    pipeline = nlp if nlp is not None else load_model(model)
    for item, doc in annotate(cleaned, pipeline, jobs=jobs, batch_size=batch_size):
        yield doc_facts(item, doc)


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

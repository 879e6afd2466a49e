"""The whole tool as one function anyone can read top to bottom.

    paths -> ingest -> clean -> annotate (spaCy) -> extract -> DocFacts -> reconcile -> EventRecord

`extract_docs` is the per-article half (what `eventfacts docs` prints); `build_record` is the
reconciling half (what `eventfacts merge` does); `extract` runs both.
"""

from __future__ import annotations

import multiprocessing
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
    """Read, clean, parse and extract each article; DocFacts in input order, whatever `jobs` is.

    With several jobs, each worker process runs the whole per-article stage on chunks of files
    and sends back DocFacts (small, plain records), never spaCy Docs.
    """
    pipeline = nlp if nlp is not None else load_model(model)
    if jobs <= 1:
        yield from _per_article(files, pipeline, reference_date, batch_size)
        return
    chunks = _chunks(list(files), batch_size)
    yield from _in_workers(chunks, pipeline, jobs, reference_date, batch_size)


def _per_article(
    files: Iterable[InputFile], nlp: Language, reference_date: date | None, batch_size: int
) -> Iterator[DocFacts]:
    articles = (_with_reference(a, reference_date) for f in files for a in read_articles(f))
    cleaned = (clean(article, title_in_text=article.format == "text") for article in articles)
    for item, doc in annotate(cleaned, nlp, batch_size=batch_size):
        yield doc_facts(item, doc)


def _chunks(files: list[InputFile], size: int) -> list[list[InputFile]]:
    return [files[i : i + size] for i in range(0, len(files), size)]


#: What a worker process needs; set before the pool forks, so the model is shared, not reloaded.
_WORKER: tuple[Language, date | None, int] | None = None


def _in_workers(
    chunks: list[list[InputFile]], nlp: Language, jobs: int, reference_date: date | None, batch_size: int
) -> Iterator[DocFacts]:
    global _WORKER
    _WORKER = (nlp, reference_date, batch_size)
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    name = f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'core_web_sm')}"
    initializer = None if forking else _load_in_worker
    try:
        with context.Pool(
            min(jobs, max(1, len(chunks))), initializer, (name, reference_date, batch_size)
        ) as pool:
            for docs in pool.imap(_work, chunks):
                yield from docs
    finally:
        _WORKER = None


def _load_in_worker(name: str, reference_date: date | None, batch_size: int) -> None:
    """Where processes are spawned rather than forked, each loads the model once."""
    global _WORKER
    _WORKER = (load_model(name), reference_date, batch_size)


def _work(files: list[InputFile]) -> list[DocFacts]:
    assert _WORKER is not None, "worker started without a model"
    nlp, reference_date, batch_size = _WORKER
    return list(_per_article(files, nlp, reference_date, batch_size))


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

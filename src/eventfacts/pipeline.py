"""The whole tool as one function anyone can read top to bottom.

    paths -> ingest -> clean -> annotate (spaCy) -> extract -> DocFacts -> reconcile -> EventRecord

`extract_docs` is the per-article half (what `eventfacts docs` prints); `build_record` is the
reconciling half (what `eventfacts merge` does); `extract` runs both.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from .annotate import BATCH_SIZE, annotate_with_headlines, load_model
from .clean import clean
from .errors import UsageError
from .extract import doc_facts, source_info
from .ingest import MAX_CHARS, InputFile, read_articles
from .reconcile import build_record
from .records import Article, CleanArticle, DocFacts, EventRecord

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["build_record", "extract", "extract_docs"]


@dataclass(frozen=True, slots=True)
class Settings:
    """What the per-article stage needs besides the model."""

    reference_date: date | None = None
    batch_size: int = BATCH_SIZE
    max_chars: int = MAX_CHARS


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

    With several jobs, worker processes run the whole per-article stage on chunks of files and
    send back DocFacts (small, plain records), never spaCy Docs. A worker that dies (killed, out
    of memory) does not end the run: its articles are retried one by one, each in a process of
    its own, and the one that kills its process is reported as failed.
    """
    settings = Settings(reference_date, batch_size, max_chars)
    if dask is not None:
        yield from _on_dask(list(files), dask, model, settings)
        return
    pipeline = nlp if nlp is not None else load_model(model)
    pipeline.max_length = max(pipeline.max_length, max_chars + 1)  # spaCy refuses longer texts
    if jobs <= 1:
        yield from _per_article(files, pipeline, settings)
        return
    yield from _in_workers(_chunks(list(files), max(batch_size, WORKER_CHUNK)), pipeline, jobs, settings)


def _per_article(files: Iterable[InputFile], nlp: Language, settings: Settings) -> Iterator[DocFacts]:
    articles = (
        _with_reference(a, settings.reference_date)
        for f in files
        for a in read_articles(f, max_chars=settings.max_chars)
    )
    cleaned = (clean(article, title_in_text=article.format == "text") for article in articles)
    for item, doc, headline in annotate_with_headlines(cleaned, nlp, batch_size=settings.batch_size):
        yield doc_facts(item, doc, headline)


def _chunks(files: list[InputFile], size: int) -> list[list[InputFile]]:
    return [files[i : i + size] for i in range(0, len(files), size)]


#: What a worker process needs; set before the pool forks, so the model is shared, not reloaded.
_WORKER: tuple[Language, Settings] | None = None
#: Files per task sent to a worker: enough to keep inter-process traffic small, few enough to
#: balance the two cores at the end of a run.
WORKER_CHUNK = 16
DIED = "a worker process died while reading this article (killed, or out of memory)"


def _in_workers(
    chunks: list[list[InputFile]], nlp: Language, jobs: int, settings: Settings
) -> Iterator[DocFacts]:
    global _WORKER
    _WORKER = (nlp, settings)
    done = 0
    try:
        with _executor(nlp, min(jobs, max(1, len(chunks))), settings) as pool:
            futures = [pool.submit(_work, chunk) for chunk in chunks]
            try:
                for future in futures:
                    yield from future.result()
                    done += 1
            except BrokenProcessPool:
                pass
            finally:
                for future in futures:
                    future.cancel()
        for chunk in chunks[done:]:
            yield from _isolated(chunk, nlp, settings)
    finally:
        _WORKER = None


def _isolated(chunk: list[InputFile], nlp: Language, settings: Settings) -> Iterator[DocFacts]:
    """After a worker died: the chunk in a process of its own, then file by file if it dies again."""
    try:
        with _executor(nlp, 1, settings) as pool:
            yield from pool.submit(_work, chunk).result()
            return
    except BrokenProcessPool:
        if len(chunk) > 1:
            for item in chunk:
                yield from _isolated([item], nlp, settings)
            return
    yield DocFacts(source=source_info(CleanArticle(_failed_article(chunk[0]), "", ())))


def _failed_article(item: InputFile) -> Article:
    return Article(id=item.source_id, path=item.path, text="", error=DIED)


def _executor(nlp: Language, workers: int, settings: Settings) -> ProcessPoolExecutor:
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    if forking:
        return ProcessPoolExecutor(workers, mp_context=context)
    name = f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'core_web_sm')}"
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_load_in_worker, initargs=(name, settings)
    )


def _load_in_worker(name: str, settings: Settings) -> None:
    """Where processes are spawned rather than forked, each loads the model once."""
    global _WORKER
    _WORKER = (load_model(name), settings)


def _work(files: list[InputFile]) -> list[DocFacts]:
    assert _WORKER is not None, "worker started without a model"
    nlp, settings = _WORKER
    return list(_per_article(files, nlp, settings))


# ---------------------------------------------------------------------------------------------
# Dask: the same per-article stage as tasks on a cluster's workers


def _on_dask(
    files: list[InputFile], address: str, model: str | None, settings: Settings
) -> Iterator[DocFacts]:
    """Send chunks of files to a running Dask scheduler; each worker loads the model once (on its
    first task) and returns DocFacts, gathered here in input order. Workers read the files by
    path, so the paths must be valid on the workers too (a shared or identical filesystem)."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--dask needs the dask extra: pip install 'eventfacts[dask]'") from None
    chunks = [[_absolute(f) for f in chunk] for chunk in _chunks(files, settings.batch_size)]
    _probe(address)
    try:
        client = Client(address, timeout=DASK_CONNECT_SECONDS)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    except ValueError as exc:
        raise UsageError(f"--dask {address!r} is not a Dask scheduler address: {exc}") from None
    except Exception as exc:  # another server: Dask reads its answer as a message (MemoryError)
        raise UsageError(
            f"the server at {address} did not answer as a Dask scheduler ({type(exc).__name__})"
        ) from None
    with client:
        futures = client.map(dask_task, chunks, model=model, settings=settings, pure=False)
        for future in futures:
            yield from future.result()


def _probe(address: str) -> None:
    """Fail fast on an address that is malformed, or where nothing listens: Dask's client
    retries a refused connection until its timeout, which is meant for a busy scheduler, not a
    wrong one."""
    from distributed.comm.addressing import get_address_host_port, parse_address

    try:
        scheme, _ = parse_address(address)
        if scheme in NOT_SOCKET_SCHEMES:
            return  # nothing to open a socket to
        host, port = get_address_host_port(address)
    except ValueError as exc:
        raise UsageError(
            f"--dask {address!r} is not a Dask scheduler address ({exc}); give tcp://HOST:PORT"
        ) from None
    try:
        with socket.create_connection((host, port), timeout=DASK_PROBE_SECONDS):
            pass
    except TimeoutError:
        raise UsageError(
            f"cannot reach the Dask scheduler at {address}: no answer in {DASK_PROBE_SECONDS} s"
        ) from None
    except OSError as exc:
        raise UsageError(f"cannot reach the Dask scheduler at {address}: {exc.strerror or exc}") from None


#: Address schemes of Dask's comms that do not run over a TCP socket (the others do, and an
#: unknown one is refused by `get_address_host_port`).
NOT_SOCKET_SCHEMES = frozenset({"inproc", "ucx"})
#: How long to wait for the scheduler's socket to accept: a refused one fails at once, a
#: silent host (a firewall dropping packets) after this.
DASK_PROBE_SECONDS = 5


def _absolute(item: InputFile) -> InputFile:
    return item if item.path == "-" else replace(item, path=os.path.abspath(item.path))


#: How long to wait for the scheduler before giving up with a usage error.
DASK_CONNECT_SECONDS = 30
#: One loaded model per worker process, kept across tasks.
_MODELS: dict[str | None, Language] = {}


def dask_task(files: list[InputFile], model: str | None, settings: Settings) -> list[DocFacts]:
    """A Dask task: the per-article stage for a chunk of files, with the worker's cached model."""
    nlp = _MODELS.get(model)
    if nlp is None:
        nlp = _MODELS[model] = load_model(model)
        nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    return list(_per_article(files, nlp, settings))


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

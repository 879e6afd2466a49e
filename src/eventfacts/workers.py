"""Plumbing for the per-article stage: process pools, crash isolation and Dask.

`pipeline.py` tells the story of one article (read, clean, parse, extract); this module only
decides *where* that story runs. Keeping the two apart keeps the story readable and lets the
plumbing change (another executor, another cluster) without touching what is extracted.

Every runner takes the per-article function as `work`, a module-level function, so it travels
to forked or spawned processes and to Dask workers by reference, and returns DocFacts in input
order whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from .annotate import BATCH_SIZE, load_model
from .errors import UsageError
from .extract import source_info
from .ingest import MAX_CHARS, InputFile
from .records import Article, CleanArticle, DocFacts

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True, slots=True)
class Settings:
    """What the per-article stage needs besides the model."""

    reference_date: date | None = None
    batch_size: int = BATCH_SIZE
    max_chars: int = MAX_CHARS


#: The per-article stage: files, a loaded model and the settings to DocFacts, in input order.
Work = Callable[[Iterable[InputFile], "Language", Settings], Iterator[DocFacts]]

#: Files per task sent to a worker: enough to keep inter-process traffic small, few enough to
#: balance the two cores at the end of a run.
WORKER_CHUNK = 16
DIED = "a worker process died while reading this article (killed, or out of memory)"

#: What a worker process needs; set before the pool forks, so the model is shared, not reloaded.
_WORKER: tuple[Language, Settings, Work] | None = None


def chunks(files: list[InputFile], size: int) -> list[list[InputFile]]:
    return [files[i : i + size] for i in range(0, len(files), size)]


def in_processes(
    files: list[InputFile], nlp: Language, jobs: int, settings: Settings, work: Work
) -> Iterator[DocFacts]:
    """`work` over chunks of files in `jobs` processes. A worker that dies (killed, out of
    memory) does not end the run: its articles are retried one by one, each in a process of its
    own, and the one that kills its process is reported as failed."""
    global _WORKER
    parts = chunks(files, max(settings.batch_size, WORKER_CHUNK))
    _WORKER = (nlp, settings, work)
    done = 0
    try:
        with _executor(nlp, min(jobs, max(1, len(parts))), settings, work) as pool:
            futures = [pool.submit(_work, part) for part in parts]
            try:
                for future in futures:
                    yield from future.result()
                    done += 1
            except BrokenProcessPool:
                pass
            finally:
                for future in futures:
                    future.cancel()
        for part in parts[done:]:
            yield from _isolated(part, nlp, settings, work)
    finally:
        _WORKER = None


def _isolated(part: list[InputFile], nlp: Language, settings: Settings, work: Work) -> Iterator[DocFacts]:
    """After a worker died: the chunk in a process of its own, then file by file if it dies again."""
    try:
        with _executor(nlp, 1, settings, work) as pool:
            yield from pool.submit(_work, part).result()
            return
    except BrokenProcessPool:
        if len(part) > 1:
            for item in part:
                yield from _isolated([item], nlp, settings, work)
            return
    yield DocFacts(source=source_info(CleanArticle(_failed_article(part[0]), "", ())))


def _failed_article(item: InputFile) -> Article:
    return Article(id=item.source_id, path=item.path, text="", error=DIED)


def _executor(nlp: Language, workers: int, settings: Settings, work: Work) -> ProcessPoolExecutor:
    forking = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    if forking:
        return ProcessPoolExecutor(workers, mp_context=context)
    name = f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', 'core_web_sm')}"
    return ProcessPoolExecutor(
        workers, mp_context=context, initializer=_load_in_worker, initargs=(name, settings, work)
    )


def _load_in_worker(name: str, settings: Settings, work: Work) -> None:
    """Where processes are spawned rather than forked, each loads the model once."""
    global _WORKER
    _WORKER = (load_model(name), settings, work)


def _work(files: list[InputFile]) -> list[DocFacts]:
    assert _WORKER is not None, "worker started without a model"
    nlp, settings, work = _WORKER
    return list(work(files, nlp, settings))


# ---------------------------------------------------------------------------------------------
# Dask: the same per-article stage as tasks on a cluster's workers


def on_dask(
    files: list[InputFile], address: str, model: str | None, settings: Settings, work: Work
) -> Iterator[DocFacts]:
    """Send chunks of files to a running Dask scheduler; each worker loads the model once (on its
    first task) and returns DocFacts, gathered here in input order. Workers read the files by
    path, so the paths must be valid on the workers too (a shared or identical filesystem)."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--dask needs the dask extra: pip install 'eventfacts[dask]'") from None
    parts = [[_absolute(f) for f in part] for part in chunks(files, settings.batch_size)]
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
        futures = client.map(dask_task, parts, model=model, settings=settings, work=work, pure=False)
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


def dask_task(files: list[InputFile], model: str | None, settings: Settings, work: Work) -> list[DocFacts]:
    """A Dask task: the per-article stage for a chunk of files, with the worker's cached model."""
    nlp = _MODELS.get(model)
    if nlp is None:
        nlp = _MODELS[model] = load_model(model)
        nlp.max_length = max(nlp.max_length, settings.max_chars + 1)
    return list(work(files, nlp, settings))

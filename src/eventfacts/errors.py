"""Exit codes and the library's exceptions.

The library raises these and never exits or prints; `eventfacts.cli` is the one place that turns
them into a one-line message on stderr and an exit code from `ExitCode`.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """The documented exit codes of the `eventfacts` command (see docs/cli.md)."""

    OK = 0
    #: Every article failed to load or had no text, so there is nothing to reconcile.
    NO_USABLE_INPUT = 1
    #: Wrong arguments: a bad option value, a path that does not exist.
    USAGE = 2
    #: No spaCy pipeline could be loaded.
    NO_MODEL = 3
    #: The input to `merge` is not the JSON lines that `eventfacts docs` writes.
    BAD_DOCFACTS = 4
    #: The output file could not be written.
    OUTPUT_ERROR = 5
    #: Some articles could not be used; the record of the others was still printed.
    PARTIAL_FAILURE = 6
    #: Stopped with Ctrl-C.
    INTERRUPTED = 130
    #: A bug: an unexpected exception, reported in one line instead of a traceback.
    INTERNAL_ERROR = 70


class EventfactsError(Exception):
    """Base class: an error the command line reports as one line with `exit_code`."""

    exit_code = ExitCode.INTERNAL_ERROR


class UsageError(EventfactsError):
    exit_code = ExitCode.USAGE


class ModelNotFoundError(EventfactsError):
    exit_code = ExitCode.NO_MODEL


class NoUsableInputError(EventfactsError):
    exit_code = ExitCode.NO_USABLE_INPUT


class DocFactsError(EventfactsError):
    exit_code = ExitCode.BAD_DOCFACTS


class OutputError(EventfactsError):
    exit_code = ExitCode.OUTPUT_ERROR

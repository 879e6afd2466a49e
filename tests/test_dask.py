"""The per-article stage on a real Dask cluster gives the same record as the local run."""

from __future__ import annotations

import contextlib
from pathlib import Path

import distributed
import pytest

from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.records import EventRecord
from eventfacts.serialize import dumps

from .conftest import SAMPLES


def test_local_cluster_with_two_workers_gives_the_same_bytes(sample_record: EventRecord) -> None:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        files = select_inputs([str(SAMPLES)]).files
        docs = list(extract_docs(files, dask=cluster.scheduler_address, batch_size=2))
    assert dumps(build_record(docs)) == dumps(sample_record)


def test_an_unreachable_scheduler_is_a_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventfacts import workers
    from eventfacts.errors import UsageError

    monkeypatch.setattr(workers, "DASK_CONNECT_SECONDS", 2)
    files = select_inputs([str(SAMPLES)]).files
    with pytest.raises(UsageError, match="cannot reach the Dask scheduler"):
        list(extract_docs(files, dask="tcp://127.0.0.1:9"))


def test_a_refused_address_fails_at_once() -> None:
    """Nothing listens on port 9: the error comes from the first refused connection, not after
    the client's 30 seconds of retries."""
    import time

    from eventfacts.errors import UsageError

    files = select_inputs([str(SAMPLES)]).files
    started = time.monotonic()
    with pytest.raises(
        UsageError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9: Connection refused"
    ):
        list(extract_docs(files, dask="tcp://127.0.0.1:9"))
    assert time.monotonic() - started < 5


@pytest.mark.parametrize(
    "address", ["notanaddress", "tcp://scheduler", "tcp://localhost:port", "ftp://host:21"]
)
def test_a_malformed_address_is_a_usage_error(address: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventfacts.cli import app
    from eventfacts.errors import ExitCode

    (tmp_path / "a.txt").write_text("Storm closes port\n\nThe port of Dover closed on Monday.\n")
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "--dask", address])
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""
    assert result.stderr.startswith(f"eventfacts: --dask {address!r} is not a Dask scheduler address (")
    assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr


def test_another_kind_of_server_is_a_usage_error() -> None:
    """A web server where the scheduler should be: its answer is no Dask message."""
    import socket
    import threading

    from eventfacts.errors import UsageError

    server = socket.create_server(("127.0.0.1", 0))
    port = server.getsockname()[1]

    def answer() -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, _ = server.accept()
                with connection:
                    connection.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n" * 4)

    threading.Thread(target=answer, daemon=True).start()
    files = select_inputs([str(SAMPLES)]).files
    try:
        with pytest.raises(UsageError, match=r"did not answer as a Dask scheduler \("):
            list(extract_docs(files, dask=f"tcp://127.0.0.1:{port}"))
    finally:
        server.close()

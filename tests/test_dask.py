"""The per-article stage on a real Dask cluster gives the same record as the local run."""

from __future__ import annotations

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

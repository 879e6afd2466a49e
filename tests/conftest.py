"""Shared fixtures: the spaCy pipeline loaded once, and the samples' record built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventfacts.annotate import load_model
from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.records import DocFacts, EventRecord

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    return load_model()


@pytest.fixture(scope="session")
def sample_docs(nlp) -> list[DocFacts]:  # type: ignore[no-untyped-def]
    return list(extract_docs(select_inputs([str(SAMPLES)]).files, nlp=nlp))


@pytest.fixture(scope="session")
def sample_record(sample_docs: list[DocFacts]) -> EventRecord:
    return build_record(sample_docs)


@pytest.fixture(scope="session")
def parse(nlp):  # type: ignore[no-untyped-def]
    """Parse a text the way the pipeline does (line breaks start sentences)."""
    return nlp

"""Property tests (hypothesis): no input makes the tool raise, and the output always validates.

The profile is fixed (derandomized, bounded examples, no deadline) so CI time is bounded and
runs are repeatable.
"""

from __future__ import annotations

import contextlib
import json
from datetime import date

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventfacts import formats
from eventfacts.annotate import annotate
from eventfacts.clean import clean
from eventfacts.extract import doc_facts
from eventfacts.ingest import decode
from eventfacts.reconcile import build_record
from eventfacts.records import Article, EventRecord
from eventfacts.serialize import dumps, json_schema

PROFILE = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
SCHEMA = json_schema(EventRecord)
FRAGMENTS = [
    "Police said two people were killed on Friday.",
    "\u201cWe will rebuild,\u201d Mayor Ana Silva said.",
    "Photo: a street in Riverton. (Jane Roe / Agency)",
    "The council met on 3 March 2024 in Riverton.",
    "At least 12 homes were destroyed, officials told reporters.",
    "Nov. 7, 2021",
    "\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \U0001f525\U0001f30a",
    "\u202eright-to-left override\u202c and \u200bzero width",
    "\x07\x1b[31mcontrol\x1b[0m characters\x0c",
    '"unbalanced quote and \u201canother',
]


def _record(nlp, texts: list[str]) -> EventRecord:  # type: ignore[no-untyped-def]
    items = [clean(Article(id=f"s{i}", path=f"s{i}.txt", text=t, title=None)) for i, t in enumerate(texts)]
    docs = [doc_facts(item, doc) for item, doc in annotate(items, nlp)]
    return build_record(docs, reference_date=date(2024, 3, 12))


def _check(record: EventRecord, texts: list[str]) -> None:
    plain = json.loads(dumps(record))
    jsonschema.validate(plain, SCHEMA)
    sources = {f"s{i}": t for i, t in enumerate(texts)}
    for kind in ("people", "organizations", "places", "dates", "quotes"):
        for item in plain[kind]:
            for ev in item["evidence"]:
                assert sources[ev["source"]][ev["start"] : ev["end"]] == ev["text"]


@PROFILE
@given(st.text(min_size=1, max_size=600))
def test_any_unicode_text(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _check(_record(nlp, [text]), [text])


@PROFILE
@given(
    st.lists(
        st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map("\n\n".join), min_size=1, max_size=4
    )
)
def test_random_article_sets(nlp, texts: list[str]) -> None:  # type: ignore[no-untyped-def]
    _check(_record(nlp, texts), texts)


@PROFILE
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_get_a_reason(data: bytes) -> None:
    decoded = decode(data)
    if decoded.problem is None:
        assert isinstance(decoded.text, str) and decoded.text.strip()
    else:
        assert decoded.text == "" and "\n" not in decoded.problem


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers() | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=12,
)
ARTICLE_KEYS = st.sampled_from(
    ["title", "text", "maintext", "body", "date", "date_publish", "url", "content"]
)


@PROFILE
@given(st.dictionaries(ARTICLE_KEYS, JSON_VALUES, max_size=6) | JSON_VALUES)
def test_json_reader_accepts_or_refuses_with_a_reason(value: object) -> None:
    try:
        parsed = formats.parse_json(json.dumps(value))
    except formats.FormatError as exc:
        assert "\n" not in str(exc)
    else:
        assert parsed.text.strip()


@PROFILE
@given(st.text(max_size=200))
def test_json_reader_on_arbitrary_text(text: str) -> None:
    with contextlib.suppress(formats.FormatError):
        formats.parse_json(text)
    assert formats.detect(text) in ("json", "jsonl", "html", "text")

"""Candidate days and their features, the fitted weights, and the day those weights choose.

Articles are written here as the dates they give: (text, sentence, what the words bound to
the date say it dates), resolved against each article's reference date, as in test_event_day.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from importlib import resources

import pytest

from eventfacts.reconcile import candidates, choice
from eventfacts.reconcile.dates import references, resolve_all
from eventfacts.records import DocFacts

from .test_event_day import article


def _inputs(docs: list[DocFacts]):  # type: ignore[no-untyped-def]
    refs = references(docs, None)
    return resolve_all(docs, refs), refs


def _candidates(docs: list[DocFacts]) -> dict[str, dict[str, float]]:
    resolved, refs = _inputs(docs)
    return {c.value: c.features for c in candidates.day_candidates(resolved, refs, lambda _: 1.0)}


# ------------------------------------------------------------------------------------ the weights


def test_weight_file_loads_with_a_weight_for_every_feature() -> None:
    day = choice.model("event_date")
    mention = choice.model("event_date_mention")
    assert set(day.weights) == set(candidates.FEATURES)
    assert set(mention.weights) == set(candidates.MENTION_FEATURES)
    assert all(math.isfinite(w) for w in [*day.weights.values(), *mention.weights.values()])


def test_weight_file_is_written_with_sorted_keys() -> None:
    text = resources.files("eventfacts.reconcile").joinpath("weights.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=1, sort_keys=True) + "\n"


def test_model_scores_do_not_depend_on_feature_order() -> None:
    fitted = choice.Model(0.5, {"a": 1.0, "b": -2.0})
    assert fitted.score({"a": 1.0, "b": 0.25}) == fitted.score({"b": 0.25, "a": 1.0}) == 1.0
    assert fitted.probability({"a": 0.0, "b": 0.25}) == 0.5


# ----------------------------------------------------------------------------------- the features

#: (what the case is about, the articles, a candidate day, features it must have)
FEATURE_CASES: list[tuple[str, list[DocFacts], str, dict[str, float]]] = [
    (
        "a lead's weekday bound to the incident, the day before the page",
        [article("a", "2022-03-15", ("late Monday", 0, "incident"))],
        "2022-03-14",
        {"lead_incident": 1.0, "sources": 1.0, "weekday_only": 1.0, "day_before": 1.0, "only": 1.0},
    ),
    (
        "a full date deep in the body names the incident: body, full date, long before",
        [
            article("a", "2021-06-02", ("Tuesday", 0, None), ("Jan. 4, 2021", 9, "incident")),
        ],
        "2021-01-04",
        {"body_incident": 1.0, "full_date": 1.0, "long_before": 1.0, "earliest": 1.0, "latest": 0.0},
    ),
    (
        "one of two sources names the day, in a first report's lead",
        [
            article("a", "2023-10-08", ("Saturday night", 1, "incident")),
            article("b", "2023-10-20", ("Thursday", 0, "court")),
        ],
        "2023-10-07",
        {"sources": 0.5, "lead_incident": 0.5, "first_reports_lead": 0.5, "first_sentence": 0.0},
    ),
    (
        "a hearing's day another lead also gives: a later development, after the first reports",
        [
            article("a", "2023-10-08", ("Saturday night", 1, "incident")),
            article("b", "2023-10-20", ("Thursday", 0, "court")),
            article("c", "2023-10-20", ("Thursday", 1, None)),
        ],
        "2023-10-19",
        {"lead_later": 1 / 3, "lead_plain": 1 / 3, "after_first_reports": 1.0, "first_sentence": 1 / 3},
    ),
    (
        "the day a source names first, before what followed",
        [article("a", "2024-05-17", ("Thursday night", 0, None), ("Friday", 1, "arrest"))],
        "2024-05-16",
        {"first_named": 1.0, "lead_plain": 1.0},
    ),
    (
        "a later day the same lead names after it is not the first named",
        [article("a", "2024-05-17", ("Thursday night", 0, None), ("Friday", 1, None))],
        "2024-05-17",
        {"first_named": 0.0, "lead_plain": 1.0},
    ),
    (
        "a full date in a lead, resolved on its own, against a weekday read from another's page",
        [
            article("a", "2021-03-02", ("March 1, 2021", 0, "incident")),
            article("b", None, ("Sunday", 0, "incident")),
        ],
        "2021-03-01",
        {"lead_full_date": 0.5, "own_claims": 0.5, "own_lead_incident": 0.5},
    ),
]


@pytest.mark.parametrize(
    ("case", "docs", "day", "expected"), FEATURE_CASES, ids=[c[0] for c in FEATURE_CASES]
)
def test_day_features(case: str, docs: list[DocFacts], day: str, expected: dict[str, float]) -> None:
    found = _candidates(docs)
    assert day in found, sorted(found)
    assert {name: found[day][name] for name in expected} == expected


def test_a_day_only_a_later_development_names_is_no_candidate() -> None:
    """A follow-up's lead dates a hearing ("appeared in court Thursday"): what followed, not a
    day the event could have happened on."""
    docs = [
        article("a", "2023-10-08", ("Saturday night", 1, "incident")),
        article("b", "2023-10-20", ("Thursday", 0, "court")),
    ]
    assert sorted(_candidates(docs)) == ["2023-10-07"]


def test_every_candidate_has_every_feature() -> None:
    found = _candidates(FEATURE_CASES[2][1])
    assert found
    assert all(set(features) == set(candidates.FEATURES) for features in found.values())


def test_days_still_ahead_and_body_dates_of_nothing_are_no_candidates() -> None:
    doc = article(
        "a",
        "2024-05-10",
        ("Thursday", 0, "incident"),  # the day before the page: a candidate
        ("Tuesday", 1, "court"),  # "is due in court Tuesday": still ahead, as the extractor marks it
        ("March 3", 8, None),  # deep in the body, naming nothing
    )
    ahead = replace(doc.dates[1], expr=replace(doc.dates[1].expr, future=True))
    docs = [replace(doc, dates=(doc.dates[0], ahead, doc.dates[2]))]
    assert sorted(_candidates(docs)) == ["2024-05-09"]


def test_support_sums_each_sources_strongest_mention() -> None:
    docs = [
        article("a", "2022-03-15", ("Monday", 0, "incident"), ("Monday", 5, "incident")),
        article("b", "2022-03-16", ("Monday", 1, "incident")),
    ]
    resolved, refs = _inputs(docs)
    found = candidates.day_candidates(resolved, refs, lambda f: 0.5 + 0.25 * f["lead_incident"])
    (day,) = found
    assert day.value == "2022-03-14"
    assert day.features["support"] == 0.75  # (0.75 + 0.75) / 2 sources: a's body mention is weaker


# ------------------------------------------------------------------------------ the fitted choice

#: (what the case is about, the articles, the day the fitted weights should choose)
CHOICE_CASES: list[tuple[str, list[DocFacts], str | None]] = [
    (
        "a background date deep in the body loses to the lead's day of the incident",
        [
            article("a", "2019-09-09", ("early Sunday", 0, "incident"), ("Aug. 2, 2017", 12, "incident")),
            article("b", "2019-09-09", ("Sunday", 1, "incident")),
        ],
        "2019-09-08",
    ),
    (
        "an older article in the folder: the first reports' day wins over its hearing",
        [
            article("first", "2020-02-02", ("Saturday", 0, "incident")),
            article("second", "2020-02-03", ("Saturday night", 1, "incident")),
            article("later", "2020-03-12", ("Wednesday", 0, "court"), ("Feb. 1", 2, "incident")),
        ],
        "2020-02-01",
    ),
    (
        "a follow-up's arrest day in its lead is not the incident's",
        [
            article("first", "2021-11-06", ("Friday night", 0, "incident")),
            article("arrest", "2021-11-10", ("Tuesday", 0, "arrest"), ("Friday", 2, "incident")),
        ],
        "2021-11-05",
    ),
    ("no date at all: no day", [article("a", "2021-11-06")], None),
]


@pytest.mark.parametrize(("case", "docs", "day"), CHOICE_CASES, ids=[c[0] for c in CHOICE_CASES])
def test_fitted_day(case: str, docs: list[DocFacts], day: str | None) -> None:
    resolved, refs = _inputs(docs)
    assert candidates.fitted_day(resolved, refs) == day


def test_fitted_day_does_not_depend_on_source_order() -> None:
    docs = CHOICE_CASES[1][1]
    forward = candidates.fitted_day(*_inputs(docs))
    backward = candidates.fitted_day(*_inputs(list(reversed(docs))))
    assert forward == backward == "2020-02-01"

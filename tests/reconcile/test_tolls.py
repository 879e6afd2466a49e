"""The toll's candidates and their features, and the fitted choice between them."""

from __future__ import annotations

import math

import pytest

from eventfacts.reconcile import tolls
from eventfacts.reconcile.choice import Model
from eventfacts.reconcile.tolls import SourceFigure


def said(
    source: str, value: int, *, date: str | None = None, group: str | None = None, **extra: object
) -> SourceFigure:
    readings = extra.pop("readings", (value,))
    return SourceFigure(source, value, readings, group or source, date, **extra)  # type: ignore[arg-type]


def features(figures: list[SourceFigure], **options: bool) -> dict[int | None, dict[str, float]]:
    return {c.value: dict(c.features) for c in tolls.candidates(figures, **options)}


# (figures, value, feature, expected): the features say what the sources do, not what is right
FEATURE_CASES = [
    # two wire reports of four dead in a Chilean mine collapse, one local report of five
    ([said("a", 4), said("b", 4), said("c", 5)], 4, "support", 2 / 3),
    ([said("a", 4), said("b", 4), said("c", 5)], 4, "top", 1.0),
    ([said("a", 4), said("b", 4), said("c", 5)], 5, "top", 0.0),
    ([said("a", 4), said("b", 4), said("c", 5)], 5, "largest", 1.0),
    ([said("a", 4), said("b", 4), said("c", 5)], 4, "smallest", 1.0),
    # one agency story reprinted twice is one group of three
    ([said("a", 4, group="a"), said("b", 4, group="a"), said("c", 5)], 4, "groups", 0.5),
    ([said("a", 4, group="a"), said("b", 4, group="a"), said("c", 5)], 5, "top_groups", 1.0),
    # a second death told a day later: the higher figure is later than every smaller one
    ([said("a", 1, date="2025-03-01"), said("b", 2, date="2025-03-02")], 2, "later", 1.0),
    ([said("a", 1, date="2025-03-01"), said("b", 2, date="2025-03-02")], 2, "latest", 1.0),
    ([said("a", 1, date="2025-03-01"), said("b", 2, date="2025-03-02")], 1, "earliest", 1.0),
    # the higher figure first is no update
    ([said("a", 2, date="2025-03-01"), said("b", 1, date="2025-03-02")], 2, "later", 0.0),
    # an undated source of the higher figure cannot be later
    ([said("a", 1, date="2025-03-01"), said("b", 2)], 2, "later", 0.0),
    # a source that tells of the attacker's death only late reads both ways
    ([said("a", 2, readings=(2, 3), suspects=0), said("b", 2)], 3, "late_suspect", 1.0),
    ([said("a", 2, readings=(2, 3), suspects=0), said("b", 2)], 3, "support", 0.5),
    ([said("a", 2, readings=(2, 3), suspects=0), said("b", 2)], 2, "support", 1.0),
    # a Lagos bus crash: a headline's rounded figure and a body's stated total
    ([said("a", 10, headline=True, counted=True), said("b", 12, counted=True)], 10, "headline", 1.0),
    ([said("a", 10, headline=True, counted=True), said("b", 12, counted=True)], 12, "counted", 1.0),
    # victims plus the gunman some source counts in its figure
    ([said("a", 3, suspects=1), said("b", 2)], 3, "suspect_fuller", 1.0),
    ([said("a", 3), said("b", 2)], 3, "dead_suspect", 0.0),
    ([said("a", 0), said("b", 2)], 0, "zero", 1.0),
]


@pytest.mark.parametrize(("figures", "value", "name", "expected"), FEATURE_CASES)
def test_candidate_features(figures: list[SourceFigure], value: int, name: str, expected: float) -> None:
    assert features(figures)[value][name] == pytest.approx(expected)


def test_a_suspect_some_source_says_died_marks_the_figure_one_higher() -> None:
    found = features([said("a", 3), said("b", 2)], suspect_died=True)
    assert (found[3]["dead_suspect"], found[2]["dead_suspect"]) == (1.0, 0.0)


def test_a_running_toll_marks_the_later_larger_figure() -> None:
    figures = [said("a", 40, date="2025-08-01"), said("b", 65, date="2025-08-03")]
    assert features(figures, running=True)[65]["running_later"] == 1.0
    assert features(figures)[65]["running_later"] == 0.0


def test_a_figure_told_days_after_the_first_report_is_marked() -> None:
    figures = [
        said("a", 2, date="2025-05-01"),
        said("b", 2, date="2025-05-02"),
        said("c", 6, date="2025-05-31"),
    ]
    found = features(figures)
    assert found[2]["log_days_after"] == 0.0
    assert found[6]["log_days_after"] == pytest.approx(math.log1p(30))


def test_a_total_in_the_first_sentence_is_marked() -> None:
    found = features([said("a", 4, counted=True, lead=True), said("b", 3, counted=True)])
    assert (found[4]["lead"], found[3]["lead"]) == (1.0, 0.0)


def test_every_candidate_has_every_feature() -> None:
    for c in tolls.candidates([said("a", 1), said("b", 2, readings=(2, 3))]):
        assert tuple(sorted(c.features)) == tuple(sorted(tolls.FEATURES))


def test_equal_scores_go_to_the_smallest_figure() -> None:
    flat = Model(0.0, {})
    found = tolls.candidates([said("a", 5), said("b", 3)])
    assert tolls.choose("killed", found, flat).value == 3  # type: ignore[union-attr]


def test_the_choice_follows_the_weights_it_is_given() -> None:
    found = tolls.candidates([said("a", 5, date="2025-01-02"), said("b", 3, date="2025-01-01")])
    assert tolls.choose("killed", found, Model(0.0, {"latest": 1.0})).value == 5  # type: ignore[union-attr]
    assert tolls.choose("killed", found, Model(0.0, {"earliest": 1.0})).value == 3  # type: ignore[union-attr]


def test_nothing_offered_is_no_choice() -> None:
    assert tolls.choose("injured", []) is None


def test_the_fitted_weights_load_once_and_name_only_known_features() -> None:
    for kind in ("killed", "injured"):
        model = tolls.toll_model(kind)
        assert model is tolls.toll_model(kind)
        assert set(model.weights) == set(tolls.FEATURES)

"""The table of place weights and the `basis` of the event's location: each row documented,
each basis what a reader would say chose the place, on short articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventfacts.reconcile import build_record
from eventfacts.reconcile.place_weights import PLACE_BASES, PLACE_WEIGHTS, WEIGHT, cue_weight

from .test_places import _facts

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_each_weight_is_one_documented_row() -> None:
    names = [w.name for w in PLACE_WEIGHTS]
    assert len(names) == len(set(names))
    places_md = (DOCS / "places.md").read_text(encoding="utf-8")
    for w in PLACE_WEIGHTS:
        assert w.means and w.example
        assert f"`{w.name}`" in places_md, w.name


def test_each_basis_is_documented() -> None:
    output_md = (DOCS / "output.md").read_text(encoding="utf-8")
    for name, means, example in PLACE_BASES:
        assert means and example
        assert f"`{name}`" in output_md, name


def test_cue_weights_read_the_table() -> None:
    assert cue_weight("dateline") == WEIGHT["cue:dateline"] > cue_weight("locative") > cue_weight("resident")
    assert cue_weight("a cue nobody named") == WEIGHT["cue:mention"]


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        (
            "KALMAR, Sweden (AP) — A ferry ran aground off the coast on Tuesday, and 40 passengers "
            "were taken ashore, the coast guard said.",
            "dateline",
        ),
        ("Two men were hurt when a crane fell on a building site in Leeds on Monday, police said.", "cue"),
        (
            "Voters in Paraguay went to the polls on Sunday to choose a new president, and turnout "
            "was high, officials said.",
            "most-named",
        ),
    ],
)
def test_basis_names_the_step_that_chose_the_place(nlp, text: str, basis: str) -> None:  # type: ignore[no-untyped-def]
    location = build_record([_facts(nlp, text)]).event.location
    assert location is not None and location.basis == basis

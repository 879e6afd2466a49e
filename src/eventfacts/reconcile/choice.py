"""Fitted choices: the weights `make fit` learned, and the pick of the best candidate by them.

A decision such as "which day is the event's" is made over candidates described by generic
features (`reconcile.candidates`). Hand-set weights for those features were guesses the next
kind of news broke, so the weights are fitted on the dev sets (eval/fit.py, a logistic
regression held out by incident and event) and kept in `weights.json` beside this module: plain
numbers, loaded once, the same on every run.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Model:
    """A linear score over named features: what one decision's weights say."""

    intercept: float
    weights: Mapping[str, float]

    def score(self, features: Mapping[str, float]) -> float:
        # summed in the features' name order, so the float result never depends on dict order
        return self.intercept + math.fsum(
            self.weights.get(name, 0.0) * features[name] for name in sorted(features)
        )

    def probability(self, features: Mapping[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-self.score(features)))


@cache
def model(decision: str) -> Model:
    """The fitted weights of one decision ("event_date"), read from the package once."""
    data = weights()[decision]
    intercept = data["intercept"]
    assert isinstance(intercept, float | int) and isinstance(data["weights"], dict), (
        f"weights.json: {decision}"
    )
    return Model(float(intercept), fitted_weights(decision))


def fitted_weights(decision: str) -> dict[str, float]:
    """A decision's fitted numbers by name (none when `make fit` has not fitted it)."""
    data = weights().get(decision)
    named = data.get("weights") if data else None
    return {str(k): float(v) for k, v in named.items()} if isinstance(named, dict) else {}


@cache
def weights() -> dict[str, dict[str, object]]:
    text = resources.files(__package__).joinpath("weights.json").read_text(encoding="utf-8")
    loaded: dict[str, dict[str, object]] = json.loads(text)
    return loaded

"""The event's toll chosen among the figures its sources give, by weights fitted on the dev sets.

Sources disagree on a toll: a first report has fewer dead than the next, an agency story ran in
three outlets, one source counts the attacker and another does not, a headline rounds. Which
figure is the event's used to be decided by tie-breaks found one dev miss at a time (the most
sources; between as many, the smaller toll of dead but the larger of wounded; a later higher
figure supersedes; the attacker counted when some source says he died). Each was a guess the
next kind of news could break. Here each figure some source offers is a candidate described by
generic features (how many sources and groups of reprints back it, whether its sources are the
latest, a headline's or a stated total, whether it counts a suspect, the event's kind of toll),
and a conditional logit fitted by `eval/fit_toll.py` (`make fit`) on gva-dev and ecb-dev picks
the candidate with the highest score. What one source's figure *is* stays a reading of that
source (`reconcile.participants.source_estimate`); only the choice between them is fitted.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from .choice import Model, fitted_weights, model

#: The features of a candidate figure, in the order the fit script writes them.
FEATURES = (
    "support",  # share of the sources with a figure whose figure reads as this one
    "literal",  # share of them that give this figure as it stands (not with a suspect told late)
    "groups",  # share of the independent groups of reprints (reconcile.copies) backing it
    "top",  # backed by the most sources of any figure
    "top_groups",  # backed by the most independent groups of any figure
    "log_sources",  # log(1 + the number of sources backing it)
    "largest",  # the largest figure offered
    "smallest",  # the smallest figure offered
    "later",  # every source of it dated after every source of a smaller figure
    "latest",  # one of its sources is the latest dated source
    "earliest",  # one of its sources is the earliest dated source
    "headline",  # share of its sources whose figure is their headline's
    "counted",  # share of its sources whose figure is a stated total, not people one by one
    "suspects",  # some source's reading of it counts a suspect
    "late_suspect",  # some source reaches it only with a suspect it says died further down
    "suspect_fuller",  # it is another figure plus the suspects some source counts in it
    "dead_suspect",  # one more than another figure, where some source says a suspect died
    "zero",  # no one
    "log_value",  # log(1 + the figure)
    "lead",  # share of its sources that state it in their first sentence
    "log_days_after",  # log(1 + days from the first dated source to its own first one)
    "running_later",  # `later`, for a kind whose toll grows over days
    "running_largest",  # `largest`, for a kind whose toll grows over days
)


@dataclass(frozen=True, slots=True)
class SourceFigure:
    """What one source says of a toll, as far as the choice between sources sees it."""

    source: str
    value: int  # its figure as it stands
    readings: tuple[int, ...]  # the figures it supports: with a suspect it tells of late, too
    group: str  # its group of reprints
    date: str | None  # when it was written, when it says so
    suspects: int = 0  # suspects its figure counts
    headline: bool = False  # its figure is its headline's
    counted: bool = False  # its figure is a stated total ("three were shot")
    lead: bool = False  # the total is stated in its first sentence


@dataclass(frozen=True, slots=True)
class Candidate:
    """One figure some source offers, with its features and its backers."""

    value: int
    features: Mapping[str, float]
    sources: tuple[str, ...]


def candidates(
    figures: Sequence[SourceFigure], *, running: bool = False, suspect_died: bool = False
) -> list[Candidate]:
    """Every figure the sources offer. `suspect_died`: some source says a suspect was killed (a
    figure one higher may be the same victims with him)."""
    values = sorted({v for f in figures for v in f.readings})
    sources = {f.source for f in figures}
    groups = {f.group for f in figures}
    backers = {v: [f for f in figures if v in f.readings] for v in values}
    most = max((len(bs) for bs in backers.values()), default=0)
    most_groups = max((len({f.group for f in bs}) for bs in backers.values()), default=0)
    dated = sorted(d for f in figures if (d := f.date))
    out = []
    for v in values:
        bs = backers[v]
        n = len(bs)
        own_groups = len({f.group for f in bs})
        lower = [f for f in figures if f.readings and max(f.readings) < v]
        features = {
            "support": n / len(sources),
            "literal": sum(f.value == v for f in bs) / len(sources),
            "groups": own_groups / len(groups),
            "top": float(n == most),
            "top_groups": float(own_groups == most_groups),
            "log_sources": math.log1p(n),
            "largest": float(v == values[-1] and len(values) > 1),
            "smallest": float(v == values[0] and len(values) > 1),
            "later": float(_later(bs, lower)),
            "latest": float(bool(dated) and any(f.date == dated[-1] for f in bs)),
            "earliest": float(bool(dated) and any(f.date == dated[0] for f in bs)),
            "headline": sum(f.headline for f in bs) / n,
            "counted": sum(f.counted for f in bs) / n,
            "suspects": float(any(f.suspects or f.value != v for f in bs)),
            "late_suspect": float(any(f.value != v for f in bs)),
            "suspect_fuller": float(
                any(f.suspects and f.value == v and v - f.suspects in values for f in bs)
            ),
            "dead_suspect": float(suspect_died and v - 1 in values),
            "zero": float(v == 0),
            "log_value": math.log1p(v),
            "lead": sum(f.lead for f in bs) / n,
            "log_days_after": _days_after(bs, dated[0]) if dated else 0.0,
        }
        features["running_later"] = features["later"] * running
        features["running_largest"] = features["largest"] * running
        out.append(Candidate(v, features, tuple(sorted(f.source for f in bs))))
    return out


def _days_after(backers: list[SourceFigure], first: str) -> float:
    """How long after the first report its first source came (0 when none of them is dated):
    a day later may be an update, weeks later another story."""
    own = sorted(d for f in backers if (d := f.date))
    if not own:
        return 0.0
    gap = (date.fromisoformat(own[0][:10]) - date.fromisoformat(first[:10])).days
    return math.log1p(max(gap, 0))


def _later(backers: list[SourceFigure], lower: list[SourceFigure]) -> bool:
    """Told only by sources dated after every source of a smaller figure: a later, higher toll."""
    own = [f.date for f in backers]
    before = [f.date or "" for f in lower]
    return bool(before) and all(own) and min(d or "" for d in own) > max(before)


def toll_model(kind: str) -> Model:
    """The fitted weights for choosing the number killed or injured."""
    return model(f"toll_{kind}")


def choose(kind: str, found: Sequence[Candidate], fitted: Model | None = None) -> Candidate | None:
    """The candidate with the highest score; of equal scores, the smallest figure (any order
    would do: it only keeps the choice the same on every run)."""
    if not found:
        return None
    if fitted is None and not fitted_weights(f"toll_{kind}"):
        raise LookupError(f"weights.json holds no toll_{kind}: run make fit")
    scorer = fitted or toll_model(kind)
    return min(found, key=lambda c: (-scorer.score(c.features), c.value))

"""`make fit`'s toll half: fit which of the figures the sources give is the event's killed and injured.

The record's toll is chosen among candidate figures (`eventfacts.reconcile.tolls`): every figure
some source's estimate offers, described by generic features (share of sources and of groups of
reprints backing it, latest or earliest sources, a headline's or a stated total, a suspect
counted, zero, the toll's kind). A conditional logit over each folder's candidates (as
eval/fit.py's day model) is fitted here on gva-dev (US shootings) and ecb-dev (events of every
kind) together, for the killed and for the injured apart. The script prints the accuracy of the
chosen figure fitted and held out by incident or event (grouped cross-validation), beside the
hand-set choice the package made before (most sources, the smaller toll of dead but the larger
of wounded, the shooter's tie, a later higher figure; kept here as `hand_choice`) and, with
--write, the record's own figures under the weights it wrote (`package`).

    .venv/bin/python eval/fit_toll.py ../shared/eval [--write] [--limit N] [-v]

The candidates are those the record's merge builds (`build_record`, with `tolls.choose` read
through); the injured's follow the killed the fitted model chooses, as in the package (in the
held-out figures too: the killed that choose them saw every folder). Per-article facts
come from eval/fit.py's cache ($EVENTFACTS_FIT_CACHE). Nothing of the dev data enters the
repository: the weight file holds plain numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import GroupKFold

from eventfacts.reconcile import build_record, choice, tolls
from eventfacts.reconcile.tolls import Candidate, SourceFigure
from eventfacts.records import DocFacts

sys.path.insert(0, str(Path(__file__).parent))
import fit

KINDS = ("killed", "injured")
FOLDS = 5
#: The L2 penalty of the conditional logit (as eval/fit.py's day model).
PENALTY = 3.0
#: Never a right figure: an event whose gold leaves the toll open is not scored on it.
UNSCORED: frozenset[float | None] = frozenset()
#: The package's choice, kept before `record_candidates` reads through it.
CHOOSE = tolls.choose


@dataclass
class TollFolder:
    """One incident or event in one input mode, with the figures its gold accepts per toll
    (None: no figure) and what the merge offered the choice."""

    dataset: str
    mode: str
    group: str
    docs: list[DocFacts]
    right: dict[str, frozenset[float | None]]
    offered: dict[str, list[Candidate]] = field(default_factory=dict)
    figures: dict[str, list[SourceFigure]] = field(default_factory=dict)
    options: dict[str, dict[str, bool]] = field(default_factory=dict)


def folders(shared: Path, limit: int) -> Iterator[TollFolder]:
    """Every gva-dev incident and ecb-dev event, in both input modes."""
    for f in fit.dev_folders(shared, limit):
        yield TollFolder(f.dataset, f.mode, f.group, f.docs, _right(f.dataset, f.gold))


def _right(dataset: str, gold: dict[str, Any]) -> dict[str, frozenset[float | None]]:
    """The figures the gold accepts per toll, as the dev set's judge scores them."""
    if dataset == "gva":
        # real.py scores a record without a figure as 0
        return {
            k: frozenset({float(gold.get(f"num_{k}") or 0)} | ({None} if not gold.get(f"num_{k}") else set()))
            for k in KINDS
        }
    right: dict[str, frozenset[float | None]] = {}
    for k in KINDS:
        ok = gold.get(f"{k}_ok")
        if ok is not None:
            right[k] = frozenset(float(x) for x in ok)
        elif gold.get("killed_ok") is None and gold.get("injured_ok") is None:
            right[k] = frozenset({None, 0.0})  # facts.py's "invented": any nonzero figure
        else:
            right[k] = UNSCORED
    return right


Chooser = Callable[[str, TollFolder, list[Candidate]], Candidate | None]


def record_candidates(all_folders: list[TollFolder], chooser: Chooser) -> dict[int, dict[str, float | None]]:
    """Run the record's merge on every folder with `chooser` in place of the fitted choice,
    keeping what it offered; each folder's record toll."""
    original_candidates, original_choose = tolls.candidates, tolls.choose
    current: list[TollFolder] = []

    asked: list[tuple[list[SourceFigure], dict[str, bool]]] = []

    def candidates(figures: Sequence[SourceFigure], **options: bool) -> list[Candidate]:
        asked[:] = [(list(figures), dict(options))]
        return original_candidates(figures, **options)

    def choose(kind: str, found: Sequence[Candidate], fitted: choice.Model | None = None) -> Candidate | None:
        folder = current[0]
        folder.offered[kind], (folder.figures[kind], folder.options[kind]) = list(found), asked[0]
        return chooser(kind, folder, list(found))

    tolls.candidates, tolls.choose = candidates, choose  # type: ignore[assignment]
    out = {}
    try:
        for i, f in enumerate(all_folders):
            f.offered, f.figures, f.options = {}, {}, {}
            current[:] = [f]
            cas = build_record(f.docs).event.casualties
            out[i] = {k: _value(getattr(cas, k)) for k in KINDS}
    finally:
        tolls.candidates, tolls.choose = original_candidates, original_choose  # type: ignore[assignment]
    return out


def _value(fact: object) -> float | None:
    value = getattr(fact, "value", None)
    return float(value) if isinstance(value, int | float) else None


def hand_choice(kind: str, folder: TollFolder, found: list[Candidate]) -> Candidate | None:
    """The choice as the package made it by hand before the fit (participants._most_supported,
    _with_suspects_told and _later_higher)."""
    figures = folder.figures[kind]
    by_value = {c.value: c for c in found}
    support: dict[int, int] = defaultdict(int)
    literal: dict[int, int] = defaultdict(int)
    for f in figures:
        literal[f.value] += 1
        for r in f.readings:
            support[r] += 1
    rank = {v: (-support[v], -literal[v]) for v in support}
    value = min(support, key=lambda v: (*rank[v], -v if kind == "injured" else v))
    if kind == "killed":
        tied = sorted(v for v in rank if rank[v] == rank[value])
        counts_suspects = any(f.suspects for f in figures if value in f.readings)
        if folder.options[kind].get("suspect_died") and tied == [value, value + 1] and not counts_suspects:
            value += 1
        elif not counts_suspects:
            fuller = [f.value for f in figures if f.suspects and f.value - f.suspects == value]
            value = min(fuller, default=value)
    read = {f.source: (value if value in f.readings else f.value) for f in figures}
    dates = {f.source: f.date or "" for f in figures}
    latest = max([dates[s] for s, v in read.items() if v == value], default="")
    if latest:
        higher = {v for v in read.values() if v > value}
        later = [v for v in higher if all(dates[s] > latest for s, w in read.items() if w == v)]
        value = max(later, default=value)
    return by_value[value]


def fitted_choice(models: dict[str, choice.Model]) -> Chooser:
    return lambda kind, folder, found: CHOOSE(kind, found, models[kind])


def _hit(folder: TollFolder, kind: str, value: float | None) -> bool:
    return value in folder.right[kind]


def accuracy(all_folders: list[TollFolder], chosen: dict[int, dict[str, float | None]]) -> dict[str, float]:
    """The share of scored folders whose toll the gold accepts, per toll, dataset and mode, as
    real.py and facts.py score them; and, for ecb events whose gold gives no toll at all (a
    verdict, a deal), the share given a nonzero figure ("invented", lower is better)."""
    tally: dict[str, list[int]] = {}
    for i, f in enumerate(all_folders):
        if all(None in f.right[k] for k in KINDS) and f.dataset == "ecb":
            hits = tally.setdefault(f"invented.{f.dataset}.{f.mode}", [0, 0])
            hits[0] += int(any(chosen[i][k] for k in KINDS))
            hits[1] += 1
            continue
        for kind in KINDS:
            if not f.right[kind]:
                continue
            for key in (f"{kind}.{f.dataset}.{f.mode}", f"{kind}.all"):
                hits = tally.setdefault(key, [0, 0])
                hits[0] += int(_hit(f, kind, chosen[i][kind]))
                hits[1] += 1
    return {k: round(h / n, 3) for k, (h, n) in sorted(tally.items())}


def rows(all_folders: list[TollFolder], kind: str) -> fit.Rows:
    items = [
        (i, c, float(c.value) if c.value is not None else None)
        for i, f in enumerate(all_folders)
        if f.right[kind]
        for c in f.offered.get(kind, [])
    ]
    return fit.Rows(
        np.array([[c.features[n] for n in tolls.FEATURES] for _, c, _ in items], dtype=float).reshape(
            -1, len(tolls.FEATURES)
        ),
        np.array([int(v in all_folders[i].right[kind]) for i, _, v in items]),
        np.array([i for i, _, _ in items], dtype=int),
        [str(v) for _, _, v in items],
    )


def fit_kind(all_folders: list[TollFolder], kind: str, train: set[int]) -> fit.ChoiceFit:
    found = rows(all_folders, kind)
    return fit._fit_choice(fit._subset(found, np.isin(found.folder, list(train))), PENALTY)


def choices_on_offer(
    all_folders: list[TollFolder], models: Callable[[int], dict[str, choice.Model]]
) -> dict[int, dict[str, float | None]]:
    """Each folder's toll chosen among what the merge offered it, by the models `models(i)` gives."""
    out = {}
    for i, f in enumerate(all_folders):
        out[i] = {}
        for kind in KINDS:
            found = f.offered.get(kind)
            picked = CHOOSE(kind, found, models(i)[kind]) if found else None
            out[i][kind] = float(picked.value) if picked is not None and picked.value is not None else None
    return out


def held_out(all_folders: list[TollFolder]) -> dict[int, dict[str, float | None]]:
    groups = np.array([f.group for f in all_folders])
    index = np.arange(len(all_folders))
    per_folder: dict[int, dict[str, choice.Model]] = {}
    for train, test in GroupKFold(n_splits=FOLDS).split(index, groups=groups):
        models = {
            k: fit._as_model(fit_kind(all_folders, k, set(train.tolist())), tolls.FEATURES) for k in KINDS
        }
        for i in test.tolist():
            per_folder[i] = models
    return choices_on_offer(all_folders, per_folder.__getitem__)


def report(all_folders: list[TollFolder], *, write: bool = False, verbose: bool = False) -> dict[str, object]:
    everything = set(range(len(all_folders)))
    hand = record_candidates(all_folders, hand_choice)
    killed = fit_kind(all_folders, "killed", everything)
    by_killed = fit._as_model(killed, tolls.FEATURES)

    def fitted_killed(kind: str, folder: TollFolder, found: list[Candidate]) -> Candidate | None:
        return CHOOSE(kind, found, by_killed) if kind == "killed" else hand_choice(kind, folder, found)

    # the package offers the injured after its fitted choice of the killed (a source's wounded
    # drop by the deaths it did not know of): so are they offered to the injured's fit
    record_candidates(all_folders, fitted_killed)
    fits = {"killed": killed, "injured": fit_kind(all_folders, "injured", everything)}
    models = {k: fit._as_model(fits[k], tolls.FEATURES) for k in KINDS}
    fitted = choices_on_offer(all_folders, lambda i: models)
    outside = held_out(all_folders)
    reachable = {
        i: {
            k: next((c.value for c in f.offered.get(k, []) if _hit(f, k, c.value)), hand[i][k]) for k in KINDS
        }
        for i, f in enumerate(all_folders)
    }
    found: dict[str, object] = {
        "decision": "toll",
        "folders": len(all_folders),
        "candidates": {k: len(rows(all_folders, k).y) for k in KINDS},
        "fitted": accuracy(all_folders, fitted),
        "held_out": accuracy(all_folders, outside),
        "hand": accuracy(all_folders, hand),
        "reachable": accuracy(
            all_folders, {i: {k: _f(v) for k, v in r.items()} for i, r in reachable.items()}
        ),
    }
    if verbose:
        for i, f in enumerate(all_folders):
            for k in KINDS:
                if f.right[k] and (_hit(f, k, hand[i][k]) != _hit(f, k, outside[i][k])):
                    print(
                        f"{f.group} {f.mode} {k}: gold {sorted(f.right[k], key=str)} hand {hand[i][k]}"
                        f" fitted {fitted[i][k]} held out {outside[i][k]}"
                        f" offered {[c.value for c in f.offered.get(k, [])]}"
                    )
    if write:
        path = fit.WEIGHTS
        data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        for k in KINDS:
            data[f"toll_{k}"] = fit._weights_of(fits[k], tolls.FEATURES)
        path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        choice.model.cache_clear()
        choice.weights.cache_clear()
        packaged = {}
        for i, f in enumerate(all_folders):
            cas = build_record(f.docs).event.casualties
            packaged[i] = {k: _value(getattr(cas, k)) for k in KINDS}
        found["package"] = accuracy(all_folders, packaged)
        print(f"wrote {path}", file=sys.stderr)
    return found


def _f(v: int | float | None) -> float | None:
    return float(v) if v is not None else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_eval", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="the first N incidents and events of each set")
    parser.add_argument("--write", action="store_true", help="write the weights into the package")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list the folders hand and held-out differ on"
    )
    args = parser.parse_args()
    all_folders = list(folders(args.shared_eval, args.limit))
    print(json.dumps(report(all_folders, write=args.write, verbose=args.verbose), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

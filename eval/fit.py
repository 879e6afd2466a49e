"""`make fit`: fit the record's decisions on the dev sets and write their weights into the package.

The event's date can be chosen among candidate days by models over generic features
(`eventfacts.reconcile.candidates`): a logistic regression says what one date mention supports,
and a conditional logit over each folder's days picks the day. This script fits both on gva-dev
(US shootings) and ecb-dev (events of every kind) together, prints the accuracy of the chosen day
fitted and held out by incident or event (grouped cross-validation) beside the day the record
gives (`reconcile.dates.event_date`, which chooses by these weights and gives none where no
source claims a day), and writes the weights (`src/eventfacts/reconcile/weights.json`).

    .venv/bin/python eval/fit.py ../shared/eval [--write] [--limit N]

It reads the dev sets where they lie and keeps the per-article facts it extracts in a cache under
/tmp ($EVENTFACTS_FIT_CACHE), keyed by the articles' bytes and the package's source, so a refit
after a change to reconcile/ only reruns the merge. Nothing of the dev data enters the repository:
the weight file holds plain numbers.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

import eventfacts
from eventfacts.ingest import select_inputs
from eventfacts.reconcile import _without_duplicates, candidates, choice, without_off_topic
from eventfacts.reconcile import dates as date_stage
from eventfacts.reconcile.copies import copy_groups
from eventfacts.reconcile.dates import Reference, ResolvedDate
from eventfacts.reconcile.kinds import developments, event_kind
from eventfacts.records import DocFacts
from eventfacts.serialize import dumps, from_json

CACHE = Path(os.environ.get("EVENTFACTS_FIT_CACHE", "/tmp/eventfacts-fit"))
PARSE_CACHE = Path(os.environ.get("EVENTFACTS_DEVLOOP_CACHE", "/tmp/eventfacts-devloop"))
WEIGHTS = Path(choice.__file__).with_name("weights.json")
FOLDS = 5
#: Inverse regularisation of the mention model.
C = 1.0
#: The day model's L2 penalty. With 1 the fit holds out better on ECB (0.786 against 0.762) but
#: leans on sheer counts of sources: a later article's date of its own beats the first report's
#: ("the day the scores favour is claimed", tests/reconcile/test_event_day.py); with 3 it does not.
PENALTY = 3.0


@dataclass(frozen=True)
class Folder:
    """One incident or event of a dev set in one input mode, with the days its gold accepts."""

    dataset: str  # "gva" | "ecb"
    mode: str  # "meta" | "text"
    group: str  # the incident or event: both modes of one fall in the same fold
    docs: list[DocFacts]
    ok: frozenset[str]


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source_hash() -> str:
    """The extract stage's code: per-article facts cached under another hash are stale."""
    root = Path(eventfacts.__file__).parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*.py")):
        if "reconcile" not in path.parts:
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def _folder_hash(folder: Path) -> str:
    digest = hashlib.sha1()
    for path in sorted(folder.iterdir()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class _Extractor:
    """Per-article facts of a folder, from the cache or from the pipeline (spaCy loads once, on need)."""

    def __init__(self) -> None:
        self._nlp: object | None = None
        self._version = _source_hash()

    def docs(self, folder: Path) -> list[DocFacts]:
        path = CACHE / self._version / (_folder_hash(folder) + ".jsonl")
        if not path.exists():
            from devloop import CachedPipe  # type: ignore[import-not-found]

            from eventfacts.annotate import load_model
            from eventfacts.pipeline import extract_docs

            if self._nlp is None:
                self._nlp = CachedPipe(load_model(), PARSE_CACHE)
            found = extract_docs(select_inputs([str(folder)]).files, nlp=self._nlp)  # type: ignore[arg-type]
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.part")
            partial.write_text("".join(dumps(d, compact=True) + "\n" for d in found), encoding="utf-8")
            partial.replace(path)
        lines = path.read_text(encoding="utf-8").splitlines()
        return [from_json(DocFacts, line) for line in lines]


@dataclass(frozen=True)
class DevFolder:
    """One incident of gva-dev or event of ecb-dev in one input mode, with its gold as the dev
    set gives it: the one walk every fit script shares."""

    dataset: str  # "gva" | "ecb"
    mode: str  # "meta" | "text"
    group: str  # "gva/<incident>" or "ecb/<event>": both modes of one fall in the same fold
    docs: list[DocFacts]
    gold: dict[str, Any]


def dev_folders(
    shared: Path, limit: int, ecb_wanted: Callable[[dict[str, Any]], bool] = lambda _: True
) -> Iterator[DevFolder]:
    """Every gva-dev incident and every ecb-dev event `ecb_wanted` keeps, in both input modes
    (gva: the articles with their metadata / as text; ecb: json / txt)."""
    real = _load(shared / "real.py", "real")
    facts = _load(shared / "facts.py", "facts")
    extractor = _Extractor()
    for cluster in real.clusters_of(shared / "gva-dev", limit):
        gold = json.loads((cluster / "gold.json").read_text(encoding="utf-8"))
        for mode in ("meta", "text"):
            with tempfile.TemporaryDirectory() as tmp:
                real.write_articles(cluster, gold, mode, Path(tmp))
                docs = extractor.docs(Path(tmp))
            yield DevFolder("gva", mode, f"gva/{cluster.name}", docs, gold)
    events = json.loads((shared / "ecb-dev" / "facts.json").read_text(encoding="utf-8"))
    for key in sorted(events)[: limit or None]:
        gold = events[key]
        if not ecb_wanted(gold):
            continue
        for mode, fmt in (("meta", "json"), ("text", "txt")):
            with tempfile.TemporaryDirectory() as tmp:
                facts.prepare(gold.get("docs") or [], shared / "ecb-dev", fmt, Path(tmp))
                docs = extractor.docs(Path(tmp))
            yield DevFolder("ecb", mode, f"ecb/{key}", docs, gold)


#: The "no day" alternative's value: right for an event whose gold gives no day (an
#: announcement the articles do not date), wrong for every other.
NO_DAY = ""


def folders(shared: Path, limit: int) -> Iterator[Folder]:
    """Every gva-dev incident and ecb-dev event, in both input modes, with the days its gold
    accepts (`NO_DAY` for an event its gold leaves undated)."""
    for f in dev_folders(shared, limit):
        if not f.gold.get("date"):
            ok = [NO_DAY]
        else:
            ok = [f.gold["date"]] if f.dataset == "gva" else f.gold.get("date_ok") or [f.gold["date"]]
        yield Folder(f.dataset, f.mode, f.group, f.docs, frozenset(ok))


DateInputs = tuple[list[DocFacts], dict[str, Reference], list[ResolvedDate], candidates.EventKindCue]


def date_inputs(docs: list[DocFacts]) -> DateInputs:
    """What the record's date stage sees of a folder: build_record's own steps up to the choice."""
    ordered, _ = _without_duplicates(sorted(docs, key=lambda d: d.source.id))
    ordered = without_off_topic(ordered)
    refs = date_stage.references(ordered, None)
    # as build_record reads them: the dates of the event's own kind of development are plain
    kind = event_kind(ordered, copy_groups(ordered))
    resolved = date_stage.as_developed(date_stage.resolve_all(ordered, refs), developments(kind))
    return ordered, refs, resolved, candidates.kind_cue(kind)


@dataclass(frozen=True)
class Rows:
    """Candidates (mentions or days) of every folder as a matrix, with their labels and folders."""

    x: np.ndarray
    y: np.ndarray
    folder: np.ndarray  # index into the folder list
    values: list[str]


def _rows(
    items: list[tuple[int, str, dict[str, float]]], names: tuple[str, ...], all_folders: list[Folder]
) -> Rows:
    return Rows(
        np.array([[features.get(n, 0.0) for n in names] for _, _, features in items], dtype=float).reshape(
            -1, len(names)
        ),
        np.array([int(value in all_folders[i].ok) for i, value, _ in items]),
        np.array([i for i, _, _ in items], dtype=int),
        [value for _, value, _ in items],
    )


def _subset(rows: Rows, keep: np.ndarray) -> Rows:
    values = [v for v, k in zip(rows.values, keep.tolist(), strict=True) if k]
    return Rows(rows.x[keep], rows.y[keep], rows.folder[keep], values)


def mention_rows(inputs: list[DateInputs], all_folders: list[Folder]) -> Rows:
    items = [
        (i, r.value, features)
        for i, (_, refs, resolved, _) in enumerate(inputs)
        for r, features in candidates.mention_rows(resolved, refs)
    ]
    return _rows(items, candidates.MENTION_FEATURES, all_folders)


def day_rows(inputs: list[DateInputs], all_folders: list[Folder], fitted: choice.Model) -> Rows:
    items = [
        (i, c.value, c.features)
        for i, (_, refs, resolved, _) in enumerate(inputs)
        for c in candidates.day_candidates(resolved, refs, fitted.probability)
    ]
    return _rows(items, candidates.FEATURES, all_folders)


def no_day_rows(inputs: list[DateInputs], all_folders: list[Folder], fitted: choice.Model) -> Rows:
    """Each folder's "no day" alternative, labelled right where its gold gives no day."""
    items = []
    for i, (_, refs, resolved, kind) in enumerate(inputs):
        found = candidates.day_candidates(resolved, refs, fitted.probability)
        items.append((i, NO_DAY, candidates.no_day_features(found, refs, kind)))
    return _rows(items, candidates.NO_DAY_FEATURES, all_folders)


def _as_model(fitted: LogisticRegression | ChoiceFit, names: tuple[str, ...]) -> choice.Model:
    """The package's view of a fit: the same rounded numbers the weight file holds."""
    data = _weights_of(fitted, names)
    return choice.Model(data["intercept"], data["weights"])


def _weights_of(fitted: LogisticRegression | ChoiceFit, names: tuple[str, ...]) -> dict:
    return {
        "intercept": round(float(fitted.intercept_[0]), 6),
        "weights": {name: round(float(w), 6) for name, w in sorted(zip(names, fitted.coef_[0], strict=True))},
    }


@dataclass(frozen=True)
class ChoiceFit:
    """A conditional logit: weights that make each folder's right day the most likely of its days."""

    coef_: np.ndarray
    intercept_: np.ndarray

    def decision_function(self, x: np.ndarray) -> np.ndarray:
        return np.asarray(x @ self.coef_[0] + self.intercept_[0])


def _fit_choice(rows: Rows, penalty: float = PENALTY) -> ChoiceFit:
    """Minimise the folders' negative log-likelihood of their right day under a softmax over
    their days (with an L2 penalty, as the logistic regression's); folders with no right day
    teach nothing. L-BFGS from zero: deterministic."""
    folders = [np.flatnonzero(rows.folder == f) for f in np.unique(rows.folder)]
    folders = [idx for idx in folders if rows.y[idx].any()]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        scores = rows.x @ w
        total = 0.5 * penalty * float(w @ w)
        grad = penalty * w
        for idx in folders:
            s = scores[idx]
            p = np.exp(s - s.max())
            p /= p.sum()
            right = rows.y[idx] == 1
            total -= float(np.log(p[right].sum()))
            q = np.where(right, p, 0.0) / p[right].sum()
            grad = grad + rows.x[idx].T @ (p - q)
        return total, grad

    found = minimize(loss, np.zeros(rows.x.shape[1]), jac=True, method="L-BFGS-B")
    return ChoiceFit(found.x.reshape(1, -1), np.zeros(1))


def _fit_no_day(days: Rows, day_scores: np.ndarray, nulls: Rows, penalty: float = PENALTY) -> ChoiceFit:
    """The "no day" alternative's weights, beside the fitted day model's fixed scores: each
    folder's choice is a softmax over its days and no day, and the weights maximise the
    likelihood of its right one (no day where the gold gives none, else its right day; a folder
    whose right day is no candidate teaches nothing). The day model is fitted first and kept,
    so the days' order among themselves is the day model's alone."""
    folder_days: dict[int, np.ndarray] = {}
    right_day: dict[int, bool] = {}
    for f in np.unique(days.folder).tolist():
        idx = np.flatnonzero(days.folder == f)
        folder_days[f] = day_scores[idx]
        right_day[f] = bool(days.y[idx].any())
    offsets, labels, rows = [], [], []
    for k, f in enumerate(nulls.folder.tolist()):
        if not nulls.y[k] and not right_day.get(f, False):
            continue  # neither no day nor any candidate is right: nothing to learn
        s = folder_days.get(f)
        # log of the days' summed odds: no day is chosen against all of them together
        offsets.append(float(np.logaddexp.reduce(s)) if s is not None and len(s) else -np.inf)
        labels.append(int(nulls.y[k]))
        rows.append(k)
    x = nulls.x[rows]
    offset = np.array(offsets)
    y = np.array(labels, dtype=float)

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w - offset  # the log odds of no day against the days
        p = np.where(np.isfinite(z), 1.0 / (1.0 + np.exp(-np.clip(z, -50, 50))), 1.0)
        p = np.clip(p, 1e-12, 1 - 1e-12)
        total = -float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))) + 0.5 * penalty * float(w @ w)
        return total, x.T @ (p - y) + penalty * w

    found = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B")
    return ChoiceFit(found.x.reshape(1, -1), np.zeros(1))


def _fit(x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    # lbfgs on the whole batch: the same data gives the same weights on every run
    return LogisticRegression(C=C, max_iter=5000, solver="lbfgs").fit(x, y)


def _chosen(rows: Rows, scores: np.ndarray) -> dict[int, str]:
    """Each folder's day with the highest score (the oldest of equal scores; no day only when
    it scores higher than every day), as at runtime."""
    best: dict[int, tuple[float, bool, str]] = {}
    for folder, score, value in zip(rows.folder.tolist(), scores.tolist(), rows.values, strict=True):
        key = (-score, value == NO_DAY, value)
        if folder not in best or key < best[folder]:
            best[folder] = key
    return {f: v for f, (_, _, v) in best.items()}


def accuracy(all_folders: list[Folder], chosen: dict[int, str]) -> dict[str, float]:
    """The share of folders whose choice the gold accepts, per dataset and mode: of the folders
    with a gold day, those given it (real.py's `date`); of those without, those given none
    (`no_day`, one minus real.py's `date_on_null`); and of all together."""
    tally: dict[str, list[int]] = {}
    for i, f in enumerate(all_folders):
        part = "no_day" if NO_DAY in f.ok else "day"
        for key in (f"{f.dataset}.{f.mode}.{part}", f"all.{part}", "all"):
            hits = tally.setdefault(key, [0, 0])
            hits[0] += int(chosen.get(i, NO_DAY) in f.ok)
            hits[1] += 1
    return {k: round(h / n, 3) for k, (h, n) in sorted(tally.items())}


def runtime_choice(inputs: list[DateInputs]) -> dict[int, str]:
    """The day the record gives each folder (`reconcile.dates.event_date`), none where it gives none."""
    chosen = {}
    for i, (_, refs, resolved, kind) in enumerate(inputs):
        fact = date_stage.event_date(resolved, refs, kind=kind)
        chosen[i] = fact.value if fact is not None else NO_DAY
    return chosen


@dataclass(frozen=True)
class DateFit:
    """The three fitted models of the date choice, with every folder's rows."""

    mentions: LogisticRegression | None  # None: the package's mention and day models, kept
    days: ChoiceFit
    no_day: ChoiceFit
    day_rows: Rows
    no_day_rows: Rows

    def chosen(self, keep: set[int] | None = None) -> dict[int, str]:
        """Each folder's choice (of the `keep` folders): its best day, or no day where that
        scores higher than every day (or no day is a candidate)."""
        days = (
            self.day_rows
            if keep is None
            else _subset(self.day_rows, np.isin(self.day_rows.folder, list(keep)))
        )
        nulls = self.no_day_rows
        if keep is not None:
            nulls = _subset(nulls, np.isin(nulls.folder, list(keep)))
        both = Rows(
            np.zeros((0, 1)),
            np.concatenate([days.y, nulls.y]),
            np.concatenate([days.folder, nulls.folder]),
            days.values + nulls.values,
        )
        scores = np.concatenate([self.days.decision_function(days.x), self.no_day.decision_function(nulls.x)])
        return _chosen(both, scores)


def fit_all(
    inputs: list[DateInputs], all_folders: list[Folder], train: set[int], *, keep_days: bool = False
) -> DateFit:
    """The mention model, then the day model over days scored with it, then the "no day"
    alternative beside the day model's scores, on the `train` folders; with every folder's rows.
    The mention and day models learn from the folders with a gold day: what a source says for
    a day, and which of the days is the event's. With `keep_days`, the package's mention and
    day models stay as they are and only the no-day alternative is fitted beside them."""
    dated = {i for i in train if NO_DAY not in all_folders[i].ok}
    mention_model: LogisticRegression | None = None
    if keep_days:
        mention = choice.model("event_date_mention")
        packaged = choice.fitted_weights("event_date")
        days = day_rows(inputs, all_folders, mention)
        day_model = ChoiceFit(np.array([[packaged[n] for n in candidates.FEATURES]]), np.zeros(1))
    else:
        mentions = mention_rows(inputs, all_folders)
        keep = np.isin(mentions.folder, list(dated))
        mention_model = _fit(mentions.x[keep], mentions.y[keep])
        mention = _as_model(mention_model, candidates.MENTION_FEATURES)
        days = day_rows(inputs, all_folders, mention)
        day_model = _fit_choice(_subset(days, np.isin(days.folder, list(dated))))
    nulls = no_day_rows(inputs, all_folders, mention)
    train_days = _subset(days, np.isin(days.folder, list(train)))
    no_day = _fit_no_day(
        train_days,
        day_model.decision_function(train_days.x),
        _subset(nulls, np.isin(nulls.folder, list(train))),
    )
    return DateFit(mention_model, day_model, no_day, days, nulls)


def held_out(
    inputs: list[DateInputs], all_folders: list[Folder], *, keep_days: bool = False
) -> dict[int, str]:
    """Each folder's choice by models fitted without its incident or event."""
    groups = np.array([f.group for f in all_folders])
    chosen: dict[int, str] = {}
    index = np.arange(len(all_folders))
    for train, test in GroupKFold(n_splits=FOLDS).split(index, groups=groups):
        fitted = fit_all(inputs, all_folders, set(train.tolist()), keep_days=keep_days)
        chosen.update(fitted.chosen(set(test.tolist())))
    return chosen


def weights_file(fitted: DateFit, previous: dict[str, object]) -> str:
    data = dict(previous)
    if fitted.mentions is not None:
        data["event_date_mention"] = _weights_of(fitted.mentions, candidates.MENTION_FEATURES)
        data["event_date"] = _weights_of(fitted.days, candidates.FEATURES)
    data["event_date_no_day"] = _weights_of(fitted.no_day, candidates.NO_DAY_FEATURES)
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_eval", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="the first N incidents and events of each set")
    parser.add_argument("--write", action="store_true", help="write the weights into the package")
    parser.add_argument(
        "--keep-days",
        action="store_true",
        help="keep the package's mention and day models; fit only the no-day alternative beside them",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list the folders the choices differ on")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))  # devloop's parse cache
    all_folders = list(folders(args.shared_eval, args.limit))
    found = report(all_folders, write=args.write, verbose=args.verbose, keep_days=args.keep_days)
    print(json.dumps(found, indent=1))
    return 0


def report(
    all_folders: list[Folder], *, write: bool = False, verbose: bool = False, keep_days: bool = False
) -> dict[str, object]:
    inputs = [date_inputs(f.docs) for f in all_folders]
    fitted_all = fit_all(inputs, all_folders, set(range(len(all_folders))), keep_days=keep_days)
    days, nulls = fitted_all.day_rows, fitted_all.no_day_rows
    oracle = {
        i: v
        for i, v, y in zip(
            [*days.folder.tolist(), *nulls.folder.tolist()],
            days.values + nulls.values,
            [*days.y, *nulls.y],
            strict=True,
        )
        if y
    }
    # before a first fit wrote the no-day weights, the package has no record to compare
    record = runtime_choice(inputs) if "event_date_no_day" in choice.weights() else {}
    outside = held_out(inputs, all_folders, keep_days=keep_days)
    fitted = fitted_all.chosen()
    found = {
        "decision": "event_date",
        "folders": len(all_folders),
        "candidates": len(days.y) + len(nulls.y),
        "fitted": accuracy(all_folders, fitted),
        "held_out": accuracy(all_folders, outside),
        "reachable": accuracy(all_folders, oracle),
    }
    if record:
        found["record"] = accuracy(all_folders, record)
    if verbose:
        for i, f in enumerate(all_folders):
            if record.get(i) not in f.ok or outside.get(i) not in f.ok:
                print(
                    f"{f.group} {f.mode}: gold {sorted(f.ok)} record {record.get(i)!r}"
                    f" fitted {fitted.get(i)!r} held out {outside.get(i)!r}"
                    + (" (reachable)" if i in oracle else "")
                )
    if write:
        previous = json.loads(WEIGHTS.read_text(encoding="utf-8")) if WEIGHTS.exists() else {}
        WEIGHTS.write_text(weights_file(fitted_all, previous), encoding="utf-8")
        choice.model.cache_clear()
        choice.weights.cache_clear()
        # the package's own reading of the file it was given: the fitted figures again
        packaged = {
            i: candidates.fitted_day(resolved, refs, kind) or NO_DAY
            for i, (_, refs, resolved, kind) in enumerate(inputs)
        }
        found["package"] = accuracy(all_folders, packaged)
        print(f"wrote {WEIGHTS}", file=sys.stderr)
    return found


if __name__ == "__main__":
    sys.exit(main())

"""`make fit`: fit the record's decisions on the dev sets and write their weights into the package.

The event's date is chosen among candidate days by a model over generic features
(`eventfacts.reconcile.choice`); this script fits that model on gva-dev (US shootings) and ecb-dev
(events of every kind) together, prints the accuracy of the chosen day fitted and held out by
incident or event (grouped cross-validation), beside the hand-weighted choice it replaces, and
writes the weights (`src/eventfacts/reconcile/weights.json`).

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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

import eventfacts
from eventfacts.ingest import select_inputs
from eventfacts.reconcile import _without_duplicates, candidates, choice, without_off_topic
from eventfacts.reconcile import dates as date_stage
from eventfacts.reconcile.dates import Reference, ResolvedDate
from eventfacts.records import DocFacts
from eventfacts.serialize import dumps, from_plain, loads

CACHE = Path(os.environ.get("EVENTFACTS_FIT_CACHE", "/tmp/eventfacts-fit"))
PARSE_CACHE = Path(os.environ.get("EVENTFACTS_DEVLOOP_CACHE", "/tmp/eventfacts-devloop"))
WEIGHTS = Path(choice.__file__).with_name("weights.json")
FOLDS = 5
#: Inverse regularisation of the logistic regression: the dev sets hold a few hundred folders,
#: and a milder penalty fits them better without holding out better.
C = 1.0


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
        return [from_plain(DocFacts, loads(line)) for line in lines]


def folders(shared: Path, limit: int) -> Iterator[Folder]:
    """Every gva-dev incident and ecb-dev event with a gold day, in both input modes."""
    real = _load(shared / "real.py", "real")
    facts = _load(shared / "facts.py", "facts")
    extractor = _Extractor()
    for cluster in real.clusters_of(shared / "gva-dev", limit):
        gold = json.loads((cluster / "gold.json").read_text(encoding="utf-8"))
        for mode in ("meta", "text"):
            with tempfile.TemporaryDirectory() as tmp:
                real.write_articles(cluster, gold, mode, Path(tmp))
                docs = extractor.docs(Path(tmp))
            yield Folder("gva", mode, f"gva/{cluster.name}", docs, frozenset([gold["date"]]))
    events = json.loads((shared / "ecb-dev" / "facts.json").read_text(encoding="utf-8"))
    for key in sorted(events)[: limit or None]:
        gold = events[key]
        if not gold.get("date"):
            continue
        for mode, fmt in (("meta", "json"), ("text", "txt")):
            with tempfile.TemporaryDirectory() as tmp:
                facts.prepare(gold.get("docs") or [], shared / "ecb-dev", fmt, Path(tmp))
                docs = extractor.docs(Path(tmp))
            ok = frozenset(gold.get("date_ok") or [gold["date"]])
            yield Folder("ecb", mode, f"ecb/{key}", docs, ok)


def date_inputs(docs: list[DocFacts]) -> tuple[list[DocFacts], dict[str, Reference], list[ResolvedDate]]:
    """What the record's date stage sees of a folder: build_record's own steps up to the choice."""
    ordered, _ = _without_duplicates(sorted(docs, key=lambda d: d.source.id))
    ordered = without_off_topic(ordered)
    refs = date_stage.references(ordered, None)
    return ordered, refs, date_stage.resolve_all(ordered, refs)


@dataclass(frozen=True)
class Rows:
    """The candidates of every folder as a matrix, with their labels and folders."""

    x: np.ndarray
    y: np.ndarray
    folder: np.ndarray  # index into the folder list
    values: list[str]


def candidate_rows(all_folders: list[Folder]) -> Rows:
    xs: list[list[float]] = []
    ys: list[int] = []
    index: list[int] = []
    values: list[str] = []
    for i, f in enumerate(all_folders):
        _, refs, resolved = date_inputs(f.docs)
        for c in candidates.day_candidates(resolved, refs):
            xs.append([c.features[name] for name in candidates.FEATURES])
            ys.append(int(c.value in f.ok))
            index.append(i)
            values.append(c.value)
    return Rows(np.array(xs, dtype=float), np.array(ys), np.array(index), values)


def _fit(x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    # lbfgs on the whole batch: the same data gives the same weights on every run
    return LogisticRegression(C=C, max_iter=5000, solver="lbfgs").fit(x, y)


def _chosen(rows: Rows, scores: np.ndarray, n_folders: int) -> dict[int, str]:
    """Each folder's day with the highest score (the oldest of equal scores), as at runtime."""
    best: dict[int, tuple[float, str]] = {}
    for folder, score, value in zip(rows.folder.tolist(), scores.tolist(), rows.values, strict=True):
        key = (-score, value)
        if folder not in best or key < (-best[folder][0], best[folder][1]):
            best[folder] = (score, value)
    return {f: v for f, (_, v) in best.items()}


def accuracy(all_folders: list[Folder], chosen: dict[int, str]) -> dict[str, float]:
    """The share of folders whose chosen day the gold accepts, per dataset and mode."""
    tally: dict[str, list[int]] = {}
    for i, f in enumerate(all_folders):
        for key in (f"{f.dataset}.{f.mode}", "all"):
            hits = tally.setdefault(key, [0, 0])
            hits[0] += int(chosen.get(i) in f.ok)
            hits[1] += 1
    return {k: round(h / n, 3) for k, (h, n) in sorted(tally.items())}


def runtime_choice(all_folders: list[Folder]) -> dict[int, str]:
    """The day the package as installed chooses for each folder (the hand weights before a fit)."""
    chosen = {}
    for i, f in enumerate(all_folders):
        _, refs, resolved = date_inputs(f.docs)
        fact = date_stage.event_date(resolved, refs)
        if fact is not None:
            chosen[i] = fact.value
    return chosen


def held_out(rows: Rows, all_folders: list[Folder]) -> np.ndarray:
    """Every candidate's score from a model fitted without its incident or event."""
    groups = np.array([all_folders[i].group for i in rows.folder.tolist()])
    scores = np.zeros(len(rows.y))
    for train, test in GroupKFold(n_splits=FOLDS).split(rows.x, rows.y, groups):
        scores[test] = _fit(rows.x[train], rows.y[train]).decision_function(rows.x[test])
    return scores


def weights_file(fitted: LogisticRegression, previous: dict[str, object]) -> str:
    data = dict(previous)
    data["event_date"] = {
        "intercept": round(float(fitted.intercept_[0]), 6),
        "weights": {
            name: round(float(w), 6) for name, w in sorted(zip(candidates.FEATURES, fitted.coef_[0], strict=True))
        },
    }
    return json.dumps(data, indent=1, sort_keys=True) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_eval", type=Path)
    parser.add_argument("--limit", type=int, default=0, help="the first N incidents and events of each set")
    parser.add_argument("--write", action="store_true", help="write the weights into the package")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))  # devloop's parse cache
    all_folders = list(folders(args.shared_eval, args.limit))
    rows = candidate_rows(all_folders)
    fitted = _fit(rows.x, rows.y)
    oracle = {i: v for i, v, y in zip(rows.folder.tolist(), rows.values, rows.y.tolist(), strict=True) if y}
    report = {
        "decision": "event_date",
        "folders": len(all_folders),
        "candidates": len(rows.y),
        "fitted": accuracy(all_folders, _chosen(rows, fitted.decision_function(rows.x), len(all_folders))),
        "held_out": accuracy(all_folders, _chosen(rows, held_out(rows, all_folders), len(all_folders))),
        "reachable": accuracy(all_folders, oracle),
        "runtime": accuracy(all_folders, runtime_choice(all_folders)),
    }
    print(json.dumps(report, indent=1))
    if args.write:
        previous = json.loads(WEIGHTS.read_text(encoding="utf-8")) if WEIGHTS.exists() else {}
        WEIGHTS.write_text(weights_file(fitted, previous), encoding="utf-8")
        print(f"wrote {WEIGHTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

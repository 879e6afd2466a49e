"""`make fit`'s splitting half: fit how much each kind of evidence says two articles report one event.

`eventfacts extract --split` scores each candidate pair of articles by its text cosine times a
factor per piece of evidence that holds for the pair (`reconcile.splitting.pairs.EVIDENCE`:
dated within days, years apart, one town, towns far apart, a shared person...), then groups the
articles by average linkage over those scores. The factors were set by hand on one shooting
feed; this script fits them on three feeds of many events, where each article's event is known:
every gva-dev incident in one folder (the shared `real.py split`), and every ecb-dev document in
one folder, as news-please JSON with its date and as bare text (`real.py split-ecb`).

The fit: the factors and the least mean score of a group (`splitting.THRESHOLD`) are searched
one at a time in steps of a ratio (coordinate ascent in log space, from the values the package
holds), each step kept when it raises the feeds' mean B-cubed F1, the figure `real.py` reports:
the pairs are not independent (average linkage weighs them together), so a model of single pairs
(a logistic regression over them was tried: it weighs all the evidence nearer 1 and loses ECB
events) fits the wrong thing. Figures are the feeds' B-cubed F1, fitted and held out by event
(each feed's events in FOLDS folds by a hash of their name: searched on the others' articles,
grouped on the held-out events' articles alone), beside the values the package holds now.

    .venv/bin/python eval/fit_split.py ../shared/eval [--write] [--no-cv]

`--write` writes the fitted values only when they hold out at least as well as the values in use
(the mean of the feeds' held-out F1): on the December 2026 dev sets they did not (the search
fits the whole feeds 0.976 / 0.917 / 0.916 against 0.978 / 0.906 / 0.903 but holds out at
0.982 / 0.925 / 0.922 against 0.982 / 0.949 / 0.939, and its values swing from fold to fold:
the feeds do not pin the factors down more closely than the hand values do), so the package
keeps the hand values (`pairs.HAND_EVIDENCE`, `splitting.HAND_THRESHOLD`).

Per-article facts are cached as `eval/fit.py` caches them ($EVENTFACTS_FIT_CACHE, parses in
$EVENTFACTS_DEVLOOP_CACHE). Nothing of the dev data enters the repository: the weight file
holds nine numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import fit
import numpy as np
from numpy.typing import NDArray

from eventfacts.reconcile import splitting
from eventfacts.reconcile.splitting import pairs as stage
from eventfacts.reconcile.splitting.blocking import candidate_pairs
from eventfacts.reconcile.splitting.clusters import cluster
from eventfacts.reconcile.splitting.keys import EventKey, event_key
from eventfacts.reconcile.splitting.refine import refine_groups
from eventfacts.reconcile.splitting.text import Weights, cosines, tfidf, weights
from eventfacts.records import DocFacts

FOLDS = 3
DECISION = stage.FITTED


@dataclass(frozen=True)
class Feed:
    """One folder of many events: its articles' facts (in source id order) and their events."""

    name: str
    docs: list[DocFacts]
    events: list[str]


def feeds(shared: Path, limit: int) -> Iterator[Feed]:
    real = fit._load(shared / "real.py", "real")
    extractor = fit._Extractor()
    with tempfile.TemporaryDirectory() as tmp:
        event_of: dict[str, str] = {}
        for cluster in real.clusters_of(shared / "gva-dev", limit):
            gold = json.loads((cluster / "gold.json").read_text(encoding="utf-8"))
            for name in real.write_articles(cluster, gold, "meta", Path(tmp), f"{cluster.name}_"):
                event_of[name] = cluster.name
        yield _feed("gva", extractor.docs(Path(tmp)), event_of)
    root = shared / "ecb-dev"
    gold = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    stems = sorted(gold)[: limit * 10 or None]
    for mode in ("meta", "text"):
        with tempfile.TemporaryDirectory() as tmp:
            for stem in stems:
                _write_ecb(root, stem, gold[stem], mode, Path(tmp))
            yield _feed(f"ecb-{mode}", extractor.docs(Path(tmp)), {s: gold[s]["event"] for s in stems})


def _write_ecb(root: Path, stem: str, gold: dict[str, str], mode: str, into: Path) -> None:
    """One ecb-dev document as `real.py split-ecb` writes it."""
    text = (root / f"{stem}.txt").read_text(encoding="utf-8")
    if mode == "text":
        (into / f"{stem}.txt").write_text(text, encoding="utf-8")
        return
    title, _, body = text.partition("\n\n")
    if gold["subtopic"] == "ecb":  # no headline: the first line is the first sentence
        title, body = "", f"{title}\n{body}"
    article = {"title": title.strip() or None, "maintext": body.strip(), "url": gold.get("url"),
               "date_publish": gold.get("date")}  # fmt: skip
    (into / f"{stem}.json").write_text(json.dumps(article), encoding="utf-8")


def _feed(name: str, docs: list[DocFacts], event_of: dict[str, str]) -> Feed:
    kept = [d for d in docs if Path(d.source.id).stem in event_of]
    return Feed(name, kept, [event_of[Path(d.source.id).stem] for d in kept])


#: Ratios tried for each value at each step of the search.
STEPS = (0.5, 0.75, 1.33, 2.0)
ROUNDS = 3
#: The least gain in mean F1 that moves a value (smaller ones are ties: the value stays).
GAIN = 1e-4
THRESHOLD = "threshold"


@dataclass(frozen=True)
class Prepared:
    """What grouping some of a feed's articles needs that the fitted values do not change."""

    events: list[str]
    found: Weights
    table: stage.PairTable
    left: NDArray[np.int64]
    right: NDArray[np.int64]
    text: NDArray[np.float64]


def prepare(feed: Feed, keys: list[EventKey], keep: set[str] | None = None) -> Prepared:
    """`splitting.group_indexes` up to the pair scores, for the articles of the events in `keep`."""
    ids = [k for k, e in enumerate(feed.events) if keep is None or e in keep]
    chosen = [keys[k] for k in ids]
    found = weights(chosen)
    matrix = tfidf(found)
    left, right = candidate_pairs(chosen, matrix)
    text = cosines(matrix, left, right)
    return Prepared([feed.events[k] for k in ids], found, stage.pair_table(chosen), left, right, text)


def grouping(prepared: Prepared) -> list[list[int]]:
    """`splitting.group_indexes` from its prepared half, by the values in use."""
    p = prepared
    if len(p.events) < 2:
        return [list(range(len(p.events)))]
    score = stage.combined(p.text, p.table, p.left, p.right)
    return refine_groups(
        cluster(len(p.events), p.left, p.right, score, splitting.THRESHOLD), p.found, p.table
    )


def bcubed(prepared: Prepared) -> float:
    """B-cubed F1 of the grouping against the articles' events, as `real.py` scores it."""
    events = prepared.events
    if not events:
        return 1.0
    group_of = {k: g for g, members in enumerate(grouping(prepared)) for k in members}
    both = Counter((group_of[k], e) for k, e in enumerate(events))
    in_group = Counter(group_of.values())
    in_event = Counter(events)
    p = sum(n * n / in_group[g] for (g, _), n in both.items()) / len(events)
    r = sum(n * n / in_event[e] for (_, e), n in both.items()) / len(events)
    return 2 * p * r / (p + r) if p + r else 0.0


def search(prepared: list[Prepared], start: dict[str, float]) -> tuple[dict[str, float], float]:
    """Coordinate ascent of the mean B-cubed F1 over the prepared feeds."""

    def mean_f1(values: dict[str, float]) -> float:
        with values_in_use(values):
            return float(np.mean([bcubed(p) for p in prepared]))

    values, best = dict(start), mean_f1(start)
    for _ in range(ROUNDS):
        moved = False
        for name in sorted(values):
            for step in STEPS:
                trial = {**values, name: round(values[name] * step, 4)}
                score = mean_f1(trial)
                if score > best + GAIN:
                    values, best, moved = trial, score, True
        if not moved:
            break
    return values, best


@contextmanager
def values_in_use(values: dict[str, float]) -> Iterator[None]:
    saved, threshold = dict(stage.EVIDENCE), splitting.THRESHOLD
    stage.EVIDENCE.update({k: v for k, v in values.items() if k != THRESHOLD})
    splitting.THRESHOLD = values.get(THRESHOLD, threshold)
    try:
        yield
    finally:
        stage.EVIDENCE.update(saved)
        splitting.THRESHOLD = threshold


def fold_of(event: str) -> int:
    return zlib.crc32(event.encode("utf-8")) % FOLDS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_eval", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--no-cv", action="store_true", help="skip the held-out figures")
    parser.add_argument("--write", action="store_true", help="write the fitted values into weights.json")
    args = parser.parse_args()
    found = list(feeds(args.shared_eval, args.limit))
    keys = {f.name: [event_key(d) for d in f.docs] for f in found}
    whole = [prepare(f, keys[f.name]) for f in found]
    for f, p in zip(found, whole, strict=True):
        same = splitting.group_indexes(f.docs, splitting.THRESHOLD) == grouping(p)
        assert same, f"{f.name}: the prepared grouping is not splitting.group_indexes'"
        print(f"{f.name}: {len(f.docs)} articles, {len(set(f.events))} events", flush=True)
    start = {**stage.EVIDENCE, THRESHOLD: splitting.THRESHOLD}
    fitted, _ = search(whole, start)
    print("values (now -> fitted):")
    for name in sorted(start):
        print(f"  {name:28} {start[name]:7.3f} -> {fitted[name]:7.3f}", flush=True)
    figures = {f.name: {"now": 0.0, "fitted": 0.0, "now held": 0.0, "held out": 0.0} for f in found}
    for values, column in ((start, "now"), (fitted, "fitted")):
        with values_in_use(values):
            for f, p in zip(found, whole, strict=True):
                figures[f.name][column] = bcubed(p)
    for fold in range([FOLDS, 0][args.no_cv]):
        train = [prepare(f, keys[f.name], {e for e in f.events if fold_of(e) != fold}) for f in found]
        test = [prepare(f, keys[f.name], {e for e in f.events if fold_of(e) == fold}) for f in found]
        values, _ = search(train, start)
        print(f"fold {fold + 1}: " + ", ".join(f"{k} {v:.3f}" for k, v in sorted(values.items())), flush=True)
        for f, p in zip(found, test, strict=True):
            with values_in_use(start):
                figures[f.name]["now held"] += bcubed(p) / FOLDS
            with values_in_use(values):
                figures[f.name]["held out"] += bcubed(p) / FOLDS
    print("B-cubed F1 on the whole feed: now / fitted; on each fold's events alone (mean): now / held out")
    for f in found:
        got = figures[f.name]
        whole_f1 = f"{got['now']:.3f} / {got['fitted']:.3f}"
        print(f"  {f.name:9} {whole_f1} ; {got['now held']:.3f} / {got['held out']:.3f}")
    held_now = float(np.mean([figures[f.name]["now held"] for f in found]))
    held_fitted = float(np.mean([figures[f.name]["held out"] for f in found]))
    if args.write and args.no_cv:
        print("kept the values in use: nothing is written without held-out figures")
    elif args.write and held_fitted < held_now:
        print(f"kept the values in use: the search holds out at {held_fitted:.3f}, they at {held_now:.3f}")
    elif args.write:
        path = fit.WEIGHTS
        data = json.loads(path.read_text(encoding="utf-8"))
        data[DECISION] = {"intercept": 0.0, "weights": fitted}
        path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

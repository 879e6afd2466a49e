"""`make fit`'s splitting half: fit how much each kind of evidence says two articles report one event.

`eventfacts extract --split` scores each candidate pair of articles by its text cosine times a
factor per piece of evidence that holds for the pair (`reconcile.splitting.pairs.EVIDENCE`:
dated within days, years apart, one town, towns far apart, a shared person...), then groups the
articles by average linkage over those scores. The factors were set by hand on one shooting
feed; this script fits them on three feeds of many events, where each article's event is known:
every gva-dev incident in one folder (the shared `real.py split`), and every ecb-dev document in
one folder, as news-please JSON with its date and as bare text (`real.py split-ecb`).

The model: a logistic regression over the candidate pairs (those blocking gives, the only ones
ever scored), `logit P(one event) = a log(cosine) + sum_k w_k [factor k holds] + b`. In the
score's own form, log(score) = log(cosine) + sum_k log(f_k), that is f_k = exp(w_k / a): the
factors are read off the fit. The pairs are weighed so that each feed counts alike. Figures are
the feeds' B-cubed F1, fitted and held out by event (the events of each feed in FOLDS folds: fit
on the others' pairs, group the held-out events' articles on their own), beside the factors the
package holds now.

    .venv/bin/python eval/fit_split.py ../shared/eval [--write]

Per-article facts are cached as `eval/fit.py` caches them ($EVENTFACTS_FIT_CACHE, parses in
$EVENTFACTS_DEVLOOP_CACHE). Nothing of the dev data enters the repository: the weight file
holds eight numbers.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import fit
import numpy as np
from numpy.typing import NDArray
from sklearn.linear_model import LogisticRegression

from eventfacts.reconcile.splitting import group_indexes
from eventfacts.reconcile.splitting import pairs as stage
from eventfacts.reconcile.splitting.blocking import candidate_pairs
from eventfacts.reconcile.splitting.keys import event_key
from eventfacts.reconcile.splitting.text import cosines, tfidf, weights
from eventfacts.records import DocFacts

FOLDS = 3
#: Inverse regularisation of the pair model.
C = 1.0
#: A cosine of zero (no shared weighted word) is read as this, so its log is finite.
LEAST_COSINE = 1e-3
DECISION = "split_evidence"


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


@dataclass(frozen=True)
class Pairs:
    """A feed's candidate pairs as the fit reads them."""

    features: NDArray[np.float64]  # log cosine, then one column per factor
    same: NDArray[np.bool_]
    left_event: list[str]


def pair_rows(feed: Feed) -> Pairs:
    keys = [event_key(d) for d in feed.docs]
    matrix = tfidf(weights(keys))
    table = stage.pair_table(keys)
    left, right = candidate_pairs(keys, matrix)
    text = np.log(np.maximum(cosines(matrix, left, right), LEAST_COSINE))
    rows = stage.evidence_rows(table, left, right)
    columns = [text, *(rows[name].astype(float) for name in stage.EVIDENCE)]
    events = np.asarray(feed.events)
    return Pairs(np.column_stack(columns), events[left] == events[right], [feed.events[i] for i in left])


def fitted_factors(sets: list[tuple[NDArray[np.float64], NDArray[np.bool_]]]) -> dict[str, float]:
    """The factors the pair model says, each feed's pairs weighed alike."""
    x = np.vstack([f for f, _ in sets])
    y = np.concatenate([s for _, s in sets])
    w = np.concatenate([np.full(len(s), 1.0 / max(len(s), 1)) for _, s in sets])
    model = LogisticRegression(C=C, max_iter=2000).fit(x, y, sample_weight=w * len(y) / w.sum())
    slope, *named = model.coef_[0]
    return {name: round(math.exp(v / slope), 4) for name, v in zip(stage.EVIDENCE, named, strict=True)}


@contextmanager
def factors_in_use(factors: dict[str, float]) -> Iterator[None]:
    saved = dict(stage.EVIDENCE)
    stage.EVIDENCE.update(factors)
    try:
        yield
    finally:
        stage.EVIDENCE.update(saved)


def bcubed(feed: Feed, keep: set[str] | None = None) -> float:
    """B-cubed F1 of the feed's grouping (only the articles of the events in `keep`, if given)."""
    ids = [k for k, e in enumerate(feed.events) if keep is None or e in keep]
    if not ids:
        return 1.0
    groups = group_indexes([feed.docs[k] for k in ids])
    found = {ids[k]: g for g, members in enumerate(groups) for k in members}
    p = r = 0.0
    for k in ids:
        mine = {j for j in ids if found[j] == found[k]}
        theirs = {j for j in ids if feed.events[j] == feed.events[k]}
        p += len(mine & theirs) / len(mine)
        r += len(mine & theirs) / len(theirs)
    p, r = p / len(ids), r / len(ids)
    return 2 * p * r / (p + r) if p + r else 0.0


def fold_of(event: str) -> int:
    return zlib.crc32(event.encode("utf-8")) % FOLDS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_eval", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--write", action="store_true", help="write the factors into weights.json")
    args = parser.parse_args()
    found = list(feeds(args.shared_eval, args.limit))
    rows = {f.name: pair_rows(f) for f in found}
    for f in found:
        same = rows[f.name].same
        print(f"{f.name}: {len(f.docs)} articles, {len(set(f.events))} events, {len(same)} candidate pairs "
              f"({int(same.sum())} of one event)")  # fmt: skip
    hand = dict(stage.EVIDENCE)
    factors = fitted_factors([(r.features, r.same) for r in rows.values()])
    print("factors (hand -> fitted):")
    for name in stage.EVIDENCE:
        print(f"  {name:28} {hand[name]:7.3f} -> {factors[name]:7.3f}")
    held: dict[str, list[float]] = {f.name: [] for f in found}
    for fold in range(FOLDS):
        train = []
        for r in rows.values():
            mask = np.array([fold_of(e) != fold for e in r.left_event], dtype=bool)
            train.append((r.features[mask], r.same[mask]))
        with factors_in_use(fitted_factors(train)):
            for f in found:
                held[f.name].append(bcubed(f, {e for e in f.events if fold_of(e) == fold}))
    with factors_in_use(hand):
        hand_f1 = {f.name: bcubed(f) for f in found}
        hand_folds = {
            f.name: [bcubed(f, {e for e in f.events if fold_of(e) == k}) for k in range(FOLDS)] for f in found
        }
    with factors_in_use(factors):
        fitted_f1 = {f.name: bcubed(f) for f in found}
    print("B-cubed F1: hand / fitted (whole feed); hand / held out (mean over event folds, each fold alone)")
    for f in found:
        print(f"  {f.name:9} {hand_f1[f.name]:.3f} / {fitted_f1[f.name]:.3f} ; "
              f"{np.mean(hand_folds[f.name]):.3f} / {np.mean(held[f.name]):.3f}")  # fmt: skip
    if args.write:
        path = fit.WEIGHTS
        data = json.loads(path.read_text(encoding="utf-8"))
        data[DECISION] = {"intercept": 0.0, "weights": factors}
        path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

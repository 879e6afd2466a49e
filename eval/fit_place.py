"""`make fit`'s place half: fit how much each kind of place cue says "it happened here".

Each article votes for the town its cues say most strongly is where the event happened
(`reconcile.places.town_scores`): the sum, over the towns' cues, of a weight that is a product
of terms: how the town is written (a dateline, "Marlowe police", "a Marlowe man"), where in
the article, whether it lies in the article's state and country, and so on
(`reconcile.places.Contribution`). Those factors were set by hand; this script fits them.

The model: an article's score for a town is S = sum over its contributions of exp(theta . phi),
phi the one-hot terms of the contribution, and the article's right town (the gold city of its
incident or event, when among its towns) should have the highest S: a softmax over the
article's towns of tau * log S, fitted by L-BFGS with an L2 penalty (one term of each group is
the reference, fixed at 0 in log space, because scaling every weight alike changes nothing).
The least score that makes an article's vote (`min-score`) is then chosen on the folders'
event-level accuracy. Figures are printed fitted and held out by incident or event (grouped
cross-validation), beside the weights the package holds now.

    .venv/bin/python eval/fit_place.py ../shared/eval [--write] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np
from scipy.optimize import minimize
from sklearn.model_selection import GroupKFold

from eventfacts import geo
from eventfacts.reconcile import _without_duplicates, without_off_topic
from eventfacts.reconcile import place_weights as pw
from eventfacts.reconcile import places as stage
from eventfacts.reconcile.copies import copy_groups
from eventfacts.reconcile.kinds import event_kind
from eventfacts.records import DocFacts
from eventfacts.serialize import to_plain

sys.path.insert(0, str(Path(__file__).parent))
import fit

FOLDS = 5
#: The coordinate search's steps (times a factor) and rounds.
STEPS = (0.5, 0.75, 1.33, 2.0)
SWEEPS = 2
#: L2 penalty on the log-space factors: a factor the data says little about stays near 1.
PENALTY = 1.0
#: The fitted terms, by group; the first of each group is the reference (factor 1).
CUES = ("mention", "dateline", "pair", "agency", "city-of", "locative", "site", "container", "title",
        "resident", "care", "neighbourhood", "reference")  # fmt: skip
POSITIONS = ("body", "lead", "late")
REGIONS = ("home", "out-of-state", "abroad")
FLAGS = ("filed", "title-pair")
#: The weight names of place_weights each term sets (the references are 1 but for the cue's,
#: which scales all: "cue:mention" keeps its value and the others are relative to it).
TERMS = (*[f"cue:{c}" for c in CUES], *[f"position:{p}" for p in POSITIONS[1:]],
         *[f"region:{r}" for r in REGIONS[1:]], *FLAGS)  # fmt: skip
WEIGHT_NAME = {"position:lead": "lead-bonus", "position:late": "late-factor",
               "region:out-of-state": "out-of-state", "region:abroad": "abroad"}  # fmt: skip


@dataclass(frozen=True)
class PlaceFolder:
    """One incident or event in one input mode, its articles as the record's place stage sees them."""

    dataset: str
    mode: str
    group: str
    docs: list[DocFacts]
    kind: str | None
    right: frozenset[str]  # folded names of the towns its gold accepts
    #: The dev set's own judge of a record's city (real.py's for gva, facts.py's for ecb).
    city_hit: Callable[[dict[str, object]], bool]


def folders(shared: Path, limit: int) -> Iterator[PlaceFolder]:
    """Every gva-dev incident and ecb-dev event with a gold town, in both input modes."""
    real = fit._load(shared / "real.py", "real")
    facts = fit._load(shared / "facts.py", "facts")
    for f in fit.dev_folders(shared, limit, lambda gold: bool((gold.get("place") or {}).get("city"))):
        if f.dataset == "gva":
            city = real.city_name(f.gold["location"])
            right = frozenset([city]) if city else frozenset()
            yield _folder(f.dataset, f.mode, f.group, f.docs, right, _gva_judge(real, f.gold))
        else:
            names = f.gold.get("city_ok") or [f.gold["place"]["city"]]
            right = frozenset(facts.place_key(c) for c in names)
            key = f.group.removeprefix("ecb/")
            yield _folder(f.dataset, f.mode, f.group, f.docs, right, _ecb_judge(facts, key, f.gold))


def _gva_judge(real: ModuleType, gold: dict[str, object]) -> Callable[[dict[str, object]], bool]:
    return lambda record: bool(real.judge(record, gold)["city"])


def _ecb_judge(facts: ModuleType, key: str, gold: dict[str, object]) -> Callable[[dict[str, object]], bool]:
    return lambda record: facts.judge(key, gold, record)[0].get("city", (0, 1))[0] == 1


def _folder(
    dataset: str,
    mode: str,
    group: str,
    docs: list[DocFacts],
    right: frozenset[str],
    city_hit: Callable[[dict[str, object]], bool],
) -> PlaceFolder:
    ordered, _ = _without_duplicates(sorted(docs, key=lambda d: d.source.id))
    ordered = without_off_topic(ordered)
    kind = event_kind(ordered, copy_groups(ordered))
    return PlaceFolder(dataset, mode, group, ordered, kind.value if kind else None, right, city_hit)


def _names(place: geo.GeoPlace) -> set[str]:
    folded = geo.fold(place.name)
    return {folded, " ".join(w for w in folded.split() if w not in ("county", "city", "district"))}


@dataclass
class Articles:
    """Every article's towns and their contributions, as arrays for the fit."""

    phi: np.ndarray  # contributions x terms (0/1)
    town_of: np.ndarray  # contribution -> town row
    article_of: np.ndarray  # town row -> article
    right: np.ndarray  # town row -> 1 if the gold's town
    folder_of: np.ndarray  # article -> folder


def articles(all_folders: list[PlaceFolder]) -> Articles:
    index = {t: i for i, t in enumerate(TERMS)}
    phi: list[list[int]] = []
    town_of: list[int] = []
    article_of: list[int] = []
    right: list[int] = []
    folder_of: list[int] = []
    for f_i, f in enumerate(all_folders):
        near = stage._shared_regions(f.docs)
        resolved = stage._as_written_with_state({d.source.id: stage.resolve_cues(d, near) for d in f.docs})
        for doc in f.docs:
            towns = stage.town_contributions(doc, near, resolved[doc.source.id])
            if not towns:
                continue
            article = len(folder_of)
            folder_of.append(f_i)
            for place in sorted(towns, key=lambda p: p.id):
                row = len(article_of)
                article_of.append(article)
                right.append(int(bool(_names(place) & f.right)))
                for c in towns[place]:
                    terms = [f"cue:{c.cue if c.cue in CUES else 'mention'}"]
                    if c.position in POSITIONS[1:]:
                        terms.append(f"position:{c.position}")
                    if c.region in REGIONS[1:]:
                        terms.append(f"region:{c.region}")
                    terms += [flag for flag, on in (("filed", c.filed), ("title-pair", c.title_pair)) if on]
                    vec = [0] * len(TERMS)
                    for t in terms:
                        vec[index[t]] = 1
                    phi.append(vec)
                    town_of.append(row)
    return Articles(np.array(phi, dtype=float), np.array(town_of), np.array(article_of), np.array(right),
                    np.array(folder_of))  # fmt: skip


def fit_terms(data: Articles, train_folders: set[int]) -> tuple[np.ndarray, float, float]:
    """theta (log factors, the reference term pinned at 0) and the least vote, by L-BFGS.

    Each article chooses among its towns and "no vote" (a score of the least vote): its right
    choice is the gold's town when it names it, else no vote, for an article that votes for a
    town the event did not happen in misleads the count of votes."""
    keep = np.isin(data.folder_of, list(train_folders))
    rows_keep = keep[data.article_of]
    contrib_keep = rows_keep[data.town_of]
    phi = data.phi[contrib_keep]
    old_rows = np.flatnonzero(rows_keep)
    new_row = -np.ones(len(data.article_of), dtype=int)
    new_row[old_rows] = np.arange(len(old_rows))
    town_of = new_row[data.town_of[contrib_keep]]
    right = data.right[old_rows].astype(bool)
    _, article_idx = np.unique(data.article_of[old_rows], return_inverse=True)
    n_rows, n_articles = len(old_rows), int(article_idx.max()) + 1
    named = np.zeros(n_articles, dtype=bool)
    named[article_idx[right]] = True
    pinned = np.array([t == "cue:mention" for t in TERMS])

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        theta = np.where(pinned, 0.0, params[:-2])
        tau, log_floor = params[-2], params[-1]
        e = np.exp(phi @ theta)
        s = np.zeros(n_rows)
        np.add.at(s, town_of, e)
        log_s = np.log(s)
        z = tau * log_s
        z_null = tau * log_floor
        zmax = np.full(n_articles, z_null)
        np.maximum.at(zmax, article_idx, z)
        ez = np.exp(z - zmax[article_idx])
        ez_null = np.exp(z_null - zmax)
        denom = ez_null.copy()
        np.add.at(denom, article_idx, ez)
        p = ez / denom[article_idx]
        p_null = ez_null / denom
        p_right = np.where(named, 0.0, p_null)
        np.add.at(p_right, article_idx, np.where(right, p, 0.0))
        total = -float(np.log(p_right).sum()) + 0.5 * PENALTY * float(theta @ theta)
        # the gradient of -log p_right by each option's z is p - q (q: the right options' share)
        q = np.where(right, p, 0.0) / p_right[article_idx]
        q_null = np.where(named, 0.0, 1.0)
        dz = p - q
        dz_null = p_null - q_null
        g_tau = float(dz @ log_s) + float(dz_null.sum()) * log_floor
        g_floor = float(dz_null.sum()) * tau
        w = (tau * dz / s)[town_of] * e
        g_theta = phi.T @ w + PENALTY * theta
        g_theta[pinned] = 0.0
        return total, np.concatenate([g_theta, [g_tau, g_floor]])

    start = np.concatenate([np.zeros(len(TERMS)), [1.0, 0.0]])
    bounds = [(None, None)] * len(TERMS) + [(0.05, 20.0), (None, None)]
    found = minimize(loss, start, jac=True, method="L-BFGS-B", bounds=bounds)
    return np.where(pinned, 0.0, found.x[:-2]), float(found.x[-1]), float(found.x[-2])


def factors(theta: np.ndarray) -> dict[str, float]:
    """The weight table the package reads: "cue:mention" keeps its value (its score sets the
    scale the least vote is read on), the rest relative to it, rounded."""
    base = pw.HAND["cue:mention"]
    out: dict[str, float] = {}
    for term, t in zip(TERMS, theta.tolist(), strict=True):
        name = WEIGHT_NAME.get(term, term)
        out[name] = round(base * math.exp(t), 4) if term.startswith("cue:") else round(math.exp(t), 4)
    return out


def judge(f: PlaceFolder, location: object) -> bool:
    """Whether the dev set's judge accepts the city of a record with this location."""
    plain = to_plain(location) if location is not None else None
    return f.city_hit({"event": {"location": plain}})


def hits(all_folders: list[PlaceFolder], which: list[int], table: dict[str, float]) -> dict[int, bool]:
    """Whether the judges accept each folder's event town, with `table` as the weights."""
    saved = dict(pw.WEIGHT)
    pw.WEIGHT.update(table)
    try:
        found = {i: stage.event_place(all_folders[i].docs, kind=all_folders[i].kind) for i in which}
        return {i: judge(all_folders[i], place.location) for i, place in found.items()}
    finally:
        pw.WEIGHT.clear()
        pw.WEIGHT.update(saved)


def accuracy(all_folders: list[PlaceFolder], hit: dict[int, bool]) -> dict[str, float]:
    tally: dict[str, list[int]] = {}
    for i, ok in hit.items():
        f = all_folders[i]
        for key in (f"{f.dataset}.{f.mode}", "all"):
            t = tally.setdefault(key, [0, 0])
            t[0] += int(ok)
            t[1] += 1
    return {k: round(h / n, 3) for k, (h, n) in sorted(tally.items())}


def article_accuracy(data: Articles, table: dict[str, float]) -> float:
    """The share of articles that name their gold town whose highest-scored town it is."""
    # a contribution's weight is the product of its terms' factors
    log_w = np.log(np.array([table[WEIGHT_NAME.get(t, t)] for t in TERMS]))
    e = np.exp(data.phi @ log_w)
    s = np.zeros(len(data.article_of))
    np.add.at(s, data.town_of, e)
    best: dict[int, tuple[float, int]] = {}
    for row, (a, score) in enumerate(zip(data.article_of.tolist(), s.tolist(), strict=True)):
        if a not in best or score > best[a][0]:
            best[a] = (score, row)
    wanted = {int(a) for a in data.article_of[data.right == 1]}
    return round(sum(data.right[best[a][1]] for a in wanted) / max(len(wanted), 1), 3)


def fit_all(all_folders: list[PlaceFolder], data: Articles, train: list[int]) -> dict[str, float]:
    """The likelihood fit of the articles' votes, then refined on the events' towns."""
    theta, log_floor, _ = fit_terms(data, set(train))
    table = {**factors(theta), "min-score": round(pw.HAND["cue:mention"] * math.exp(log_floor), 4)}
    return refine(all_folders, train, table)


def refine(all_folders: list[PlaceFolder], train: list[int], table: dict[str, float]) -> dict[str, float]:
    """Coordinate search on the share of `train` events whose town the judges accept: each
    factor in turn times each of STEPS, kept when it gets more events right (a tie keeps the
    factor), for SWEEPS rounds. The article fit is the start: it says how the cues compare, and
    the search fits what the event's steps after the vote (a city and its parts, the least
    vote) ask of those numbers."""
    best = sum(hits(all_folders, train, table).values())
    for _ in range(SWEEPS):
        moved = False
        for name in sorted(table):
            if name == "cue:mention":
                continue  # the scale: every other weight is relative to it
            for step in STEPS:
                trial = {**table, name: round(table[name] * step, 4)}
                got = sum(hits(all_folders, train, trial).values())
                if got > best:
                    best, table, moved = got, trial, True
                    print(f"  {name} x{step}: {got} of {len(train)}", file=sys.stderr, flush=True)
        if not moved:
            break
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_eval", type=Path)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--write", action="store_true", help="write the weights into the package")
    parser.add_argument("--penalty", type=float, default=None)
    parser.add_argument("--no-cv", action="store_true", help="fitted figures only")
    parser.add_argument(
        "--table", type=json.loads, default=None, help="the fitted weights, when known (JSON)"
    )
    args = parser.parse_args()
    global PENALTY
    PENALTY = PENALTY if args.penalty is None else args.penalty
    all_folders = list(folders(args.shared_eval, args.limit))
    data = articles(all_folders)
    everything = list(range(len(all_folders)))
    fitted = args.table or fit_all(all_folders, data, everything)
    print(json.dumps(fitted), file=sys.stderr, flush=True)
    held: dict[int, bool] = {}
    groups = np.array([f.group for f in all_folders])
    for train, test in (
        [] if args.no_cv else GroupKFold(n_splits=FOLDS).split(np.arange(len(all_folders)), groups=groups)
    ):
        held.update(hits(all_folders, test.tolist(), fit_all(all_folders, data, train.tolist())))
    report = {
        "weights": fitted,
        "hand": accuracy(all_folders, hits(all_folders, everything, dict(pw.HAND))),
        "fitted": accuracy(all_folders, hits(all_folders, everything, fitted)),
        "held_out": accuracy(all_folders, held),
        "articles": {"hand": article_accuracy(data, dict(pw.HAND)), "fitted": article_accuracy(data, fitted)},
    }
    print(json.dumps(report, indent=1))
    if args.write:
        path = fit.WEIGHTS
        data_file = json.loads(path.read_text(encoding="utf-8"))
        data_file["event_place"] = {"intercept": 0.0, "weights": dict(sorted(fitted.items()))}
        path.write_text(json.dumps(data_file, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

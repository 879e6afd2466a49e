"""`make fit`'s type check: fit which people and organization entries of a record are not what they are typed.

NER calls a film a person, a byline an organization, a nickname a body; the hand repairs of
`extract.repairs` catch the patterns someone wrote down, and the rest reach the record. This
script fits a logistic regression per kind (`reconcile.entity_types`) over generic features of
an entry (the labels NER gave its mentions, the repairs that touched it, how many sources and
mentions, titles, age, ordinary-word share, shape, head word class, gazetteer hit...: never the
words of a name) on the hand judgments of `eval/entity_judgments.json` (gva, polnear and ecb
records as `eval/entity_precision.py` builds them), chooses the least probability an entry
must have to stay on held-out folds, and prints precision and the right entries lost, fitted
and held out by record (grouped cross-validation), per dataset. "duplicate" verdicts are not
type errors and are left out of the fit.

An organization entry also reads its mentions' context scores (`extract.context`): a logistic
regression over each body mention's token vectors, labelled with its entry's verdict, fitted
here too (the folder is parsed again, from the parse cache, for the vectors the facts do not
keep). The entry model is fitted on mention scores held out by its own folds, as unseen text's
would be, and the mention model's weights go to `extract/context_weights.json`.

    .venv/bin/python eval/fit_types.py ../shared/eval [--write] [--limit N]

The per-article facts are cached as eval/fit.py caches them ($EVENTFACTS_FIT_CACHE).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from collections import Counter

import entity_precision as ep
import fit
import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss

from eventfacts.extract import context as context_module
from eventfacts.reconcile import _type_folder, _typed_clusters, _without_duplicates, without_off_topic
from eventfacts.reconcile import entity_types as et
from eventfacts.reconcile.names import without_works
from eventfacts.records import DocFacts

FOLDS = 5
CONTEXT_WEIGHTS = Path(context_module.__file__).with_name("context_weights.json")
#: The fewest judged entries a feature must be seen on to get a weight.
MIN_ENTRIES = 15


MentionKey = tuple[str, int, int]  # source, start, end of a body mention's evidence


@dataclass(frozen=True)
class Judged:
    """One record of the judged sample, as the per-article facts that make it, with each body
    mention's context vector (extract.context)."""

    name: str  # "gva-<cluster>", "polnear-<stem>", "ecb-<event>"
    docs: list[DocFacts]
    vectors: dict[MentionKey, np.ndarray]


class _Vectors:
    """The context vectors of a folder's body mentions: they need the Doc, which the facts cache
    does not keep, so the folder is parsed again (from the parse cache) and the vectors cached
    beside the facts, under the same hash of the extract stage's code."""

    def __init__(self) -> None:
        self._nlp: object | None = None
        self._version = fit._source_hash()

    def of(self, folder: Path) -> dict[MentionKey, np.ndarray]:
        path = fit.CACHE / f"vectors-{self._version}" / (fit._folder_hash(folder) + ".npz")
        if not path.exists():
            keys, rows = self._compute(folder)
            path.parent.mkdir(parents=True, exist_ok=True)
            partial = path.with_suffix(f".{os.getpid()}.part.npz")
            found = np.vstack(rows) if rows else np.zeros((0, 1))
            np.savez(partial, keys=np.array(keys, dtype=object), rows=found)
            partial.replace(path)
        data = np.load(path, allow_pickle=True)
        pairs = zip(data["keys"], data["rows"], strict=True)
        return {(str(s), int(a), int(b)): row for (s, a, b), row in pairs}

    def _compute(self, folder: Path) -> tuple[list[MentionKey], list[np.ndarray]]:
        from devloop import CachedPipe  # type: ignore[import-not-found]

        from eventfacts.annotate import annotate_with_headlines, load_model
        from eventfacts.clean import clean
        from eventfacts.extract import doc_facts
        from eventfacts.extract.common import evidence, text_of
        from eventfacts.extract.context import KINDS as SCORED
        from eventfacts.extract.context import context_vector
        from eventfacts.extract.entities import repaired_names
        from eventfacts.ingest import read_articles, select_inputs

        if self._nlp is None:
            self._nlp = CachedPipe(load_model(), fit.PARSE_CACHE)
        articles = (a for f in select_inputs([str(folder)]).files for a in read_articles(f))
        cleaned = (clean(a, title_in_text=a.format == "text") for a in articles)
        keys, rows = [], []
        for item, doc, headline in annotate_with_headlines(cleaned, self._nlp):  # type: ignore[arg-type]
            source = doc_facts(item, doc, headline).source.id
            if doc is None:
                continue
            text = text_of(doc)
            for named in repaired_names(doc):
                scored = named.kind in SCORED and named.dropped is None
                vector = context_vector(named.span) if scored else None
                if vector is not None:
                    where = evidence(source, text, named.span.start_char, named.span.end_char)
                    keys.append((source, where.start, where.end))
                    rows.append(vector)
        return keys, rows


def judged_records(shared: Path, limit: int) -> Iterator[Judged]:
    extractor = fit._Extractor()
    vectors = _Vectors()
    for cluster in ep.gva_sample(shared / "gva-dev")[: limit or None]:
        with tempfile.TemporaryDirectory() as tmp:
            ep.write_meta_articles(cluster, Path(tmp))
            yield Judged(f"gva-{cluster.name}", extractor.docs(Path(tmp)), vectors.of(Path(tmp)))
    for article in ep.polnear_sample(shared / "polnear-dev")[: limit or None]:
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copy(article, Path(tmp) / article.name)
            yield Judged(f"polnear-{article.stem}", extractor.docs(Path(tmp)), vectors.of(Path(tmp)))
    for key, documents in ep.ecb_sample(shared / "ecb-dev")[: limit or None]:
        with tempfile.TemporaryDirectory() as tmp:
            for document in documents:
                if document.exists():
                    shutil.copy(document, Path(tmp) / document.name)
            yield Judged(f"ecb-{key}", extractor.docs(Path(tmp)), vectors.of(Path(tmp)))


KINDS = {"people": "person", "organizations": "organization"}
#: Inverse regularisation strengths tried; the one with the best held-out log-loss is kept.
CS = (0.1, 0.3, 1.0, 3.0)
#: A wrong entry kept costs as much as a right one dropped, and no threshold passes one half:
#: an entry stays while the model finds it likelier right than wrong. A higher bar buys people
#: precision (held out on ecb, 0.874 -> 0.951 for 29 of 1,073 right ones at 0.65, against 0.938
#: for 19 at 0.5) but drops named victims whose given name no list knows (participant recall on
#: gva-dev 0.836 -> 0.829 at 0.67), and bodies gain little for much (0.711 -> 0.781 for 62 of 734
#: right ones at 0.5, 0.832 for 174 at 0.7).
WRONG_COST = 1.0
HIGHEST_THRESHOLD = 0.5


@dataclass
class Entry:
    record: str
    kind: str  # "people" | "organizations"
    name: str
    names: tuple[str, ...]  # the name and its aliases: what a duplicate verdict looks for
    verdict: str | None  # "right" | "wrong" | "duplicate" | None (unjudged)
    of: str | None
    features: dict[str, float]
    mentions: tuple[np.ndarray, ...]  # its body mentions' context vectors


def entries(records: list[Judged], judgments: dict[tuple[str, str, str], dict[str, str]]) -> list[Entry]:
    found = []
    for r in records:
        ordered, _ = _without_duplicates(sorted(r.docs, key=lambda d: d.source.id))
        ordered = without_off_topic(ordered)
        mentions = without_works(
            [m for d in ordered for m in d.entities], (e for d in ordered for e in d.dropped_entities)
        )
        people, orgs, places = _typed_clusters(mentions, ordered)
        folder = _type_folder(people, orgs, places, ordered)
        for kind, clusters in (("people", people), ("organizations", orgs)):
            for c in clusters:
                name = c.canonical()
                judged = judgments.get((r.name, kind, name)) or {}
                keys = [(m.evidence.source, m.evidence.start, m.evidence.end) for m, _ in c.mentions
                        if not m.headline]  # fmt: skip
                vectors = tuple(r.vectors[k] for k in keys if k in r.vectors)
                found.append(Entry(r.name, kind, name, (name, *c.other_names()), judged.get("verdict"),
                                   judged.get("of"), et.features(c, folder), vectors))  # fmt: skip
    return found


def precision(rows: list[Entry], keep: np.ndarray) -> dict[str, dict[str, object]]:
    """entity_precision.py's figures over the kept entries, and the right entries dropped."""
    table: dict[str, dict[str, object]] = {}
    by_list: dict[tuple[str, str], list[int]] = {}
    for i, e in enumerate(rows):
        by_list.setdefault((e.record, e.kind), []).append(i)
    tally: dict[str, Counter[str]] = {}
    for (record, kind), idx in sorted(by_list.items()):
        c = tally.setdefault(f"{record.split('-', 1)[0]}.{kind}", Counter())
        kept = [i for i in idx if keep[i]]
        for i in idx:
            e = rows[i]
            if e.verdict is None:
                continue
            if e.verdict == "duplicate":
                others = {n for j in kept if j != i for n in rows[j].names}
                v = "wrong" if e.of in others else "right"
            else:
                v = e.verdict
            c[f"{v}{'' if keep[i] else '-dropped'}"] += 1
    for key, c in sorted(tally.items()):
        judged = c["right"] + c["wrong"]
        table[key] = {"precision": round(c["right"] / judged, 3) if judged else 0.0, "right": c["right"],
                      "wrong": c["wrong"], "right_dropped": c["right-dropped"],
                      "wrong_dropped": c["wrong-dropped"]}  # fmt: skip
    return table


def _fit(x: np.ndarray, y: np.ndarray, c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=5000).fit(x, y)


def fold_of(record: str) -> int:
    """A record's fold, read from its name alone ("ecb-12_ecb"): a change that adds or drops
    entries of one record moves no record to another fold. GroupKFold dealt the records out by
    their number of entries, so a change to extraction shuffled every fold and the chosen
    organization threshold moved with it (0.43 -> 0.33 between two fits of one model)."""
    return zlib.crc32(record.encode("utf-8")) % FOLDS


def folds_of(groups: np.ndarray) -> np.ndarray:
    """Each entry's fold: its record's (`fold_of`), so no record is both fitted and held out."""
    return np.array([fold_of(str(g)) for g in groups], dtype=int)


def held_out(x: np.ndarray, y: np.ndarray, train: np.ndarray, fold: np.ndarray, c: float) -> np.ndarray:
    """Each entry's probability from a model fitted without its record (and its record's folds)."""
    p = np.zeros(len(x))
    for k in range(FOLDS):
        fit_rows = np.flatnonzero((fold != k) & train)
        p[fold == k] = _fit(x[fit_rows], y[fit_rows], c).predict_proba(x[fold == k])[:, 1]
    return p


#: The kinds whose entries read the mention model's scores. A person's context held out no
#: better than the traits alone (log-loss 0.1741 against 0.1740) and kept one more wrong entry
#: on gva fitted: people have none, and extraction scores no person mention.
CONTEXT_FITTED = ("organizations",)
#: Inverse regularisation strengths tried for the mention model of extract.context.
CONTEXT_CS = (0.003, 0.01, 0.03, 0.1)


@dataclass
class Context:
    """The mention model's fit for one kind: entries' mean scores held out and fitted, and the weights."""

    held: list[dict[str, float]]
    fitted: list[dict[str, float]]
    intercept: float
    coefficients: list[float]
    report: dict[str, object]


def fit_context(rows: list[Entry], y: np.ndarray, train: np.ndarray, fold: np.ndarray) -> Context:
    """Fit the mention model on the judged entries' body mentions (each mention labelled with its
    entry's verdict, each entry weighing one in all), and each entry's context features from
    mention scores held out by fold (what the entry model is fitted on) and fitted."""
    owner = np.array([i for i, e in enumerate(rows) for _ in e.mentions], dtype=int)
    if not len(owner):
        empty = [et.context_features([]) for _ in rows]
        return Context(empty, empty, 0.0, [], {})
    xm = np.vstack([v for e in rows for v in e.mentions])
    ym = y[owner]
    wm = np.array([1.0 / len(rows[i].mentions) for i in owner])
    tm = train[owner]
    fm = fold[owner]

    def scores(c: float) -> np.ndarray:
        out = np.zeros(len(xm))
        for k in range(FOLDS):
            fr = np.flatnonzero((fm != k) & tm)
            model = LogisticRegression(C=c, max_iter=5000).fit(xm[fr], ym[fr], sample_weight=wm[fr])
            out[fm == k] = model.decision_function(xm[fm == k])
        return out

    losses, held_scores = {}, {}
    for c in CONTEXT_CS:
        held_scores[c] = scores(c)
        p = 1 / (1 + np.exp(-held_scores[c][tm]))
        losses[c] = float(log_loss(ym[tm], np.clip(p, 1e-6, 1 - 1e-6), sample_weight=wm[tm]))
    c = min(CONTEXT_CS, key=lambda k: (losses[k], k))
    model = LogisticRegression(C=c, max_iter=5000).fit(xm[tm], ym[tm], sample_weight=wm[tm])
    fitted_scores = np.round(model.decision_function(xm), 2)

    def per_entry(found: np.ndarray) -> list[dict[str, float]]:
        by_entry: dict[int, list[float]] = {}
        for i, score in zip(owner, found, strict=True):
            by_entry.setdefault(int(i), []).append(float(score))
        return [et.context_features(by_entry.get(i, [])) for i in range(len(rows))]

    report = {"C": c, "held_out_log_loss": {str(k): round(v, 4) for k, v in losses.items()},
              "mentions": int(tm.sum())}  # fmt: skip
    return Context(per_entry(held_scores[c]), per_entry(fitted_scores), float(model.intercept_[0]),
                   [round(float(w), 5) for w in model.coef_[0]], report)  # fmt: skip


def choose_threshold(p: np.ndarray, y: np.ndarray, cost: float) -> float:
    """The least probability to stay that keeps most right entries for the wrong ones it keeps."""
    best, best_gain = 0.0, 0.0
    for t in np.arange(0.05, HIGHEST_THRESHOLD + 0.001, 0.01):
        dropped = p < t
        gain = cost * float(np.sum(dropped & (y == 0))) - float(np.sum(dropped & (y == 1)))
        if gain > best_gain + 1e-9:
            best, best_gain = round(float(t), 2), gain
    return best


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("shared", type=Path)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="each judged entry's held-out probability"
    )
    parser.add_argument("--compare", action="store_true", help="held-out figures of gradient boosting beside")
    parser.add_argument("--judgments", type=Path, default=ep.JUDGMENTS)
    parser.add_argument("--no-context", action="store_true", help="fit without the mention model's scores")
    args = parser.parse_args()
    records = list(judged_records(args.shared, args.limit))
    rows = entries(records, ep.load_judgments(args.judgments))
    report: dict[str, object] = {}
    keep_fit = np.ones(len(rows), dtype=bool)
    keep_held = np.ones(len(rows), dtype=bool)
    report["before"] = precision(rows, keep_fit)
    fitted_weights: dict[str, dict[str, object]] = {}
    context_weights: dict[str, dict[str, object]] = {}
    for kind, singular in KINDS.items():
        idx = np.array([i for i, e in enumerate(rows) if e.kind == kind])
        y = np.array([rows[i].verdict == "right" for i in idx], dtype=int)
        train = np.array([rows[i].verdict in ("right", "wrong") for i in idx])
        groups = np.array([rows[i].record for i in idx])
        fold = folds_of(groups)
        # the entry model is fitted on mention scores held out by the same folds: as unseen text's
        fitted = kind in CONTEXT_FITTED and not args.no_context
        context = fit_context([rows[i] for i in idx], y, train, fold) if fitted else None
        held_rows = [{**rows[i].features, **(context.held[j] if context else {})} for j, i in enumerate(idx)]
        fit_rows = [{**rows[i].features, **(context.fitted[j] if context else {})} for j, i in enumerate(idx)]
        if context is None:
            held_rows = fit_rows = [{k: v for k, v in f.items() if not k.startswith("context")}
                                    for f in held_rows]  # fmt: skip
        vec = DictVectorizer(sparse=False).fit(held_rows)
        x = vec.transform(held_rows)
        # a context word seen beside few entries would be a weight for those entries alone
        often = (x != 0).sum(axis=0) >= MIN_ENTRIES
        # the words around a person's name held out worse (log-loss 0.175 against 0.171): none for people
        if kind == "people":
            often &= ~np.array([n.startswith(("before:", "governor:")) for n in vec.get_feature_names_out()])
        vec.restrict(often)
        x = x[:, often]
        x_fit = vec.transform(fit_rows)
        losses = {}
        for c in CS:
            p = held_out(x, y, train, fold, c)
            losses[c] = float(log_loss(y[train], np.clip(p[train], 1e-6, 1 - 1e-6)))
        c = min(CS, key=lambda k: (losses[k], k))
        p_held = held_out(x, y, train, fold, c)
        if args.compare:
            from sklearn.ensemble import HistGradientBoostingClassifier

            p_gb = np.zeros(len(x))
            for k in range(FOLDS):
                fr = np.flatnonzero((fold != k) & train)
                gb = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15)
                p_gb[fold == k] = gb.fit(x[fr], y[fr]).predict_proba(x[fold == k])[:, 1]
            for name, pp in (("logistic", p_held), ("boosting", p_gb)):
                tt = choose_threshold(pp[train], y[train], WRONG_COST)
                kept = train & (pp >= tt)
                loss = round(float(log_loss(y[train], np.clip(pp[train], 1e-6, 1 - 1e-6))), 4)
                lost = int(np.sum(train & (pp < tt) & (y == 1)))
                print(name, kind, "loss", loss, "t", tt, "precision", round(float(y[kept].mean()), 3),
                      "right lost", lost, file=sys.stderr)  # fmt: skip
        t = choose_threshold(p_held[train], y[train], WRONG_COST)
        model = _fit(x[train], y[train], c)
        p_fit = model.predict_proba(x_fit)[:, 1]
        keep_fit[idx] = p_fit >= t
        keep_held[idx] = p_held >= t
        if args.verbose:
            for j, i in enumerate(idx):
                e = rows[i]
                if e.verdict in ("right", "wrong"):
                    print(f"{kind} {e.verdict} {p_held[j]:.2f} {e.record} {e.name!r}", file=sys.stderr)
        names = vec.get_feature_names_out()
        coef = {
            str(n): round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= 1e-4
        }
        intercept = round(float(model.intercept_[0]), 4)
        fitted_weights[et.DECISION[singular]] = {
            "intercept": intercept, "weights": dict(sorted(coef.items())), "threshold": t
        }  # fmt: skip
        held_loss = {str(k): round(v, 4) for k, v in losses.items()}
        report[f"{kind}.fit"] = {"C": c, "held_out_log_loss": held_loss, "threshold": t,
                                 "train_entries": int(train.sum())}  # fmt: skip
        if context is not None:
            report[f"{kind}.context"] = context.report
            context_weights[singular] = {"intercept": round(context.intercept, 5),
                                         "coefficients": context.coefficients}  # fmt: skip
    report["fitted"] = precision(rows, keep_fit)
    report["held_out"] = precision(rows, keep_held)
    print(json.dumps(report, indent=1))
    if args.write:
        path = fit.WEIGHTS
        data_file = json.loads(path.read_text(encoding="utf-8"))
        data_file.update(fitted_weights)
        path.write_text(json.dumps(data_file, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        CONTEXT_WEIGHTS.write_text(json.dumps(context_weights, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

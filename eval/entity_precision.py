"""Precision of the people, organizations and places lists, against entity lists judged by hand.

    python eval/entity_precision.py build [--gva DIR] [--polnear DIR] [--ecb DIR] --out RECORDS
                                          [--tool eventfacts]
    python eval/entity_precision.py score RECORDS [--judgments eval/entity_judgments.json] [-v]
    python eval/entity_precision.py todo RECORDS      # entities not judged yet, with a snippet each

The records are those of a fixed sample: the first 30 GVA development clusters by name, each
given as news-please JSON with its publication date (the `meta` mode of the shared evaluation),
the first 10 PolNeAR development articles by name, each extracted on its own, and every ECB+
development event (`ecb-<event key>`): the event's documents as `facts.json` lists them, given as
their news-please JSON, as the shared `real.py facts` meta mode does. The
development sets live outside the project; only the judgments are kept here, as data: record,
kind, entity name, verdict and why, never article text.

A verdict is "right", "wrong", or "duplicate" (of another entry of the same record, named in
`of`). A duplicate counts as wrong only while the entry it duplicates is also in the list, under
that name or as an alias of another entry (it may have been merged into a third one): once the
two are merged the surviving name is judged on its own. Entities without a judgment are
counted apart ("unjudged") and listed by `todo`, so a change that brings new names is visible.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
JUDGMENTS = HERE / "entity_judgments.json"
KINDS = ("people", "organizations", "places")
GVA_CLUSTERS = 30
POLNEAR_ARTICLES = 10


def gva_sample(root: Path) -> list[Path]:
    clusters = sorted((p for p in root.iterdir() if (p / "gold.json").exists()), key=lambda p: p.name)
    return clusters[:GVA_CLUSTERS]


def polnear_sample(root: Path) -> list[Path]:
    return sorted(root.glob("*.txt"))[:POLNEAR_ARTICLES]


def ecb_sample(root: Path) -> list[tuple[str, list[Path]]]:
    """Each ECB+ event with its documents' news-please JSON, the way the shared facts.py groups them."""
    events = json.loads((root / "facts.json").read_text(encoding="utf-8"))
    return [
        (key, [root / "json" / f"{stem}.json" for stem in events[key].get("docs") or []])
        for key in sorted(events)
    ]


def write_meta_articles(cluster: Path, into: Path) -> None:
    """Each article as news-please JSON: title, body and publication date, as the shared
    evaluation's `meta` mode gives them."""
    gold = json.loads((cluster / "gold.json").read_text(encoding="utf-8"))
    dates = {d["file"]: d.get("dct") for d in gold.get("documents", [])}
    for txt in sorted(cluster.glob("*.txt")):
        title, _, body = txt.read_text(encoding="utf-8").partition("\n\n")
        article = {"title": title.strip(), "maintext": body.strip(), "date_publish": dates.get(txt.name)}
        (into / f"{txt.stem}.json").write_text(json.dumps(article), encoding="utf-8")


def extract(tool: str, path: Path, out: Path) -> None:
    proc = subprocess.run([tool, "extract", str(path)], capture_output=True, text=True, timeout=600)
    out.write_text(proc.stdout or "{}", encoding="utf-8")


def build(args: argparse.Namespace) -> None:
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for cluster in gva_sample(Path(args.gva)) if args.gva else []:
        with tempfile.TemporaryDirectory() as tmp:
            write_meta_articles(cluster, Path(tmp))
            extract(args.tool, Path(tmp), out / f"gva-{cluster.name}.json")
    for article in polnear_sample(Path(args.polnear)) if args.polnear else []:
        extract(args.tool, article, out / f"polnear-{article.stem}.json")
    for key, documents in ecb_sample(Path(args.ecb)) if args.ecb else []:
        with tempfile.TemporaryDirectory() as tmp:
            for document in documents:
                if document.exists():
                    shutil.copy(document, Path(tmp) / document.name)
            extract(args.tool, Path(tmp), out / f"ecb-{key}.json")


def load_judgments(path: Path) -> dict[tuple[str, str, str], dict[str, str]]:
    rows = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
    return {(r["record"], r["kind"], r["entity"]): r for r in rows}


def records(folder: Path) -> list[tuple[str, dict]]:
    return [
        (p.stem, json.loads(p.read_text(encoding="utf-8") or "{}")) for p in sorted(folder.glob("*.json"))
    ]


def verdict(judged: dict[str, str] | None, present: set[str]) -> str:
    if judged is None:
        return "unjudged"
    if judged["verdict"] == "duplicate":
        return "wrong" if judged.get("of") in present else "right"
    return judged["verdict"]


def score(args: argparse.Namespace) -> dict[str, dict[str, float]]:
    judgments = load_judgments(Path(args.judgments))
    tally: dict[str, dict[str, Counter[str]]] = {"gva": {}, "polnear": {}, "ecb": {}}
    for name, record in records(Path(args.records)):
        group = name.split("-", 1)[0]
        for kind in KINDS:
            entries = record.get(kind) or []
            present = {e["name"] for e in entries}
            counter = tally[group].setdefault(kind, Counter())
            for entity in sorted(present):
                others = {
                    n for e in entries if e["name"] != entity for n in (e["name"], *(e.get("aliases") or []))
                }
                v = verdict(judgments.get((name, kind, entity)), others)
                counter[v] += 1
                if args.verbose and v != "right":
                    why = (judgments.get((name, kind, entity)) or {}).get("why", "")
                    print(f"{name} {kind}: {v.upper()} {entity!r} {why}")
    table: dict[str, dict[str, float]] = {}
    for group, kinds in tally.items():
        for kind, c in kinds.items():
            judged = c["right"] + c["wrong"]
            table[f"{group}.{kind}"] = {
                "precision": round(c["right"] / judged, 3) if judged else 0.0,
                "right": c["right"],
                "wrong": c["wrong"],
                "unjudged": c["unjudged"],
            }
    print(json.dumps(table, indent=1))
    return table


def todo(args: argparse.Namespace) -> None:
    judgments = load_judgments(Path(args.judgments))
    for name, record in records(Path(args.records)):
        for kind in KINDS:
            for entity in record.get(kind) or []:
                if (name, kind, entity["name"]) in judgments:
                    continue
                ev = (entity.get("evidence") or [{}])[0]
                print(json.dumps({"record": name, "kind": kind, "entity": entity["name"],
                                  "aliases": entity.get("aliases"), "titles": entity.get("titles"),
                                  "mentions": entity.get("mentions"), "at": ev.get("text")}))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--gva")
    b.add_argument("--polnear")
    b.add_argument("--ecb")
    b.add_argument("--out", required=True)
    b.add_argument("--tool", default=str(HERE.parent / ".venv" / "bin" / "eventfacts"))
    for name in ("score", "todo"):
        s = sub.add_parser(name)
        s.add_argument("records")
        s.add_argument("--judgments", default=str(JUDGMENTS))
        s.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    {"build": build, "score": score, "todo": todo}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())

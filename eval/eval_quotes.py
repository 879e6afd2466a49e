"""Score eventfacts and textacy's direct_quotations side by side on eval/quote_cases.py.

    make eval-quotes            # sets up .venv-eval (with textacy) and writes docs/accuracy.md
    make eval-quotes POLNEAR=DIR   # also scores both tools on real news with gold attributions

DIR holds PolNeAR-style articles: `NAME.txt` and `NAME.quotes.json` (`attributions`, each with
`content.spans`, `source.text` and `direct_quote`). The data is read from there, never copied.

textacy is installed only in .venv-eval, for this script. Both tools get the same spaCy model
and the same text. A quote is found when at least 80% of its words are in a predicted quote
that is not much longer (the rule of ../shared/eval/score.py); the speaker is right when the
predicted speaker names the expected person or body (a pronoun does not).
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from quote_cases import CASES  # noqa: E402
from real_news import RealTally, eventfacts_spans, score_article, textacy_spans  # noqa: E402


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text).casefold().replace("\u2019", "'")
    return re.findall(r"[\w']+", text)


def coverage(gold: str, predicted: str) -> float:
    g, p = words(gold), words(predicted)
    if not g or not p or len(p) > 4 * len(g) + 40:
        return 0.0
    pool: dict[str, int] = {}
    for w in p:
        pool[w] = pool.get(w, 0) + 1
    hit = 0
    for w in g:
        if pool.get(w, 0) > 0:
            pool[w] -= 1
            hit += 1
    return hit / len(g)


def speaker_right(expected: str, predicted: str | None) -> bool:
    if not predicted:
        return False
    want, got = words(expected), set(words(predicted))
    return bool(want) and (want[-1] in got or set(want) <= got)


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    found: int = 0
    correct_predictions: int = 0
    speaker_ok: int = 0

    def row(self, name: str) -> str:
        recall = self.found / self.gold if self.gold else 0.0
        precision = self.correct_predictions / self.predicted if self.predicted else 0.0
        speakers = self.speaker_ok / self.found if self.found else 0.0
        counts = f"{self.found}/{self.gold} | {self.predicted}"
        return f"| {name} | {recall:.3f} | {precision:.3f} | {speakers:.3f} | {counts} |"

    def scores(self) -> tuple[float, float, float]:
        return (
            self.found / self.gold if self.gold else 0.0,
            self.correct_predictions / self.predicted if self.predicted else 0.0,
            self.speaker_ok / self.found if self.found else 0.0,
        )


def score(tally: Tally, gold: list[tuple[str, str]], predicted: list[tuple[str, str | None]]) -> None:
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    tally.correct_predictions += sum(
        1 for text, _ in predicted if any(coverage(g, text) >= 0.8 for g, _ in gold)
    )
    for g_text, g_speaker in gold:
        hits = [speaker for text, speaker in predicted if coverage(g_text, text) >= 0.8]
        if hits:
            tally.found += 1
            tally.speaker_ok += any(speaker_right(g_speaker, s) for s in hits)


def eventfacts_quotes(nlp, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    from eventfacts.annotate import annotate
    from eventfacts.clean import clean
    from eventfacts.extract import doc_facts
    from eventfacts.reconcile import build_record
    from eventfacts.records import Article

    item = clean(Article(id="case", path="case.txt", text=text, title=text.splitlines()[0]))
    docs = [doc_facts(i, d) for i, d in annotate([item], nlp)]
    record = build_record(docs, reference_date=date(2024, 1, 1))
    return [(q.text, q.speaker.name if q.speaker else None) for q in record.quotes]


def textacy_quotes(nlp, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    from textacy.extract.triples import direct_quotations

    found = []
    for triple in direct_quotations(nlp(text)):
        content = triple.content.text.strip("\u201c\u201d\"' ,")
        speaker = " ".join(t.text for t in triple.speaker) or None
        found.append((content, speaker))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", type=Path, help="write the table into this markdown file")
    parser.add_argument("--polnear", type=Path, help="folder of real articles with gold attributions")
    args = parser.parse_args()
    from importlib.metadata import version

    from eventfacts.annotate import load_model

    nlp = load_model()
    ours, theirs = Tally(), Tally()
    for case in CASES:
        text = str(case["text"])
        gold = [(str(q), str(s)) for q, s in case["quotes"]]  # type: ignore[attr-defined]
        score(ours, gold, eventfacts_quotes(nlp, text))
        score(theirs, gold, textacy_quotes(nlp, text))
    header = (
        "| tool | quote recall | quote precision | speaker accuracy | found | predicted |\n"
        "|---|---|---|---|---|---|"
    )
    table = "\n".join(
        [header, ours.row("eventfacts"), theirs.row(f"textacy {version('textacy')} direct_quotations")]
    )
    print(table)
    real = real_news_table(nlp, args.polnear) if args.polnear else None
    if real:
        print(real)
    if args.write:
        write_report(args.write, table, len(CASES), ours.gold, real)
    pairs = list(zip(ours.scores(), theirs.scores(), strict=True))
    beaten = all(a >= b for a, b in pairs) and any(a > b for a, b in pairs)  # 1.000 cannot be beaten
    print(
        "eventfacts matches or beats textacy on every measure, and beats it on at least one"
        if beaten
        else "eventfacts does NOT match textacy on every measure"
    )
    return 0 if beaten else 1


def real_news_table(nlp, folder: Path) -> str:  # type: ignore[no-untyped-def]
    """Both tools on every article of `folder`, scored by the rule of eval/real_news.py."""
    from importlib.metadata import version

    ours, theirs = RealTally(), RealTally()
    articles = sorted(folder.glob("*.txt"))
    for path in articles:
        text = path.read_text(encoding="utf-8")
        gold = path.with_suffix(".quotes.json")
        if not gold.exists():
            continue
        score_article(ours, text, gold, eventfacts_spans(nlp, path))
        score_article(theirs, text, gold, textacy_spans(nlp, text))
    header = (
        "| tool | full quotes | quoted words in indirect speech | precision | speaker accuracy |\n"
        "|---|---|---|---|---|"
    )
    return "\n".join(
        [
            f"{len(articles)} articles in {folder.name}:",
            "",
            header,
            ours.row("eventfacts"),
            theirs.row(f"textacy {version('textacy')} direct_quotations"),
        ]
    )


def write_report(path: Path, table: str, cases: int, quotes: int, real: str | None = None) -> None:
    real_part = f"\n## Quotes in real political news\n\n{REAL_NEWS_NOTE}\n\n{real}\n" if real else ""
    path.write_text(
        f"""# Accuracy

## Quotes: eventfacts against textacy

`make eval-quotes` (script: `eval/eval_quotes.py`, cases: `eval/quote_cases.py`) runs both
tools on {cases} short news passages written for this benchmark about events other than the
samples', holding {quotes} quotes: "X said" and "said X", "X told Y", "X wrote on X:",
"according to X", colon introductions in the paragraph before, "he added", quotes broken by an
attribution, continuation paragraphs, role nouns ("the governor"), organizations that speak,
partial quotes (short quoted words someone calls a thing among them), and two passages with
scare quotes or a title only. Both tools use the same spaCy model
(en_core_web_sm 3.8.0). A quote is found when 80% of its words are in a predicted quote that is
not much longer; a speaker is right when it names the expected person or body (a pronoun such
as "he" does not).

{table}

Regenerated on {date.today().isoformat()}. The speaker column counts only found quotes.
{real_part}""",
        encoding="utf-8",
    )


REAL_NEWS_NOTE = """`make eval-quotes POLNEAR=DIR` also runs both tools on real articles with gold
attributions (the PolNeAR corpus of 2016 US political news; the data stays outside the repository
and is read from DIR). Only attributions of direct quotes count. A gold quote is *full* when
quotation marks cover it, else its quoted words inside indirect speech are judged. It is found
when one predicted quote's evidence covers half of its quoted characters; precision is the share
of predicted whole quotes (not partial ones) that overlap any gold attribution; a speaker is right
when it shares a name word with the gold speaker, counted only where the gold speaker is a name.
textacy has no partial quotes, so all its quotes count for precision."""


if __name__ == "__main__":
    sys.exit(main())

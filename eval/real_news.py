"""Scoring quote attribution on real articles with gold attributions (PolNeAR style).

The rule: a gold direct quote is found when one predicted evidence span covers half of its
quoted characters ("full" quotes are judged whole; for indirect speech holding quoted words,
only the quoted words); precision is the share of predicted whole quotes that overlap any gold
attribution; a speaker is right when it shares a name word with the gold speaker, where the
gold speaker is a name. eval_quotes.py prints both tools side by side.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

#: Words a speaker match ignores: articles, honorifics, titles, verbs of saying.
IGNORED = frozenset(
    {"the", "a", "an", "of", "mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "said", "told"}
)
_QUOTED = re.compile(r'["\u201c\u201d][^"\u201c\u201d]{2,}["\u201c\u201d]')


@dataclass
class RealTally:
    found: dict[str, list[int]] = field(default_factory=lambda: {"full": [0, 0], "mixed": [0, 0]})
    speaker: list[int] = field(default_factory=lambda: [0, 0])
    precise: list[int] = field(default_factory=lambda: [0, 0])

    def row(self, name: str) -> str:
        def share(pair: list[int]) -> str:
            return f"{pair[0] / pair[1]:.2f} ({pair[0]}/{pair[1]})" if pair[1] else "-"

        return (
            f"| {name} | {share(self.found['full'])} | {share(self.found['mixed'])} "
            f"| {share(self.precise)} | {share(self.speaker)} |"
        )


@dataclass(frozen=True)
class Predicted:
    start: int
    end: int
    speaker: str
    partial: bool


def name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.casefold()) if w not in IGNORED and len(w) > 2}


def is_name(text: str) -> bool:
    return bool(re.search(r"\b[A-Z][a-z]+", text)) and not re.fullmatch(r"\s*(He|She|They|It|We|I)\s*", text)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def quoted_parts(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    parts = [(s + m.start(), s + m.end()) for s, e in spans for m in _QUOTED.finditer(text[s:e])]
    if not parts or sum(e - s for s, e in parts) >= 0.8 * sum(e - s for s, e in spans):
        return "full", spans
    return "mixed", parts


def score_article(tally: RealTally, text: str, gold_path: Path, predicted: list[Predicted]) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["attributions"]
    every = [tuple(s) for a in gold for s in (a.get("content") or {}).get("spans") or []]
    for a in gold:
        spans = [tuple(s) for s in (a.get("content") or {}).get("spans") or []]
        if not (a.get("direct_quote") and spans):
            continue
        kind, parts = quoted_parts(text, spans)  # type: ignore[arg-type]
        need = 0.5 * sum(e - s for s, e in parts)
        hits = [p for p in predicted if sum(overlap((p.start, p.end), g) for g in parts) >= need]
        tally.found[kind][1] += 1
        if not hits:
            continue
        tally.found[kind][0] += 1
        who = (a.get("source") or {}).get("text") or ""
        if is_name(who):
            tally.speaker[1] += 1
            tally.speaker[0] += any(name_words(who) & name_words(p.speaker) for p in hits)
    for p in predicted:
        if not p.partial:
            tally.precise[1] += 1
            tally.precise[0] += any(overlap((p.start, p.end), g) > 0 for g in every)  # type: ignore[arg-type]


def eventfacts_spans(nlp, path: Path) -> list[Predicted]:  # type: ignore[no-untyped-def]
    """The evidence of every quote of the record eventfacts makes of one article file."""
    from eventfacts.ingest import select_inputs
    from eventfacts.pipeline import extract

    record = extract(select_inputs([str(path)]).files, nlp=nlp)
    names = {e.id: (e.name, *e.aliases) for e in (*record.people, *record.organizations)}
    out = []
    for q in record.quotes:
        speaker = " ".join(
            [q.speaker.name, *names.get(q.speaker.ref or "", ())] if q.speaker is not None else []
        )
        out.extend(Predicted(ev.start, ev.end, speaker, q.partial) for ev in q.evidence)
    return out


def textacy_spans(nlp, text: str) -> list[Predicted]:  # type: ignore[no-untyped-def]
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(nlp(text)))
    except ValueError:  # textacy gives up on an article with an odd number of quotation marks
        return []
    for triple in triples:
        content = triple.content
        speaker = " ".join(t.text for t in triple.speaker)
        out.append(Predicted(content.start_char, content.end_char, speaker, False))
    return out

"""Drop paragraphs that have nothing to do with the event, judged against all the sources.

Pattern rules in `eventfacts.clean` catch captions, credits and teasers that carry a dateline.
This catches the rest by content: a paragraph that shares no content word or figure with the
other sources, and none with the rest of its own article, is about
something else (a teaser for another story, a stray promo). With a single article only its own
cohesion can be checked, so only a paragraph sharing no content word at all with it is dropped.
The article's first paragraphs are never dropped this way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from ..records import DocFacts, DroppedSpan, Paragraph

#: Measured: two shared words kept teasers out but also dropped "Judge Alicia Moreno set
#: sentencing for May 2." from a court story, so one shared word is enough to stay.
MIN_SHARED = 1
LEAD_PARAGRAPHS = 2
REASON = "off-topic paragraph: shares no key terms with the other sources or the article"


def off_topic(docs: list[DocFacts]) -> dict[str, list[Paragraph]]:
    """The off-topic paragraphs of each source. Term counts over sources and over paragraphs
    stand in for "the other sources" and "the rest of the article", so the cost is linear."""
    usable = [d for d in docs if d.source.error is None and d.paragraphs]
    if len(usable) < 2:
        return {}  # one article: short closing paragraphs share no words and still belong
    sources_with: Counter[str] = Counter()
    for doc in usable:
        sources_with.update({t for p in doc.paragraphs for t in p.terms})
    found: dict[str, list[Paragraph]] = {}
    for doc in usable:
        paragraphs_with = Counter(t for p in doc.paragraphs for t in set(p.terms))
        for paragraph in doc.paragraphs[LEAD_PARAGRAPHS:]:
            terms = set(paragraph.terms)
            in_own = sum(1 for t in terms if paragraphs_with[t] > 1)
            # the paragraph's own source holds each of its terms: another one is a second holder
            in_others = sum(1 for t in terms if sources_with[t] > 1)
            drop = in_others < MIN_SHARED and in_own < MIN_SHARED
            if drop:
                found.setdefault(doc.source.id, []).append(paragraph)
    return found


def without_off_topic(docs: list[DocFacts]) -> list[DocFacts]:
    """The docs with the mentions of off-topic paragraphs removed and those paragraphs added to
    their source's dropped spans."""
    found = off_topic(docs)
    return [_drop(doc, found[doc.source.id]) if doc.source.id in found else doc for doc in docs]


def _drop(doc: DocFacts, paragraphs: list[Paragraph]) -> DocFacts:
    spans = [(p.start, p.end) for p in paragraphs]

    def keep(start: int) -> bool:
        return not any(s <= start < e for s, e in spans)

    dropped = tuple(
        sorted((*doc.source.dropped, *(DroppedSpan(s, e, REASON) for s, e in spans)), key=lambda d: d.start)
    )
    return replace(
        doc,
        source=replace(doc.source, dropped=dropped),
        entities=tuple(m for m in doc.entities if keep(m.evidence.start)),
        dates=tuple(m for m in doc.dates if keep(m.evidence.start)),
        counts=tuple(m for m in doc.counts if keep(m.evidence.start)),
        quotes=tuple(m for m in doc.quotes if keep(m.evidence.start)),
        paragraphs=tuple(p for p in doc.paragraphs if keep(p.start)),
    )

"""Per-article extraction: one parsed article in, its `DocFacts` out.

Each extractor is a pure generator `Doc -> Iterator[Mention]`; this module runs them and adds
the article's reference date when the article itself gives one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import timeexpr
from ..records import CleanArticle, DateMention, DocFacts, SourceInfo
from .counts import extract_counts
from .dates import extract_dates
from .entities import extract_entities
from .quotes import extract_quotes

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "doc_facts",
    "extract_counts",
    "extract_dates",
    "extract_entities",
    "extract_quotes",
    "source_info",
]


def doc_facts(item: CleanArticle, doc: Doc | None) -> DocFacts:
    """All the facts of one article. An article that failed to load gives only its source."""
    if doc is None:
        return DocFacts(source=source_info(item))
    source = item.article.id
    dates = tuple(extract_dates(doc, source=source))
    return DocFacts(
        source=source_info(item, dates),
        entities=tuple(extract_entities(doc, source=source)),
        dates=dates,
        counts=tuple(extract_counts(doc, source=source)),
        quotes=tuple(extract_quotes(doc, source=source)),
    )


def source_info(item: CleanArticle, dates: tuple[DateMention, ...] = ()) -> SourceInfo:
    article = item.article
    reference, basis = article.reference_date, article.reference_date_basis
    if reference is None:
        reference = reference_from_text(dates)
        basis = "text" if reference else None
    return SourceInfo(
        id=article.id,
        path=article.path,
        title=article.title,
        published=article.published,
        reference_date=reference,
        reference_date_basis=basis,
        chars=len(article.text),
        dropped=item.dropped,
        error=article.error,
        encoding=article.encoding,
    )


def reference_from_text(dates: tuple[DateMention, ...]) -> str | None:
    """The newest full date (day, month and year) the body gives, if any: a report is written on
    or after every date it reports. Captions and teasers are already blanked out."""
    full = [
        value
        for d in dates
        if d.expr.year and d.expr.month and d.expr.day
        for value, _ in [timeexpr.resolve(d.expr, None) or ("", "")]
        if value
    ]
    return max(full) if full else None

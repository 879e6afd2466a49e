"""Per-article extraction: one parsed article in, its `DocFacts` out.

Each extractor is a pure generator `Doc -> Iterator[Mention]`; this module runs them and adds
the article's reference date when the article itself gives one.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING

from .. import timeexpr
from ..records import (
    PRINTED,
    CleanArticle,
    DateMention,
    DocFacts,
    DroppedEntity,
    EntityMention,
    Paragraph,
    SourceInfo,
)
from .common import REPORTING_VERBS, columns, lower_lemmas, text_of, token_forms
from .counts import extract_counts
from .dates import (
    chrome_dates,
    extract_dates,
    life_span_dates,
    printed_years,
    publication_date,
    record_dates,
)
from .entities import entity_candidates, extract_entities
from .headline import headline_facts, with_body_subjects
from .kinds import extract_kinds
from .participants import extract_participants
from .places import extract_places, title_cues
from .quotes import extract_quotes
from .timeline import BIRTH

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "doc_facts",
    "extract_counts",
    "extract_dates",
    "extract_entities",
    "extract_participants",
    "extract_places",
    "extract_quotes",
    "source_info",
]


_TERM_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
SAMPLE_EVERY = 4


def doc_facts(item: CleanArticle, doc: Doc | None, headline: Doc | None = None) -> DocFacts:
    """All the facts of one article, its headline's (parsed as `headline`) first. An article
    that failed to load gives only its source."""
    if doc is None:
        return DocFacts(source=source_info(item))
    source = item.article.id
    title = headline_facts(item, headline, source=source)
    starts = [sent.start_char for sent in doc.sents]
    dates = (
        *title.dates,
        *extract_dates(doc, source=source),
        *chrome_dates(item, source=source, sentence_starts=starts),
        *record_dates(item, source=source, sentence_starts=starts),
        *life_span_dates(item, source=source, sentence_starts=starts),
        *printed_years(item, source=source, sentence_starts=starts),
    )
    counts = tuple(extract_counts(doc, source=source))
    candidates = tuple(entity_candidates(doc, source=source))
    return DocFacts(
        source=source_info(item, dates),
        entities=(*title.entities, *(c for c in candidates if isinstance(c, EntityMention))),
        dropped_entities=(*title.dropped, *(c for c in candidates if isinstance(c, DroppedEntity))),
        dates=dates,
        counts=(*with_body_subjects(title.counts, counts), *counts),
        quotes=tuple(extract_quotes(doc, source=source, headline_people=title.people)),
        paragraphs=tuple(paragraphs(doc)),
        places=(*title.places, *extract_places(doc, source=source)),
        participants=tuple(extract_participants(doc, source=source)),
        kinds=(*title.kinds, *extract_kinds(doc, source=source)),
        title_cues=title_cues(item.article.title, headline),
    )


def source_info(item: CleanArticle, dates: tuple[DateMention, ...] = ()) -> SourceInfo:
    article = item.article
    reference, basis = article.reference_date, article.reference_date_basis
    printed = publication_date(item.body) if article.error is None else None
    if basis == "metadata" and printed is not None and reference is not None and printed < reference:
        reference, basis = printed, "text"  # the page says it was first written before the crawler's date
    if reference is None and article.error is None:
        reference = printed or reference_from_text(dates)
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
        fingerprint=fingerprint(item.body) if article.error is None else (),
        url=article.url,
        warnings=article.warnings,
        content_hash=content_hash(article.text) if article.error is None else None,
        published_in_text=printed,
    )


def content_hash(text: str) -> str:
    """Equal for the same article saved twice, whatever its line endings and spacing."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def fingerprint(text: str) -> tuple[int, ...]:
    """A sample (one in SAMPLE_EVERY) of the CRC32 hashes of the body's word 4-grams: enough to
    tell a reprint of the same story, small enough to travel in a DocFacts line."""
    # each word encoded once: the UTF-8 of the joined words is the join of their UTF-8
    words = [w.encode() for w in re.findall(r"[^\W_]+", text.casefold())]
    join, crc32 = b" ".join, zlib.crc32
    hashes = {crc32(join(gram)) for gram in zip(words, words[1:], words[2:], words[3:], strict=False)}
    return tuple(sorted(h for h in hashes if h % SAMPLE_EVERY == 0))


def reference_from_text(dates: tuple[DateMention, ...]) -> str | None:
    """The newest full date (day, month and year) the body gives, if any: a report is written on
    or after every date it reports. Captions and teasers are already blanked out. A date in a
    year after every year the page's own lines give (a copyright line, an embedded post's date)
    is ahead of the story ("on parole through April 28, 2031"), however it is worded. So is a
    date the article elsewhere writes as ahead: after "they will go to trial on Jan. 17, 2031",
    "choosing to go to trial on Jan. 17, 2031" names the same plan. A birth date ("born April
    22, 1923") is a life's first day, long before the story."""
    page_years = [d.expr.year for d in dates if d.kind == "publication" and d.expr.year]
    latest_year = max(page_years) if page_years else None
    full = [
        (value, d.expr.future)
        for d in dates
        if d.expr.year
        and d.expr.month
        and d.expr.day
        and d.kind not in (PRINTED, BIRTH)
        and (latest_year is None or d.expr.year <= latest_year)
        for value, _ in [timeexpr.resolve(d.expr, None) or ("", "")]
        if value
    ]
    ahead = {value for value, future in full if future}
    past = [value for value, future in full if not future and value not in ahead]
    return max(past) if past else None


_SUFFIXES = ("ing", "ion", "ed", "es", "s", "e")


def stem(word: str) -> str:
    """A crude stem, so that "sentencing" and "sentence" meet: one suffix off longer words."""
    if len(word) > 5:
        for suffix in _SUFFIXES:
            if word.endswith(suffix):
                return word[: -len(suffix)]
    return word


def _terms(doc: Doc, start: int, end: int, flags: _TermColumns) -> set[str]:
    """The stems of a line's content words (tokens `start` to `end`), and its figures ("6.1",
    "51", "1,500"), which tell one event from another as well as words do."""
    (like_nums, alphas, lengths, tags, stops), lemmas = flags
    content_pos = _term_pos_ids()
    forms = token_forms(doc)
    terms = set()
    for i in range(start, end):
        is_alpha, length = alphas[i], lengths[i]
        if like_nums[i]:
            text = forms[i]
            if length > 1 and any(c.isdigit() for c in text):
                terms.add(f"#{text}")
            if not is_alpha:
                continue
        if is_alpha and length > 2 and tags[i] in content_pos and not stops[i]:
            lemma = lemmas[i]
            if lemma not in REPORTING_VERBS:
                terms.add(stem(lemma))
    return terms


#: The columns (like_num, is_alpha, length, pos, is_stop) of every token, and the lemmas in lower case.
_TermColumns = tuple[list[list[int]], list[str]]


@cache
def _term_pos_ids() -> frozenset[int]:
    from spacy.parts_of_speech import IDS

    return frozenset(IDS[pos] for pos in _TERM_POS)


def _term_columns(doc: Doc) -> _TermColumns:
    """What `_terms` reads of every token, from the Doc's arrays in one go."""
    from spacy.attrs import IS_ALPHA, IS_STOP, LENGTH, LIKE_NUM, POS

    return columns(doc, LIKE_NUM, IS_ALPHA, LENGTH, POS, IS_STOP), lower_lemmas(doc)


def paragraphs(doc: Doc) -> Iterator[Paragraph]:
    """Each body line with its content words and figures, for the cross-source support check and
    for telling events apart."""
    offset = 0
    flags = _term_columns(doc)
    for line in text_of(doc).splitlines(keepends=True):
        if line.strip():
            span = doc.char_span(offset, offset + len(line.rstrip()), alignment_mode="expand")
            if span is not None:
                terms = _terms(doc, span.start, span.end, flags)
                yield Paragraph(span.start_char, span.end_char, tuple(sorted(terms)))
        offset += len(line)

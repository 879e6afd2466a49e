"""Date expressions in one article, parsed into parts and tied to what they date.

Resolution to absolute dates waits for reconciliation, because the reference date of an article
with no date of its own can only come from the other sources; what the article itself tells is
kept in the parts: the direction its verbs give ("will vote on Friday" is ahead), the quarter a
results story reports on (what its "the quarter" and "a year earlier" mean), and whether a date
is only supposed ("if the river rises tomorrow"). Durations ("nearly a month", "60-day"), sets
("every Monday"), ages ("54", "in his 40s") and names ("the Arab Spring") are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import timeexpr
from ..lexicon import TIME_NUMBER_WORDS, WEEKDAY_NAMES
from ..records import PRINTED, CleanArticle, DateExpr, DateMention, Evidence
from .common import (
    REPORTING_VERBS,
    columns,
    evidence,
    in_headline,
    opening_lowers,
    opening_pairs,
    repaired_entity,
    repaired_ents,
    repaired_label,
    reporting_verb_of,
    sentence_numbers,
    span_of,
    stretch_matches,
    subject_of,
    text_of,
    token_forms,
)
from .timeline import description, development_kind

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab

_NOUNS = ("NOUN", "PROPN")
_SPAN = re.compile(
    r"^(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?P<unit>day|week)s?$", re.I
)
_WORD_NUMBERS = TIME_NUMBER_WORDS


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def extract_dates(doc: Doc, *, source: str) -> Iterator[DateMention]:
    """Every date mention of the article: the parser's DATE and TIME entities (and the parts of
    one that read as dates when the whole does not: "the quarter ended Sept. 30"), and the
    expressions the parser leaves untagged (`TIME_PATTERNS`: "now", "the year-earlier period")."""
    numbers = sentence_numbers(doc)
    lines = [(e.start, e.end) for _, _, e in publication_lines(text_of(doc), source=source)]
    found = sorted(_date_spans(doc), key=lambda found: found[0].start)
    focus = focus_period([expr for _, expr in found])
    before: list[tuple[Span, DateExpr]] = []
    for span, expr in found:
        if expr.focus and focus is not None:  # else "the quarter" is none: a story about no one quarter
            expr = replace(focus, year=expr.year or focus.year, shift_years=expr.shift_years, rule=expr.rule)
        if expr.narrative:
            anchor = narrative_anchor(span, expr, before)
            if anchor is not None:
                expr = replace(expr, anchor_at=anchor)
            elif (expr.day_offset or expr.month_offset or expr.year_offset or 0) < 0 and expr.rule == "later":
                expr = replace(expr, narrative=False)  # "three years earlier" alone: before the writing
            else:
                continue  # "the next day" after no date: no date to count from
        before.append((span, expr))
        if (
            expr.anchor is None
            and not expr.narrative
            and expr.grain != "ref"
            and points_ahead(span, by_tense=expr.year is None)
        ):
            expr = replace(expr, future=True)
        elif expr.month is not None and expr.year is None and points_back(span):
            expr = replace(expr, past=True)
        weekday = weekday_before(span) if expr.day is not None and expr.weekday is None else None
        if weekday is not None and expr.year is None:
            expr = replace(expr, weekday=weekday)
        text = span.text.split("\n")[0].strip()
        begin = span.start_char + (len(span.text) - len(span.text.lstrip()))
        end = begin + len(text)
        in_line = any(s <= span.start_char < e for s, e in lines)
        kind = "publication" if in_line else "hypothetical" if hypothetical(span) else development_kind(span)
        yield DateMention(
            text=text,
            expr=expr,
            context=context_of(span),
            sentence=numbers[span.start],
            evidence=evidence(source, text_of(doc), begin, end),
            kind=kind,
            description=None if in_line else description(span, source=source),
        )


#: How many sentences back a story's last date may stand and still be what "the next day" or
#: "that year" counts from: the sentence before, or the one before that.
NARRATIVE_REACH = 2
#: How fine a date is, coarsest first: "that year" may count from a day, "the next day" not
#: from a year.
_FINENESS = {"year": 0, "month": 1, "week": 2, "day": 2}


def narrative_anchor(span: Span, expr: DateExpr, before: list[tuple[Span, DateExpr]]) -> int | None:
    """Where the date stands that "the next day", "that year" or "a week later" counts from: the
    last date before it in the same paragraph, at most `NARRATIVE_REACH` sentences back, that
    is at least as fine (a day for "the next day", any day, month or year for "that year"); a
    reference to the present ("now") or a period of a results story counts nothing."""
    text = text_of(span.doc)
    wanted = _FINENESS.get(timeexpr.precision_of(expr))
    sentence = span.sent.start
    sentences = [s.start for s in span.doc.sents if s.start <= sentence][-NARRATIVE_REACH - 1 :]
    for other, other_expr in reversed(before):
        if other.start < sentences[0] or "\n\n" in text[other.end_char : span.start_char]:
            return None
        fineness = _FINENESS.get(timeexpr.precision_of(other_expr))
        if other_expr.focus or other_expr.grain not in (None, "week") or fineness is None or wanted is None:
            continue
        if fineness >= wanted:
            return other.start_char + (len(other.text) - len(other.text.lstrip()))
    return None


#: Words that open a clause of what may or might have been: "if I wake up tomorrow", "unless
#: talks resume Monday".
_CONDITIONS = frozenset({"if", "unless", "whether", "lest"})
#: Modals of a supposition: "it could collapse next week". "May have been shot" is a report, and
#: "would appear in court Monday" a plan (`points_ahead`).
_MAYBE = frozenset({"could", "might", "may"})


def hypothetical(span: Span) -> bool:
    """The date is in a condition or a supposition, not something that happened or is planned:
    "if I wake up tomorrow", "unless the strike ends Friday", "it could collapse next week"."""
    node, _ = _governor(span)
    for _ in range(4):
        children = list(node.children)
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in _MAYBE for c in children) and not any(
            c.dep_ == "aux" and c.lower_ == "have" for c in children
        ):
            return True
        if node.head is node:
            break
        node = node.head
    return False


def _date_spans(doc: Doc) -> Iterator[tuple[Span, DateExpr]]:
    """(span, parts) of each date expression, in text order."""
    taken: list[tuple[int, int]] = []
    for ent in repaired_ents(doc):
        if ent.label_ not in ("DATE", "TIME", "EVENT") or in_headline(ent.root):
            continue
        if any(s <= ent.start and ent.end <= e for s, e in taken):
            continue  # the year of "the winter of nineteen sixty-three", read with its season
        text = ent.text.split("\n")[0].strip()
        expr = timeexpr.parse(text) or anchored(ent)
        if ent.label_ == "EVENT" and (expr is None or expr.holiday is None):
            continue  # the parser names "Thanksgiving Day" and "New Year's Eve" events
        if expr is None and ent.label_ != "EVENT" and not a_set(ent) and timeexpr.not_a_date(text) is None:
            for part, part_expr in _parts(ent):
                if not a_name(part, part_expr) and not not_a_year(part, part_expr):
                    taken.append((part.start, part.end))
                    yield part, part_expr
            continue
        if (
            expr is None
            or not_a_year(ent, expr)
            or a_name(ent, expr)
            or a_set(ent)
            or no_time_reference(ent, expr)
        ):
            continue
        ent, expr = _with_year_after(*_with_word_before(ent, expr))
        if expr.holiday and ent.root.dep_ in _MODIFIER_DEPS:
            continue  # "Christmas lights", "the Halloween party": a holiday naming a thing, not a day
        if expr.rule == "year" and ent.end < len(doc) and doc[ent.end].lower_ in ("quarter", "period"):
            ent = doc[ent.start : ent.end + 1]  # "the 1988 period": that year's quarter of a results story
            expr = timeexpr.parse(ent.text) or expr
        taken.append((ent.start, ent.end))
        yield ent, expr
    for span, expr in _untagged(doc):
        if not any(s < span.end and span.start < e for s, e in taken):
            yield span, expr


#: Words before a date that make it one of a series: "every Monday", "each spring".
_SET_WORDS = frozenset({"every", "each"})


def a_set(span: Span) -> bool:
    """A date that recurs, not a date: "every Monday", "each spring", "on Mondays"."""
    doc = span.doc
    first = span[0].lower_
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    plural = span[-1].tag_ in ("NNS", "NNPS") and span[-1].lower_.rstrip("s") in _WEEKDAY_NAMES
    return first in _SET_WORDS or before in _SET_WORDS or plural


#: Words the parser leaves out of a date that say which one: "this September", "late May".
_WORDS_BEFORE = frozenset({"this", "last", "next", "early", "late", "mid"})


def _with_word_before(ent: Span, expr: DateExpr) -> tuple[Span, DateExpr]:
    """The date with the word before it, when that word tells which one ("this September")."""
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ not in _WORDS_BEFORE or expr.year is not None:
        return ent, expr
    wider = ent.doc[ent.start - 1 : ent.end]
    found = timeexpr.parse(wider.text)
    return (wider, found) if found is not None else (ent, expr)


def _with_year_after(ent: Span, expr: DateExpr) -> tuple[Span, DateExpr]:
    """A month or season with the year the parser tagged apart from it: "the winter of
    nineteen sixty-three" (two entities, "the winter" and the year)."""
    doc = ent.doc
    if expr.year is not None or expr.month is None or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return ent, expr
    year = next((e for e in repaired_ents(doc) if e.start == ent.end + 1 and e.label_ == "DATE"), None)
    found = timeexpr.parse(doc[ent.start : year.end].text) if year is not None else None
    if year is None or found is None or found.year is None:
        return ent, expr
    return doc[ent.start : year.end], found


#: Rules a part of a longer entity may not be read by: a lone "year" or "past" inside "a
#: 30-year term" or "the past 20 years" is a piece of a duration, not a date.
_WHOLE_ONLY = frozenset({"this_year", "ref_present", "ref_past", "ref_future", "weekend", "focus_period"})


def _parts(ent: Span) -> Iterator[tuple[Span, DateExpr]]:
    """The longest runs of an entity's tokens that read as dates, left to right, when the whole
    does not: "the quarter ended Sept. 30" holds "Sept. 30"; "the three months ended June 30"
    holds "June 30"."""
    doc = ent.doc
    i = ent.start
    while i < ent.end:
        for j in range(ent.end, i, -1):
            part = doc[i:j]
            if j - i == len(ent) or part[0].is_punct or part[-1].is_punct:
                continue
            lone = j - i == 1 and not (part[0].is_title or part[0].like_num or part[0].lower_ in _DAY_WORDS)
            if lone or "\n" in part.text:
                continue
            expr = timeexpr.parse(part.text)
            if expr is not None and expr.rule not in _WHOLE_ONLY and not expr.focus:
                yield part, expr
                i = j
                break
        else:
            i += 1


def _untagged(doc: Doc) -> Iterator[tuple[Span, DateExpr]]:
    """Date expressions the parser leaves untagged, found by `TIME_PATTERNS`."""
    from spacy.attrs import LOWER
    from spacy.util import filter_spans

    matcher, pairs, longest = _time_matcher(doc.vocab)
    (lowers,) = columns(doc, LOWER)
    # a token opens a pattern with the token after it ("the" only before "past", "next"...);
    # most words open none, and only those that do are looked at twice
    opens = [False] * len(lowers)
    for i in [i for i, lower in enumerate(lowers) if lower in pairs]:
        following = pairs[lowers[i]]
        opens[i] = following is None or (i + 1 < len(lowers) and lowers[i + 1] in following)
    spans = [doc[start:end] for _, start, end in stretch_matches(doc, matcher, opens, longest)]
    # a day glued to its month's dot ("Dec.14", as some wire copy writes it) is one token NER
    # does not tag; a text without one anywhere has none in a token
    if _GLUED_DAY.search(text_of(doc)):
        spans += [
            span_of(doc, i, i + 1)
            for i, text in enumerate(token_forms(doc))
            if "." in text and _GLUED_DAY.fullmatch(text)
        ]
    for span in filter_spans(spans):
        if in_headline(span.root) or _ends_in_a_noun(span):
            continue
        expr = timeexpr.parse(span.text)
        if expr is not None and not no_time_reference(span, expr) and not a_name(span, expr):
            yield span, expr


_GLUED_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\d{1,2}(?:st|nd|rd|th)?")

#: Prepositions that make "the past" or "the future" a time the sentence is set in: "in the
#: past", "into the future", "until the future", "than in the past".
_REF_PREPOSITIONS = frozenset({"in", "into", "until", "till"})


def no_time_reference(span: Span, expr: DateExpr) -> bool:
    """ "now", "recently", "the past" or "the future" that is no time the sentence is set in:
    - "Now," opening a sentence, set off by its comma, is a discourse marker ("Now, the
      question is who pays"), as "well," is; without the comma it dates ("Now the dam holds");
    - "the past" and "the future" are times only as the object of "in", "into", "until": as
      a subject or object they are a noun of their own ("the future of the port", "the
      future looks bleak", "an approach to the future"), and after "for" they say how long
      ("for the foreseeable future");
    - "recently" or "lately" just before a date is a hedge of that date: "most recently last
      October" is last October."""
    if expr.grain != "ref":
        return False
    doc = span.doc
    first, last = span[0], span[-1]
    after = doc[span.end] if span.end < len(doc) else None
    if (
        first.lower_ == "now"
        and len(span) == 1
        and first.is_sent_start
        and after is not None
        and after.text == ","
    ):
        return True
    if last.lower_ in ("past", "future"):
        head = span.root.head
        return not (span.root.dep_ == "pobj" and head.lower_ in _REF_PREPOSITIONS)
    return (
        last.lower_ in ("recently", "lately")
        and after is not None
        and repaired_label(after) in ("DATE", "TIME")
        and _starts_entity(after)
    )


def _starts_entity(token: Token) -> bool:
    ent = repaired_entity(token)
    return ent is not None and ent.start == token.i


def _ends_in_a_noun(span: Span) -> bool:
    """ "the past" and "the future" that modify a noun ("the past year", "future plans")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return (
        span[-1].lower_ in ("past", "future")
        and nxt is not None
        and nxt.pos_ in ("NOUN", "NUM", "ADJ", "PROPN")
    )


#: Expressions the parser's NER leaves untagged, as Matcher rows: (name, pattern, examples).
TIME_PATTERNS: tuple[tuple[str, list[dict[str, object]], tuple[str, ...]], ...] = (
    (
        "present",
        [
            {"LOWER": "right", "OP": "?"},
            {"LOWER": {"IN": ["now", "currently", "nowadays", "presently"]}, "POS": "ADV"},
        ],
        ("Prices are now falling.", "The plant is currently closed."),
    ),
    ("these_days", [{"LOWER": "these"}, {"LOWER": "days"}], ("Few people walk there these days.",)),
    (
        "recently",
        [{"LOWER": {"IN": ["recently", "lately"]}, "POS": "ADV"}],
        ("She recently moved to Leeds.",),
    ),
    (
        "past_future",
        [
            {"LOWER": "the"},
            {"LOWER": {"IN": ["near", "distant", "foreseeable", "immediate"]}, "OP": "?"},
            {"LOWER": {"IN": ["past", "future"]}, "POS": "NOUN"},
        ],
        ("Fares will rise in the near future.", "Such floods were rare in the past."),
    ),
    (
        "recent_units",
        [{"LOWER": "recent"}, {"LOWER": {"IN": ["years", "months", "weeks", "days"]}}],
        ("Crime has fallen in recent years.",),
    ),
    (
        "year_earlier",
        [
            {"LOWER": "the", "OP": "?"},
            {"LOWER": "year"},
            {"ORTH": "-"},
            {"LOWER": {"IN": ["earlier", "ago"]}},
            {"LOWER": {"IN": ["quarter", "period"]}, "OP": "?"},
        ],
        ("Sales fell from year-earlier levels.", "Profit doubled from the year-ago period."),
    ),
    (
        "next_day",
        [
            {"LOWER": "the"},
            {"LOWER": {"IN": ["next", "following", "previous", "preceding", "same"]}},
            {"LOWER": {"IN": ["day", "morning", "afternoon", "evening", "night"]}},
        ],
        ("The dam broke on May 2, 2019. Rescuers arrived the next day.",),
    ),
    (
        "following_period",
        [
            {"LOWER": "the"},
            {"LOWER": {"IN": ["following", "previous", "preceding", "same"]}},
            {"LOWER": {"IN": ["week", "month", "year"]}},
        ],
        ("The mill closed in 1987 and was sold the following year.",),
    ),
    (
        "the_quarter",
        [
            {"LOWER": "the"},
            {"LOWER": {"IN": ["latest", "same", "corresponding", "comparable"]}, "OP": "?"},
            {"LOWER": {"IN": ["quarter", "period"]}},
        ],
        (
            "Third-quarter sales rose 4%. Costs rose in the quarter.",
            "Profit fell in the second quarter and in the latest period.",
        ),
    ),
)


@lru_cache(maxsize=4)
def _time_matcher(vocab: Vocab) -> tuple[Matcher, dict[int, frozenset[int] | None], int]:
    """The Matcher of `TIME_PATTERNS`; the ids of the lower forms that open them, each with the
    ids of the forms the next token must have (`common.opening_pairs`); and the length of the
    longest (for `common.stretch_matches`)."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for name, pattern, _ in TIME_PATTERNS:
        matcher.add(name, [pattern])
    _, longest = opening_lowers(pattern for _, pattern, _ in TIME_PATTERNS)
    key = vocab.strings.add
    pairs = {
        key(word): None if following is None else frozenset(map(key, following))
        for word, following in opening_pairs(pattern for _, pattern, _ in TIME_PATTERNS).items()
    }
    return matcher, pairs, longest


#: Words that a month or season in a name stands beside: "the October Revolution", "the Arab
#: Spring", "the May Fourth Movement". A date never starts a capitalised name.
def a_name(span: Span, expr: DateExpr) -> bool:
    """The date words are part of a name, not a date: a season written with a capital inside a
    sentence ("the Arab Spring"), a month before a capitalised noun it is a part of ("the
    October Revolution"), or a month that names a march ("the annual March for Life"), or a
    decade after "his" or "her" (an age: "in his 40s"), or "today's" before what is of the
    age, not of the day ("today's world", "today's computers")."""
    doc = span.doc
    first = span[0]
    if (
        expr.grain == "season"
        and any(t.is_title and t.lower_ in _SEASON_WORDS for t in span)
        and not first.is_sent_start
    ):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if span[-1].lower_ in ("today", "tomorrow") and after is not None and after.tag_ == "POS":
        owned = span[-1].head if span[-1].dep_ == "poss" else None
        following = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if any(t is not None and (t.tag_ == "NNS" or t.lower_ in _GENERIC_NOUNS) for t in (following, owned)):
            return True  # "today's youth", "today's personal computers": these times, not a day
    if span[-1].lower_ == "tomorrow" and _an_age_of(span, before):
        return True  # "the cities of tomorrow": an age, not a day
    if (
        after is not None
        and after.text in ("-", "–")
        and span.end + 1 < len(doc)
        and doc[span.end + 1].lower_ == "to"
    ):
        return True  # "quarter-to-quarter", "year-to-year": a comparison of any two, no one date
    if expr.grain == "decade" and before is not None and before.tag_ == "PRP$":
        return True  # "in his 30s": an age
    if expr.rule in _RELATIVE_RULES and not first.is_sent_start and _titled(span, before):
        return True  # "ABC's 'This Week'", "USA Today": a show's or paper's name, not a day
    if expr.year is not None or expr.day is not None or expr.grain is not None:
        return False
    if expr.month is not None and len(span) == 1 and _names_a_march(span):
        return True
    if (
        after is not None
        and after.is_title
        and after.pos_ == "PROPN"
        and repaired_label(after) not in ("DATE", "TIME")
    ):
        return expr.month is not None and span.root.dep_ == "compound"
    return False


#: Rows of days and weeks counted from the writing: capitalised inside a sentence, they name.
_RELATIVE_RULES = frozenset({"day_word", "week", "this_part", "rel_unit", "weekend", "last_night"})


def _titled(span: Span, before: Token | None) -> bool:
    """Every word of the date capitalised as in a title: "This Week" (two words or more), or
    one word after a proper noun it is a part of ("USA Today", "BBC Today")."""
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.is_title or t.is_upper for t in words):
        return False
    return len(words) >= 2 or (
        before is not None and before.pos_ == "PROPN" and (before.is_title or before.is_upper)
    )


def _an_age_of(span: Span, before: Token | None) -> bool:
    """ "the people of tomorrow", "the cities of tomorrow": after "of" and a plural or generic
    noun, "tomorrow" names the age to come, as "today's world" names this one."""
    if before is None or before.lower_ != "of" or span.start < 2 or len(span) != 1:
        return False
    noun = span.doc[span.start - 2]
    return noun.tag_ == "NNS" or noun.lower_ in _GENERIC_NOUNS


_SEASON_WORDS = frozenset({"spring", "summer", "fall", "autumn", "winter"})
_DAY_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
#: Nouns that "today's" makes the present age, not a day: "today's world".
_GENERIC_NOUNS = frozenset({"world", "society", "youth", "generation", "economy", "culture"})


def _names_a_march(span: Span) -> bool:
    """A bare month name that names an event: "the annual March for Life", "the March on
    Washington": after "annual", or before "for" or "on" and a capitalised word."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = [t for t in doc[span.end : span.end + 2]]
    named = len(after) == 2 and after[0].lower_ in ("for", "on", "against") and after[1].is_title
    return before in ("annual", "yearly") or named


def focus_period(exprs: list[DateExpr]) -> DateExpr | None:
    """The quarter an article reports on: the one it names most often by its number ("third-quarter
    profit", "the third quarter"), the first of those, and one without a year of its own before one
    with ("the 1984 third quarter"). "The quarter", "this quarter", "the year-earlier period" and
    "a year earlier" in a results story mean that quarter, and that quarter a year before."""
    numbered = [
        e for e in exprs if e.grain == "quarter" and e.month is not None and not e.shift_years and not e.focus
    ]
    current = [
        e for e in numbered if e.year is None and not e.year_offset
    ] or numbered  # not "the 1984 third quarter"
    if not current:
        return None
    times = Counter(e.month for e in current)  # the one it names most, the first of those
    chosen = next(e for e in current if times[e.month] == max(times.values()))
    return replace(chosen, relative=None, future=False, past=False, time_of_day=None)


_HEAD_ONLY = frozenset({"date_line", "dateline", "byline"})
_FULL_DATE = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r"|\d{1,2}\s+[a-z]{3,9}\.?,?\s+(?:19|20)\d{2}"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d{2}|\d{1,2}/\d{1,2}/\d{2}(?!\d)|(?:19|20)\d{2}-\d{2}-\d{2})"
)
#: Lines that say when the page was written: (name, kind, pattern). "published" lines give the
#: day the story was first written, "updated" lines a later day, used only when no other is given.
PUBLICATION_LINES: tuple[tuple[str, str, bool, re.Pattern[str]], ...] = tuple(
    (name, kind, name in _HEAD_ONLY, re.compile(pattern, re.I))
    for name, kind, pattern in (
        # "Posted: Jul 17, 2016", "First Posted: Jul 24, 2013 04:37 PM EDT",
        # "(Published Sunday, May 31, 2015)", "Published: Saturday, 2/21/2015",
        # "Posted by Jane Doe on Friday, January 22, 2016", "Created: 11/25/2015",
        # "Date: Monday, March 4, 2019, 9:15 PM"
        (
            "posted",
            "published",
            rf"(?:\b(?:posted|published|created)\b|^\W*date(?=:))[^\n]{{0,40}}?(?P<date>{_FULL_DATE})",
        ),
        # "Updated: 11/26/2015 11:53 AM", "Updated 3:14 PM EDT Jul 17, 2016", "Last modified on 2 March 2018",
        # "UPDATE (4/9/19 at 6 p.m.):"
        ("updated", "updated", rf"\b(?:update[ds]?|modified)\b[^\n]{{0,30}}?(?P<date>{_FULL_DATE})"),
        # a byline with its date: "By Jane Doe in News | March 4, 2019 at 9:15PM"
        ("byline", "published", rf"^\W*by\s[^\n]{{0,60}}?(?P<date>{_FULL_DATE})"),
        # a section and its date alone on a line: "Metro on 3/4/2019", "Local News on March 4, 2019".
        # A section's name is capitalized words; a short sentence is not one ("She was sworn in on
        # Monday, May 4, 2015.")
        (
            "section_date",
            "published",
            rf"^\W*(?-i:[A-Z][\w&']*(?:\s+(?:&|[A-Z][\w&']*)){{0,3}})\s+on\s+(?P<date>{_FULL_DATE})\W*$",
        ),
        # a line that is a date and maybe a time: "October 10, 2013", "Monday, July 6, 2015 6:50 PM EDT"
        (
            "date_line",
            "published",
            rf"^\W*(?P<date>{_FULL_DATE})(?:,?\s+(?:at\s+)?\d{{1,2}}:\d{{2}}[^\n]{{0,20}})?\W*$",
        ),
        # a dateline: "July 17, 2016 - Police said...", "CHICAGO (July 17, 2016) --"
        (
            "dateline",
            "published",
            rf"^(?:[A-Z][A-Za-z .,]{{0,40}}\(\s*)?(?P<date>{_FULL_DATE})\s*\)?\s*(?:--|[-\u2013\u2014|])\s"
            rf"(?!\s*{_FULL_DATE})",  # a second date after the dash makes a life span, not a dateline
        ),
    )
)
#: A line that is only a date is the page's own date near its top; further down it dates a teaser.
HEAD_LINES = 6
#: A publication line is short; a longer line that names a date is a sentence of the story.
PUBLICATION_LINE_CHARS = 160


_A_YEAR = re.compile(r"(?:19|20)\d{2}|\d/\d{1,2}/\d{2}\b")
#: A live story's update stamp opening a paragraph of any length: "UPDATE (9/19/16): Police
#: have arrested...", "Update 12/1/2015: The union said...". Only the stamp is the line.
_UPDATE_STAMP = re.compile(rf"^\W*update[ds]?\s*(?:\(\s*)?(?P<date>{_FULL_DATE})\s*\)?\s*:", re.I)


def publication_lines(text: str, *, source: str) -> list[tuple[str, str, Evidence]]:
    """(kind, YYYY-MM-DD, evidence of the whole line) for each line that says when the page was
    written or updated, in text order."""
    found = []
    offset = 0
    lines = 0
    all_lines = text.splitlines(keepends=True)
    for index, line in enumerate(all_lines):
        stripped = line.strip()
        lines += bool(stripped)
        if _RECORD_DATE.match(line) and _in_a_record(all_lines, index):
            pass  # a police release's "Date:" field dates the offense, not the page
        elif stripped and len(stripped) <= PUBLICATION_LINE_CHARS and _A_YEAR.search(line):
            for _, kind, head_only, pattern in PUBLICATION_LINES:
                match = None if head_only and lines > HEAD_LINES else pattern.search(line)
                value = _full_date(match.group("date")) if match else None
                if value is not None:
                    found.append((kind, value, evidence(source, text, offset, offset + len(line))))
                    break
        elif stripped and (stamp := _UPDATE_STAMP.match(line)) is not None:
            value = _full_date(stamp.group("date"))
            if value is not None:
                found.append(("updated", value, evidence(source, text, offset, offset + stamp.end())))
        offset += len(line)
    return found


#: A police release gives the offense as fields, one a line: "Date: Tuesday, May 2, 2023, 9:40
#: PM", then "Location: 400 Elm St." or "Offense: Aggravated assault". Its "Date:" is the day of
#: the offense, not the day the page was written.
_RECORD_DATE = re.compile(r"^\W*date(?:\s*(?:/|and)\s*time)?\s*:", re.I)
_RECORD_FIELD = re.compile(
    r"^\W*(?:location|address|offen[cs]e|incident(?:\s+type)?|crime|case(?:\s+(?:number|no\.?|#))?|"
    r"report(?:\s+(?:number|no\.?|#))?|victims?|suspects?)\s*:",
    re.I,
)
#: How many non-empty lines after the "Date:" line the other fields of a record are looked for in.
_RECORD_REACH = 2


def _in_a_record(lines: list[str], index: int) -> bool:
    """The "Date:" line at `index` is one field of a record: the next non-empty lines hold
    others ("Location: ...", "Offense: ...", "Case Number: ...")."""
    following = [line for line in lines[index + 1 : index + 1 + 2 * _RECORD_REACH] if line.strip()]
    return any(_RECORD_FIELD.match(line) for line in following[:_RECORD_REACH])


def record_dates(item: CleanArticle, *, source: str, sentence_starts: list[int]) -> Iterator[DateMention]:
    """The full date of each police release's "Date:" field, as a mention of the incident: the
    release gives the day of the offense, in a line whose title case the parser does not read.
    Evidence is the date as written; `sentence_starts` numbers it by the sentence it stands in."""
    text = item.body
    lines = text.splitlines(keepends=True)
    offset = 0
    for index, line in enumerate(lines):
        field = _RECORD_DATE.match(line)
        match = _ANY_FULL_DATE.search(line, field.end()) if field and _in_a_record(lines, index) else None
        if match is not None:
            start, end = offset + match.start(), offset + match.end()
            mention = _line_date(text, start, end, source, sentence_starts, kind="incident")
            if mention is not None:
                yield mention
        offset += len(line)


#: An obituary's life span, alone on a line: "March 2, 1948 - May 9, 2023", "(1 June 2001 – 4
#: July 2022)". The second date is the day of a death.
_LIFE_SPAN = re.compile(rf"^\W*(?:{_FULL_DATE})\s*(?:--|[-\u2013\u2014])\s*(?P<death>{_FULL_DATE})\W*$", re.I)


def life_span_dates(item: CleanArticle, *, source: str, sentence_starts: list[int]) -> Iterator[DateMention]:
    """The day of death an obituary's life-span line gives, as a mention of a death: the line's
    title case keeps it from the parser, and its first date, a birth, dates nothing of the story."""
    text = item.body
    offset = 0
    for line in text.splitlines(keepends=True):
        match = _LIFE_SPAN.match(line)
        if match is not None:
            start, end = offset + match.start("death"), offset + match.end("death")
            mention = _line_date(text, start, end, source, sentence_starts, kind="death")
            if mention is not None:
                yield mention
        offset += len(line)


def _line_date(
    text: str, start: int, end: int, source: str, sentence_starts: list[int], *, kind: str
) -> DateMention | None:
    """The full date written at `text[start:end]` as a mention of `kind`, numbered by the
    sentence it stands in; None when it is no full date."""
    value = _full_date(text[start:end])
    expr = timeexpr.parse(value) if value else None
    if expr is None:
        return None
    return DateMention(
        text=text[start:end],
        expr=expr,
        context=None,
        sentence=max(bisect_right(sentence_starts, start) - 1, 0),
        evidence=evidence(source, text, start, end),
        kind=kind,
    )


def _full_date(text: str) -> str | None:
    numeric = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text.strip())
    if numeric:  # news sites in English write the month first; "4/9/19" is in this century
        year = int(numeric[3]) + (2000 if len(numeric[3]) == 2 else 0)
        expr: DateExpr | None = DateExpr(year=year, month=int(numeric[1]), day=int(numeric[2]))
        try:
            date(year, int(numeric[1]), int(numeric[2]))
        except ValueError:
            return None
    else:
        expr = timeexpr.parse(text)
    if expr is None or expr.year is None or expr.month is None or expr.day is None:
        return None
    found = timeexpr.resolve(expr, None)
    return found[0] if found else None


def publication_date(text: str) -> str | None:
    """The day a page says it was written: its first "published" line, else its first "updated" line."""
    lines = publication_lines(text, source="")
    for wanted in ("published", "updated"):
        values = [value for kind, value, _ in lines if kind == wanted]
        if values:
            return min(values)
    return None


#: Lines dropped as page chrome that still say when the page was written: a copyright line
#: states its year, an embedded post's signature ("— Jane Roe (@jroe) May 2, 2016") a day on or
#: before it. Captions do not: a file photo may be years old.
DATED_CHROME = ("copyright line", "tweet signature")
#: Dropped spans after which the page is another story's, and so are its dates.
OTHER_STORIES = ("unrelated appended article", "teaser for another story", "teaser dateline")
_COPYRIGHT_YEAR = re.compile(r"(?:copyright|\(c\)|©)\D{0,12}?(?P<year>(?:19|20)\d{2})\b", re.I)
_ANY_FULL_DATE = re.compile(rf"\b{_FULL_DATE}\b", re.I)


def chrome_dates(item: CleanArticle, *, source: str, sentence_starts: list[int]) -> Iterator[DateMention]:
    """The dates in the dropped lines of `DATED_CHROME`, as publication mentions: they tell the
    year and the earliest day the page can have been written, never what happened when.
    `sentence_starts` (the body's sentence offsets) numbers each by the sentence it stands before."""
    text = item.article.text
    for span in item.dropped:
        reason = span.reason.split(": ")[-1]
        if reason in OTHER_STORIES:
            return
        found = (
            [
                (m.start(), m.end(), _full_date(m.group()))
                for m in _ANY_FULL_DATE.finditer(text, span.start, span.end)
            ]
            if reason in DATED_CHROME
            else []
        )
        if span.reason.startswith("page chrome"):  # a copyright notice, in whatever chrome it stands
            found += [
                (m.start("year"), m.end("year"), m.group("year"))
                for m in _COPYRIGHT_YEAR.finditer(text, span.start, span.end)
            ]
        for start, end, value in found:
            expr = timeexpr.parse(value) if value else None
            if expr is not None and expr.year is not None:
                yield DateMention(
                    text=text[start:end],
                    expr=expr,
                    context=None,
                    sentence=bisect_right(sentence_starts, start),
                    evidence=evidence(source, text, start, end),
                    kind="publication",
                )


#: Words that make a four-digit number before them a street number: "the 2000 block of Elm",
#: "1910 South Pine Avenue", "1917 Prospect Ave."
STREET_WORDS = frozenset({
    "block", "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd",
    "lane", "ln", "way", "court", "ct", "place", "pl", "parkway", "pkwy", "highway", "hwy",
    "circle", "cir", "terrace", "trail", "pike", "square",
})  # fmt: skip
#: Vehicle makes: a four-digit number before one is a model year ("a 2006 Dodge Charger").
VEHICLE_MAKES = frozenset({
    "acura", "audi", "bmw", "buick", "cadillac", "chevrolet", "chevy", "chrysler", "dodge", "fiat",
    "ford", "gmc", "honda", "hummer", "hyundai", "infiniti", "jaguar", "jeep", "kia", "lexus",
    "lincoln", "mazda", "mercedes", "mercedes-benz", "mercury", "mini", "mitsubishi", "nissan",
    "oldsmobile", "plymouth", "pontiac", "porsche", "ram", "saab", "saturn", "scion", "subaru",
    "suzuki", "tesla", "toyota", "volkswagen", "vw", "volvo", "harley-davidson", "yamaha",
})  # fmt: skip
#: Words before a number that make it a year whatever follows.
YEAR_PREPOSITIONS = frozenset({"in", "since", "until", "till", "during", "by", "before", "after", "from"})
#: How many words may stand between the number and the street word: "1910 South Pine Avenue".
_STREET_REACH = 4


def not_a_year(ent: Span, expr: DateExpr) -> bool:
    """A bare four-digit "year" that is a street number or a vehicle's model year: the parser
    tags "1910 South Pine Avenue" and "her 2006 Dodge Charger" as dates. Looks only at the few
    words after the number."""
    if expr.year is None or expr.month is not None or not ent.text.strip().isdigit():
        return False
    doc = ent.doc
    after = [t for t in doc[ent.end : ent.end + _STREET_REACH + 1] if not t.is_punct]
    words = [t.lower_.rstrip(".") for t in after]
    if words[:1] == ["block"] or words[:2] == ["or", "newer"]:
        return True
    if words and words[0] in VEHICLE_MAKES:
        return True
    if ent.start > 0 and doc[ent.start - 1].lower_ in YEAR_PREPOSITIONS:
        return False  # "in 2012 Smith Street was renamed"
    for token, word in zip(after, words, strict=True):
        if word in STREET_WORDS:
            return True
        if token.pos_ != "PROPN" and not token.like_num:
            return False
    return False


#: Dropped lines whose full dates tell a year the story may be in, never more: a caption's
#: photo may be a file photo years old.
CAPTIONS = ("caption or photo credit",)
#: A page address with a date in its path: ".../2016/07/15/story-name", ".../2013/11/story".
_URL_YEAR = re.compile(
    r"(?:https?://|www\.)[^\s/]+(?:/[^\s/]+)*?/(?P<year>(?:19|20)\d{2})/(?:0?[1-9]|1[0-2])/"
)


def printed_years(item: CleanArticle, *, source: str, sentence_starts: list[int]) -> Iterator[DateMention]:
    """The years a page prints outside its story: in the full dates of its captions and in the
    dated paths of the addresses it prints. They are candidates for the story's year when the
    story states none, to be confirmed by the calendar (a day and month falling on the weekday
    the leads give), and never the day of anything. Stops where another story's text begins."""
    text = item.article.text
    end = min((s.start for s in item.dropped if s.reason.split(": ")[-1] in OTHER_STORIES), default=len(text))
    found = [(m.start("year"), m.end("year")) for m in _URL_YEAR.finditer(text, 0, end)]
    for span in item.dropped:
        if span.reason.split(": ")[-1] in CAPTIONS and span.start < end:
            for m in _ANY_FULL_DATE.finditer(text, span.start, span.end):
                year = re.search(r"(?:19|20)\d{2}", m.group())
                if year:
                    found.append((m.start() + year.start(), m.start() + year.end()))
    for start, stop in sorted(found):
        yield DateMention(
            text=text[start:stop],
            expr=DateExpr(year=int(text[start:stop])),
            context=None,
            sentence=bisect_right(sentence_starts, start),
            evidence=evidence(source, text, start, stop),
            kind=PRINTED,
        )


def weekday_before(ent: Span) -> int | None:
    """The weekday written just before a day and month the parser tagged apart from it: in "died
    just before midnight Thursday, January 14" the weekday goes with the time ("midnight
    Thursday") and the day and month stand alone, but the weekday still says which year they
    are in. Looks only at the three tokens before the entity: "Thursday, January 14", "Sunday
    night, Sept. 4", "Thursday January 14"."""
    words = [t.lower_ for t in ent.doc[max(ent.start - 3, 0) : ent.start]]
    if words[-1:] == [","]:
        words = words[:-1]
    if words[-1:] and words[-1] in _PARTS_OF_DAY:
        words = words[:-1]
    return _WEEKDAY_NAMES.get(words[-1]) if words else None


_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night"})
_WEEKDAY_NAMES = {name: number for number, name in enumerate(WEEKDAY_NAMES)}


def anchored(ent: Span) -> DateExpr | None:
    """ "two days after deadly protests": an offset from the day of another dated thing."""
    match = _SPAN.match(ent.text.strip())
    doc = ent.doc
    if (
        match is None
        or ent.end >= len(doc)
        or doc[ent.end].lower_ not in ("after", "before", "later", "earlier")
    ):
        return None
    word = doc[ent.end]
    objects = [c for c in word.children if c.dep_ == "pobj" and c.pos_ in _NOUNS]
    if not objects:
        return None
    n = match.group("n") or "1"
    days = (int(n) if n.isdigit() else _WORD_NUMBERS[n.lower()]) * (
        7 if match.group("unit").lower() == "week" else 1
    )
    return DateExpr(day_offset=days if word.lower_ == "after" else -days, anchor=objects[0].lemma_.lower())


def points_ahead(ent: Span, *, by_tense: bool = True) -> bool:
    """The date is in the future, as the sentence's verbs say: a future auxiliary ("will be held
    on Friday"), a plan ("is scheduled for March 3", "a hearing set for Oct. 3", "are expected to
    join in April", "plans to repay by February"), and, with `by_tense`, what only the tense or a
    preposition tells: "would be paid in January", an infinitive of what is yet to be
    ("guidelines to be published in November"), a deadline before a verb that is not past ("must
    file by Friday", "runs until June", "effective Feb. 1"), "as early as Tuesday", or a present
    tense of a schedule ("the trial begins Monday"). A full date with its year needs no
    direction, and a caption's present tense ("Police enter a building on Sunday, Nov. 15, 2015")
    must not make it a plan: the extractor asks `by_tense` only of dates without a year."""
    if _dates_a_plan(ent):
        return True
    node, prep = _governor(ent)
    chain = _verb_chain(node)
    for verb in chain:
        children = list(verb.children)
        if any(c.lower_ in FUTURE_MARKERS and c.dep_ == "aux" for c in children):
            return True
        if verb.lemma_.lower() in FUTURE_VERBS and (
            (verb.dep_ == "acl" and verb.tag_ == "VBN")
            or any(c.dep_ in ("auxpass", "aux", "cop") for c in children)
            or any(c.dep_ == "xcomp" for c in children)
            or verb is not node
        ):
            return True
        if verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in children):
            return True
    return by_tense and _ahead_by_tense(ent, node, prep, chain)


def _dates_a_plan(ent: Span) -> bool:
    """The date is what a plan is set for, whatever the tense around it: "aiming for a 2031
    release date", "a target date of May 4, 2031". A plan's day tells neither when the story
    happened nor when it was written. A deadline is not one: "tendered by the Friday deadline"
    tells a day past as often as one ahead."""
    noun = ent.root.head
    if noun.lower_ == "of" and ent.root.dep_ == "pobj":
        noun = noun.head
    if noun.pos_ not in _NOUNS or noun.i in range(ent.start, ent.end):
        return False
    lemma = noun.lemma_.lower()
    kinds = {c.lemma_.lower() for c in noun.children if c.dep_ == "compound"}
    return lemma == "date" and bool(kinds & PLAN_DATES)


#: The words that make "date" a day set ahead ("release date", "due date"). A "target" alone is
#: not one: "met its 2012 production target" tells a year past.
PLAN_DATES = frozenset({"release", "target", "due", "launch", "completion", "delivery", "opening"})


def _ahead_by_tense(ent: Span, node: Token, prep: str | None, chain: list[Token]) -> bool:
    if node.lower_ == "effective" or node.lemma_.lower() in ("effective", "due"):
        return not _past(node)
    window = ent.doc[max(ent.start - 3, 0) : ent.end].text.lower()
    if "as early as" in window or "as soon as" in window:
        return True  # "as early as Tuesday": a day not yet come
    for verb in chain:
        if any(c.lower_ in _FUTURE_IN_PAST and c.dep_ == "aux" for c in verb.children) or _to_be_done(verb):
            return True
    finite = chain[-1]
    lemma = finite.lemma_.lower()
    if prep == "until" and lemma in _PUT_OFF:
        return True  # "postponed until Tuesday": a day after the one it was put off on
    if prep in _DEADLINES and not _past(finite) and lemma not in _NOT_AHEAD:
        return True
    return prep != _VIA_NOUN and lemma in _SCHEDULED and _present(finite)


#: Verbs whose present tense with a day tells a schedule ("the trial begins Monday", "the law
#: takes effect Jan. 1", "talks resume Tuesday"). Other present tenses state what is so now
#: ("faces a murder charge for the Dec. 2 shooting", captions' "police enter a building").
_SCHEDULED = frozenset({
    "begin", "start", "open", "close", "end", "resume", "take", "expire", "meet", "vote", "convene",
    "reconvene", "hear", "play", "arrive", "depart", "leave", "return", "visit", "launch", "run",
    "last", "continue", "finish", "conclude", "kick", "air", "premiere", "debut", "head",
})  # fmt: skip


def points_back(ent: Span) -> bool:
    """The sentence tells the date's thing as past: its verb is in the past tense ("sold it in
    February", "had filed in May"). A month without it ("the summit in April") may be either."""
    node, _ = _governor(ent)
    if node.pos_ not in ("VERB", "AUX"):
        return False
    return _past(_verb_chain(node)[-1]) or any(
        c.lower_ in ("has", "have", "had") and c.dep_ == "aux" for c in node.children
    )


def _governor(ent: Span) -> tuple[Token, str | None]:
    """The verb or adjective a date hangs on, and the preposition between them; no preposition
    (None) when the date hangs on a noun first: "hospitalized after a shooting Saturday" dates
    the shooting, whatever the verb's tense."""
    node = ent.root
    prep: str | None = None
    for _ in range(4):
        node = node.head
        if node.dep_ == "prep" and prep is None:
            prep = node.lower_
        if node.pos_ in ("NOUN", "PROPN") and prep != _VIA_NOUN:
            prep = _VIA_NOUN
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            break
    return reporting_verb_of(node, ent.start), prep


_VIA_NOUN = "(noun)"


#: Verbs that move a thing to a later day: "postponed until Tuesday".
_PUT_OFF = frozenset({"postpone", "delay", "extend", "adjourn", "defer", "suspend", "recess", "push", "move"})


#: Words that put what a sentence reports in the future.
FUTURE_MARKERS = frozenset({"will", "shall", "'ll", "’ll", "wo"})
#: "said the payment would be made in January": ahead of the saying, so most likely of the report.
_FUTURE_IN_PAST = frozenset({"would", "'d"})
FUTURE_VERBS = frozenset({
    "schedule", "plan", "expect", "due", "set", "slate", "intend", "hope", "aim", "propose",
    "anticipate", "forecast", "project", "predict", "prepare",
})  # fmt: skip
#: Prepositions of a deadline: "by February", "until June", "through January".
_DEADLINES = frozenset({"by", "until", "till", "through"})
#: Present-tense verbs that report or state, not plan: "police say Monday", "the index is above
#: its January level".
_NOT_AHEAD = REPORTING_VERBS | frozenset(
    {"be", "have", "remain", "show", "include", "compare", "follow", "mark"}
)


def _to_be_done(verb: Token) -> bool:
    """An infinitive that names what is yet to be: "guidelines to be published in November", "is
    to resume trading Tuesday"."""
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    return verb.dep_ in ("acl", "relcl") or (verb.dep_ == "xcomp" and verb.head.lemma_ == "be")


def _verb_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is the complement of, up to the first with a tense of its own:
    "are expected to join": join, expected. A participle ("announced Friday") has its own time."""
    chain = [verb]
    while (
        chain[-1].tag_ == "VB"
        and _non_finite(chain[-1])
        and chain[-1].dep_ in ("xcomp", "conj")
        and len(chain) < 4
    ):
        head = chain[-1].head
        if head is chain[-1] or head.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        chain.append(head)
    return chain


def _non_finite(verb: Token) -> bool:
    return verb.tag_ in ("VB", "VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children
    )


def _past(verb: Token) -> bool:
    """The verb, or its auxiliary, is in the past tense: "was paid", "had filed", "ended"."""
    tensed = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(
        t.tag_ in ("VBD",) or (t.tag_ == "VBN" and t is verb and len(tensed) == 1 and verb.dep_ == "ROOT")
        for t in tensed
    )


def _present(verb: Token) -> bool:
    """The verb is in the present tense, simple or progressive: "begins", "is heard", "is leaving"."""
    tensed = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return (
        any(t.tag_ in ("VBZ", "VBP") for t in tensed)
        and not any(t.tag_ in ("VBD", "MD") for t in tensed)
        and not any(c.lower_ in ("has", "have") and c.dep_ == "aux" for c in verb.children)
    )


def context_of(ent: Span) -> str | None:
    """The event or thing a date belongs to: "the Oct. 10 election" -> "election"; "Protests
    turned deadly Friday" -> "protests"; "a funeral held for the protester Saturday" -> "funeral"."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head == root:
        return None
    if head.pos_ in _NOUNS:
        return head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX", "ADJ"):
        return _verb_context(head)
    return None


def _verb_context(verb: Token) -> str | None:
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _NOUNS:
        return verb.head.lemma_.lower()
    subject = subject_of(verb)
    if subject is not None and subject.pos_ in _NOUNS:
        return subject.lemma_.lower()
    if verb.dep_ == "relcl" and verb.head.pos_ in _NOUNS:
        return verb.head.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "dobj" and child.pos_ in _NOUNS:
            return child.lemma_.lower()
    return verb.lemma_.lower() if verb.pos_ == "VERB" else None

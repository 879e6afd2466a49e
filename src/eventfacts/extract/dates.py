"""Date expressions in one article, parsed into parts and tied to what they date.

Resolution to absolute dates waits for reconciliation, because the reference date of an article
with no date of its own can only come from the other sources. Durations ("nearly a month",
"60-day"), ages ("54") and other non-dates parse to nothing and are left out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .. import timeexpr
from ..lexicon import TIME_NUMBER_WORDS
from ..records import PRINTED, CleanArticle, DateExpr, DateMention, Evidence
from .common import ents_of, evidence, in_headline, sentence_numbers, subject_of, text_of
from .timeline import description, development_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_NOUNS = ("NOUN", "PROPN")
_SPAN = re.compile(
    r"^(?:(?P<n>\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?P<unit>day|week)s?$", re.I
)
_WORD_NUMBERS = TIME_NUMBER_WORDS
#: Words that put what a sentence reports in the future.
FUTURE_MARKERS = frozenset({"will", "shall", "'ll", "’ll"})
FUTURE_VERBS = frozenset({"schedule", "plan", "expect", "due", "set"})


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def extract_dates(doc: Doc, *, source: str) -> Iterator[DateMention]:
    numbers = sentence_numbers(doc)
    lines = [(e.start, e.end) for _, _, e in publication_lines(text_of(doc), source=source)]
    for ent in ents_of(doc):
        if ent.label_ not in ("DATE", "TIME", "EVENT") or in_headline(ent.root):
            continue
        text = ent.text.split("\n")[0].strip()
        expr = timeexpr.parse(text) or anchored(ent)
        if ent.label_ == "EVENT" and (expr is None or expr.holiday is None):
            continue  # the parser names "Thanksgiving Day" and "New Year's Eve" events
        if expr is None or not_a_year(ent, expr) or (expr.holiday and ent.root.dep_ in _MODIFIER_DEPS):
            continue  # "Christmas lights", "the Halloween party": a holiday naming a thing, not a day
        if expr.anchor is None and points_ahead(ent):
            expr = replace(expr, future=True)
        weekday = weekday_before(ent) if expr.day is not None and expr.weekday is None else None
        if weekday is not None and expr.year is None:
            expr = replace(expr, weekday=weekday)
        end = ent.start_char + len(ent.text.split("\n")[0])
        in_line = any(s <= ent.start_char < e for s, e in lines)
        yield DateMention(
            text=text,
            expr=expr,
            context=context_of(ent),
            sentence=numbers[ent.start],
            evidence=evidence(source, text_of(doc), ent.start_char, end),
            kind="publication" if in_line else development_kind(ent),
            description=None if in_line else description(ent, source=source),
        )


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
        # a section and its date alone on a line: "Metro on 3/4/2019", "Local News on March 4, 2019"
        ("section_date", "published", rf"^\W*[A-Za-z][\w&' ]{{0,30}}?\s+on\s+(?P<date>{_FULL_DATE})\W*$"),
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
_WEEKDAY_NAMES = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}


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


def points_ahead(ent: Span) -> bool:
    """The date is in the future: "will be held on Friday", "is scheduled for March 3", and the
    planned thing a noun carries ("a pre-trial hearing scheduled for June 11", "a hearing set
    for Oct. 3"): a plan's day is not a day anything happened on."""
    node = ent.root
    for _ in range(4):
        node = node.head
        if node.pos_ in ("VERB", "AUX", "ADJ"):
            break
    children = list(node.children)
    if any(c.lower_ in FUTURE_MARKERS and c.dep_ == "aux" for c in children):
        return True
    planned = node.dep_ == "acl" and node.tag_ == "VBN"
    return node.lemma_.lower() in FUTURE_VERBS and (
        planned or any(c.dep_ in ("auxpass", "aux", "cop") for c in children)
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

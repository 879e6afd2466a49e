"""Mark what is not article body: the title line, captions and photo credits, repeated lines,
page chrome (the table in `eventfacts.chrome`),
teasers for other stories with their own datelines, "Source:" footers, stray fragments, and
whole unrelated articles appended after the real one.

Nothing is deleted. Each span is recorded with a reason, and `CleanArticle.body` is the text
with those spans blanked out (every character but newlines becomes a space), so that spaCy
never sees them while every offset still indexes the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .chrome import LONG_LINE, chrome_spans
from .datelines import DATE_LINE
from .records import Article, CleanArticle, DroppedSpan

_AGENCY = r"(?:Reuters|REUTERS|AP|AFP|Associated Press|Getty(?: Images)?|EPA|Xinhua|Anadolu|Bloomberg|UPI)"
# A credit at the end of a line: "(Susan Walsh / Associated Press)", "[Al-Iraqiya/Reuters]",
# "(Reuters)", "REUTERS/Ali Hankir/File Photo".
_CREDIT_END = re.compile(
    rf"(?:\((?:[^()\n]{{0,80}}/[^()\n]{{0,80}}|[^()\n]{{0,40}}\b{_AGENCY}\b[^()\n]{{0,20}})\)"
    rf"|\[(?:[^\[\]\n]{{0,80}}/[^\[\]\n]{{0,80}}|[^\[\]\n]{{0,40}}\b{_AGENCY}\b[^\[\]\n]{{0,20}})\]"
    rf"|\b{_AGENCY}/[^\n]{{0,80}})\s*$"
)
_CAPTION_START = re.compile(r"^\s*(?:FILE PHOTO|PHOTO|Photo|Image|IMAGE|Caption|Pictured)\s*:")
_FOOTER = re.compile(r"^\s*(?:Sources?|Source\(s\)|Additional reporting by|Reporting by)\s*:?\s+\S")
_TERMINAL = re.compile(r"[.!?\"”’'…:;)]\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?<!\b[A-Z])[.!?][\"”’')]*(?=\s)")
CAPTION = "caption or photo credit"
_LEAD_PARAGRAPHS = 3  # a bare dateline this early is the article's own, not a teaser's
_APPENDED_MIN_OVERLAP = 0.2


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int  # without the newline
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def clean(article: Article, *, title_in_text: bool = True) -> CleanArticle:
    """Mark the non-body spans of an article (a pure function of its text)."""
    text = article.text
    lines = [line for line in _lines(text) if line.stripped]
    paragraphs = _paragraphs(text, lines)
    marks: dict[int, str] = {}  # index into `lines` -> reason
    if title_in_text and len(lines) > 1:  # a one-line article is all body
        marks[0] = "title"
    _mark_repeats(lines, marks)
    _mark_captions(paragraphs, lines, marks)
    _mark_fragments(lines, marks)
    _mark_teasers(paragraphs, lines, marks)
    _mark_footers(lines, marks)
    _mark_appended_article(paragraphs, lines, marks)
    inside = [*_credits_in_long_lines(lines, marks), *chrome_spans(text)]
    dropped = _with_chrome(_merge_spans(lines, marks), inside)
    article = _warned(article, dropped)
    return CleanArticle(article=article, body=blank_spans(text, dropped), dropped=dropped)


def _with_chrome(
    spans: tuple[DroppedSpan, ...], inside: list[tuple[int, int, str]]
) -> tuple[DroppedSpan, ...]:
    """The line spans plus the spans found inside lines outside them, in order; of two spans
    found inside that overlap, the one that starts first (or is longer) wins."""
    extra: list[DroppedSpan] = []
    for start, end, reason in sorted(inside, key=lambda s: (s[0], -s[1])):
        if extra and start < extra[-1].end:
            continue
        if not any(s.start < end and start < s.end for s in spans):
            extra.append(DroppedSpan(start, end, reason))
    return tuple(sorted((*spans, *extra), key=lambda s: (s.start, s.end))) if extra else spans


#: Dropping more than this share of an article's text (its title aside) is worth a warning: a
#: page whose body is mostly chrome, or a rule that mistook the body for chrome.
MOSTLY_DROPPED = 0.5
_MIN_WARNED_CHARS = 200  # a stub this short says little either way


def _warned(article: Article, dropped: tuple[DroppedSpan, ...]) -> Article:
    """The article with a warning when cleaning dropped most of its text."""
    spans = [d for d in dropped if d.reason != "title"]
    title = sum(len(article.text[d.start : d.end].strip()) for d in dropped if d.reason == "title")
    total = len("".join(article.text.split())) - title
    lost = sum(len("".join(article.text[d.start : d.end].split())) for d in spans)
    if total < _MIN_WARNED_CHARS or lost <= MOSTLY_DROPPED * total:
        return article
    reasons: dict[str, int] = {}
    for d in spans:
        reasons[d.reason] = reasons.get(d.reason, 0) + d.end - d.start
    most = ", ".join(sorted(reasons, key=lambda r: (-reasons[r], r))[:3])
    warning = f"{round(100 * lost / total)}% of the text was dropped as not article body ({most})"
    return replace(article, warnings=(*article.warnings, warning))


def blank_spans(text: str, spans: tuple[DroppedSpan, ...]) -> str:
    """The text with every character of the spans, except newlines, replaced by a space."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _lines(text: str) -> Iterator[Line]:
    offset = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        yield Line(offset, offset + len(content), content)
        offset += len(raw)


def _paragraphs(text: str, lines: list[Line]) -> list[list[int]]:
    """Groups of line indexes separated by blank lines."""
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if groups and not text[lines[i - 1].end : line.start].count("\n") > 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _mark_repeats(lines: list[Line], marks: dict[int, str]) -> None:
    seen: set[str] = set()
    for i, line in enumerate(lines):
        key = " ".join(line.stripped.split()).casefold()
        above = " ".join(lines[i - 1].stripped.split()).casefold() if i > 0 else ""
        if (key in seen and len(key.split()) >= 3) or _cut_short_copy(key, above):
            marks.setdefault(i, "repeated line")
        seen.add(key)


_CUT = re.compile(r"(?:\.\.\.|…)$")


def _cut_short_copy(key: str, before: str) -> bool:
    """The line above cut short: a gallery's thumbnail repeats each caption's opening words and
    an ellipsis ("Crews cleared the road..." under "Crews cleared the road on Monday.")."""
    cut = _CUT.search(key)
    opening = key[: cut.start()].rstrip() if cut else ""
    return len(opening.split()) >= 3 and opening in before and len(before) > len(opening) + 3


def is_credit_line(line: str) -> bool:
    """A caption or photo-credit line: ends with a credit, or starts "FILE PHOTO:"."""
    return bool(_CREDIT_END.search(line) or _CAPTION_START.match(line))


def _mark_captions(paragraphs: list[list[int]], lines: list[Line], marks: dict[int, str]) -> None:
    for group in paragraphs:
        credited = [i for i in group if len(lines[i].text) <= LONG_LINE and is_credit_line(lines[i].stripped)]
        for i in credited:
            marks.setdefault(i, CAPTION)
        # An image block: alt text and caption lines stacked above a credit line.
        if credited and credited[-1] == group[-1] and len(group) <= 4:
            for i in group:
                if len(lines[i].text) <= LONG_LINE:
                    marks.setdefault(i, CAPTION)


def _credits_in_long_lines(lines: list[Line], marks: dict[int, str]) -> Iterator[tuple[int, int, str]]:
    """In a line too long to be a caption (a wire story on one line), only the credit at its end
    ("(AP Photo/Dana Lee)", an editor's initials "(jd/kl)") or a caption sentence that opens it
    ("PHOTO: ...") is dropped, never the story around it."""
    for i, line in enumerate(lines):
        if i in marks or len(line.text) <= LONG_LINE:
            continue
        credit = _CREDIT_END.search(line.text)
        if credit is not None:
            yield line.start + credit.start(), line.start + len(line.text.rstrip()), CAPTION
        if _CAPTION_START.match(line.text):
            first = _FIRST_SENTENCE.match(line.text)
            if first is not None:
                yield line.start, line.start + len(first.group().rstrip()), CAPTION


def _mark_fragments(lines: list[Line], marks: dict[int, str]) -> None:
    for i, line in enumerate(lines):
        if len(line.stripped) <= 3 or not _WORD.search(line.stripped):
            marks.setdefault(i, "fragment")


def _mark_teasers(paragraphs: list[list[int]], lines: list[Line], marks: dict[int, str]) -> None:
    """A bare dateline inside the body belongs to a teaser for another story: drop both."""
    for p, group in enumerate(paragraphs):
        if p < _LEAD_PARAGRAPHS or len(group) != 1 or not DATE_LINE.match(lines[group[0]].text):
            continue
        marks.setdefault(group[0], "teaser dateline")
        previous = paragraphs[p - 1]
        if len(previous) == 1 and _sentence_count(lines[previous[0]].stripped) <= 2:
            marks.setdefault(previous[0], "teaser for another story")


def _sentence_count(text: str) -> int:
    return len(re.findall(r"[.!?](?:\s|$)", text)) or 1


def _mark_footers(lines: list[Line], marks: dict[int, str]) -> None:
    for i in range(max(0, len(lines) - 3), len(lines)):
        if _FOOTER.match(lines[i].text):
            marks.setdefault(i, "source footer")


def _mark_appended_article(paragraphs: list[list[int]], lines: list[Line], marks: dict[int, str]) -> None:
    """A headline-like line past the lead, after which the names change almost completely, starts
    another article that was appended to this one: everything from it to the end is dropped."""
    for p in range(_LEAD_PARAGRAPHS, len(paragraphs)):
        first = paragraphs[p][0]
        if first in marks or not _looks_like_headline(lines[first].stripped):
            continue
        before = _names(" ".join(lines[i].text for i in range(first) if i not in marks))
        after = _names(" ".join(lines[i].text for i in range(first + 1, len(lines)) if i not in marks))
        if len(after) < 4 or len(before) < 4 or lines[first].start < lines[-1].end - lines[first].start:
            continue  # the story itself comes first and is the larger part: this is still the story
        overlap = len(after & before) / len(after)
        if overlap < _APPENDED_MIN_OVERLAP:
            for i in range(first, len(lines)):
                marks.setdefault(i, "unrelated appended article")
            return


#: A line of a list of people, not a headline: "Dana Cole, 19, of Elm Falls", "54-year-old Dana Cole".
_PERSON_LINE = re.compile(r"^(?:[A-Z][\w.'’-]*\s+)+[A-Z][\w.'’-]*,\s+\d{1,3}\b|^\d{1,3}-year-old\s+[A-Z]")


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= 14 or _TERMINAL.search(line) or _PERSON_LINE.match(line):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.6


def _names(text: str) -> set[str]:
    """Capitalised words that do not start a sentence: a cheap fingerprint of who and where."""
    found: set[str] = set()
    for match in _CAPITALISED.finditer(text):
        prefix = text[max(0, match.start() - 2) : match.start()]
        if not _AFTER_A_STOP.search(prefix):
            found.add(match.group(1).casefold())
    return found


_CAPITALISED = re.compile(r"(?<![.!?:\"“]\s)(?<!^)\b([A-Z][a-z]+(?:[-’'][A-Za-z]+)?)")
_AFTER_A_STOP = re.compile(r"[.!?\n\"“]\s?$")


def _merge_spans(lines: list[Line], marks: dict[int, str]) -> tuple[DroppedSpan, ...]:
    spans: list[DroppedSpan] = []
    for i in sorted(marks):
        line, reason = lines[i], marks[i]
        if spans and spans[-1].reason == reason and i - 1 in marks and marks[i - 1] == reason:
            spans[-1] = DroppedSpan(spans[-1].start, line.end, reason)
        else:
            spans.append(DroppedSpan(line.start, line.end, reason))
    return tuple(spans)

"""Page chrome that survives article extraction from news sites: video-player prompts, bylines,
contact and contributor lines, gallery buttons, photo credits inside a line, copyright lines,
app and share links, comment prompts, embedded tweet signatures, broadcast-transcript cues.

Every row is one kind of chrome with its name; `clean` records each match as a dropped span
with the reason "page chrome: <name>". Rows match whole lines unless they say otherwise, and no
row names an outlet or a person: they rest on the words every site uses ("Contact ... at",
"contributed to this report", "Previous Next", "Buy Photo").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NAME = r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}"  # "Deborah Horne", "David N. Karpel"
_WORDS = r"[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+){1,2}"  # two or three capitalised words, no full stop
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: Head words of news outlets, for credits written "<Name> for <Outlet>".
_OUTLET_HEADS = r"(?:News|Times|Post|Journal|Tribune|Herald|Press|Gazette|Chronicle|Star|Sun|Telegraph|Observer)"

CHROME: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("video prompt", re.compile(r"(?im)^[^\S\n]*please enable javascript\b[^\n]*$")),
    ("byline", re.compile(rf"(?m)^[^\S\n]*(?:By|BY|Written by|Story by)[^\S\n]+{_NAMES}[^\S\n]*$")),
    ("byline", re.compile(rf"(?m)(?<=\S),[^\S\n]+by[^\S\n]+{_NAMES}[^\S\n]*$(?<=\w)")),
    ("contact line", re.compile(rf"(?m)^[^\S\n]*(?:Contact|Reach|Email|E-mail)[^\S\n]+{_NAME}(?:[^\S\n]+at\b|:)[^\n]*$")),
    ("contributor line", re.compile(r"(?im)^[^\n]{0,160}\bcontributed to this (?:report|story|article)\b[^\n]*$")),
    ("gallery buttons", re.compile(r"\bPrevious\s+Next\b|(?m:^[^\S\n]*Enlarge[^\S\n]*(?:\|[^\S\n]*)?)")),
    ("buy photo", re.compile(r"\bBuy (?:This )?Photo\b")),
    ("inline photo credit", re.compile(r"\((?:Photo|Photos|Credit|Image|Video)(?: by| credit)?\s*:[^()\n]{1,100}\)")),
    ("inline photo credit", re.compile(rf"(?<![\w/.]){_WORDS}\s?/\s?(?:[A-Z][\w&.'’-]*[^\S\n]?){{1,5}}")),
    ("inline photo credit", re.compile(rf"(?m)^[^\S\n]*{_NAME} for (?:the )?(?:[A-Z][\w.'’-]*\s){{0,3}}{_OUTLET_HEADS}\b")),
    ("inline photo credit", re.compile(rf"\b{_NAME} (?:photo|Photo|PHOTO)/")),
    ("copyright line", re.compile(r"(?im)^[^\S\n]*(?:copyright\b|©)[^\n]*$|^[^\n]*\ball rights reserved\b[^\n]*$")),
    ("app and share links", re.compile(r"(?m)^[^\n]*\b(?:iPhone|iPad|Android)\b[^\n]*\|[^\n]*$")),
    ("app and share links", re.compile(r"(?im)^[^\n]*\b(?:mobile app|join us here on facebook|read or share this story)\b[^\n]*$")),
    ("app and share links", re.compile(r"(?im)^[^\S\n]*(?:share this story|share|print|email|tweet)[^\S\n]*$")),
    ("comment prompt", re.compile(r"(?im)^[^\n]*\b(?:view all comments|\d+ pending comments|leave a comment|post a comment)\b[^\n]*$")),
    ("related links", re.compile(r"(?m)^[^\S\n]*(?:RELATED(?: STORIES| COVERAGE| CONTENT)?|Related Stories|Related Content)\b[^\n]{0,160}$")),
    ("teaser prompt", re.compile(r"(?m)^[^\S\n]*(?:WATCH|READ MORE|ALSO READ|MORE|PHOTOS|VIDEO):[^\n]{0,160}$")),
    ("newsletter prompt", re.compile(r"(?im)^[^\n]{0,80}\b(?:sign up for|subscribe to) (?:our|the)\b[^\n]{0,60}\bnewsletters?\b[^\n]*$")),
    ("tweet signature", re.compile(rf"[—–-]{{1,2}}[^\S\n]*[^\n(]{{1,60}}\(@\w{{1,20}}\)[^\S\n]+{_MONTH}[^\S\n]+\d{{1,2}},[^\S\n]+\d{{4}}")),
    ("transcript cue", re.compile(r"(?m)^[^\S\n]*(?:--[^\S\n]*[A-Z][A-Z .']{1,30}[^\S\n]*--|ON CAM|SOT|VO|NATS)[^\S\n]*$")),
)  # fmt: skip


def chrome_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) for every chrome match, spaces at either end left out, in order."""
    found: list[tuple[int, int, str]] = []
    for name, pattern in CHROME:
        for match in pattern.finditer(text):
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                found.append((start, end, f"page chrome: {name}"))
    last = -1
    for start, end, reason in sorted(found):
        if start >= last:  # overlapping rows: the first one wins
            yield start, end, reason
            last = end

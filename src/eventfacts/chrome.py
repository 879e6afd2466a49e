"""Page chrome that survives article extraction from news sites: video-player prompts, bylines,
contact and contributor lines, gallery buttons, photo credits inside a line, copyright lines,
app and share links, comment prompts, embedded tweet signatures, broadcast-transcript cues.

Every row is one kind of chrome with its name; `clean` records each match as a dropped span
with the reason "page chrome: <name>". Rows match whole lines unless they say otherwise, and no
row names an outlet or a person: they rest on the words every site uses ("Contact ... at",
"contributed to this report", "Previous Next", "Buy Photo", a newscast's "GOOD EVENING, I'M ...",
a video playlist's "1:52 <title>", an encyclopedia page's "From ..., the free encyclopedia" and
its reference marks "[12]", a gloss in another script "(Chinese: ...; pinyin: ...)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_NAME = r"[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,3}"  # "Deborah Horne", "David N. Karpel"
_WORDS = r"[A-Z][\w'’-]+(?:[^\S\n][A-Z][\w'’-]+){1,2}"  # two or three capitalised words, no full stop
_NAMES = rf"{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}}"
_DAY_MONTH_YEAR = r"\d{1,2}[^\S\n]+[A-Z][a-z]{2}[^\S\n]+\d{4}"  # "29 Jun 2016"
_DATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[^\S\n]+\d{1,2},[^\S\n]+\d{4}"
#: Head words of news outlets, for credits written "<Name> for <Outlet>".
_OUTLET = r"(?:News|Times|Post|Journal|Tribune|Herald|Press|Gazette|Chronicle|Star|Sun|Telegraph|Observer)"

_H = r"[^\S\n]"  # a space that is not a line break
_GREETING = r"GOOD (?:MORNING|AFTERNOON|EVENING)"  # a newscast's opening, in a transcript
_CUE = r"(?:ON CAM|SOT|VO|NATS)"  # a script's cue for sound, voice-over or natural sound: "2 SOT"
_VIDEO_HERE = r"(?:watch|view) (?:the )?video here\.?"
_PAGES = r"(?::\d{1,4}(?:[-–]\d{1,4})?)?"  # the page a reference mark cites: "[16]:132"
_TITLE = r"[A-Z'‘\"][^\n]{0,160}(?<![.!?”\"])"  # a title: capitalised, no full stop at its end
_CJK = r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"  # kana, Chinese characters, Hangul


def _whole_line(pattern: str, flags: str = "") -> re.Pattern[str]:
    return re.compile(rf"(?m{flags})^{_H}*(?:{pattern}){_H}*$")


def _line_with(pattern: str, flags: str = "", *, words: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A line that holds `pattern`. `words`: lower-case words one of which every match holds,
    looked for in the case-folded text first (a case-blind regex gets no fast scan). In a line
    longer than `LONG_LINE` only the sentences that hold `pattern` are chrome."""
    line = re.compile(rf"(?m{flags})^[^\n]*(?:{pattern})[^\n]*$")
    phrase = re.compile(rf"(?{flags})(?:{pattern})" if flags else pattern)
    _NEEDLES[line] = words or phrase
    _PHRASES[line] = phrase
    return line


def _needing(pattern: re.Pattern[str], *words: str) -> re.Pattern[str]:
    """`pattern`, whose every match holds one of `words` (lower case, looked for in the
    case-folded text): a text without any of them skips the scan, which for a pattern that opens
    on a word boundary or a class tries every offset of the text."""
    _NEEDLES[pattern] = words
    return pattern


#: For a line pattern, the phrase it holds (or words one of which it holds): a text without it
#: skips the slower line scan.
_NEEDLES: dict[re.Pattern[str], re.Pattern[str] | tuple[str, ...]] = {}
#: For a line pattern, the phrase that makes the line chrome: in a long line, its sentence is.
_PHRASES: dict[re.Pattern[str], re.Pattern[str]] = {}
#: A line this long is an article's body run together (a wire story, a page that lost its
#: paragraph breaks), not one item of chrome: a rule that drops lines drops only its sentence.
LONG_LINE = 600
#: Where a sentence ends inside a line: a stop (not an initial's, "David N. Karpel") and a space.
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])[.!?][\"”’')\]]*[^\S\n]+|[^\S\n]+(?:---?|—)[^\S\n]+")


CHROME: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("video prompt", _needing(_whole_line(r"please enable javascript\b[^\n]*", "i"), "javascript")),
    # a video player's buttons run into the text: "Skip Ad Ad Loading... x Embed x Share"
    (
        "video player",
        _needing(
            re.compile(r"\b(?:CLOSE\s+)?Skip(?:\s+in\s+Skip|\s+Ad)*(?:\s+Loading\.*)?\s+x\s+Embed\s+x\s+Share\b"),
            "embed",
        ),
    ),
    # a photo gallery's captions on one line: "Image 1 of 14 Caption Close ... Back to Gallery"
    (
        "photo gallery",
        _needing(
            re.compile(r"(?m)^[^\n]*\b(?:Image \d+ of / \d+|View as gallery|Back to Gallery)\b[^\n]*$"),
            "image ",
            "gallery",
        ),
    ),
    ("video prompt", _whole_line(rf"(?:on a mobile (?:device|phone|app)\?{_H}*)?{_VIDEO_HERE}", "i")),
    ("byline", _whole_line(rf"(?:By|BY|Written by|Story by){_H}+{_NAMES}")),
    ("byline", re.compile(rf"(?m)(?<=\S),{_H}+by{_H}+{_NAMES}{_H}*$(?<=\w)")),
    ("contact line", _whole_line(rf"(?:Contact|Reach|Email|E-mail){_H}+{_NAME}(?:{_H}+at\b|:)[^\n]*")),
    (
        "contributor line",
        _line_with(r"\bcontributed to this (?:report|story|article)\b", "i", words=("contributed",)),
    ),
    (
        "gallery buttons",
        _needing(
            re.compile(rf"\bPrevious\s+Next\b|(?m:^{_H}*Enlarge{_H}*(?:\|{_H}*)?)"), "previous", "enlarge"
        ),
    ),
    ("buy photo", _needing(re.compile(r"\bBuy (?:This )?Photo\b"), "buy ")),
    (
        "inline photo credit",
        _needing(
            re.compile(r"\((?:Photos?|Credit|Image|Video)(?: by| credit)?\s*:[^()\n]{1,100}\)"),
            "(photo",
            "(credit",
            "(image",
            "(video",
        ),
    ),
    (
        "inline photo credit",
        _needing(re.compile(rf"(?<![\w/.]){_WORDS}\s?/\s?(?:[A-Z][\w&.'’-]*{_H}?){{1,5}}"), "/"),
    ),
    (
        "inline photo credit",
        _needing(
            re.compile(
                rf"(?m)(?:^{_H}*|(?<=[.!?”\"]{_H})){_NAME} for "
                rf"(?:the )?(?:[A-Za-z][\w.'’-]*\s){{0,3}}{_OUTLET}\b"
            ),
            " for ",
        ),
    ),
    ("inline photo credit", _needing(re.compile(rf"\b{_NAME} (?:photo|Photo|PHOTO)/"), "photo/")),
    # a wire story's closing credit: "(Reporting by Ana Diaz; Editing by Tom Lee)"
    (
        "reporting credit",
        re.compile(r"\((?:(?:Additional )?[Rr]eporting|Writing|Compiled) by [^()\n]{1,200}\)"),
    ),
    ("copyright line", _needing(_whole_line(r"(?:copyright\b|©)[^\n]*", "i"), "copyright", "©")),
    ("copyright line", _line_with(r"\ball rights reserved\b", "i", words=("reserved",))),
    # a copyright notice run on after the last sentence of a story that lost its line breaks
    (
        "copyright line",
        re.compile(
            rf"(?<=[.!?”\"]{_H})(?:Copyright|COPYRIGHT|©)\b[^\n]{{0,120}}?\b(?i:all rights reserved)\b\.?"
        ),
    ),
    ("app and share links", _line_with(r"\b(?:iPhone|iPad|Android)\b[^\n]*\|")),
    (
        "app and share links",
        _line_with(
            r"\b(?:mobile app|join us here on facebook|read or share this story)\b",
            "i",
            words=("mobile", "facebook", "share"),
        ),
    ),
    ("app and share links", _whole_line(r"share this story|share|print|email|tweet", "i")),
    (
        "comment prompt",
        _line_with(
            r"\b(?:view all comments|\d+ pending comments|leave a comment|post a comment)\b",
            "i",
            words=("comment",),
        ),
    ),
    (
        "related links",
        _whole_line(r"(?:RELATED(?: STORIES| COVERAGE| CONTENT)?|Related (?:Stories|Content))\b.{0,160}"),
    ),
    ("teaser prompt", _whole_line(r"(?:WATCH|READ MORE|ALSO READ|MORE|PHOTOS|VIDEO):.{0,160}")),
    (
        "newsletter prompt",
        _line_with(
            r"\b(?:sign up for|subscribe to) (?:our|the)\b.{0,60}\bnewsletters?\b", "i", words=("newsletter",)
        ),
    ),
    (
        "tweet signature",
        _needing(re.compile(rf"[—–-]{{1,2}}{_H}*[^\n(]{{1,60}}\(@\w{{1,20}}\){_H}+{_DATE}"), "(@"),
    ),
    # an embedded post's time stamp on a line of its own: "5:07 AM - 29 Jun 2016"
    ("tweet signature", _whole_line(rf"\d{{1,2}}:\d{{2}}{_H}?[AP]M{_H}+-{_H}+{_DAY_MONTH_YEAR}")),
    (
        "transcript cue",
        _whole_line(rf"--{_H}*[A-Z][A-Z .']{{1,30}}{_H}*--|(?:\d{{1,3}}{_H}+)?{_CUE}(?:/[A-Z -]{{1,30}})?"),
    ),
    ("transcript cue", _whole_line(rf"(?:{_GREETING},{_H}*)?I'M [A-Z][A-Z .'-]{{1,40}}")),
    ("encyclopedia header", _whole_line(r"From [A-Z][\w.]+, the free encyclopedia")),
    ("section heading", _whole_line(r"[^\n\[\]]{1,80}\[\s?edit\s?\]")),  # "Victims [ edit ]"
    # a video playlist's entry: its running time, then a title with no full stop ("1:52 Crews
    # battle brush fire near Elk Grove"); a body line never opens on a bare "1:52"; not a
    # post's time stamp ("5:07 AM - ...")
    ("video playlist entry", _whole_line(rf"\d{{1,2}}:\d\d{_H}+(?![AP]M\b){_TITLE}")),
    ("reference mark", re.compile(rf"\[(?:\d{{1,3}}|note \d{{1,2}}|[a-z]|citation needed)\]{_PAGES}")),
    ("foreign-script gloss", re.compile(rf"\((?=[^()\n]*{_CJK})[^()\n]{{1,120}}\)")),
)  # fmt: skip


def chrome_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) for every chrome match, spaces at either end left out, in order."""
    found: list[tuple[int, int, str]] = []
    folded = text.casefold()
    for name, pattern in CHROME:
        needle = _NEEDLES.get(pattern)
        if isinstance(needle, tuple) and not any(word in folded for word in needle):
            continue
        if isinstance(needle, re.Pattern) and needle.search(text) is None:
            continue
        for match in pattern.finditer(text):
            spans = [match.span()]
            phrase = _PHRASES.get(pattern)
            if phrase is not None and spans[0][1] - spans[0][0] > LONG_LINE:
                spans = list(_sentences_with(phrase, text, *spans[0]))
            for start, end in spans:
                found.extend(_trimmed(text, start, end, f"page chrome: {name}"))
    last = -1
    for start, end, reason in sorted(found):
        if start >= last:  # overlapping rows: the first one wins
            yield start, end, reason
            last = end


def _trimmed(text: str, start: int, end: int, reason: str) -> Iterator[tuple[int, int, str]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end, reason


def _sentences_with(phrase: re.Pattern[str], text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the sentences between `start` and `end` (one line) that hold `phrase`."""
    line = text[start:end]
    cuts = [0, *(m.end() for m in _SENTENCE_END.finditer(line)), len(line)]
    for match in phrase.finditer(line):
        first = max(c for c in cuts if c <= match.start())
        last = min((c for c in cuts if c >= match.end()), default=len(line))
        yield start + first, start + last

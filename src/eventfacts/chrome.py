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

from .rules import Example as E
from .rules import Rule, check_family

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


def _drops(line: str, part: str | None = None) -> E:
    """An example line the row drops: `part` of it (the whole line when None)."""
    return E(line, part or line, "line", True)


def _keeps(line: str) -> E:
    """An example line of body text the row leaves alone."""
    return E(line, line, "line", False)


#: The chrome rows: a name (the dropped span's reason is "page chrome: <name>"), the patterns
#: that find it, and lines written for it, some it drops and some body lines it must leave.
CHROME: tuple[Rule[tuple[re.Pattern[str], ...]], ...] = (
    Rule(
        "video prompt",
        (
            _needing(_whole_line(r"please enable javascript\b[^\n]*", "i"), "javascript"),
            _whole_line(rf"(?:on a mobile (?:device|phone|app)\?{_H}*)?{_VIDEO_HERE}", "i"),
        ),
        (
            _drops("Please enable Javascript to watch this video"),
            _drops("ON A MOBILE DEVICE? WATCH VIDEO HERE."),
            _keeps("Officials said the video showed the driver running a red light."),
        ),
    ),
    # a video player's buttons run into the text: "Skip Ad Ad Loading... x Embed x Share"
    Rule(
        "video player",
        (
            _needing(
                re.compile(r"\b(?:CLOSE\s+)?Skip(?:\s+in\s+Skip|\s+Ad)*(?:\s+Loading\.*)?\s+x\s+Embed\s+x\s+Share\b"),
                "embed",
            ),
        ),
        (
            _drops(
                "CLOSE Skip in Skip x Embed x Share Crews cleared the road by noon, the county said.",
                "CLOSE Skip in Skip x Embed x Share",
            ),
            _keeps("The clip shows fans skip the line and share a laugh with the guards."),
        ),
    ),
    # a photo gallery's captions on one line: "Image 1 of 14 Caption Close ... Back to Gallery",
    # or one line a picture, each opening on its place in the gallery and its caption's first
    # word ("Image 7 of 40 Crews ..."), not a sentence about the seventh image ("Image 7 of 40 in")
    Rule(
        "photo gallery",
        (
            _needing(
                re.compile(
                    r"(?m)^[^\n]*\b(?:Image \d+ of / \d+|View as gallery|Back to Gallery)\b[^\n]*$"
                    rf"|^{_H}*Image \d+ of \d+{_H}+[A-Z0-9\"“][^\n]*$"
                ),
                "image ", "gallery",
            ),
        ),
        (
            _drops("Lena Ruiz Image 1 of / 3 Caption Close Image 1 of 3 Crews at the mill Back to Gallery"),
            _drops("Image 7 of 22 Volunteers stack sandbags on Front Street, May 4. Photo: Ana Ruiz"),
            _keeps("The gallery reopened on Monday with 14 new images of the flood."),
            _keeps("Image 3 of 5 in the report showed the dam's spillway cracked, engineers said."),
        ),
    ),
    Rule(
        "byline",
        (
            _whole_line(rf"(?:By|BY|Written by|Story by){_H}+{_NAMES}"),
            re.compile(rf"(?m)(?<=\S),{_H}+by{_H}+{_NAMES}{_H}*$(?<=\w)"),
        ),
        (
            _drops("By Rosalind Achterberg"),
            _drops(
                "Posted 6:12 PM, March 3, 2019, by Tom Ellery and Nadia Quist",
                ", by Tom Ellery and Nadia Quist",
            ),
            _keeps("The bill was written by Senator Ruth Abernathy and passed on Monday."),
            _keeps("Police said the man was shot by Marcus Reed after an argument."),
        ),
    ),
    Rule(
        "contact line",
        (_whole_line(rf"(?:Contact|Reach|Email|E-mail){_H}+{_NAME}(?:{_H}+at\b|:)[^\n]*"),),
        (
            _drops("Contact Priya Natarajan at pnatarajan@example.com or 555-0100."),
            _drops("Reach Colm Dempsey at 555-0199."),
            _keeps("Prosecutors will contact the family at a later date, the office said."),
        ),
    ),
    Rule(
        "contributor line",
        (_line_with(r"\bcontributed to this (?:report|story|article)\b", "i", words=("contributed",)),),
        (
            _drops("Reporter Jules Ferrante contributed to this report."),
            _drops("The Associated Press contributed to this story."),
            _keeps("Three donors contributed to the fund for the families, the pastor said."),
        ),
    ),
    Rule(
        "gallery buttons",
        (
            _needing(
                re.compile(rf"\bPrevious\s+Next\b|(?m:^{_H}*Enlarge\b{_H}*(?:\|{_H}*)?)"),
                "previous", "enlarge",
            ),
        ),
        (
            _drops("Previous Next"),
            _drops("Enlarge"),
            _keeps("Enlarged hearts were found in both patients, the coroner said."),
            _keeps("The previous owner said the next buyer should repaint the barn."),
        ),
    ),
    Rule(
        "buy photo",
        (_needing(re.compile(r"\bBuy (?:This )?Photo\b"), "buy "),),
        (
            _drops("Buy Photo Firefighters work at the scene on Elm Street.", "Buy Photo"),
            _keeps("Residents lined up to buy photos of the old mill at the fundraiser."),
        ),
    ),
    Rule(
        "inline photo credit",
        (
            _needing(
                re.compile(r"\((?:Photos?|Credit|Image|Video)(?: by| credit)?\s*:[^()\n]{1,100}\)"),
                "(photo", "(credit", "(image", "(video",
            ),
            _needing(re.compile(rf"(?<![\w/.]){_WORDS}\s?/\s?(?:[A-Z][\w&.'’-]*{_H}?){{1,5}}"), "/"),
            _needing(
                re.compile(
                    rf"(?m)(?:^{_H}*|(?<=[.!?”\"]{_H})){_NAME} for "
                    rf"(?:the )?(?:[A-Za-z][\w.'’-]*\s){{0,3}}{_OUTLET}\b"
                ),
                " for ",
            ),
            _needing(re.compile(rf"\b{_NAME} (?:photo|Photo|PHOTO)/"), "photo/"),
        ),
        (
            _drops(
                "The house after the fire. (Photo: Dana Whitcomb / Valley Herald) Crews stayed all night.",
                "(Photo: Dana Whitcomb / Valley Herald)",
            ),
            _drops(
                "Marta Oyelowo/Lakeside Courier Crews clear debris from the road.",
                "Marta Oyelowo/Lakeside Courier Crews",
            ),
            _drops(
                "Ivo Brandt for The Harbor Times Police tape surrounds the store.",
                "Ivo Brandt for The Harbor Times",
            ),
            _drops(
                "The road stayed shut for hours. Ivo Brandt for the Harbor Daily News Crews cleared it.",
                "Ivo Brandt for the Harbor Daily News",
            ),
            _keeps("The flight from Dallas/Fort Worth landed safely, the airline said."),
            _keeps("He worked for the Harbor Daily News for twenty years before he retired."),
        ),
    ),
    # a wire story's closing credit: "(Reporting by Ana Diaz; Editing by Tom Lee)"
    Rule(
        "reporting credit",
        (re.compile(r"\((?:(?:Additional )?[Rr]eporting|Writing|Compiled) by [^()\n]{1,200}\)"),),
        (
            _drops(
                "Crews left at dusk. (Reporting by Ana Diaz; Editing by Tom Lee)",
                "(Reporting by Ana Diaz; Editing by Tom Lee)",
            ),
            _keeps("The audit followed reporting by the county's newspaper, the mayor said."),
        ),
    ),
    Rule(
        "copyright line",
        (
            _needing(_whole_line(r"(?:copyright\b|©)[^\n]*", "i"), "copyright", "©"),
            # "All rights reserved" opening a line or a sentence or after a year, not words of a body
            # sentence ("the rights reserved under the treaty")
            _line_with(r"(?:^|(?<=[.!?|]\s)|(?<=\d{4}\s))all rights reserved\b", "i", words=("reserved",)),
            # a copyright notice run on after the last sentence of a story that lost its line breaks
            re.compile(
                rf"(?<=[.!?”\"]{_H})(?:Copyright|COPYRIGHT|©)\b[^\n]{{0,120}}?\b(?i:all rights reserved)\b\.?"
            ),
        ),
        (
            _drops("Copyright 2021 KXYZ-TV. All rights reserved."),
            _drops("ALL RIGHTS RESERVED."),
            _drops(
                "Crews left at dusk. Copyright 2022 Valley Wire Inc. All rights reserved.",
                "Crews left at dusk. Copyright 2022 Valley Wire Inc. All rights reserved.",
            ),
            _keeps("The band sued over the copyright of the song in 2019, the court heard."),
            _keeps("The tribe said all rights reserved under the treaty stay in force."),
        ),
    ),
    Rule(
        "app and share links",
        (
            _line_with(r"\b(?:iPhone|iPad|Android)\b[^\n]*\|"),
            _line_with(
                r"\b(?:mobile app|join us here on facebook|read or share this story)\b",
                "i",
                words=("mobile", "facebook", "share"),
            ),
            _whole_line(r"share this story|share|print|email|tweet", "i"),
        ),
        (
            _drops("Get the latest news anytime: iPhone | iPad | Android | Email Alerts"),
            _drops("Share this story"),
            _drops("Read or Share this story: http://example.com/abc"),
            _keeps("She said she would print the letters and email them to the mayor."),
        ),
    ),
    Rule(
        "comment prompt",
        (
            _line_with(
                r"\b(?:view all comments|\d+ pending comments|leave a comment|post a comment)\b",
                "i",
                words=("comment",),
            ),
        ),
        (
            _drops("View all comments"),
            _drops("3 Pending Comments"),
            _keeps("The board will post comments from residents on its website."),
        ),
    ),
    Rule(
        "related links",
        (_whole_line(r"(?:RELATED(?: STORIES| COVERAGE| CONTENT)?|Related (?:Stories|Content))\b.{0,160}"),),
        (
            _drops("RELATED: Two hurt in crash on Route 4"),
            _keeps("Related charges were filed against two other men on Friday."),
        ),
    ),
    Rule(
        "teaser prompt",
        (_whole_line(r"(?:WATCH|READ MORE|ALSO READ|MORE|PHOTOS|VIDEO):.{0,160}"),),
        (
            _drops("WATCH: Mayor answers questions about the budget"),
            _keeps("More than 200 people watched the launch from the beach."),
        ),
    ),
    Rule(
        "newsletter prompt",
        (
            _line_with(
                r"\b(?:sign up for|subscribe to) (?:our|the)\b.{0,60}\bnewsletters?\b",
                "i",
                words=("newsletter",),
            ),
        ),
        (
            _drops("Sign up for our daily newsletter"),
            _keeps("The school sends a newsletter to parents every week."),
        ),
    ),
    Rule(
        "tweet signature",
        (
            _needing(re.compile(rf"[—–-]{{1,2}}{_H}*[^\n(]{{1,60}}\(@\w{{1,20}}\){_H}+{_DATE}"), "(@"),
            # an embedded post's time stamp on a line of its own: "5:07 AM - 29 Jun 2016"
            _whole_line(rf"\d{{1,2}}:\d{{2}}{_H}?[AP]M{_H}+-{_H}+{_DAY_MONTH_YEAR}"),
        ),
        (
            _drops(
                "Stay safe out there — Kim Lowry (@kimlowrynews) July 4, 2020",
                "— Kim Lowry (@kimlowrynews) July 4, 2020",
            ),
            _drops("9:42 PM - 3 Mar 2020"),
            _keeps("The mayor wrote on her account (@mayorlowry) that the roads were clear."),
        ),
    ),
    Rule(
        "transcript cue",
        (
            _whole_line(
                rf"--{_H}*[A-Z][A-Z .']{{1,30}}{_H}*--|(?:\d{{1,3}}{_H}+)?{_CUE}(?:/[A-Z -]{{1,30}})?"
            ),
            _whole_line(rf"(?:{_GREETING},{_H}*)?I'M [A-Z][A-Z .'-]{{1,40}}"),
        ),
        (
            _drops("-- RAYMOND --"),
            _drops("GOOD MORNING, I'M TESSA KOVAC."),
            _drops("2 SOT"),
            _drops("4 VO/MINI-DISC"),
            _keeps('"I\'m not leaving until they find him," said his sister, Dana Kell.'),
        ),
    ),
    Rule(
        "encyclopedia header",
        (_whole_line(r"From [A-Z][\w.]+, the free encyclopedia"),),
        (
            _drops("From Wikipedia, the free encyclopedia"),
            _keeps("The report drew on articles from Wikipedia, the free encyclopedia, and court files."),
        ),
    ),
    Rule(
        "section heading",
        (_whole_line(r"[^\n\[\]]{1,80}\[\s?edit\s?\]"),),  # "Victims [ edit ]"
        (
            _drops("Aftermath [ edit ]"),
            _keeps("The editors said they would [edit] the quote before printing it."),
        ),
    ),
    # a video playlist's entry: its running time, then a title with no full stop ("1:52 Crews
    # battle brush fire near Elk Grove"); a body line never opens on a bare "1:52"; not a
    # post's time stamp ("5:07 AM - ...")
    Rule(
        "video playlist entry",
        (_whole_line(rf"\d{{1,2}}:\d\d{_H}+(?![AP]M\b){_TITLE}"),),
        (
            _drops("1:52 Crews battle brush fire near Elk Grove; two homes lost Pause"),
            _drops("12:05 Raw video: Tornado damage in Moore"),
            _keeps("2:15 p.m. Crews reported the fire was contained, the county said."),
            _keeps("10:30 That was when the first call came in, a dispatcher said."),
        ),
    ),
    Rule(
        "reference mark",
        (re.compile(rf"\[(?:\d{{1,3}}|note \d{{1,2}}|[a-z]|citation needed)\]{_PAGES}"),),
        (
            _drops("The dam failed in 1889.[12] Floods reached the town by noon.", "[12]"),
            _drops("The club was founded at Kappa Sigma.[7]:45 in 1901.", "[7]:45"),
            _drops("It was rebuilt later.[note 3] The mill closed.", "[note 3]"),
            _keeps("The ballot listed options [A] and [B], officials said."),
        ),
    ),
    Rule(
        "foreign-script gloss",
        (re.compile(rf"\((?=[^()\n]*{_CJK})[^()\n]{{1,120}}\)"),),
        (
            _drops("The student Kenji Sato (Japanese: 佐藤健二) was among the hurt.", "(Japanese: 佐藤健二)"),
            _keeps("The student Kenji Sato (a Japanese citizen) was among the hurt."),
        ),
    ),
)  # fmt: skip
check_family(CHROME)


def chrome_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, reason) for every chrome match, spaces at either end left out, in order."""
    found: list[tuple[int, int, str]] = []
    folded = text.casefold()
    for row in CHROME:
        for pattern in row.apply:
            found.extend(_found(row.name, pattern, text, folded))
    last = -1
    for start, end, reason in sorted(found):
        if start >= last:  # overlapping rows: the first one wins
            yield start, end, reason
            last = end


def _found(name: str, pattern: re.Pattern[str], text: str, folded: str) -> Iterator[tuple[int, int, str]]:
    needle = _NEEDLES.get(pattern)
    if isinstance(needle, tuple) and not any(word in folded for word in needle):
        return
    if isinstance(needle, re.Pattern) and needle.search(text) is None:
        return
    for match in pattern.finditer(text):
        spans = [match.span()]
        phrase = _PHRASES.get(pattern)
        if phrase is not None and spans[0][1] - spans[0][0] > LONG_LINE:
            spans = list(_sentences_with(phrase, text, *spans[0]))
        for start, end in spans:
            yield from _trimmed(text, start, end, f"page chrome: {name}")


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

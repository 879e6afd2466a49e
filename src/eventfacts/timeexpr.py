"""Parse short date expressions into parts, and resolve them against a reference date.

News dates are mostly relative or partial: "early Sunday", "last Friday", "7 November", "May
last year", "the 2018 vote", and of every size: "last week", "the third quarter", "last fall",
"the 1990s", "now". Parsing and resolving are separate because an article's reference date may
only be known at reconciliation, from other sources. Both are pure functions.

The grammar is a table of named rows with their examples (`RULES`); the parts an expression
gives are a `DateExpr`, whose `rule` names the row that read it. Durations and sets ("three
years", "every Monday") have a table of their own (`NOT_DATES`) and are never dates.

dateparser is used, with `languages=['en']`, only on short strings the rules here do not cover,
and only for absolute dates: it gets weekdays on the reference weekday wrong (a week early) and
returns None for "early Sunday" (measured; see docs/design notes).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import NUMBER_WORDS, TIME_NUMBER_WORDS
from .records import DateExpr

if TYPE_CHECKING:
    from collections.abc import Callable

    from dateparser.date import DateDataParser

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
_WEEKDAY = r"(?P<weekday>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_PART_OF_DAY = r"(?P<part>morning|afternoon|evening|night|overnight)"
_TIME_WORDS = r"(?P<tod>early|earlier|late|later|mid)"
#: What may stand before a day and month: "early Sunday, Nov. 3", "Wednesday night, June 1", "early on".
_ON_WEEKDAY = rf"(?:{_TIME_WORDS}\s+(?:on\s+)?)?(?:{_WEEKDAY}(?:\s+{_PART_OF_DAY})?,?\s+)?(?:on\s+)?"
_NUMBER_WORDS = TIME_NUMBER_WORDS

#: Holidays news dates things by: (month, day) for those on a fixed day, (month, weekday, n)
#: for those on the n-th weekday of a month (n = -1: the last), whose day moves with the year.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas eve": (12, 24), "christmas": (12, 25), "christmas day": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "fourth of july": (7, 4),
    "july fourth": (7, 4), "independence day": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "veterans day": (11, 11), "st. patrick's day": (3, 17),
}  # fmt: skip
HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "memorial day": (5, 0, -1), "labor day": (9, 0, 1), "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
    "martin luther king jr. day": (1, 0, 3), "martin luther king day": (1, 0, 3), "mlk day": (1, 0, 3),
}  # fmt: skip
_HOLIDAY = re.compile(
    r"^(?:(?:early|late)\s+(?:on\s+)?)?(?P<name>[a-z.' ]+?)"
    r"(?:\s+(?:holiday|morning|afternoon|evening|night))?$"
)


def holiday_date(name: str, year: int) -> date:
    """The day a holiday falls on in a year: Thanksgiving 2016 is 24 November."""
    if name in FIXED_HOLIDAYS:
        return date(year, *FIXED_HOLIDAYS[name])
    month, weekday, n = HOLIDAYS[name]
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday(norm: str) -> DateExpr | None:
    match = _HOLIDAY.match(norm.replace("’", "'"))
    name = match.group("name") if match else None
    if name in FIXED_HOLIDAYS:
        month, day = FIXED_HOLIDAYS[name]
        return DateExpr(month=month, day=day, holiday=name)
    if name in HOLIDAYS:
        return DateExpr(month=HOLIDAYS[name][0], weekday=HOLIDAYS[name][1], holiday=name)
    return None


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "final": 4, "last": 2, "latter": 2, "back": 2, "front": 1}  # fmt: skip
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 1}
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}  # fmt: skip
_CENTURY_WORDS = {"eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                  "twentieth": 20, "twenty-first": 21}  # fmt: skip
_OF_YEAR = (
    r"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?"
    r"(?:(?P<year2>(?:1[89]|20)\d{2})|(?P<rel2>last|this|next)\s+year|the\s+year))?"
)
_YEARS_OWN = r"(?:(?:(?P<year>(?:1[89]|20)\d{2})|(?P<rel>last|this|next)\s+year)(?:'s)?\s+)?"
_SHIFT = (
    r"(?:(?P<shift>year[- ](?:earlier|ago|before)|prior[- ]year"
    r"|comparable(?:\s+year[- ](?:earlier|ago))?)\s+)?"
)
_END_MONTH = _MONTH.replace("?P<month>", "?P<end_month>")
_AGO_N = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few)"
_REFS = {"present": "PRESENT_REF", "past": "PAST_REF", "future": "FUTURE_REF"}
#: A year in words: "nineteen ninety-eight", "two thousand and five" (read by `year_in_words`).
_YEAR_WORD = "|".join(sorted((*NUMBER_WORDS, "oh", "and"), key=len, reverse=True))
_YEAR_WORDS = rf"(?P<words>(?:{_YEAR_WORD})(?:[- ](?:{_YEAR_WORD}))+)"
#: Units a story counts from its last date in: "the next day", "that month", "a week later".
_NARRATIVE_UNIT = r"(?P<unit>day|week|month|year|morning|afternoon|evening|night)"

#: The grammar: (name, pattern over the normalised text, examples as news writes them). The
#: first row whose pattern matches the whole expression reads it; `_build` turns its groups into
#: parts. Every row's examples are checked by tests/test_timeexpr.py.
RULES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "full_mdy",
        rf"{_ON_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}",
        ("March 2, 2023", "Saturday, Sept. 14, 2019"),
    ),
    (
        "full_dmy",
        rf"{_ON_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
        ("2 March 2023", "the 6th of January 2021"),
    ),
    ("iso", r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})", ("2021-01-06",)),
    # a date with its month left out ("early Saturday 17, 2016"): only its year is sure
    ("no_month", rf"{_ON_WEEKDAY}{_DAY},?\s+{_YEAR}", ("Tuesday 3, 2019",)),
    (
        "year_range",
        rf"{_YEAR}\s*(?:-|\u2013|\u2014|/)\s*(?P<end_year>(?:1[89]|20)?\d{{2}})",
        ("2011-2012", "1963-64", "1989/90"),
    ),
    (
        "day_range",
        rf"{_MONTH}\s+{_DAY}\s*(?:-|\u2013|to|through)\s*(?P<end_day>\d{{1,2}})(?:,?\s+{_YEAR})?",
        ("March 3-5", "Oct. 3 to 5, 2021"),
    ),
    (
        "month_range",
        rf"{_MONTH}\s*(?:-|\u2013)\s*{_END_MONTH}(?:,?\s+{_YEAR})?",
        ("June-August 2020", "March-May"),
    ),
    (
        "month_year",
        rf"(?:{_TIME_WORDS}[- ]?)?{_MONTH},?\s+(?:of\s+)?{_YEAR}",
        ("June 2020", "mid-September 2001"),
    ),
    # wire copy may glue the day to an abbreviated month's dot ("Dec.14")
    ("md", rf"{_ON_WEEKDAY}{_MONTH}(?:\s+|(?<=\.)){_DAY}", ("Oct. 10", "Sunday, Nov. 3", "Dec.14")),
    (
        "dm",
        rf"{_ON_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}",
        ("7 November", "late Friday, 7 November"),
    ),
    ("month_rel_year", rf"(?:in\s+)?{_MONTH}\s+(?P<rel>last|this|next)\s+year", ("May last year",)),
    (
        "month_rel",
        rf"(?:{_TIME_WORDS}[- ]?)?(?P<rel>last|this|next|coming)\s+{_MONTH}",
        ("last November", "late last June", "this September", "next May"),
    ),
    ("month", rf"(?:{_TIME_WORDS}[- ]?)?(?:in\s+)?{_MONTH}", ("in June", "mid-October")),
    ("year", rf"(?:{_TIME_WORDS}[- ]?)?(?:in\s+)?{_YEAR}", ("2018", "late 2019", "mid-2022")),
    (
        "year_words",
        rf"(?:{_TIME_WORDS}[- ]?)?(?:in\s+)?(?:(?:the\s+)?year\s+)?{_YEAR_WORDS}",
        ("nineteen ninety-eight", "two thousand and five", "the year two thousand", "nineteen oh four"),
    ),
    (
        "fiscal_year",
        rf"(?:fiscal|fy)\s*(?:year\s+)?{_YEAR}|(?P<year2>(?:1[89]|20)\d{{2}})\s+fiscal\s+year",
        ("fiscal 1989", "the 1990 fiscal year"),
    ),
    (
        "quarter",
        rf"{_YEARS_OWN}{_SHIFT}(?:fiscal[- ]?)?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th)"
        rf"[- ](?:fiscal[- ])?quarter{_OF_YEAR}",
        (
            "the third quarter",
            "third-quarter",
            "the fiscal first quarter",
            "the fourth quarter of 1990",
            "the 1988 second quarter",
            "this year's third quarter",
            "next year's first quarter",
            "the year-earlier third quarter",
        ),
    ),
    (
        "quarter_code",
        r"(?:(?P<year>(?:1[89]|20)\d{2})\s+)?q(?P<qn>[1-4])(?:\s+(?P<year2>(?:1[89]|20)\d{2}))?",
        ("Q3", "Q1 2021", "2020 Q4"),
    ),
    (
        "quarter_rel",
        r"(?P<rel>last|this|next|current|past|previous|prior|coming)\s+(?:fiscal\s+)?quarter",
        ("last quarter", "this quarter", "the current quarter", "next quarter"),
    ),
    # the period a results story reports on, named without its number: the article's own quarter
    (
        "focus_period",
        rf"{_YEARS_OWN}{_SHIFT}(?:(?:latest|same|corresponding|most recent|that|its)\s+)?"
        r"(?:fiscal\s+)?(?:quarter|period|three months)"
        r"(?:\s+(?P<ago>a year (?:earlier|ago|before)|(?:of\s+)?last year))?",
        (
            "the quarter",
            "the latest period",
            "the year-earlier period",
            "the year-ago quarter",
            "the comparable year-ago quarter",
            "the quarter a year ago",
            "the corresponding period last year",
            "last year's quarter",
            "the 1988 quarter",
        ),
    ),
    ("year_earlier", r"year[- ](?:earlier|ago)", ("year-earlier", "year-ago")),
    (
        "half",
        rf"{_YEARS_OWN}(?P<ord>first|second|last|latter|back|front)[- ]half{_OF_YEAR}",
        (
            "the first half",
            "the second half of 1989",
            "first-half",
            "the last half of 1989",
            "2019's second half",
        ),
    ),
    (
        "half_quarters",
        rf"(?P<ord>first|last)\s+two\s+quarters{_OF_YEAR}",
        ("the first two quarters of 1990",),
    ),
    (
        "half_code",
        r"(?:(?P<year>(?:1[89]|20)\d{2})\s+)?h(?P<hn>[12])(?:\s+(?P<year2>(?:1[89]|20)\d{2}))?",
        ("H1 2022", "2021 H2"),
    ),
    (
        "season",
        rf"(?:{_TIME_WORDS}[- ]?)?(?:(?P<rel>last|this|next|past|coming)\s+)?"
        rf"(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?{_YEAR})?",
        (
            "last fall",
            "this summer",
            "the early summer",
            "the winter of 1994",
            "summer 2019",
            "this past spring",
        ),
    ),
    (
        "decade",
        rf"(?:{_TIME_WORDS}[- ]?)?(?:(?P<cent>1[89]|20)|')?(?P<dec>\d)0'?s",
        ("the 1990s", "the mid-1990s", "the late 1970s", "the '80s", "1980s"),
    ),
    (
        "decade_word",
        rf"(?:{_TIME_WORDS}[- ]?)?(?P<word>" + "|".join(_DECADE_WORDS) + ")",
        ("the nineties", "the early seventies"),
    ),
    (
        "decade_rel",
        r"(?P<rel>last|past|this|next|previous|coming|current)\s+decade",
        ("the last decade", "this decade"),
    ),
    (
        "century",
        r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<word>" + "|".join(_CENTURY_WORDS) + r"))[- ]century",
        ("the 20th century", "the eleventh century", "21st-century"),
    ),
    (
        "century_rel",
        r"(?P<rel>last|this|next|past|previous|coming|current)\s+century",
        ("this century", "the last century"),
    ),
    (
        "week",
        r"(?:(?P<tod>early|earlier|late|later|end of|the end of)\s+)?"
        r"(?P<rel>last|this|next|past|previous|coming|current)\s+week",
        (
            "last week",
            "this week",
            "early this week",
            "the end of this week",
            "next week's",
            "this past week",
        ),
    ),
    ("week_of", rf"week\s+of\s+{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?", ("the week of March 6",)),
    (
        "weekend",
        r"(?P<rel>last|this|next|past|coming)?\s*weekend",
        ("the weekend", "last weekend", "this weekend"),
    ),
    (
        "rel_unit_pos",
        r"(?P<tod>early|earlier|late|later|end of|the end of|beginning of|start of|sometime)\s+(?:in\s+)?"
        r"(?P<rel>last|this|next|the)\s+(?P<unit>month|year)",
        (
            "earlier this year",
            "later this month",
            "early next year",
            "late last year",
            "earlier in the year",
            "the end of the month",
        ),
    ),
    (
        "year_end",
        r"(?:the\s+)?(?:(?P<rel>last|this|next)\s+)?year(?:[- ]end|'s\s+end)",
        ("year-end", "year's end", "last year-end"),
    ),
    (
        "this_year",
        r"(?:current|full|fiscal|calendar)\s+(?:fiscal\s+)?year|year",
        ("the year", "the current year", "the full year", "the fiscal year"),
    ),
    ("last_night", r"(?P<rel>last|yester)\s*night", ("last night",)),
    (
        "day_word",
        r"(?:(?P<tod>early|earlier|late|later)\s+)?(?P<word>yesterday|today|tonight|tomorrow)(?:\s+"
        + _PART_OF_DAY
        + ")?",
        ("yesterday", "later today", "tomorrow morning"),
    ),
    ("this_part", rf"this\s+{_PART_OF_DAY}", ("this morning",)),
    ("rel_unit", r"(?P<rel>last|this|next)\s+(?P<unit>month|year)", ("last month", "next year")),
    (
        "ago",
        rf"{_AGO_N}\s+(?P<unit>day|week|month|year|decade)s?\s+(?P<dir>ago|from now|hence)",
        ("two years ago", "three days ago", "a decade ago", "a few weeks ago", "a year from now"),
    ),
    # dates counted from the date the story last gave, not from the day it was written
    (
        "that_unit",
        rf"(?:(?P<tod>early|earlier|late|later)\s+(?:in\s+)?)?(?:that|(?:the\s+)?same)\s+{_NARRATIVE_UNIT}",
        ("that year", "later that month", "the same day", "that night", "earlier that week"),
    ),
    (
        "following_unit",
        rf"(?P<rel>following|previous|preceding|next)\s+{_NARRATIVE_UNIT}",
        ("the following month", "the next day", "the previous year", "the next morning"),
    ),
    (
        "later",
        rf"{_AGO_N}\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>later|afterwards?|earlier|before)",
        ("a week later", "two days later", "three years earlier", "a month before"),
    ),
    (
        "ref_present",
        r"(?:right\s+)?now|currently|at present|presently|nowadays|these days|at the moment",
        ("now", "currently", "these days"),
    ),
    (
        "ref_past",
        r"recently|lately|(?:in\s+)?(?:the\s+)?past|(?:in\s+)?recent\s+(?:years|months|weeks|days|times)",
        ("recently", "in the past", "recent years"),
    ),
    (
        "ref_future",
        r"soon|(?:in\s+)?(?:the\s+)?(?:(?:near|distant|foreseeable|immediate)\s+)?future|(?:the\s+)?(?:near|short)\s+term",
        ("soon", "the future", "the near future", "the short term"),
    ),
    (
        "weekday",
        rf"(?:(?P<rel>last|next|this coming|this|coming|on)\s+)?(?:{_TIME_WORDS}\s+(?:on\s+)?)?"
        rf"{_WEEKDAY}(?:\s+{_PART_OF_DAY})?",
        ("early Sunday", "last Friday", "Saturday night", "this coming Sunday"),
    ),
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"^(?:{pattern})$")) for name, pattern, _ in RULES
)
#: Words before an expression that say how sure or near it is, not when: "just two years ago",
#: "as early as next week", "sometime next year".
_HEDGES = re.compile(
    r"^(?:(?:just|only|nearly|almost|about|around|roughly|some|sometime|approximately|at least|"
    r"more than|less than|over|as early as|as late as|as recently as|as of|until|till|through|from|"
    r"since|by|before|after|in|during|throughout|for|(?:the\s+)?(?:end|beginning|start|middle|close|turn)\s+of"
    r"(?:\s+the)?)\s+)+"
)


#: A clock time around a day: "11:30 Sunday morning", "about 7:30 p.m. Friday", "Friday at 2 a.m.".
_CLOCK = (
    r"(?:(?:about|around|approximately|at|shortly|just)\s+)*(?:after\s+|before\s+)?"
    r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
)
_LEADING_CLOCK = re.compile(rf"^{_CLOCK}\s+(?:on\s+)?(?=[a-z])")
_TRAILING_CLOCK = re.compile(rf",?\s+{_CLOCK}$")


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("\u00a0", " ")
    text = re.sub(r"'s$", "", text.strip())
    text = re.sub(r"\s+", " ", text.casefold())
    # "this past week" is last week; "this past Sunday" the latest Sunday, as a bare weekday is
    text = re.sub(
        r"^this past (?=(?:week|weekend|month|year|spring|summer|fall|autumn|winter|quarter)\b)",
        "last ",
        text,
    )
    text = re.sub(r"^(?:the|this past|since|by|until|on|at)\s+", "", text)
    text = text.strip(" ,.")
    return _without_clock(text)


def _without_clock(text: str) -> str:
    """ "11:30 sunday morning" -> "sunday morning"; a bare number ("7 november") stays a day."""
    for pattern in (_LEADING_CLOCK, _TRAILING_CLOCK):
        match = pattern.search(text)
        if match and (":" in match.group() or re.search(r"[ap]\.?m", match.group())):
            text = (text[: match.start()] + text[match.end() :]).strip(" ,.")
    return text


@lru_cache(maxsize=4096)
def parse(text: str) -> DateExpr | None:
    """The parts of a short date expression, or None when it is not a date (or a duration)."""
    norm = normalise(text)
    hedged = normalise(_HEDGES.sub("", norm))
    # "January nineteen ninety-seven", "the winter of two thousand": the year as digits
    for candidate in dict.fromkeys((norm, hedged, _digit_years(norm), _digit_years(hedged))):
        for name, pattern in _PATTERNS:
            match = pattern.match(candidate)
            if match:
                built = _build(name, match)
                return replace(built, rule=name) if built is not None else None
    return _holiday(norm) or _parse_with_dateparser(norm)


def _build(name: str, m: re.Match[str]) -> DateExpr | None:
    groups = {k: v for k, v in m.groupdict().items() if v}
    if name in _PERIOD_BUILDERS:
        return _PERIOD_BUILDERS[name](groups)
    tod = groups.get("tod") or groups.get("part")
    month = MONTHS[groups["month"][:3]] if "month" in groups else None
    day = int(groups["day"]) if "day" in groups else None
    year = int(groups["year"]) if "year" in groups else None
    if name == "iso":
        month = int(groups["mnum"])
    if name == "no_month":
        return DateExpr(year=year) if "weekday" in groups else None
    if day is not None and not 1 <= day <= 31:
        return None
    if name in ("full_mdy", "full_dmy", "iso", "md", "dm", "month_year", "month", "year"):
        # "Sunday, Nov. 3" keeps its weekday: it tells which year a day and month without one is in
        weekday = WEEKDAYS[groups["weekday"][:3]] if "weekday" in groups and day is not None else None
        return _checked(DateExpr(year=year, month=month, day=day, weekday=weekday, time_of_day=tod))
    if name == "month_rel_year":
        return DateExpr(month=month, year_offset=_REL_OFFSET[groups["rel"]])
    if name == "weekday":
        rel = {"this coming": "next", "coming": "next"}.get(groups.get("rel", ""), groups.get("rel"))
        return DateExpr(
            weekday=WEEKDAYS[groups["weekday"][:3]],
            relative=None if rel == "on" else rel,
            time_of_day=_join(groups.get("tod"), groups.get("part")),
        )
    if name == "last_night":
        return DateExpr(day_offset=-1, time_of_day="night")
    if name == "day_word":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[groups["word"]]
        part = "night" if groups["word"] == "tonight" else groups.get("part")
        return DateExpr(day_offset=offset, time_of_day=_join(groups.get("tod"), part))
    if name == "this_part":
        return DateExpr(day_offset=0, time_of_day=groups["part"])
    if name == "rel_unit":
        offset = _REL_OFFSET[groups["rel"]]
        if groups["unit"] == "month":
            return DateExpr(month_offset=offset)
        return DateExpr(year_offset=offset)
    if name == "year_words":
        year = year_in_words(groups["words"])
        return DateExpr(year=year, time_of_day=tod) if year is not None else None
    if name in _NARRATIVE_BUILDERS:
        return _NARRATIVE_BUILDERS[name](groups)
    if name == "ago":
        word = groups["n"]
        n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word) or _FEW.get(word, 0)
        sign = 1 if groups["dir"] in ("from now", "hence") else -1
        unit = groups["unit"]
        if word in _FEW or n == 0:
            return DateExpr(grain="ref", relative="past" if sign < 0 else "future")
        if unit in ("day", "week"):
            return DateExpr(day_offset=sign * n * (7 if unit == "week" else 1))
        if unit == "month":
            return DateExpr(month_offset=sign * n)
        years = n * (10 if unit == "decade" else 1)
        if years == 1 and sign < 0:  # "a year earlier" in a results story: the year-ago quarter
            return DateExpr(year_offset=-1, focus=True, shift_years=-1)
        return DateExpr(year_offset=sign * years)
    return None


def year_in_words(words: str) -> int | None:
    """A year written in words, or None: "nineteen ninety-eight" 1998, "two thousand and five"
    2005, "twenty twenty" 2020, "nineteen oh four" 1904, "nineteen hundred" 1900."""
    parts = [w for w in re.split(r"[- ]+", words.strip()) if w != "and"]
    if parts[:2] == ["two", "thousand"]:
        rest = _small_number(parts[2:])
        return 2000 + rest if rest is not None and rest < 100 else None
    century = NUMBER_WORDS.get(parts[0], 0)
    if century not in (18, 19, 20) or len(parts) < 2:
        return None
    if parts[1] == "hundred":
        rest = _small_number(parts[2:])
    elif parts[1] == "oh" and len(parts) == 3:
        rest = NUMBER_WORDS.get(parts[2]) if NUMBER_WORDS.get(parts[2], 10) < 10 else None
    else:
        rest = _small_number(parts[1:])
        rest = rest if rest is not None and rest >= 10 else None  # "nineteen five" is no year
    return century * 100 + rest if rest is not None and rest < 100 else None


_YEAR_WORDS_INSIDE = re.compile(rf"\b{_YEAR_WORDS}\b")


def _digit_years(norm: str) -> str:
    """The text with each year written in words written in digits."""

    def digits(match: re.Match[str]) -> str:
        year = year_in_words(match.group("words"))
        return str(year) if year is not None else match.group()

    return _YEAR_WORDS_INSIDE.sub(digits, norm)


def _small_number(parts: list[str]) -> int | None:
    """0 to 99 in words ("ninety", "eight", "twenty one"); 0 for none; None for anything else."""
    values = [NUMBER_WORDS.get(p) for p in parts]
    if any(v is None or v >= 100 for v in values):
        return None
    if len(values) == 2 and values[0] is not None and values[1] is not None:
        return values[0] + values[1] if values[0] % 10 == 0 and values[0] >= 20 and values[1] < 10 else None
    return values[0] if len(values) == 1 else 0 if not values else None


def _narrative(unit: str, n: int, tod: str | None = None) -> DateExpr:
    """ "n units from the date the story last gave": "the next day" is (day, 1)."""
    if unit in ("morning", "afternoon", "evening", "night"):
        return DateExpr(day_offset=n, time_of_day=_join(tod, unit), narrative=True)
    if unit == "week":
        return DateExpr(day_offset=7 * n, grain="week", time_of_day=tod, narrative=True)
    if unit == "month":
        return DateExpr(month_offset=n, time_of_day=tod, narrative=True)
    if unit == "year":
        return DateExpr(year_offset=n, time_of_day=tod, narrative=True)
    return DateExpr(day_offset=n, time_of_day=tod, narrative=True)


def _later(groups: dict[str, str]) -> DateExpr:
    word = groups["n"]
    n = int(word) if word.isdigit() else _NUMBER_WORDS.get(word) or _FEW.get(word, 0)
    sign = -1 if groups["dir"] in ("earlier", "before") else 1
    if word in _FEW or n == 0:
        return DateExpr(grain="ref", relative="past" if sign < 0 else "future")
    # "a week later" is a day, as "the next day" is, not the week it falls in
    unit = "day" if groups["unit"] == "week" else groups["unit"]
    expr = _narrative(unit, sign * n * (7 if groups["unit"] == "week" else 1))
    if n == 1 and groups["unit"] == "year" and sign < 0:  # "a year earlier" in a results story
        return replace(expr, focus=True, shift_years=-1)
    return expr


_NARRATIVE_BUILDERS: dict[str, Callable[[dict[str, str]], DateExpr | None]] = {
    "that_unit": lambda groups: _narrative(groups["unit"], 0, groups.get("tod")),
    "following_unit": lambda groups: _narrative(
        groups["unit"], -1 if groups["rel"] in ("previous", "preceding") else 1
    ),
    "later": _later,
}


def _own_year(groups: dict[str, str]) -> tuple[int | None, int | None]:
    """(year, year_offset) a period is written with: "the 1988 second quarter", "this year's
    third quarter", "the first half of last year"."""
    year = groups.get("year") or groups.get("year2")
    if year:
        return int(year), None
    rel = groups.get("rel") or groups.get("rel2") or ""
    return None, _REL_OFFSET.get(rel)


def _shift(groups: dict[str, str]) -> int | None:
    return -1 if groups.get("shift") or groups.get("ago") else None


def _quarter(groups: dict[str, str]) -> DateExpr:
    n = int(groups["qn"]) if "qn" in groups else _ORDINALS[groups["ord"]]
    year, offset = _own_year(groups)
    return DateExpr(
        year=year, month=3 * (n - 1) + 1, year_offset=offset, grain="quarter", shift_years=_shift(groups)
    )


def _quarter_rel(groups: dict[str, str]) -> DateExpr:
    rel = groups["rel"]
    offset = -3 if rel in ("last", "past", "previous", "prior") else 3 if rel in ("next", "coming") else 0
    # "this quarter" in a results story is the quarter it reports on
    return DateExpr(month_offset=offset, grain="quarter", focus=offset == 0)


def _focus_period(groups: dict[str, str]) -> DateExpr:
    """The period a results story is about, to be named once the article's quarter is known."""
    year, offset = _own_year(groups)
    shift = _shift(groups) or (-1 if offset == -1 else None)
    return DateExpr(year=year, grain="quarter", focus=True, shift_years=shift)


def _half(groups: dict[str, str]) -> DateExpr:
    year, offset = _own_year(groups)
    return DateExpr(
        year=year, month=1 if _ORDINALS[groups["ord"]] == 1 else 7, year_offset=offset, grain="half"
    )


def _season(groups: dict[str, str]) -> DateExpr:
    rel = {"past": "last", "coming": "next"}.get(groups.get("rel", ""), groups.get("rel"))
    year = int(groups["year"]) if "year" in groups else None
    return DateExpr(
        year=year,
        month=_SEASONS[groups["season"]],
        grain="season",
        relative=rel,
        time_of_day=groups.get("tod"),
    )


def _decade(groups: dict[str, str]) -> DateExpr:
    if "word" in groups:
        year = 1900 + _DECADE_WORDS[groups["word"]]
    else:  # "the '80s": the last century's, as news of these years means
        year = int(groups.get("cent", "19")) * 100 + 10 * int(groups["dec"])
    return DateExpr(year=year, grain="decade", time_of_day=groups.get("tod"))


def _decade_rel(groups: dict[str, str]) -> DateExpr:
    # "the last decade" is the ten years up to now: mostly the decade just ending
    rel = groups["rel"]
    offset = -5 if rel in ("last", "past", "previous") else 10 if rel in ("next", "coming") else 0
    return DateExpr(year_offset=offset, grain="decade")


def _century(groups: dict[str, str]) -> DateExpr:
    n = int(groups["n"]) if "n" in groups else _CENTURY_WORDS[groups["word"]]
    return DateExpr(year=100 * (n - 1), grain="century")


def _century_rel(groups: dict[str, str]) -> DateExpr:
    rel = groups["rel"]
    offset = -100 if rel in ("last", "past", "previous") else 100 if rel in ("next", "coming") else 0
    return DateExpr(year_offset=offset, grain="century")


def _week(groups: dict[str, str]) -> DateExpr:
    rel = groups["rel"]
    offset = -7 if rel in ("last", "past", "previous") else 7 if rel in ("next", "coming") else 0
    tod = groups.get("tod", "").replace("the end of", "end of") or None
    return DateExpr(day_offset=offset, grain="week", time_of_day=tod)


def _week_of(groups: dict[str, str]) -> DateExpr:
    year = int(groups["year"]) if "year" in groups else None
    return DateExpr(year=year, month=MONTHS[groups["month"][:3]], day=int(groups["day"]), grain="week")


def _weekend(groups: dict[str, str]) -> DateExpr:
    rel = {"past": "last", "coming": "next"}.get(groups.get("rel", ""), groups.get("rel"))
    return DateExpr(weekday=5, relative=rel, grain="weekend")


def _rel_unit_pos(groups: dict[str, str]) -> DateExpr:
    offset = _REL_OFFSET.get(groups["rel"], 0)
    tod = groups["tod"].replace("the end of", "end of")
    if groups["unit"] == "month":
        return DateExpr(month_offset=offset, time_of_day=tod)
    return DateExpr(year_offset=offset, time_of_day=tod)


def _year_end(groups: dict[str, str]) -> DateExpr:
    return DateExpr(year_offset=_REL_OFFSET.get(groups.get("rel", "this"), 0), time_of_day="end")


def _year_range(groups: dict[str, str]) -> DateExpr | None:
    start, end = int(groups["year"]), groups["end_year"]
    last = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
    if last < start:
        last += 100
    return DateExpr(year=start, end_year=last) if last - start <= 30 else None


def _day_range(groups: dict[str, str]) -> DateExpr | None:
    year = int(groups["year"]) if "year" in groups else None
    start, end = int(groups["day"]), int(groups["end_day"])
    if not 1 <= start < end <= 31:
        return None
    return _checked(DateExpr(year=year, month=MONTHS[groups["month"][:3]], day=start, end_day=end))


def _month_range(groups: dict[str, str]) -> DateExpr | None:
    year = int(groups["year"]) if "year" in groups else None
    start, end = MONTHS[groups["month"][:3]], MONTHS[groups["end_month"][:3]]
    return DateExpr(year=year, month=start, end_month=end) if start != end else None


def _month_rel(groups: dict[str, str]) -> DateExpr:
    rel = {"coming": "next"}.get(groups["rel"], groups["rel"])
    return DateExpr(month=MONTHS[groups["month"][:3]], relative=rel, time_of_day=groups.get("tod"))


def _ref(direction: str) -> Callable[[dict[str, str]], DateExpr]:
    return lambda groups: DateExpr(grain="ref", relative=direction)


_PERIOD_BUILDERS: dict[str, Callable[[dict[str, str]], DateExpr | None]] = {
    "quarter": _quarter,
    "quarter_code": _quarter,
    "quarter_rel": _quarter_rel,
    "focus_period": _focus_period,
    "year_earlier": lambda groups: DateExpr(year_offset=-1, focus=True, shift_years=-1),
    "half": _half,
    "half_quarters": _half,
    "half_code": lambda groups: _half({**groups, "ord": "first" if groups["hn"] == "1" else "second"}),
    "season": _season,
    "decade": _decade,
    "decade_word": _decade,
    "decade_rel": _decade_rel,
    "century": _century,
    "century_rel": _century_rel,
    "week": _week,
    "week_of": _week_of,
    "weekend": _weekend,
    "rel_unit_pos": _rel_unit_pos,
    "year_end": _year_end,
    "this_year": lambda groups: DateExpr(year_offset=0),
    "fiscal_year": lambda groups: DateExpr(year=int(groups.get("year") or groups["year2"])),
    "year_range": _year_range,
    "day_range": _day_range,
    "month_range": _month_range,
    "month_rel": _month_rel,
    "ref_present": _ref("present"),
    "ref_past": _ref("past"),
    "ref_future": _ref("future"),
}


_REL_OFFSET = {"last": -1, "this": 0, "next": 1}
_FEW = {"a couple of": 2, "a few": 3}


def _join(*parts: str | None) -> str | None:
    present = [p for p in parts if p]
    return " ".join(present) if present else None


def _checked(expr: DateExpr) -> DateExpr | None:
    """Reject impossible dates such as 31 February."""
    if expr.month and expr.day:
        try:
            date(expr.year or 2000, expr.month, expr.day)
        except ValueError:
            return None
    return expr


@lru_cache(maxsize=1)
def _date_parser() -> DateDataParser:
    """One parser, built once: building it costs more than a parse."""
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings={"STRICT_PARSING": True})


def _parse_with_dateparser(norm: str) -> DateExpr | None:
    """Absolute dates in forms the patterns above do not know ("3/4/2021", "2021.03.04")."""
    if not re.search(r"\b(?:1[89]|20)\d{2}\b", norm) or len(norm) > 40:
        return None
    found = _date_parser().get_date_data(norm)
    if found is None or found.date_obj is None:
        return None
    d = found.date_obj
    if str(d.year) not in norm:  # "nine months of 1997": a count read from today, not a date
        return None
    if found.period == "year":
        return DateExpr(year=d.year)
    if found.period == "month":
        return DateExpr(year=d.year, month=d.month)
    return DateExpr(year=d.year, month=d.month, day=d.day)


# ---------------------------------------------------------------------------------------------
# Resolution


#: Time expressions that are no date: how long something lasted ("three years", "the past 20
#: years", "a 60-day") and how often it recurs ("every Monday", "weekly"). Both are recognised
#: and kept apart, never resolved as a date: (kind, pattern, examples).
_AMOUNT = (
    r"(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|hundred|several|a few|few|a couple of|many|some|\d+ \d/\d)"
)
_UNIT = r"(?:second|minute|hour|day|night|week|weekend|month|year|decade|century|centuries)s?"
_UNITS = r"(?:seconds|minutes|hours|days|nights|weeks|weekends|months|years|decades|centuries)"
NOT_DATES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "duration",
        rf"(?:(?:about|nearly|almost|more than|less than|over|under|some|up to|at least|barely|just)\s+)?"
        rf"(?:(?:the|a|its|their)\s+)?(?:(?:past|last|next|first|coming|previous|full)\s+)?"
        rf"(?:{_AMOUNT}[- ]{_UNIT}|{_UNITS})(?:[- ](?:long|old))?",
        ("three years", "the past 20 years", "a 60-day", "nearly a month", "the next few days", "decades"),
    ),
    (
        "set",
        r"(?:every|each)\s+.+|(?:daily|weekly|monthly|yearly|annually|quarterly|nightly|hourly)|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days|(?:twice|once|three times) a (?:day|week|month|year)",
        ("every Monday", "each spring", "weekly", "on Mondays", "twice a year"),
    ),
)
_NOT_DATE_PATTERNS = tuple((kind, re.compile(rf"^(?:{pattern})$")) for kind, pattern, _ in NOT_DATES)


def not_a_date(text: str) -> str | None:
    """ "duration" or "set" when the words say how long or how often, not when; else None."""
    norm = re.sub(r"^on\s+", "", re.sub(r"\s+", " ", text.casefold().replace("’", "'")).strip(" ,."))
    for kind, pattern in _NOT_DATE_PATTERNS:
        if pattern.match(norm):
            return kind
    return None


#: Every `precision` a resolved date can have, finest first. A value is the first day, month or
#: year of its span ("YYYY-MM-DD", "YYYY-MM", "YYYY"): a week is its Monday, a weekend its
#: Saturday, a quarter, half or season its first month, a decade or century its first year; "ref"
#: values are TimeML's PRESENT_REF, PAST_REF and FUTURE_REF ("now", "recently", "soon").
GRAINS = ("day", "weekend", "week", "month", "season", "quarter", "half", "year", "decade", "century", "ref")
#: Months in each span that starts at a month: (months, first month if fixed).
_PERIOD_MONTHS = {"quarter": 3, "half": 6, "season": 3}


def precision_of(expr: DateExpr) -> str:
    if expr.grain is not None:
        return expr.grain
    if (
        expr.holiday is not None
        or expr.day is not None
        or expr.weekday is not None
        or expr.day_offset is not None
    ):
        return "day"
    if expr.month is not None or expr.month_offset is not None:
        return "month"
    return "year"


def resolve(expr: DateExpr, reference: date | None) -> tuple[str, str] | None:
    """(value, precision) for an expression; None when it needs a reference date and has none.

    News looks back: a day or month without a year is the latest one on or before the
    reference date, unless the sentence points ahead (`expr.future`, "next"); a bare weekday on
    the reference date's own weekday is that very day. A quarter, half or season without a year
    is the nearest one, the past one unless the coming one is much nearer.
    """
    precision = precision_of(expr)
    if expr.grain == "ref":
        return _REFS[expr.relative or "present"], precision
    if expr.anchor is not None or expr.narrative:
        return None
    if expr.grain is not None:
        start = _period_start(expr, reference)
    elif expr.year is not None:
        return _format(expr.year, expr.month, expr.day), precision
    else:
        start = _resolve_relative(expr, reference) if reference is not None else None
    if start is None:
        return None
    if expr.shift_years and not expr.focus:  # a results story's quarter, the year before
        start = _add_months(start, 12 * expr.shift_years)
    return _value_at(start, precision), precision


def _value_at(day: date, precision: str) -> str:
    if precision in ("day", "week", "weekend"):
        return day.isoformat()
    if precision in ("month", "quarter", "half", "season"):
        return day.isoformat()[:7]
    return f"{day.year:04d}"


def span_end(expr: DateExpr, value: str, precision: str) -> str | None:
    """The last day, month or year of the span a resolved value starts: of a range as written
    ("1989-90": 1990), of a week (its Sunday), of a quarter, half or season (its last month), of a
    decade or century (its last year). None for a single day, month or year."""
    if expr.end_year or expr.end_month or expr.end_day:
        year = int(value[:4])
        if expr.end_day is not None and len(value) == 10:
            return f"{value[:8]}{expr.end_day:02d}"
        if expr.end_month is not None and len(value) >= 7:
            end_year = year + (expr.end_month < int(value[5:7]))
            return f"{end_year:04d}-{expr.end_month:02d}"
        return f"{expr.end_year:04d}" if expr.end_year else None
    if precision in ("week", "weekend"):
        return (date.fromisoformat(value) + timedelta(days=6 if precision == "week" else 1)).isoformat()
    if precision in _PERIOD_MONTHS:
        months = _PERIOD_MONTHS[precision] - (1 if precision == "season" and value.endswith("-01") else 0)
        return _add_months(date.fromisoformat(value + "-01"), months - 1).isoformat()[:7]
    if precision in ("decade", "century"):
        return f"{int(value) + (9 if precision == 'decade' else 99):04d}"
    return None


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    try:
        return day.replace(year=year, month=month + 1)
    except ValueError:  # 29 February in a year without one
        return date(year, month + 1, 28)


def _period_start(expr: DateExpr, ref: date | None) -> date | None:
    """The first day of a week, weekend, quarter, half, season, decade or century."""
    grain = expr.grain
    if grain in ("decade", "century"):
        size = 10 if grain == "decade" else 100
        if expr.year is not None:
            return date(max(expr.year // size * size, 1), 1, 1)
        if ref is None or expr.year_offset is None:
            return None
        return date(max((ref.year + expr.year_offset) // size * size, 1), 1, 1)
    if grain in ("week", "weekend"):
        if expr.month is not None and expr.day is not None:  # "the week of March 6"
            day = _day_of_year(expr.year, expr.month, expr.day) if expr.year else None
            if day is None and ref is not None:
                day = _resolve_relative(replace(expr, grain=None), ref)
        elif ref is None:
            return None
        elif grain == "weekend":
            relative = expr.relative or ("next" if expr.future else None)
            day = _resolve_weekday(5, relative, ref)
            return day
        else:
            day = ref + timedelta(days=expr.day_offset or 0)
        return day - timedelta(days=day.weekday()) if day is not None else None
    if grain in _PERIOD_MONTHS:
        size = _PERIOD_MONTHS[grain]
        if expr.month is None:
            if ref is None or expr.month_offset is None:
                return None
            month = _add_months(date(ref.year, ref.month, 1), expr.month_offset)
            return date(month.year, (month.month - 1) // size * size + 1, 1)
        if expr.year is not None:
            return date(expr.year, expr.month, 1)
        if ref is None:
            return None
        if expr.year_offset is not None:
            return date(ref.year + expr.year_offset, expr.month, 1)
        # a quarter's or half's results are told after it ends: "expects to report third-quarter
        # profit" in October is the quarter just gone, so only a season follows the sentence ahead
        return _nearest_period(expr.month, size, ref, expr.relative, expr.future and grain == "season")
    return None


def _day_of_year(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: A coming quarter or season is taken over the past one only when it is this many times nearer.
AHEAD_FACTOR = 3
#: A month the sentence puts neither ahead nor back ("the summit in April") is the coming one
#: when it is this many times nearer than the last.
MONTH_AHEAD_FACTOR = 2


def _nearest_month(month: int, ref: date) -> date:
    """ "Talks in April", with no verb to tell: this month or the past one, unless the coming one
    is much nearer ("a cutback in September", written in August)."""
    back = (ref.month - month) % 12
    ahead = (month - ref.month) % 12
    if back and MONTH_AHEAD_FACTOR * ahead < back:
        return _add_months(date(ref.year, ref.month, 1), ahead)
    return _add_months(date(ref.year, ref.month, 1), -back)


def _nearest_period(first_month: int, size: int, ref: date, relative: str | None, future: bool) -> date:
    """The quarter, half or season starting at `first_month` that the text means: the one just
    gone ("last fall"), this year's ("this summer"), the coming one ("next spring", or any the
    sentence puts ahead), or else the nearest, the past one unless the coming one is much nearer
    ("the fourth quarter" in September is the coming one, in February the one just gone)."""
    now = ref.year * 12 + ref.month - 1
    starts = [(year * 12 + first_month - 1, year) for year in range(ref.year - 2, ref.year + 2)]
    if relative == "this":
        return date(ref.year, first_month, 1)
    if relative == "last":
        year = max(y for s, y in starts if s + size - 1 < now)
    elif relative == "next":
        year = min(y for s, y in starts if s > now)
    elif future:
        year = min(y for s, y in starts if s + size - 1 >= now)
    else:
        current = [y for s, y in starts if s <= now <= s + size - 1]
        past = max((s, y) for s, y in starts if s + size - 1 < now)
        ahead = min((s, y) for s, y in starts if s > now)
        if current:
            year = current[0]
        elif AHEAD_FACTOR * (ahead[0] - now) < now - (past[0] + size - 1):
            year = ahead[1]
        else:
            year = past[1]
    return date(year, first_month, 1)


def _resolve_relative(expr: DateExpr, ref: date) -> date | None:
    if expr.holiday in HOLIDAYS:  # the latest one on or before the reference
        day = holiday_date(expr.holiday, ref.year)
        return day if day <= ref else holiday_date(expr.holiday, ref.year - 1)
    if expr.day_offset is not None:
        return ref + timedelta(days=expr.day_offset)
    if expr.weekday is not None and expr.month is None:
        relative = expr.relative or ("this" if expr.future else None)
        return _resolve_weekday(expr.weekday, relative, ref)
    if expr.month_offset is not None:
        months = ref.year * 12 + (ref.month - 1) + expr.month_offset
        return date(months // 12, months % 12 + 1, 1)
    if expr.year_offset is not None:
        return date(ref.year + expr.year_offset, expr.month or 1, 1)
    if expr.month is not None and expr.relative == "this" and expr.day is None:
        return date(ref.year, expr.month, 1)
    if expr.month is not None and expr.relative == "last":  # "last November": before this month
        return _latest_on_or_before(
            expr.month, expr.day, date(ref.year, ref.month, 1) - timedelta(days=1), forward=False
        )
    if expr.month is not None and expr.day is None and not (expr.future or expr.past or expr.relative):
        return _nearest_month(expr.month, ref)
    if expr.month is not None:
        forward = expr.relative == "next" or expr.future
        found = _latest_on_or_before(expr.month, expr.day, ref, forward=forward)
        if forward and expr.relative != "next" and expr.day is not None and found is not None:
            back = _latest_on_or_before(expr.month, expr.day, ref, forward=False)
            if back is not None and (ref - back).days <= RECENT_DAYS:
                return back  # "must leave by Jan. 14", written on the 15th: the plan of a few days ago
        if not forward and found is not None and expr.day is not None:
            ahead = _latest_on_or_before(expr.month, expr.day, ref, forward=True)
            if ahead is not None and (ref - found).days > STALE_DAYS and (ahead - ref).days <= SOON_DAYS:
                return ahead  # "sentenced on May 2", written in March: the coming May, not last year's
        return found
    return None


def resolve_anchored(expr: DateExpr, anchor: str) -> tuple[str, str] | None:
    """ "two days after the protests", given the day of the protests (YYYY-MM-DD)."""
    if expr.day_offset is None or len(anchor) != 10:
        return None
    day = date.fromisoformat(anchor) + timedelta(days=expr.day_offset)
    return day.isoformat(), "day"


def resolve_after(expr: DateExpr, value: str, precision: str) -> tuple[str, str] | None:
    """ "the next day", "that year", "a week later", counted from the date the story last gave
    (`value` at `precision`, as `resolve` gives it); None when that date is coarser than the
    expression ("the next day" after "in March") or no day, month or year."""
    wanted = precision_of(expr)
    need = {"day": 10, "week": 10, "month": 7, "year": 4}.get(wanted)
    if need is None or len(value) < need or precision not in ("day", "week", "weekend", "month", "year"):
        return None
    try:
        start = date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        return None
    if expr.year_offset is not None:
        start = date(start.year + expr.year_offset, start.month, 1)
    elif expr.month_offset is not None:
        start = _add_months(date(start.year, start.month, 1), expr.month_offset)
    else:
        start += timedelta(days=expr.day_offset or 0)
    if wanted == "week":
        start -= timedelta(days=start.weekday())
    return _value_at(start, wanted), wanted


#: A day a sentence puts ahead that passed this few days before the reference was ahead when
#: said: a report written just after the day it names.
RECENT_DAYS = 7
#: A day and month without a year is in the past, unless that past is most of a year ago and the
#: same day comes within three months: reports name coming hearings and votes that way.
STALE_DAYS = 183
SOON_DAYS = 92


def _resolve_weekday(weekday: int, relative: str | None, ref: date) -> date:
    back = (ref.weekday() - weekday) % 7
    if relative == "last":
        return ref - timedelta(days=back or 7)
    if relative in ("next", "this"):
        ahead = (weekday - ref.weekday()) % 7
        return ref + timedelta(days=ahead or (7 if relative == "next" else 0))
    return ref - timedelta(days=back)


def _latest_on_or_before(month: int, day: int | None, ref: date, *, forward: bool) -> date | None:
    step = 1 if forward else -1
    for year in range(ref.year, ref.year + 5 * step, step):  # five years cover 29 February
        try:
            candidate = date(year, month, day or 1)
        except ValueError:
            continue
        if forward and (candidate >= ref if day else (year, month) >= (ref.year, ref.month)):
            return candidate
        if not forward and (candidate <= ref if day else (year, month) <= (ref.year, ref.month)):
            return candidate
    return None


def _format(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"

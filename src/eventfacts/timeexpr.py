"""Parse short date expressions into parts, and resolve them against a reference date.

News dates are mostly relative or partial: "early Sunday", "last Friday", "7 November", "May
last year", "the 2018 vote". Parsing and resolving are separate because an article's reference
date may only be known at reconciliation, from other sources. Both are pure functions.

dateparser is used, with `languages=['en']`, only on short strings the rules here do not cover,
and only for absolute dates: it gets weekdays on the reference weekday wrong (a week early) and
returns None for "early Sunday" (measured; see docs/design notes).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .lexicon import TIME_NUMBER_WORDS
from .records import DateExpr

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
_TIME_WORDS = r"(?P<tod>early|late|mid)"
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


_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(rf"^{pattern}$"))
    for name, pattern in (
        ("full_mdy", rf"{_ON_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}"),
        ("full_dmy", rf"{_ON_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}"),
        ("iso", r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"),
        # a date with its month left out ("early Saturday 17, 2016"): only its year is sure
        ("no_month", rf"{_ON_WEEKDAY}{_DAY},?\s+{_YEAR}"),
        ("month_year", rf"(?:{_TIME_WORDS}[- ]?)?{_MONTH},?\s+(?:of\s+)?{_YEAR}"),
        ("md", rf"{_ON_WEEKDAY}{_MONTH}\s+{_DAY}"),
        ("dm", rf"{_ON_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}"),
        ("month_rel_year", rf"(?:in\s+)?{_MONTH}\s+(?P<rel>last|this|next)\s+year"),
        ("month", rf"(?:{_TIME_WORDS}[- ]?)?(?:in\s+)?{_MONTH}"),
        ("year", rf"(?:{_TIME_WORDS}[- ]?)?(?:in\s+)?{_YEAR}"),
        (
            "weekday",
            rf"(?:(?P<rel>last|next|this|on)\s+)?(?:{_TIME_WORDS}\s+(?:on\s+)?)?{_WEEKDAY}(?:\s+{_PART_OF_DAY})?",
        ),
        ("last_night", r"(?P<rel>last|yester)\s*night"),
        (
            "day_word",
            r"(?:(?P<tod>early|late)\s+)?(?P<word>yesterday|today|tonight|tomorrow)(?:\s+"
            + _PART_OF_DAY
            + ")?",
        ),
        ("this_part", rf"this\s+{_PART_OF_DAY}"),
        ("rel_unit", r"(?P<rel>last|this|next)\s+(?P<unit>month|year)"),
        (
            "ago",
            r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>day|week|month|year)s?\s+ago",
        ),
    )
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
    text = re.sub(r"^(?:the|this past|since|by|until|on|at)\s+", "", text.casefold())
    text = re.sub(r"\s+", " ", text).strip(" ,.")
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
    for name, pattern in _PATTERNS:
        match = pattern.match(norm)
        if match:
            return _build(name, match)
    return _holiday(norm) or _parse_with_dateparser(norm)


def _build(name: str, m: re.Match[str]) -> DateExpr | None:
    groups = {k: v for k, v in m.groupdict().items() if v}
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
        rel = groups.get("rel")
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
    if name == "ago":
        n = int(groups["n"]) if groups["n"].isdigit() else _NUMBER_WORDS[groups["n"]]
        unit = groups["unit"]
        if unit in ("day", "week"):
            return DateExpr(day_offset=-n * (7 if unit == "week" else 1))
        return DateExpr(month_offset=-n) if unit == "month" else DateExpr(year_offset=-n)
    return None


_REL_OFFSET = {"last": -1, "this": 0, "next": 1}


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


def _parse_with_dateparser(norm: str) -> DateExpr | None:
    """Absolute dates in forms the patterns above do not know ("3/4/2021", "2021.03.04")."""
    if not re.search(r"\b(?:1[89]|20)\d{2}\b", norm) or len(norm) > 40:
        return None
    from dateparser.date import DateDataParser

    found = DateDataParser(languages=["en"], settings={"STRICT_PARSING": True}).get_date_data(norm)
    if found is None or found.date_obj is None:
        return None
    d = found.date_obj
    if found.period == "year":
        return DateExpr(year=d.year)
    if found.period == "month":
        return DateExpr(year=d.year, month=d.month)
    return DateExpr(year=d.year, month=d.month, day=d.day)


# ---------------------------------------------------------------------------------------------
# Resolution


def precision_of(expr: DateExpr) -> str:
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
    reference date, unless the text says "next"; a bare weekday on the reference date's own
    weekday is that very day.
    """
    precision = precision_of(expr)
    if expr.year is not None:
        return _format(expr.year, expr.month, expr.day), precision
    if reference is None or expr.anchor is not None:
        return None
    day = _resolve_relative(expr, reference)
    if day is None:
        return None
    if precision == "day":
        return day.isoformat(), precision
    if precision == "month":
        return day.isoformat()[:7], precision
    return str(day.year), precision


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
    if expr.month is not None:
        forward = expr.relative == "next" or expr.future
        found = _latest_on_or_before(expr.month, expr.day, ref, forward=forward)
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

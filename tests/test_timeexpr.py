"""Parsing and resolving date expressions against a reference date."""

from __future__ import annotations

from datetime import date

import pytest

from eventfacts.timeexpr import parse, resolve, resolve_after, year_in_words

SUNDAY = date(2021, 11, 7)
TUESDAY = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "reference", "value", "precision"),
    [
        ("early Sunday", SUNDAY, "2021-11-07", "day"),  # the reference's own weekday is that day
        ("Sunday", SUNDAY, "2021-11-07", "day"),
        ("last Friday", SUNDAY, "2021-11-05", "day"),
        ("Friday", SUNDAY, "2021-11-05", "day"),
        ("on Monday", TUESDAY, "2024-03-11", "day"),
        ("last Tuesday", TUESDAY, "2024-03-05", "day"),
        ("next Friday", TUESDAY, "2024-03-15", "day"),
        ("yesterday", TUESDAY, "2024-03-11", "day"),
        ("last night", TUESDAY, "2024-03-11", "day"),
        ("Saturday night", TUESDAY, "2024-03-09", "day"),
        ("last month", TUESDAY, "2024-02", "month"),
        ("in June", TUESDAY, "2024-06", "month"),  # no verb tells: the nearest June
        ("March", TUESDAY, "2024-03", "month"),
        ("May last year", TUESDAY, "2023-05", "month"),
        ("late 2019", TUESDAY, "2019", "year"),
        ("2018", TUESDAY, "2018", "year"),
        ("Oct. 10", SUNDAY, "2021-10-10", "day"),
        ("7 November", SUNDAY, "2021-11-07", "day"),
        ("Dec. 24", TUESDAY, "2023-12-24", "day"),  # news looks back: last Christmas Eve
        ("March 2, 2023", None, "2023-03-02", "day"),
        ("2 March 2023", None, "2023-03-02", "day"),
        ("Sept. 3, 2021", None, "2021-09-03", "day"),
        ("early Friday 12, 2021", None, "2021", "year"),  # the month left out: only the year is sure
        ("Tuesday 3, 2019", TUESDAY, "2019", "year"),
        ("12, 2021", None, None, None),  # no weekday: a count and a year, not a date
        ("two years ago", TUESDAY, "2022", "year"),
        ("three days ago", TUESDAY, "2024-03-09", "day"),
        ("June 2020", None, "2020-06", "month"),
        ("this week's", TUESDAY, "2024-03-11", "week"),  # a week is its Monday
        # year boundaries
        ("last Friday", date(2022, 1, 2), "2021-12-31", "day"),
        ("Dec. 30", date(2022, 1, 2), "2021-12-30", "day"),
        ("last month", date(2022, 1, 2), "2021-12", "month"),
        ("yesterday", date(2022, 1, 1), "2021-12-31", "day"),
        ("December", date(2022, 1, 2), "2021-12", "month"),
        ("last year", date(2022, 1, 2), "2021", "year"),
        # leap days
        ("Feb. 29", date(2024, 3, 10), "2024-02-29", "day"),
        ("Feb. 29", date(2023, 3, 10), "2020-02-29", "day"),  # the latest 29 February before
        ("February 29, 2024", None, "2024-02-29", "day"),
        ("yesterday", date(2024, 3, 1), "2024-02-29", "day"),
        ("February 30, 2024", None, None, None),
        # the reference's own weekday is that day; "last" means the week before
        ("Wednesday", date(2023, 8, 16), "2023-08-16", "day"),
        ("late Wednesday", date(2023, 8, 16), "2023-08-16", "day"),
        ("on Wednesday", date(2023, 8, 16), "2023-08-16", "day"),
        ("last Wednesday", date(2023, 8, 16), "2023-08-09", "day"),
        ("Thursday", date(2023, 8, 16), "2023-08-10", "day"),
        ("early on Saturday", date(2023, 8, 16), "2023-08-12", "day"),
        # more forms
        ("the 1990s", TUESDAY, "1990", "decade"),
        ("mid-2022", TUESDAY, "2022", "year"),
        ("this morning", TUESDAY, "2024-03-12", "day"),
        ("this month", TUESDAY, "2024-03", "month"),
        ("next month", TUESDAY, "2024-04", "month"),
        ("Jan. 6, 2021", None, "2021-01-06", "day"),
        ("the 6th of January 2021", None, "2021-01-06", "day"),
        ("2021-01-06", None, "2021-01-06", "day"),
        ("September 2001", None, "2001-09", "month"),
        # a day most of a year back, or the same day within three months: the coming one
        ("May 2", date(2024, 3, 14), "2024-05-02", "day"),
        ("Oct. 10", date(2021, 11, 7), "2021-10-10", "day"),
        ("June 30", date(2024, 3, 14), "2023-06-30", "day"),
    ],
)
def test_resolution(text: str, reference: date | None, value: str | None, precision: str | None) -> None:
    expr = parse(text)
    if value is None:
        assert expr is None or resolve(expr, reference) is None
        return
    assert expr is not None, text
    assert resolve(expr, reference) == (value, precision)


@pytest.mark.parametrize("text", ["nearly a month", "54", "60-day", "the country weeks", "months", "decades"])
def test_durations_and_numbers_are_not_dates(text: str) -> None:
    assert parse(text) is None


def test_time_of_day_is_kept() -> None:
    assert parse("early Sunday").time_of_day == "early"  # type: ignore[union-attr]
    assert parse("late on Friday").time_of_day == "late"  # type: ignore[union-attr]
    assert parse("last night").time_of_day == "night"  # type: ignore[union-attr]


def test_relative_dates_need_a_reference() -> None:
    expr = parse("last Friday")
    assert expr is not None and resolve(expr, None) is None


@pytest.mark.parametrize(
    ("text", "reference", "value"),
    [
        ("Friday", TUESDAY, "2024-03-15"),  # "the vote will be held on Friday"
        ("March 3", date(2024, 2, 20), "2024-03-03"),  # "the trial is scheduled for March 3"
        ("in June", TUESDAY, "2024-06"),
        ("in March", TUESDAY, "2024-03"),
    ],
)
def test_future_expressions_resolve_forwards(text: str, reference: date, value: str) -> None:
    expr = parse(text)
    assert expr is not None
    from dataclasses import replace

    resolved = resolve(replace(expr, future=True), reference)
    assert resolved is not None and resolved[0] == value


@pytest.mark.parametrize("text", ["0200 GMT", "4 a.m", "2 p.m.", "1,200"])
def test_clock_times_and_plain_numbers_are_not_dates(text: str) -> None:
    assert parse(text) is None


#: (a day and month as written with its weekday, (month, day, weekday, time of day)): the weekday
#: beside a day tells which year the day is in ("Sunday, Nov. 3" is not every year's 3 November).
WEEKDAY_BESIDE = [
    ("Sunday, Nov. 3", (11, 3, 6, None)),
    ("early Sunday, Nov. 3", (11, 3, 6, "early")),
    ("Wednesday night June 1", (6, 1, 2, "night")),
    ("late Friday, 7 November", (11, 7, 4, "late")),
    ("10:43 p.m. Sunday, September 11", (9, 11, 6, None)),
    ("Thursday, Jan. 14", (1, 14, 3, None)),
    ("early on March 3", (3, 3, None, "early")),
    ("Aug. 9", (8, 9, None, None)),
]


@pytest.mark.parametrize(("text", "parts"), WEEKDAY_BESIDE)
def test_a_weekday_beside_a_day_and_month_is_kept(text: str, parts: tuple) -> None:  # type: ignore[type-arg]
    expr = parse(text)
    assert expr is not None
    assert (expr.month, expr.day, expr.weekday, expr.time_of_day) == parts
    assert resolve(expr, date(2019, 11, 30)) is not None  # still resolved as a day and month


def test_a_weekday_beside_a_full_date() -> None:
    expr = parse("Saturday, Sept. 14, 2019")
    assert expr is not None and (expr.year, expr.weekday) == (2019, 5)
    assert resolve(expr, None) == ("2019-09-14", "day")


#: (a holiday as news names it, the reference date, the day it resolves to)
HOLIDAY_CASES = [
    ("Thanksgiving", date(2019, 12, 2), "2019-11-28"),  # the fourth Thursday of November
    ("Thanksgiving night", date(2019, 11, 20), "2018-11-22"),  # this year's is still ahead
    ("Memorial Day", date(2018, 6, 1), "2018-05-28"),  # the last Monday of May
    ("the Labor Day holiday", date(2020, 9, 8), "2020-09-07"),
    ("Mother's Day", date(2021, 5, 12), "2021-05-09"),
    ("Christmas Eve", date(2019, 12, 27), "2019-12-24"),
    ("New Year's Eve", date(2020, 1, 2), "2019-12-31"),
    ("early Halloween", date(2018, 11, 1), "2018-10-31"),
]


@pytest.mark.parametrize(("text", "reference", "value"), HOLIDAY_CASES)
def test_a_holiday_is_its_day_that_year(text: str, reference: date, value: str) -> None:
    expr = parse(text)
    assert expr is not None and resolve(expr, reference) == (value, "day")


@pytest.mark.parametrize("text", ["Easter egg", "the holiday", "Christmas lights", "Thanksgivings"])
def test_words_that_are_no_holiday_do_not_parse(text: str) -> None:
    assert parse(text) is None


@pytest.mark.parametrize(
    ("words", "year"),
    [
        ("nineteen ninety-eight", 1998),
        ("nineteen eighty four", 1984),
        ("two thousand", 2000),
        ("two thousand and nine", 2009),
        ("two thousand twelve", 2012),
        ("twenty twenty-one", 2021),
        ("nineteen oh five", 1905),
        ("eighteen hundred", 1800),
        ("nineteen five", None),  # no one says a year so
        ("two thousand three hundred", None),
        ("forty two", None),
    ],
)
def test_years_in_words(words: str, year: int | None) -> None:
    assert year_in_words(words) == year


@pytest.mark.parametrize(
    ("text", "anchor", "anchor_precision", "expected"),
    [
        ("the next day", "2019-05-31", "day", ("2019-06-01", "day")),
        (
            "the day before",
            "2019-05-31",
            "day",
            None,
        ),  # not a row: "the day before the vote" has its own anchor
        ("the previous evening", "2020-01-01", "day", ("2019-12-31", "day")),
        ("a week later", "2015-01-09", "day", ("2015-01-16", "day")),
        ("that year", "2015-01-09", "day", ("2015", "year")),
        ("later that month", "2015-01", "month", ("2015-01", "month")),
        ("the following month", "2010-12", "month", ("2011-01", "month")),
        ("three years earlier", "1998", "year", ("1995", "year")),
        ("the following week", "2023-10-18", "day", ("2023-10-23", "week")),
        ("the next day", "2019-05", "month", None),  # a month is too coarse to count a day from
        ("that year", "PRESENT_REF", "ref", None),
    ],
)
def test_dates_counted_from_the_last_date(
    text: str, anchor: str, anchor_precision: str, expected: tuple[str, str] | None
) -> None:
    expr = parse(text)
    if expr is None:
        assert expected is None
        return
    assert expr.narrative
    assert resolve(expr, date(2023, 10, 16)) is None  # never from the day of writing
    assert resolve_after(expr, anchor, anchor_precision) == expected

"""The day of the incident across sources: first reports, follow-ups, background years, weekdays
at week and year boundaries, and no guess where nothing supports one."""

from __future__ import annotations

from datetime import date

import pytest

from eventfacts.reconcile.dates import (
    Reference,
    event_date,
    incident_day,
    infer_reference,
    references,
    resolve_all,
)
from eventfacts.records import DateMention, DocFacts, Evidence, SourceInfo
from eventfacts.timeexpr import parse

#: A date as one article writes it: (text, sentence, kind of development it dates).
Said = tuple[str, int, str | None]


def article(source: str, reference: str | None, *said: Said, basis: str = "metadata") -> DocFacts:
    info = SourceInfo(source, source, None, None, reference, basis if reference else None, 100, (), None)
    dates = []
    for text, sentence, kind in said:
        expr = parse(text)
        assert expr is not None, text
        dates.append(DateMention(text, expr, None, sentence, Evidence(source, 0, len(text), text), kind=kind))
    return DocFacts(info, dates=tuple(dates))


#: (what the case is about, the articles, the day of the incident or None)
CASES: list[tuple[str, list[DocFacts], str | None]] = [
    (
        "a follow-up's own dateline weighs less than its 'the shooting on <day>'",
        [
            article("first", "2019-04-07", ("early Sunday", 0, "incident")),
            article("arrest", "2019-04-10", ("Wednesday", 0, "arrest"), ("Sunday", 1, "incident")),
            article("court", "2019-04-12", ("Friday", 0, "court"), ("Wednesday", 2, "arrest")),
        ],
        "2019-04-07",
    ),
    (
        "follow-ups outnumber the first report: their arrests and hearings are not the incident",
        [
            article("first", "2020-08-01", ("Friday night", 1, "incident")),
            article("f1", "2020-08-04", ("Monday", 0, "arrest")),
            article("f2", "2020-08-05", ("Tuesday", 0, "court")),
            article("f3", "2020-08-05", ("Tuesday", 0, "charge")),
        ],
        "2020-07-31",
    ),
    (
        "a victim's death days later is not the day of the shooting",
        [
            article("first", "2018-02-11", ("Saturday", 0, "incident")),
            article("later", "2018-02-16", ("Thursday", 0, "death"), ("Feb. 10", 1, "incident")),
            article("later2", "2018-02-17", ("Thursday", 0, "death")),
        ],
        "2018-02-10",
    ),
    (
        "a funeral and a vigil are later developments",
        [
            article("first", "2017-05-22", ("Sunday night", 0, "incident")),
            article("vigil", "2017-05-24", ("Tuesday", 0, "vigil")),
            article("funeral", "2017-05-28", ("Saturday", 0, "funeral"), ("last Sunday", 2, "incident")),
        ],
        "2017-05-21",
    ),
    (
        "a sentencing story a year on names the shooting's full date",
        [
            article(
                "sentencing", "2021-03-19", ("Thursday", 0, "sentencing"), ("March 2, 2020", 1, "incident")
            ),
        ],
        "2020-03-02",
    ),
    (
        "'police said Saturday' is the day of a statement, the shooting was Friday",
        [
            article("a", "2016-09-10", ("Saturday", 0, "statement"), ("Friday night", 1, "incident")),
            article("b", "2016-09-10", ("Saturday", 0, "statement"), ("late Friday", 2, "incident")),
        ],
        "2016-09-09",
    ),
    (
        "the first reports' day wins over a weeks-later retelling that resolves a week off",
        [
            article("a", "2015-11-02", ("Sunday", 0, "incident")),
            article("b", "2015-11-03", ("Sunday", 1, "incident")),
            article("later", "2015-11-20", ("Sunday", 0, "incident")),
        ],
        "2015-11-01",
    ),
    (
        "a day after the first report was written cannot be the incident's",
        [
            article("a", "2014-06-12", ("Wednesday", 1, None)),
            article("b", "2014-06-20", ("Thursday", 0, None), ("Friday", 1, None)),
        ],
        "2014-06-11",
    ),
    (
        "an earlier shooting further down is background",
        [
            article("a", "2019-07-14", ("Saturday night", 0, "incident"), ("June 30", 12, "incident")),
            article("b", "2019-07-15", ("Saturday", 1, "incident"), ("June 30", 9, "incident")),
        ],
        "2019-07-13",
    ),
    (
        "a date in a publication line is not the incident's",
        [article("a", "2022-01-05", ("Jan. 5, 2022", 0, "publication"), ("Tuesday", 1, "incident"))],
        "2022-01-04",
    ),
    (
        "a weekday on the reference day's own weekday is that day",
        [article("a", "2023-08-13", ("Sunday", 0, "incident"))],
        "2023-08-13",
    ),
    (
        "'last Sunday' written on a Sunday is the week before",
        [article("a", "2023-08-13", ("last Sunday", 0, "incident"))],
        "2023-08-06",
    ),
    (
        "Saturday night, written early Monday",
        [article("a", "2023-08-14", ("Saturday night", 0, "incident"))],
        "2023-08-12",
    ),
    (
        "a weekday across the new year",
        [article("a", "2022-01-02", ("Friday night", 0, "incident"))],
        "2021-12-31",
    ),
    (
        "'last night' written on New Year's Day",
        [article("a", "2022-01-01", ("last night", 0, "incident"))],
        "2021-12-31",
    ),
    (
        "a day and month without a year, just after new year, is last year's",
        [article("a", "2020-01-03", ("Dec. 30", 0, "incident"))],
        "2019-12-30",
    ),
    (
        "a future hearing is not the incident",
        [article("a", "2024-05-02", ("next Monday", 0, "court"), ("Wednesday", 1, "incident"))],
        "2024-05-01",
    ),
    (
        "nothing dates the incident: no guess",
        [article("a", "2024-05-02", ("Tuesday", 0, "arrest"), ("in 2019", 1, None))],
        None,
    ),
    (
        "the pages' own date lines are the only days: the news is the day they were told",
        [
            article("a", "2024-05-02", ("May 2, 2024", 0, "publication"), ("in 2019", 1, None)),
            article("b", "2024-05-02", ("Thursday, 2 May 2024", 0, "publication")),
            article("c", "2024-05-06", ("May 6, 2024", 0, "publication")),
        ],
        "2024-05-02",
    ),
    (
        "no reference date and no year: no guess",
        [article("a", None, ("Saturday", 0, "incident"))],
        None,
    ),
    (
        "the dated sources are all follow-ups: undated first reports borrow the incident's week",
        [
            article(
                "followup",
                "2022-05-21",
                ("Saturday, May 21, 2022", 0, "arrest"),
                ("Saturday, May 14, 2022", 5, "incident"),
            ),
            article("first", None, ("early Saturday", 0, "incident"), basis="text"),
            article("first2", None, ("Saturday", 1, "incident"), basis="text"),
        ],
        "2022-05-14",
    ),
    (
        "two of three sources recall an earlier shooting's day further down: the dated lead's day stands",
        [
            article("dated", "2027-02-11", ("Thursday", 1, "incident"), ("Nov. 4", 6, "incident")),
            article("recap", None, ("this afternoon", 1, None), ("Nov. 4", 20, "incident")),
            article("brief", None, ("Thursday", 2, "incident")),
        ],
        "2027-02-11",
    ),
    (
        "a stated date a day early (a crawler's date in UTC) does not rule out the next day",
        [
            article("a", "2022-03-10", ("Thursday", 29, "incident")),
            article("b", "2022-03-11", ("early Friday", 0, None)),
            article("c", "2022-03-14", ("early Friday", 1, "death")),
        ],
        "2022-03-11",
    ),
    (
        "the day the scores favour is claimed, even when only a statement names it",
        [
            article("first", "2021-06-12", ("Sunday, June 12", 1, "statement")),
            article("later", "2021-06-18", ("Friday, June 17, 2021", 17, "incident")),
        ],
        "2021-06-12",
    ),
    (
        "a body date years before the year another page states is background, not the reference",
        [
            article(
                "profile", "2009-03-14", ("Sunday", 0, "incident"), ("March 14, 2009", 20, None), basis="text"
            ),
            article("first", None, ("Oct. 8", 1, "incident"), ("2017", 12, "publication")),
        ],
        "2017-10-08",
    ),
    (
        "a body date in the year the other page states stays the reference",
        [
            article("a", "2019-06-02", ("June 2, 2019", 8, "incident"), basis="text"),
            article("b", None, ("Sunday", 0, "incident"), ("2019", 10, "publication")),
        ],
        "2019-06-02",
    ),
    (
        "with no page line, a body date before the latest year mentioned is background",
        [
            article("old", "2011-02-05", ("Feb. 5, 2011", 30, "arrest"), basis="text"),
            article(
                "new", None, ("Aug. 12", 0, "incident"), ("Friday night", 1, "incident"), ("2016", 9, None)
            ),
        ],
        "2016-08-12",
    ),
    (
        "a lead's full date stays the reference, though a later follow-up mentions a later year",
        [
            article(
                "charges",
                "2019-07-18",
                ("July 18, 2019", 0, "court"),
                ("Friday", 2, "incident"),
                basis="text",
            ),
            article("first", None, ("July 12", 1, "incident")),
            article(
                "anniversary",
                "2020-07-12",
                ("July 12, 2020", 10, None),
                ("a year ago", 0, None),
                basis="text",
            ),
        ],
        "2019-07-12",
    ),
    (
        "a conviction's date deep in a profile only bounds it: the incident's day is later that year",
        [
            article(
                "profile",
                "2019-01-14",
                ("Monday", 1, "court"),
                ("July 15", 4, None),
                ("Jan. 14, 2019", 40, "court"),
                basis="text",
            ),
            article("first", None, ("Monday", 0, "incident"), ("July 15", 1, "incident")),
        ],
        "2019-07-15",
    ),
    (
        "a sentencing's date in the lead is the story's: the incident's day is the year before",
        [
            article(
                "sentencing",
                "2019-01-14",
                ("Monday", 1, "court"),
                ("July 15", 4, None),
                ("Jan. 14, 2019", 1, "court"),
                basis="text",
            ),
            article("first", None, ("Monday", 0, "incident"), ("July 15", 1, "incident")),
        ],
        "2018-07-15",
    ),
    (
        "a bare day and month takes the year another source writes beside the same day",
        [
            article("sentencing", "2016-02-09", ("Tuesday", 0, "sentencing"), ("June 21", 2, "incident")),
            article("trial", "2015-11-03", ("June 21, 2014", 4, "incident")),
        ],
        "2014-06-21",
    ),
    (
        "two years written beside the same day: the bare one keeps its reference's year",
        [
            article("a", "2016-07-01", ("June 21", 0, "incident")),
            article("b", "2016-07-02", ("June 21, 2014", 9, None), ("June 21, 2015", 12, None)),
        ],
        "2016-06-21",
    ),
    (
        "a weekday beside the bare day that the stated year does not fit: the stated year is not taken",
        [
            article("a", "2016-02-09", ("Saturday, June 21", 0, "incident")),
            article("b", "2016-02-10", ("June 21, 2013", 9, None)),
        ],
        "2015-06-21",
    ),
    (
        "one deep mention of another shooting's day (a Wednesday) does not move the undated sources' week",
        [
            article("court", "2019-12-27", ("Friday", 0, "court"), ("May 8", 30, "incident")),
            article("first", None, ("early Sunday", 0, "incident")),
            article("second", None, ("Sunday", 1, "incident")),
        ],
        "2019-12-22",
    ),
    (
        "a deep mention of the incident's day that another source names too anchors their week",
        [
            article("court", "2019-12-27", ("Friday", 0, "court"), ("Dec. 15", 30, "incident")),
            article("first", None, ("early Sunday", 0, "incident"), ("Dec. 15", 12, None)),
        ],
        "2019-12-15",
    ),
    (
        "two days equally supported: the one named more often",
        [
            article(
                "a",
                "2022-03-31",
                ("just after 11 p.m. Thursday", 8, "incident"),
                ("Thursday", 57, "incident"),
                ("Wednesday", 60, "incident"),
            )
        ],
        "2022-03-31",
    ),
    (
        "a full date deep in a body that names nothing is background, not the incident's day",
        [
            article(
                "profile",
                None,
                ("late Saturday", 0, "incident"),
                ("Oct. 3, 2011", 14, None),
                ("2014", 30, "publication"),
            ),
            article("brief", None, ("Saturday night", 0, "incident")),
        ],
        None,
    ),
    (
        "another victim's death deep in the body, with its year, is no day of this incident",
        [
            article("a", None, ("Friday", 1, "incident"), ("Jan. 9, 2020", 11, "death")),
            article("b", None, ("2021", 20, "publication")),
        ],
        None,
    ),
    (
        "a deep full date that names the shooting is still a claim",
        [article("court", None, ("Tuesday", 0, "court"), ("July 4, 2018", 9, "incident"))],
        "2018-07-04",
    ),
    (
        "a deep day that names nothing loses to a lead's day however often it recurs",
        [
            article("a", "2023-05-08", ("Sunday", 0, None), ("April 2, 2023", 6, None), basis="text"),
            article("b", None, ("April 2, 2023", 9, None), ("April 2, 2023", 12, None)),
            article("c", None, ("April 2, 2023", 15, None)),
        ],
        "2023-05-07",
    ),
]


CASES += [
    (
        "a verdict story whose only day is the crime's, years before, deep in the body: no day",
        [
            article("verdict", "2024-06-14", ("in 2019", 0, None), ("March 3, 2019", 8, None)),
            article("wire", "2024-06-14", ("March 3, 2019", 11, None)),
        ],
        None,
    ),
    (
        "sources a day apart, each in its lead: the day the first reports give",
        [
            article("first", "2022-09-04", ("late Saturday", 0, "incident")),
            article("second", "2022-09-05", ("Saturday night", 0, "incident")),
            article("later", "2022-09-06", ("Sept. 4", 1, "incident")),
        ],
        "2022-09-03",
    ),
]


@pytest.mark.parametrize(("about", "docs", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_incident_day(about: str, docs: list[DocFacts], expected: str | None) -> None:
    refs = references(docs, None)
    fact = event_date(resolve_all(docs, refs), refs)
    assert (fact.value if fact else None) == expected


#: (what the case is about, the undated articles, the reference date they imply)
YEARS: list[tuple[str, list[DocFacts], date | None]] = [
    (
        "background years are earlier than the story: the weekday fixes the year from the latest one",
        [
            article("a", None, ("Aug. 3", 0, "incident"), ("1987", 4, None), ("2016", 6, None)),
            article("b", None, ("Saturday night", 0, "incident")),
        ],
        date(2019, 8, 3),  # 3 August fell on a Saturday in 2019, the first such year from 2016
    ),
    (
        "a copyright line states the year: the weekday agrees with it",
        [
            article("a", None, ("June 9", 1, "incident"), ("2018", 14, "publication"), ("2005", 5, None)),
            article("b", None, ("Saturday", 0, "incident")),
        ],
        date(2018, 6, 9),
    ),
    (
        "a page crawled a year later: the copyright year is the crawl's, the weekday the story's",
        [
            article(
                "a", None, ("Sunday", 0, "incident"), ("March 5", 1, "incident"), ("2018", 20, "publication")
            )
        ],
        date(2017, 3, 5),
    ),
    (
        "two copyright years: the earlier is the story's, the later a page served a year on",
        [
            article("a", None, ("Sept. 29", 1, "incident"), ("2018", 14, "publication")),
            article("b", None, ("2019", 12, "publication")),
        ],
        date(2018, 9, 29),
    ),
    (
        "a lead's moving holiday falls on its day in the year a page line states",
        [article("a", None, ("Thanksgiving night", 0, "incident"), ("2019", 12, "publication"))],
        date(2019, 11, 28),
    ),
    (
        "a moving holiday further down is background beside a day and month",
        [
            article(
                "a",
                None,
                ("Saturday", 0, "incident"),
                ("June 2", 1, "incident"),
                ("Memorial Day", 14, None),
                ("2018", 20, "publication"),
            )
        ],
        date(2018, 6, 2),
    ),
    (
        "a moving holiday further down places the day when nothing else gives a day and month",
        [
            article(
                "a", None, ("Monday", 0, "incident"), ("Memorial Day", 14, None), ("2018", 20, "publication")
            )
        ],
        date(2018, 5, 28),
    ),
    (
        "a moving holiday with no stated year: no guess",
        [article("a", None, ("Thanksgiving", 0, "incident"), ("in 2012", 9, None))],
        None,
    ),
    (
        "of two days named as strongly, the one on the lead's weekday is the reference",
        [
            article(
                "a",
                None,
                ("Sunday", 1, "incident"),
                ("April 21", 9, "incident"),
                ("March 23", 16, "incident"),
            ),
            article("b", None, ("2013", 30, None)),
        ],
        date(2013, 4, 21),
    ),
    (
        "of two days named as strongly, the one with its weekday written beside it is the reference",
        [
            article("a", None, ("Sunday, September 11", 4, "incident"), ("2016", 30, "publication")),
            article("b", None, ("August 11", 14, "incident")),
        ],
        date(2016, 9, 11),
    ),
    (
        "a copyright year and a day and month, with no weekday",
        [article("a", None, ("Oct. 4", 1, "incident"), ("2014", 9, "publication"))],
        date(2014, 10, 4),
    ),
    (
        "a background year and a day and month, with no weekday: no guess",
        [article("a", None, ("Oct. 4", 1, "incident"), ("in 2009", 9, "court"))],
        None,
    ),
    (
        "a weekday written beside its day and month fixes the year, past the latest year mentioned",
        [article("a", None, ("Sunday, Nov. 3", 4, None), ("2012", 9, None))],
        date(2013, 11, 3),
    ),
    (
        "a day and month further down, with a copyright year and the lead's weekday",
        [
            article("a", None, ("early Friday", 0, "incident"), ("2015", 20, "publication")),
            article("b", None, ("Sept. 25", 5, "incident")),
        ],
        date(2015, 9, 25),
    ),
    (
        "the leads' weekdays split: the stated year stands",
        [
            article("a", None, ("Friday", 2, "incident"), ("2017", 8, "publication")),
            article("b", None, ("March 18", 0, "incident"), ("last Saturday night", 1, "incident")),
        ],
        date(2017, 3, 18),
    ),
    (
        "an arrest's weekday in the lead does not choose the year of the incident: no guess",
        [article("a", None, ("Tuesday", 0, "arrest"), ("Aug. 2", 3, "incident"), ("2019", 10, None))],
        None,
    ),
    (
        "an embedded post's date states the year: a day and month alone is placed in it",
        [article("a", None, ("Jan. 19", 6, "incident"), ("January 22, 2016", 30, "publication"))],
        date(2016, 1, 19),
    ),
    (
        "the incident's day and month choose the year, not the days of later hearings",
        [
            article("a", None, ("Tuesday", 0, "incident"), ("Sept. 14", 6, "incident"), ("2014", 20, None)),
            article("b", None, ("Oct. 7", 10, "court"), ("Nov. 4", 12, "arrest"), ("Dec. 2", 14, None)),
        ],
        date(2021, 9, 14),  # the hearings' days all fall on a Tuesday in 2014, the incident's does not
    ),
    (
        "the month and year a source gives the incident place its day and month in that year",
        [
            article(
                "a", None, ("Friday", 0, "statement"), ("June 8", 4, "incident"), ("June 2013", 7, "incident")
            )
        ],
        date(2013, 6, 8),  # not 2018, the first year a weak lead Friday fits
    ),
    (
        "the incident's month and year place each of its days there, past weekday coincidences",
        [
            article("a", None, ("Wednesday", 0, "incident")),
            article("b", None, ("May 16", 12, None), ("June 13", 20, None)),
            article("c", None, ("Saturday", 1, "statement"), ("May 20", 6, "death")),
            article("d", None, ("May 2019", 2, "incident")),
        ],
        date(2019, 5, 16),  # not 2029, when May 16 and June 13 both fall on the lead's Wednesday
    ),
    (
        "of days and months as weakly named, on the lead's weekday, the latest: the story is told after both",
        [
            article("a", None, ("Thursday", 1, "statement"), ("2018", 6, None)),
            article("b", None, ("Jan. 9", 9, None)),
            article("c", None, ("Dec. 17", 7, None)),
        ],
        date(2020, 12, 17),  # both fall on a Thursday in 2020; "Jan. 9" is a fixture still ahead
    ),
    (
        "a day on the lead's incident weekday over one as strong on the weekday written beside it",
        [
            article("a", None, ("early Sunday", 0, "incident"), ("2015", 12, None)),
            article("b", None, ("Wednesday, Aug. 3", 0, None)),
            article("c", None, ("July 24", 3, "incident")),
        ],
        date(2016, 7, 24),  # the Sunday; the Wednesday's report came later
    ),
    (
        "a year and a weekday, with no day and month: no guess",
        [article("a", None, ("Saturday", 0, "incident"), ("2014", 9, "publication"))],
        None,
    ),
]


@pytest.mark.parametrize(("about", "docs", "expected"), YEARS, ids=[c[0] for c in YEARS])
def test_the_reference_of_undated_articles(about: str, docs: list[DocFacts], expected: date | None) -> None:
    assert infer_reference(docs) == expected


def test_one_article_alone_gives_its_incident_day() -> None:
    doc = article("a", "2019-04-10", ("Wednesday", 0, "arrest"), ("Sunday", 1, "incident"))
    assert incident_day(doc) == "2019-04-07"
    assert incident_day(doc, date(2019, 4, 17)) == "2019-04-14"  # against another reference
    assert incident_day(article("b", "2019-04-10", ("Wednesday", 0, "arrest"))) is None


def test_a_day_borrowed_from_a_publication_is_not_moved_past_the_weekend() -> None:
    """Written on a Tuesday, the dated source's "Monday" is the day before; an undated source
    reporting "Monday" borrows that Tuesday as it is, not the Monday six days on."""
    docs = [
        article("dated", "2023-01-31", ("Monday", 1, "incident")),
        article("undated", None, ("Monday", 0, None)),
    ]
    refs = references(docs, None)
    assert refs["undated"].value == date(2023, 1, 31) and refs["undated"].basis == "other-sources"
    fact = event_date(resolve_all(docs, refs), refs)
    assert fact is not None and fact.value == "2023-01-30" and fact.agreement == "unanimous"


def test_a_date_ahead_of_its_page_years_does_not_make_a_text_reference_background() -> None:
    """ "Eligible for parole on June 30, 2027" in a story its embedded post dates 2019: 2027 is
    not the latest year of something past, so the article's own reference stands."""
    dated = article(
        "a",
        "2019-10-03",
        ("Thursday", 0, "incident"),
        ("October 3, 2019", 30, "publication"),
        ("June 30, 2027", 12, None),
        basis="text",
    )
    undated = article("b", None, ("early Thursday", 0, "incident"))
    refs = references([dated, undated], None)
    assert refs["a"].value == date(2019, 10, 3)
    assert refs["b"].value == date(2019, 10, 3)


def test_an_undated_page_of_a_later_year_does_not_borrow_a_past_incident_day() -> None:
    """Two reports recall an earlier New Year's Day shooting; the undated one's copyright line
    says 2021, so it was not written in the week of 1 January 2018."""
    dated = article("dated", "2021-05-10", ("Sunday", 0, "incident"), ("Jan. 1, 2018", 20, "incident"))
    undated = article(
        "undated",
        None,
        ("early Sunday", 0, "incident"),
        ("New Year's Day", 15, "incident"),
        ("2021", 30, "publication"),
    )
    refs = references([dated, undated], None)
    assert refs["undated"].value == date(2021, 5, 10)


def test_a_follow_up_years_later_still_lends_the_incident_day() -> None:
    """Without a later page year, a court story years on still lends the incident's day."""
    dated = article("court", "2021-05-10", ("Monday", 0, "court"), ("Oct. 2, 2018", 3, "incident"))
    undated = article("first", None, ("Oct. 2", 0, "incident"), ("Tuesday", 1, "incident"))
    refs = references([dated, undated], None)
    assert refs["first"].value == date(2018, 10, 2)


def _first_reports(recalled: Said) -> list[DocFacts]:
    """Four pages dated the day after a Thursday shooting; one of them and an undated page also
    recall a shooting on an earlier Thursday, 20 August."""
    return [
        article("a", "2020-09-11", ("late Thursday night", 0, "incident"), ("Aug. 20", 12, "incident")),
        article("b", "2020-09-12", ("Thursday", 1, "incident")),
        article("d", "2020-09-11", ("Friday", 0, "statement"), ("Thursday", 2, "incident")),
        article("e", "2020-09-12", ("Thursday night", 0, "incident")),
        article("c", None, ("Thursday night", 0, "incident"), recalled),
    ]


def test_first_reports_of_a_later_day_keep_an_undated_page_in_their_week() -> None:
    refs = references(_first_reports(("Aug. 20", 9, "incident")), None)
    assert refs["c"].value == date(2020, 9, 11)


def test_a_day_a_lead_names_is_still_lent_to_an_undated_page() -> None:
    refs = references(_first_reports(("Aug. 20", 1, "incident")), None)
    assert refs["c"].value == date(2020, 8, 20)


def test_of_two_days_claimed_for_the_incident_the_one_on_the_leads_weekday_is_lent() -> None:
    """A court story is the only dated page; one undated page's lead says 11 April (the day
    a victim died), another's body 10 April, and three leads say Sunday: 10 April 2022."""
    docs = [
        article("court", "2022-04-20", ("Tuesday", 0, "court")),
        article("u1", None, ("April 11", 1, "incident")),
        article("u2", None, ("April 10", 5, "incident")),
        article("u3", None, ("early Sunday", 0, "incident")),
        article("u4", None, ("Sunday night", 0, "incident")),
        article("u5", None, ("Sunday", 1, "incident")),
    ]
    refs = references(docs, None)
    assert refs["u3"].value == date(2022, 4, 10)


def test_an_incident_weekday_does_not_move_an_undated_page_past_a_later_death() -> None:
    """The day the sources give is a death ("died March 5"); a lead's "was shot Wednesday" is the
    Wednesday before it, not the one after: an incident weekday never moves a reference on."""
    docs = [
        article("first", None, ("Wednesday", 0, "incident")),
        article("later", None, ("March 5", 1, "death"), ("2021", 14, "publication")),
    ]
    refs = references(docs, None)
    assert refs["first"].value == date(2021, 3, 5)
    fact = event_date(resolve_all(docs, refs), refs)
    assert fact is not None and fact.value == "2021-03-03"


@pytest.mark.parametrize(
    ("about", "docs", "developments", "expected"),
    [
        (
            "an arrest's story is dated by its arrest",
            [article("a", "2021-09-15", ("Tuesday", 0, "arrest"))],
            frozenset({"arrest"}),
            "2021-09-14",
        ),
        (
            "a protest's story by its march, which a crime story calls a vigil",
            [article("a", "2022-03-05", ("Friday", 0, "vigil"), ("March 3", 4, None))],
            frozenset({"vigil"}),
            "2022-03-04",
        ),
        (
            "the crime's own day still wins where the arrest's story gives it",
            [article("a", "2021-09-15", ("Tuesday", 0, "arrest"), ("Sunday", 0, "incident"))],
            frozenset({"arrest"}),
            "2021-09-12",
        ),
        (
            "a shooting's story is never dated by its arrest",
            [article("a", "2021-09-15", ("Tuesday", 0, "arrest"))],
            frozenset(),
            None,
        ),
    ],
)
def test_the_day_of_an_event_of_its_own_kind(
    about: str, docs: list[DocFacts], developments: frozenset[str], expected: str | None
) -> None:
    refs = references(docs, None)
    fact = event_date(resolve_all(docs, refs), refs, developments=developments)
    assert (fact.value if fact else None) == expected


def test_undated_sources_borrow_a_body_date_as_the_story_day_and_read_weekdays_near_it() -> None:
    """The only full date in a folder stands deep in one body ("she entered the clinic on
    Tuesday, March 7, 2023"): it is the day the story tells, not the day any page was written.
    An undated source whose lead says the actress's agent confirmed it "Friday" was written that
    Friday, three days on; one whose lead says "Monday" tells the day before, not six days on."""
    dated = article("body", "2023-03-07", ("Tuesday, March 7, 2023", 4, None), basis="text")
    later = article("later", None, ("Friday", 0, None))
    before = article("before", None, ("Monday", 0, None))
    refs = references([dated, later, before], None)
    assert refs["body"] == Reference(date(2023, 3, 7), "text")
    assert refs["later"] == Reference(date(2023, 3, 10), "other-sources")
    assert refs["before"] == Reference(date(2023, 3, 7), "other-sources")

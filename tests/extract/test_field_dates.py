"""Dates on lines of their own that say what happened when: a police release's "Date:" field
(beside "Location:", "Offense:") is the day of the incident, an obituary's life span ends on the
day of a death; neither is the day the page was written."""

from __future__ import annotations

import pytest

from eventfacts.clean import clean
from eventfacts.extract.dates import life_span_dates, publication_date, record_dates
from eventfacts.records import Article

#: (a release's opening, the incident's day its date field gives or None)
RELEASES = [
    (
        "Date: Saturday, June 3, 2023, 1:20 AM\n\nLocation: 1200 block of Harbor Rd.\n\n"
        "Offense: Aggravated Assault\n",
        (2023, 6, 3),
    ),
    ("Date/Time: 04/11/2022 23:45\nAddress: 18 Mill Lane\nCase Number: 22-004411\n", (2022, 4, 11)),
    ("DATE: March 4, 2019\nINCIDENT TYPE: Shooting\n", (2019, 3, 4)),
    ("Date: Monday, March 4, 2019, 9:15 PM\n\nPolice said a man was shot on Saturday.\n", None),
    ("Location: Elm Park\nDate: sometime last spring\nOffense: Theft\n", None),
]


@pytest.mark.parametrize(("head", "expected"), RELEASES)
def test_a_release_date_field_dates_the_incident(head: str, expected: tuple[int, int, int] | None) -> None:
    text = f"Man wounded near the harbor\n\n{head}\nOfficers found a man with a gunshot wound to his leg.\n"
    item = clean(Article(id="r", path="r.txt", text=text))
    found = list(record_dates(item, source="r", sentence_starts=[0, 30]))
    for d in found:
        assert text[d.evidence.start : d.evidence.end] == d.evidence.text
        assert d.kind == "incident"
    assert [(d.expr.year, d.expr.month, d.expr.day) for d in found] == ([expected] if expected else [])


#: (an obituary's opening, the day of death its life-span line gives or None)
SPANS = [
    ("Marisol Ortega\n\nMarch 2, 1948 - May 9, 2023\n", (2023, 5, 9)),
    ("Dale Whitcomb\n\n(1 June 2001 \u2013 4 July 2022)\n", (2022, 7, 4)),
    ("Ray Fenn\n\nJan. 12, 1990 -- Sept. 30, 2019\n", (2019, 9, 30)),
    ("ELMWOOD, Ohio (May 9, 2023) -- A man was shot on Elm Street.\n", None),
    ("She was born March 2, 1948 - and died May 9, 2023, at home, her family said.\n", None),
]


@pytest.mark.parametrize(("head", "expected"), SPANS)
def test_a_life_span_line_gives_the_day_of_a_death(head: str, expected: tuple[int, int, int] | None) -> None:
    text = f"Obituary\n\n{head}\nShe is survived by two sons.\n"
    item = clean(Article(id="o", path="o.txt", text=text))
    found = list(life_span_dates(item, source="o", sentence_starts=[0, 10]))
    for d in found:
        assert text[d.evidence.start : d.evidence.end] == d.evidence.text
        assert d.kind == "death"
    assert [(d.expr.year, d.expr.month, d.expr.day) for d in found] == ([expected] if expected else [])


def test_a_life_span_line_is_no_dateline() -> None:
    text = "Obituary\n\nMarch 2, 1948 - May 9, 2023\n\nShe is survived by two sons.\n"
    assert publication_date(text) is None

"""A police release gives its offense as fields ("Date:", "Location:", "Offense:"): its date
field is the day of the incident, not the day the page was written."""

from __future__ import annotations

import pytest

from eventfacts.clean import clean
from eventfacts.extract.dates import record_dates
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

"""An undated article's reference from its own text: the newest full date it reports, but not
one ahead of the years its page lines give."""

from __future__ import annotations

import pytest

from eventfacts.extract import reference_from_text
from eventfacts.records import DateMention, Evidence
from eventfacts.timeexpr import parse

#: (what the case is about, the dates an article gives as (text, kind), its reference)
CASES: list[tuple[str, list[tuple[str, str | None]], str | None]] = [
    (
        "the newest full date the body reports",
        [("March 3, 2021", None), ("May 9, 2020", "arrest")],
        "2021-03-03",
    ),
    (
        "a release date past the copyright year is ahead of the story",
        [("Oct. 2, 2019", "incident"), ("2019", "publication"), ("June 30, 2027", "court")],
        "2019-10-02",
    ),
    (
        "an embedded post's date bounds a parole date written as a past one",
        [("August 14, 2018", "publication"), ("Dec. 1, 2022", None)],
        "2018-08-14",
    ),
    (
        "a birth date is a life's first day, not the day the story was written",
        [("April 22, 1931", "birth")],
        None,
    ),
    (
        "an obituary's newest full date that is no birth date",
        [("Jan. 5, 1961", None), ("March 2, 1974", "birth")],
        "1961-01-05",
    ),
    (
        "without a page line, the newest full date stands",
        [("Oct. 2, 2019", "incident"), ("June 30, 2027", "court")],
        "2027-06-30",
    ),
]


def _mention(text: str, kind: str | None) -> DateMention:
    expr = parse(text)
    assert expr is not None, text
    return DateMention(text, expr, None, 0, Evidence("a", 0, len(text), text), kind=kind)


@pytest.mark.parametrize(("about", "said", "expected"), CASES, ids=[c[0] for c in CASES])
def test_the_reference_an_article_gives_itself(
    about: str, said: list[tuple[str, str | None]], expected: str | None
) -> None:
    assert reference_from_text(tuple(_mention(t, k) for t, k in said)) == expected


def test_a_date_the_article_elsewhere_writes_as_ahead_is_no_reference() -> None:
    """ "Three others will go to trial on Jan. 17, 2031", and further down "chose to go to trial
    on Jan. 17, 2031": the same plan, not a day the story was written after."""
    from dataclasses import replace

    plea = _mention("Oct. 14, 2030", "court")
    trial = _mention("Jan. 17, 2031", "court")
    planned = replace(trial, expr=replace(trial.expr, future=True))
    assert reference_from_text((plea, trial)) == "2031-01-17"
    assert reference_from_text((plea, trial, planned)) == "2030-10-14"

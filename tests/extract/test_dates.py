"""Date mentions: parsed, with what they date, durations left out."""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_dates


def test_dates_and_their_context(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Voters went to the polls on Tuesday, two weeks after the March 3 primary. "
        "The 2020 election was closer. Counting took nearly a month."
    )
    found = {m.text: m.context for m in extract_dates(nlp(text), source="t")}
    assert found.get("March 3") == "primary"
    assert found.get("2020") == "election"
    assert "Tuesday" in found
    assert "nearly a month" not in found


def test_evidence_points_at_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The bridge collapsed early Friday, officials said."
    (mention,) = list(extract_dates(nlp(text), source="t"))
    assert text[mention.evidence.start : mention.evidence.end] == mention.evidence.text == "early Friday"
    assert mention.expr.weekday == 4 and mention.expr.time_of_day == "early"


def test_future_tense_is_marked(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The council will vote on Friday. It approved the budget on Monday."
    found = {m.text: m.expr.future for m in extract_dates(nlp(text), source="t")}
    assert found == {"Friday": True, "Monday": False}


def test_an_offset_from_another_dated_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The strike began three days after the election."
    (mention,) = list(extract_dates(nlp(text), source="t"))
    assert (mention.expr.day_offset, mention.expr.anchor) == (3, "election")


#: (a sentence with a four-digit number, the years extract_dates keeps from it)
NUMBERS_AND_YEARS = [
    ("It happened at the Cloud 9 Club located at 1910 South Pine Avenue in Ocala.", []),
    ("Two men were shot in the 2000 block of West 76th Street early Saturday.", []),
    ("The fire started at 1917 Prospect Ave. just after midnight.", []),
    ("She was driving her 2006 Dodge Charger when the shots were fired.", []),
    ("Police are looking for a 2015 or newer, maroon, Chevy Tahoe.", []),
    ("The video shows a light-colored 2000 Chevrolet Impala leaving the lot.", []),
    ("He was convicted in 2009 of robbery.", ["2009"]),
    ("In 2012 Smith Street was renamed after the mayor.", ["2012"]),
    ("The 2014 shooting on Elm Street was never solved.", ["2014"]),
]


@pytest.mark.parametrize(("sentence", "years"), NUMBERS_AND_YEARS)
def test_street_numbers_and_model_years_are_not_years(nlp, sentence: str, years: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = [m.text for m in extract_dates(nlp(sentence), source="t") if m.expr.year is not None]
    assert found == years


#: (a sentence naming a holiday, whether extract_dates takes the holiday for a day)
HOLIDAY_SENTENCES = [
    ("Two men were shot outside a bar on Thanksgiving night, police said.", True),
    ("The fire broke out late on Christmas Eve in the old mill.", True),
    ("Police said the men met in the parking lot early on Thanksgiving Day for a deal.", True),
    ("The shooting happened on New Year's Eve outside a club.", True),
    ("Neighbors walked past houses decked out with Christmas lights.", False),
    ("She had asked him to bring the children Christmas presents.", False),
]


@pytest.mark.parametrize(("sentence", "is_day"), HOLIDAY_SENTENCES)
def test_a_holiday_naming_a_thing_is_not_a_day(nlp, sentence: str, is_day: bool) -> None:  # type: ignore[no-untyped-def]
    found = [m for m in extract_dates(nlp(sentence), source="t") if m.expr.holiday is not None]
    assert bool(found) == is_day


#: (a sentence, the day and month in it, the weekday extract_dates gives that day and month)
WEEKDAYS_BESIDE = [
    (
        "The coroner said the woman died just before midnight Thursday, January 14, at a hospital.",
        "January 14",
        3,
    ),
    ("The storm made landfall late Sunday night, Sept. 4, near the county line.", "Sept. 4", 6),
    (
        "Firefighters were called around 2 a.m. Saturday, March 5, to the warehouse on Dock Street.",
        "Saturday, March 5",
        5,
    ),
    ("The judge on Friday set the trial for March 3.", "March 3", None),
    ("Police said Monday the March 3 crash killed two people.", "March 3", None),
]


@pytest.mark.parametrize(("sentence", "written", "weekday"), WEEKDAYS_BESIDE)
def test_a_weekday_just_before_a_day_and_month_goes_with_it(
    nlp, sentence: str, written: str, weekday: int | None
) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m.expr.weekday for m in extract_dates(nlp(sentence), source="t") if m.expr.day}
    assert found == {written: weekday}


#: (a sentence, whether extract_dates marks its date as planned, ahead of what happened)
PLANNED = [
    ("The judge ordered him held until a pre-trial hearing scheduled for June 11.", True),
    ("He faces a preliminary hearing set for Oct. 3 in district court.", True),
    ("A memorial service planned for Saturday will be held at the church.", True),
    ("The man charged in the May 2 shooting appeared in court.", False),
    ("Firefighters found the body of a man reported missing on Tuesday.", False),
    # a day a plan is set for, whatever the tense of the sentence around it
    ("The studio said it was aiming for a 2031 release date for the sequel.", True),
    ("Holders had tendered most shares by the Friday deadline, the bidder said.", False),
    ("The ferry line gave a target date of May 4, 2029, for the new route.", True),
    ("The dam burst on a date residents of the valley still remember, May 4, 2009.", False),
    ("The mine's owners met their 2012 production target, the report said.", False),
]


@pytest.mark.parametrize(("sentence", "planned"), PLANNED)
def test_a_plan_a_noun_carries_is_ahead(nlp, sentence: str, planned: bool) -> None:  # type: ignore[no-untyped-def]
    (mention,) = [m for m in extract_dates(nlp(sentence), source="t")]
    assert mention.expr.future is planned


#: (a sentence, the day and month read from a day glued to its month's dot, or None)
GLUED = [
    ("Polling stations in the province opened on Nov.9 at 8 a.m.", (11, 9)),
    ("The ferry sank on Sept.21 off the northern cape, the agency said.", (9, 21)),
    ("The summit ends with a declaration, officials said on Mar.3rd.", (3, 3)),
    ("He wore jersey No.14 in the final.", None),
]


@pytest.mark.parametrize(("sentence", "day_month"), GLUED)
def test_a_day_glued_to_its_months_dot_is_a_date(
    nlp, sentence: str, day_month: tuple[int, int] | None
) -> None:  # type: ignore[no-untyped-def]
    found = [(m.expr.month, m.expr.day) for m in extract_dates(nlp(sentence), source="t") if m.expr.day]
    assert found == ([day_month] if day_month else [])

"""Date mentions: parsed, with what they date, durations left out."""

from __future__ import annotations

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

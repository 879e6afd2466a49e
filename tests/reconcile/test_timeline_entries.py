"""Timeline entries: only developments that happened, by the day their sources were written."""

from __future__ import annotations

from eventfacts.reconcile.dates import ResolvedDate
from eventfacts.reconcile.timeline import timeline
from eventfacts.records import DateExpr, DateMention, Evidence


def _resolved(text: str, value: str, kind: str, *, source: str = "a") -> ResolvedDate:
    mention = DateMention(
        text=text,
        expr=DateExpr(weekday=0),
        context=None,
        sentence=4,
        evidence=Evidence(source, 0, len(text), text),
        kind=kind,
        description=Evidence(source, 0, len(text), text),
    )
    return ResolvedDate(mention, value, "day")


def test_days_after_the_source_was_written_are_plans() -> None:
    resolved = [
        _resolved("arrested Monday", "2022-05-02", "arrest"),
        _resolved("the funeral is Saturday", "2022-05-07", "funeral"),  # written on the 4th
    ]
    entries = timeline(resolved, None, {"a": "2022-05-04"})
    assert [(e.date, e.kind) for e in entries] == [("2022-05-02", "arrest")]


def test_a_supposition_dates_no_development() -> None:
    resolved = [
        _resolved("if I wake up tomorrow, the funeral", "2022-05-05", "hypothetical"),
        _resolved("was charged Tuesday", "2022-05-03", "charge"),
    ]
    entries = timeline(resolved, None, {"a": "2022-05-06"})
    assert [(e.date, e.kind) for e in entries] == [("2022-05-03", "charge")]


def test_references_come_after_calendar_dates() -> None:
    from eventfacts.reconcile.dates import date_entries

    now = [
        ResolvedDate(
            DateMention("now", DateExpr(grain="ref", relative="present"), None, 0, Evidence(s, 0, 3, "now")),
            "PRESENT_REF",
            "ref",
        )
        for s in ("a", "b", "c")
    ]
    entries = date_entries([*now, _resolved("arrested Monday", "2022-05-02", "arrest")])  # in one source
    assert [e.value for e in entries] == ["2022-05-02", "PRESENT_REF"]

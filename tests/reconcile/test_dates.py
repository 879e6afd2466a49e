"""Reference dates across sources and the event date."""

from __future__ import annotations

from datetime import date

from eventfacts.reconcile.dates import event_date, infer_reference, references, resolve_all
from eventfacts.records import DateMention, DocFacts, Evidence, SourceInfo
from eventfacts.timeexpr import parse


def doc(source: str, *texts: tuple[str, int], reference: str | None = None) -> DocFacts:
    info = SourceInfo(source, source, None, None, reference, "text" if reference else None, 100, (), None)
    dates = []
    for text, sentence in texts:
        expr = parse(text)
        assert expr is not None, text
        dates.append(DateMention(text, expr, None, sentence, Evidence(source, 0, len(text), text)))
    return DocFacts(info, dates=tuple(dates))


def test_day_month_and_weekday_in_different_sources_fix_the_year() -> None:
    docs = [doc("a", ("March 3", 0), ("2021", 9)), doc("b", ("early Friday", 1))]
    assert infer_reference(docs) == date(2023, 3, 3)  # the first Friday 3 March from 2021 on


def test_no_weekday_no_guess() -> None:
    assert infer_reference([doc("a", ("March 3", 0), ("2021", 9))]) is None


def test_dated_sources_lend_their_date_to_undated_ones() -> None:
    docs = [doc("a", ("Tuesday", 0), reference="2024-03-12"), doc("b", ("Tuesday", 0))]
    refs = references(docs, None)
    assert refs["b"].value == date(2024, 3, 12) and refs["b"].basis == "other-sources"
    assert refs["a"].basis == "text"


def test_event_date_is_the_lead_date_most_sources_give() -> None:
    docs = [
        doc("a", ("late Saturday", 0), ("Friday", 12)),
        doc("b", ("Saturday", 1), ("Friday", 5)),
        doc("c", ("Friday", 0)),
    ]
    refs = references(docs, date(2024, 2, 11))
    fact = event_date(resolve_all(docs, refs))
    assert fact is not None
    assert (fact.value, fact.agreement, fact.time_of_day) == ("2024-02-10", "conflict", "late")
    assert [c.sources for c in fact.claims] == [("a", "b"), ("c",)]


def test_alternatives_and_a_date_after_publication_is_a_conflict() -> None:
    from eventfacts.reconcile.dates import date_conflicts

    docs = [
        doc("a", ("March 9, 2024", 0), ("March 2, 2024", 8), reference="2024-03-08"),
        doc("b", ("March 9, 2024", 1), reference="2024-03-10"),
    ]
    refs = references(docs, None)
    fact = event_date(resolve_all(docs, refs))
    assert fact is not None and fact.value == "2024-03-09" and fact.agreement == "unanimous"
    assert [c.value for c in fact.alternatives] == ["2024-03-02"]
    (conflict,) = date_conflicts(fact, refs)
    assert conflict.field == "reference_date" and "a" in conflict.description


def test_an_offset_resolves_from_the_anchor_day() -> None:
    from dataclasses import replace

    protests = doc("a", ("Friday", 5), reference="2021-11-07").dates[0]
    protests = replace(protests, context="protest")
    expr = parse("Sunday")
    assert expr is not None
    offset = DateMention(
        "two days",
        replace(expr, weekday=None, day_offset=2, anchor="protest"),
        "attack",
        9,
        protests.evidence,
    )
    docs = [DocFacts(doc("a", reference="2021-11-07").source, dates=(protests, offset))]
    values = {(r.mention.text, r.value) for r in resolve_all(docs, references(docs, None))}
    assert values == {("Friday", "2021-11-05"), ("two days", "2021-11-07")}

"""Dates of every granularity in sentences, found and resolved against the day they were written.

Each row is (sentence, the day it was written, expected): `expected` maps the words of a date to
(value, precision), or to None when those words must not be read as a date (a duration, a set, a
name, an age). The sentences are written for this table, about many kinds of news.
"""

from __future__ import annotations

from datetime import date

import pytest

from eventfacts import timeexpr
from eventfacts.extract import extract_dates
from eventfacts.extract.dates import TIME_PATTERNS
from eventfacts.reconcile.dates import Reference, resolve_all
from eventfacts.records import DocFacts, SourceInfo

MON = date(2023, 10, 16)  # a Monday in October
THU = date(2019, 2, 14)  # a Thursday in February
SEP = date(2022, 9, 20)  # a Tuesday in September
JAN = date(2024, 1, 10)  # a Wednesday in January

Row = tuple[str, date, dict[str, tuple[str, str] | None]]

DAYS: list[Row] = [
    ("The ferry sank on Saturday, the coast guard said.", MON, {"Saturday": ("2023-10-14", "day")}),
    ("The council will vote on Thursday.", MON, {"Thursday": ("2023-10-19", "day")}),
    ("A march planned for Saturday drew permits from the city.", MON, {"Saturday": ("2023-10-21", "day")}),
    ("The strike began last Tuesday.", THU, {"last Tuesday": ("2019-02-12", "day")}),
    ("Voters go to the polls next Sunday.", THU, {"next Sunday": ("2019-02-17", "day")}),
    ("The mayor resigned yesterday.", MON, {"yesterday": ("2023-10-15", "day")}),
    ("The dam was breached on March 3, 2021.", MON, {"March 3, 2021": ("2021-03-03", "day")}),
    ("The trial is scheduled to begin on Nov. 6.", MON, {"Nov. 6": ("2023-11-06", "day")}),
    ("The plant closed on Oct. 2.", MON, {"Oct. 2": ("2023-10-02", "day")}),
    # "said on Friday it would": the saying's day, past; the plan is the clause's
    ("The brewer said on Friday it would shut its Leeds plant.", MON, {"Friday": ("2023-10-13", "day")}),
    ("The brewer said it would shut its Leeds plant on Friday.", MON, {"Friday": ("2023-10-20", "day")}),
    ("Talks may resume as early as Tuesday, officials said.", THU, {"Tuesday": ("2019-02-19", "day")}),
    ("The hearing was postponed until Wednesday.", MON, {"Wednesday": ("2023-10-18", "day")}),
    ("The union must file its appeal by Friday.", MON, {"Friday": ("2023-10-20", "day")}),
    ("Net sales for the quarter ended yesterday rose 4%.", MON, {"yesterday": ("2023-10-15", "day")}),
    ("Rescuers reached the village early Sunday.", MON, {"early Sunday": ("2023-10-15", "day")}),
    ("Two people are hospitalized after a shooting Saturday.", MON, {"Saturday": ("2023-10-14", "day")}),
    (
        "The clerk faces one count of murder for shooting a teen on Dec. 2.",
        JAN,
        {"Dec. 2": ("2023-12-02", "day")},
    ),
    ("Police enter the store on Sunday, Nov. 15, 2015.", JAN, {"Nov. 15, 2015": ("2015-11-15", "day")}),
    ("The new law takes effect Jan. 1.", SEP, {"Jan. 1": ("2023-01-01", "day")}),
    (
        "The ministry told the family to leave by Jan. 8.",
        JAN,
        {"Jan. 8": ("2024-01-08", "day")},
    ),  # two days ago
    ("A ruling could come the week of Feb. 5.", JAN, {"the week of Feb. 5": ("2024-02-05", "week")}),
]
WEEKS: list[Row] = [
    ("Prices fell sharply last week.", MON, {"last week": ("2023-10-09", "week")}),
    ("The board meets this week to choose a chairman.", THU, {"this week": ("2019-02-11", "week")}),
    ("Inspectors will return next week.", JAN, {"next week": ("2024-01-15", "week")}),
    ("Storms battered the coast over the weekend.", MON, {"the weekend": ("2023-10-14", "weekend")}),
    ("A verdict is expected the week of Nov. 13.", MON, {"the week of Nov. 13": ("2023-11-13", "week")}),
]
MONTHS: list[Row] = [
    ("Exports rose in March.", MON, {"March": ("2023-03", "month")}),
    ("The museum reopened last June.", JAN, {"last June": ("2023-06", "month")}),
    ("Turnout fell last month.", JAN, {"last month": ("2023-12", "month")}),
    ("The bridge will reopen in December.", MON, {"December": ("2023-12", "month")}),
    ("The summit in November will draw forty leaders.", SEP, {"November": ("2022-11", "month")}),
    ("Fares rose in July, the operator said.", JAN, {"July": ("2023-07", "month")}),
    ("The station closed in May 2019.", MON, {"May 2019": ("2019-05", "month")}),
    (
        "The envoy first visited the United States last November.",
        JAN,
        {"last November": ("2023-11", "month")},
    ),
    ("The company sold the unit earlier this month.", MON, {"earlier this month": ("2023-10", "month")}),
    ("The festival was held in mid-August.", SEP, {"mid-August": ("2022-08", "month")}),
    ("A new vaccine could be approved this September.", THU, {"this September": ("2019-09", "month")}),
]
QUARTERS: list[Row] = [
    ("Profit rose 8% in the third quarter.", MON, {"the third quarter": ("2023-07", "quarter")}),
    ("The brewer expects fourth-quarter sales to slow.", SEP, {"fourth-quarter": ("2022-10", "quarter")}),
    (
        "Margins narrowed in the first quarter of 2021.",
        MON,
        {"the first quarter of 2021": ("2021-01", "quarter")},
    ),
    (
        "The miner earned $4 million in the second quarter, up from $3 million a year earlier.",
        SEP,
        {"the second quarter": ("2022-04", "quarter"), "a year earlier": ("2021-04", "quarter")},
    ),
    (
        "Third-quarter revenue rose 5%. Costs rose faster in the quarter.",
        MON,
        {"Third-quarter": ("2023-07", "quarter"), "the quarter": ("2023-07", "quarter")},
    ),
    (
        "The chain lost $2 million in the third quarter, against a profit in the year-earlier period.",
        MON,
        {"the third quarter": ("2023-07", "quarter"), "the year-earlier period": ("2022-07", "quarter")},
    ),
    ("The airline returned to profit last quarter.", MON, {"last quarter": ("2023-07", "quarter")}),
    (
        "The insurer lost money in the second quarter. This quarter's loss came from storms.",
        MON,
        {"This quarter": ("2023-04", "quarter")},  # a results story's "this quarter" is its quarter
    ),
    ("Deliveries slowed in Q2 2022.", MON, {"Q2 2022": ("2022-04", "quarter")}),
]
HALVES_SEASONS: list[Row] = [
    ("Sales doubled in the first half.", MON, {"the first half": ("2023-01", "half")}),
    ("Growth slowed in the second half of 2020.", MON, {"the second half of 2020": ("2020-07", "half")}),
    ("The carmaker doubled its output in H1 2022.", MON, {"H1 2022": ("2022-01", "half")}),
    ("The drought began last summer.", JAN, {"last summer": ("2023-06", "season")}),
    ("The crops failed last fall.", MON, {"last fall": ("2022-09", "season")}),
    ("The rail line will open this spring.", JAN, {"this spring": ("2024-03", "season")}),
    ("Snow closed the pass in the winter of 2017.", MON, {"the winter of 2017": ("2017-01", "season")}),
]
YEARS_DECADES: list[Row] = [
    ("The reservoir was built in 1962.", MON, {"1962": ("1962", "year")}),
    ("The tax was cut last year.", MON, {"last year": ("2022", "year")}),
    ("The factory opened two years ago.", MON, {"two years ago": ("2021", "year")}),
    ("The port handled record traffic just four years ago.", MON, {"four years ago": ("2019", "year")}),
    ("The merger should close early next year.", MON, {"early next year": ("2024", "year")}),
    ("Profit fell in fiscal 2021.", MON, {"fiscal 2021": ("2021", "year")}),
    ("The tunnel should be finished by the end of 2025.", MON, {"2025": ("2025", "year")}),
    ("The city grew fast in the 1990s.", MON, {"the 1990s": ("1990", "decade")}),
    ("Vinyl records were popular in the late '70s.", MON, {"'70s": ("1970", "decade")}),
    ("The cathedral was begun in the 12th century.", MON, {"the 12th century": ("1100", "century")}),
]
RANGES: list[Row] = [
    ("The 2011-2012 season was cut short.", MON, {"2011-2012": ("2011", "year")}),
    ("The fair runs from March 3-5, 2024.", JAN, {"March 3-5, 2024": ("2024-03-03", "day")}),
    (
        "The mayor served from 1991 to 1997.",
        MON,
        {"1991": ("1991", "year"), "1997": ("1997", "year")},  # two dates, each its own
    ),
]
YEARS_IN_WORDS: list[Row] = [
    ("The choir was founded in nineteen ninety-eight.", MON, {"nineteen ninety-eight": ("1998", "year")}),
    ("The tower was finished in two thousand and five.", MON, {"two thousand and five": ("2005", "year")}),
    ("Two thousand people marched through the capital.", MON, {"Two thousand": None}),  # a crowd, not 2000
    (
        "The pits closed in March nineteen eighty-five.",
        MON,
        {"March nineteen eighty-five": ("1985-03", "month")},
    ),
    (
        "The river froze in the winter of nineteen sixty-three.",
        MON,
        {"the winter of nineteen sixty-three": ("1963-01", "season")},
    ),
]
#: Dates counted from the date the story last gave, not from the day it was written.
AFTER_A_DATE: list[Row] = [
    (
        "The levee broke on May 2, 2019. The next day soldiers began to fill sandbags.",
        MON,
        {"May 2, 2019": ("2019-05-02", "day"), "next day": ("2019-05-03", "day")},
    ),
    (
        "The cannery opened in 1987 and was sold the following year.",
        MON,
        {"following year": ("1988", "year")},
    ),
    (
        "The premier resigned in June 2010. The following month the assembly chose a successor.",
        MON,
        {"following month": ("2010-07", "month")},
    ),
    (
        "The strike began on March 3, 2021. Two days later the ports were empty.",
        MON,
        {"Two days later": ("2021-03-05", "day")},
    ),
    (
        "The freighter ran aground on Jan. 9, 2015, and a week later its fuel was pumped off.",
        MON,
        {"a week later": ("2015-01-16", "day")},
    ),
    (
        "The club was founded in 1999. That year it won its first cup.",
        MON,
        {"That year": ("1999", "year")},
    ),
    (
        "The bridge fell on Saturday. The next day divers found the truck.",
        MON,
        {
            "Saturday": ("2023-10-14", "day"),
            "next day": ("2023-10-15", "day"),
        },  # from a day the writing gives
    ),
    ("Divers found the truck the next day.", MON, {"next day": None}),  # no date to count from
    (
        "The treaty was signed in 1998; three years earlier talks had collapsed.",
        MON,
        {"three years earlier": ("1995", "year")},
    ),
    ("The office opened in March. The next day it closed.", MON, {"next day": None}),  # a month is too coarse
]
REFERENCES: list[Row] = [
    ("The bank is now the largest lender in the region.", MON, {"now": ("PRESENT_REF", "ref")}),
    ("The clinic recently moved to a larger building.", MON, {"recently": ("PAST_REF", "ref")}),
    ("Rates are likely to rise in the near future.", MON, {"the near future": ("FUTURE_REF", "ref")}),
    ("Now the dam holds back the spring floods.", MON, {"Now": ("PRESENT_REF", "ref")}),
    ("Such floods were rare in the past.", MON, {"the past": ("PAST_REF", "ref")}),
]
NOT_DATES: list[Row] = [
    ("The siege lasted three years.", MON, {"three years": None}),
    ("The market opens every Monday.", MON, {"Monday": None}),
    ("Thousands joined the annual March for Life downtown.", MON, {"March": None}),
    ("The uprising became known as the Arab Spring.", MON, {"Spring": None}),
    ("The singer, now in his 40s, still tours.", MON, {"40s": None}),
    ("Neighbors strung up Christmas lights along the street.", MON, {"Christmas": None}),
    ("The storm cost the region $3 billion in 30 days.", MON, {"30 days": None}),
    ("Officials publish the figures weekly.", MON, {"weekly": None}),
    ("Cars in today's world are far safer.", MON, {"today": None}),
    ("The chips run many of today's personal computers.", MON, {"today": None}),
    ('"We are training the engineers of tomorrow," the dean said.', MON, {"tomorrow": None}),
    ("The quarter-to-quarter comparison was flattered by a charge.", MON, {"quarter": None}),
    ("Now, the question is who pays for the repairs.", MON, {"Now": None}),  # a discourse marker
    (
        'The minister told NBC\'s "Meet the Press" and CBS\'s "This Week" he would stay.',
        MON,
        {"This Week": None},
    ),
    ("The interview ran in USA Today and the Times.", MON, {"Today": None}),
    ("The minister spoke to BBC Today before dawn.", MON, {"Today": None}),
    ('The mayor said: "Today we start rebuilding."', MON, {"Today": ("2023-10-16", "day")}),
    ("The future of the shipyard is in doubt.", MON, {"future": None}),  # its prospects
    ("The garrison will stay for the foreseeable future.", MON, {"future": None}),  # how long
    ("Historians disagree about how to teach the past.", MON, {"past": None}),
    ("Four mills have closed, most recently last October.", MON, {"recently": None}),
]
TABLE = (
    DAYS
    + WEEKS
    + MONTHS
    + QUARTERS
    + HALVES_SEASONS
    + YEARS_DECADES
    + YEARS_IN_WORDS
    + AFTER_A_DATE
    + RANGES
    + REFERENCES
    + NOT_DATES
)


def resolved(nlp, sentence: str, reference: date) -> dict[str, tuple[str, str] | None]:  # type: ignore[no-untyped-def]
    """What each date's words resolve to, read and resolved as the tool does an article."""
    mentions = tuple(extract_dates(nlp(sentence), source="t"))
    source = SourceInfo("t", "t.txt", None, None, reference.isoformat(), "given", len(sentence), (), None)
    found: dict[str, tuple[str, str] | None] = {m.text: None for m in mentions}
    for r in resolve_all([DocFacts(source=source, dates=mentions)], {"t": Reference(reference, "given")}):
        found[r.mention.text] = (r.value, r.precision)
    return found


def test_the_table_covers_every_granularity() -> None:
    precisions = {want[1] for _, _, expected in TABLE for want in expected.values() if want}
    assert set(timeexpr.GRAINS) - precisions == set()
    assert len(TABLE) >= 60


@pytest.mark.parametrize(("sentence", "reference", "expected"), TABLE)
def test_dates_in_sentences(nlp, sentence: str, reference: date, expected: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
    found = resolved(nlp, sentence, reference)
    for words, want in expected.items():
        matching = {text: value for text, value in found.items() if words in text}
        if want is None:
            assert not matching, f"{words!r} read as a date: {found}"
        else:
            assert want in matching.values(), f"{words!r}: want {want}, found {found}"


@pytest.mark.parametrize(
    ("name", "example"), [(name, example) for name, _, examples in timeexpr.RULES for example in examples]
)
def test_every_grammar_row_reads_its_examples(name: str, example: str) -> None:
    expr = timeexpr.parse(example)
    assert expr is not None and expr.rule == name


@pytest.mark.parametrize(
    ("name", "example"), [(name, example) for name, _, examples in TIME_PATTERNS for example in examples]
)
def test_every_untagged_pattern_finds_its_examples(nlp, name: str, example: str) -> None:  # type: ignore[no-untyped-def]
    assert list(extract_dates(nlp(example), source="t")), f"{name}: nothing found in {example!r}"


#: (a sentence, the kind of development its date is given): a condition or a supposition dates
#: nothing that happened, so it never makes a timeline entry.
KINDS = [
    ("If the river rises tomorrow, the town will flood.", "hypothetical"),
    ("Unless talks resume Monday, the strike goes on.", "hypothetical"),
    ("The levee could give way next week.", "hypothetical"),
    ("The funeral was held on Saturday.", "funeral"),
    ("Two men were arrested on Tuesday.", "arrest"),
    ("Police said the man may have been shot on Friday.", "incident"),  # a report, not a supposition
]


@pytest.mark.parametrize(("sentence", "kind"), KINDS)
def test_conditions_date_no_development(nlp, sentence: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    (mention,) = list(extract_dates(nlp(sentence), source="t"))
    assert mention.kind == kind


@pytest.mark.parametrize(
    ("kind", "example"), [(kind, example) for kind, _, examples in timeexpr.NOT_DATES for example in examples]
)
def test_durations_and_sets_are_kept_apart(kind: str, example: str) -> None:
    assert timeexpr.not_a_date(example) == kind
    assert timeexpr.parse(example) is None


@pytest.mark.parametrize("text", ["last week", "the third quarter", "March 2021", "the 1990s", "next year"])
def test_dates_are_neither_durations_nor_sets(text: str) -> None:
    assert timeexpr.not_a_date(text) is None

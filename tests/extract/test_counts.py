"""Counts: value, qualifier, what is counted, what happened to it, and who says so."""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_counts

CASES = [
    ("A gunman killed two men and wounded three other people outside a bar.",
     [(2, None, "killed", "men"), (3, None, "injured", "other people")]),
    ("At least 14 county employees were questioned and nine were later arrested.",
     [(14, "at least", "other", "county employees")]),
    ("Police said five of the hostages were injured in the raid.", [(5, None, "injured", "hostages")]),
    ("The storm left nearly 1.2 million customers without power.", [(1_200_000, "nearly", "other", "customers")]),
    ("The flood displaced about 3,000 residents in the valley.", [(3000, "about", "displaced", "residents")]),
    ("Rebels abducted 12 aid workers; they remain missing.", [(12, None, "missing", "aid workers")]),
    ("The party won 41 seats, 12 out of 120 in the capital.", [(41, None, "other", "seats")]),
    ("Two hikers later died of their injuries in Vallis.", [(2, None, "killed", "hikers")]),
    # a toll's figure: of the dead unless its words say otherwise
    ("The death toll from Sunday's landslide in Kestrel Bay rose to 23, the mayor said.",
     [(23, None, "killed", "death toll")]),
    ("The toll from the ferry fire reached 40 on Monday.", [(40, None, "killed", "toll")]),
    ("Officials put the death toll at more than 300 after the cyclone.", [(300, "more than", "killed", "death toll")]),
    ("The number of injured rose to 64 overnight.", [(64, None, "injured", "number of injured")]),
    ("The number of people killed in the floods climbed to 18.", [(18, None, "killed", "number of people")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_counts(nlp, text: str, expected: list[tuple[float, str | None, str, str]]) -> None:  # type: ignore[no-untyped-def]
    found = [(m.value, m.qualifier, m.kind, m.subject) for m in extract_counts(nlp(text), source="t")]
    for item in expected:
        assert item in found


@pytest.mark.parametrize(
    "text",
    [
        "Reed, 31, was pronounced dead at the scene.",  # an age
        "The 107mm rockets were fired from a truck.",  # a measurement
        "The 329-member parliament met on Monday.",  # a modifier
        "Two senior officials told reporters that the talks had stalled.",  # the report's sources
        "It was one of the worst days of his life.",  # "one" with nothing happening to it
        "The driver was arrested five buildings away shortly before dawn.",  # a distance
        "The death toll is expected to rise to 30, officials warned.",  # a forecast, not a toll
        "The casualty toll rose to 80 on Friday.",  # the dead and the hurt alike: neither
        "The shooting brought the city's homicide toll this year to 212.",  # a tally of a year
        "The storm took a heavy toll on the town's economy in 2019.",  # no figure of a toll
    ],
)
def test_not_counts(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert list(extract_counts(nlp(text), source="t")) == []


def test_total_and_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two hospital officials told Reuters that 12 of the 30 patients were injured in the fire."
    (count,) = list(extract_counts(nlp(text), source="t"))
    assert (count.value, count.total, count.kind) == (12, 30, "injured")
    assert count.attributed_to == "Two hospital officials told Reuters"

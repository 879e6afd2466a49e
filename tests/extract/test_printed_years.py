"""Years a page prints outside its story: a caption's full date and a dated page address give a
candidate year, never a day; they count only where the calendar confirms them."""

from __future__ import annotations

from datetime import date

from eventfacts.clean import clean
from eventfacts.extract.dates import printed_years
from eventfacts.records import PRINTED, Article

STORY = """Man shot outside a bowling alley

A man was shot early Thursday outside a bowling alley on the east side, police said.

Officers found him in the parking lot just after 1 a.m. on Thursday, March 7.

Officers tape off the lot of Starlite Lanes on Thursday, March 7, 2019. (Photo: Ana Ruiz / Valley News)

Read or Share this story: https://www.valleynews.example/story/news/local/2019/03/07/bowling-alley-shooting/123/
"""


def _years(text: str) -> list[tuple[str, int | None, int | None, str | None]]:
    item = clean(Article(id="lanes", path="lanes.txt", text=text))
    found = list(printed_years(item, source="lanes", sentence_starts=[0, 40, 120]))
    for d in found:
        assert text[d.evidence.start : d.evidence.end] == d.evidence.text
    return [(d.text, d.expr.year, d.expr.month, d.kind) for d in found]


def test_a_caption_date_and_a_dated_address_give_their_years_only() -> None:
    assert _years(STORY) == [("2019", 2019, None, PRINTED), ("2019", 2019, None, PRINTED)]


def test_an_undated_address_and_a_caption_without_a_date_give_nothing() -> None:
    text = STORY.replace("on Thursday, March 7, 2019. (Photo", "after the shooting. (Photo").replace(
        "/2019/03/07/", "/local/"
    )
    assert _years(text) == []


def test_a_year_and_month_path_is_a_year() -> None:
    text = STORY.replace("/2019/03/07/bowling", "/2013/11/bowling")
    assert ("2013", 2013, None, PRINTED) in _years(text)


def test_a_printed_year_places_a_day_whose_weekday_the_lead_gives(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract import doc_facts
    from eventfacts.reconcile.dates import infer_reference

    item = clean(Article(id="lanes", path="lanes.txt", text=STORY))
    facts = doc_facts(item, nlp(item.body))
    assert facts.source.reference_date is None  # a printed year is no reference date of its own
    assert infer_reference([facts]) == date(2019, 3, 7)  # 7 March fell on a Thursday in 2019


def test_a_printed_year_with_no_weekday_to_confirm_it_places_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract import doc_facts
    from eventfacts.reconcile.dates import infer_reference

    text = STORY.replace("shot early Thursday outside", "shot outside").replace(
        "on Thursday, March 7.", "on March 7."
    )
    item = clean(Article(id="lanes", path="lanes.txt", text=text))
    facts = doc_facts(item, nlp(item.body))
    assert infer_reference([facts]) is None  # a caption's year may be a file photo's

"""Publication lines in the styles news sites print them, and lines that only look like them."""

from __future__ import annotations

import pytest

from eventfacts.extract.dates import publication_date, publication_lines

HEAD = "Man hurt in shooting near the river\n\n"

#: (a line as a site prints it near the top of a story, the day it says the story was written)
LINES = [
    ("Posted: Aug 3, 2019", "2019-08-03"),
    ("Posted: Aug. 3, 2019 5:02 pm Updated: Aug. 4, 2019 9:10 am", "2019-08-03"),
    ("Updated 6:41 PM CDT Mar 12, 2018", "2018-03-12"),
    ("Published: Tuesday, 3/6/2018 - Updated: 3 days ago", "2018-03-06"),
    ("(Published Thursday, Dec. 13, 2018)", "2018-12-13"),
    ("First Posted: Feb 2, 2017 11:15 AM EST", "2017-02-02"),
    ("Updated: 10/4/2019 08:12 PM", "2019-10-04"),
    ("Created: 9/30/2019 7:55 PM WDAY.com", "2019-09-30"),
    ("Posted by Dana Reyes on Wednesday, April 24, 2019", "2019-04-24"),
    ("Last modified on 14 June 2018", "2018-06-14"),
    ("Wednesday, January 9, 2019 4:48 PM EST", "2019-01-09"),
    ("November 2, 2018", "2018-11-02"),
    ("PORTLAND, Maine (May 5, 2019) -- A man was shot outside a bar", "2019-05-05"),
    ("By Sam Ortiz | Published 2019-07-21", "2019-07-21"),
    ("Posted: Mon 8:21 PM, Sep 16, 2019", "2019-09-16"),
    ("Date: Monday, March 4, 2019, 9:15 PM", "2019-03-04"),
    ("UPDATE (4/9/19 at 6 p.m.):", "2019-04-09"),
    ("By Jane Doe in News | March 4, 2019 at 9:15PM", "2019-03-04"),
    ("Local News on 10/2/2018", "2018-10-02"),
    ("Arts & Culture on May 2, 2019", "2019-05-02"),
]


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_a_publication_line_gives_the_day_the_story_was_written(line: str, expected: str) -> None:
    assert publication_date(f"{HEAD}{line}\n\nPolice said a man was shot late Saturday.\n") == expected


#: Lines that name a full date but do not say when the page was written.
NOT_LINES = [
    "Police said the man was shot on Aug. 3, 2019, outside his home in the west end of the city.",
    "He was convicted of robbery in 2009 and released in 2016.",
    "The update came Friday.",
    "Updated at 11:13 a.m. Aug. 17:",  # no year: a note, not a date
    "The date: March 4, 2019, when the fire began, is one the town will not forget.",
    "He was born on 4/9/19 according to the form, his lawyer said in a statement to reporters on Monday.",
    # a short sentence of the story that ends on a full date is not a section's date line
    "The mayor resigned on Tuesday, May 5, 2015.",
    "Ortega checked into the clinic on Friday, 3 March 2017.",
]


@pytest.mark.parametrize("line", NOT_LINES)
def test_a_story_sentence_is_not_a_publication_line(line: str) -> None:
    assert publication_date(f"{HEAD}{line}\n") is None


def test_published_wins_over_updated_and_the_first_is_taken() -> None:
    text = f"{HEAD}Updated: Jun 9, 2019\nPosted: Jun 7, 2019\n\nBody.\n"
    assert publication_date(text) == "2019-06-07"


def test_a_date_alone_far_down_the_page_dates_a_teaser_not_the_story() -> None:
    body = "".join(f"Line {i} of the story.\n" for i in range(10))
    assert publication_date(f"{HEAD}{body}March 3, 2017\nAnother story.\n") is None


def test_the_evidence_is_the_whole_line() -> None:
    text = f"{HEAD}Posted: Aug 3, 2019\nBody.\n"
    ((kind, value, ev),) = publication_lines(text, source="s")
    assert (kind, value) == ("published", "2019-08-03")
    assert text[ev.start : ev.end] == ev.text == "Posted: Aug 3, 2019"


#: (a live story's paragraph opening with its update stamp, the day the stamp gives or None)
STAMPED = [
    (
        "UPDATE (10/3/18): Deputies have arrested a 19-year-old man in the shooting at the county fair"
        " on Aug. 12. He was booked into the county jail on two counts of attempted murder, the"
        " sheriff's office said in a statement on Wednesday.",
        "2018-10-03",
    ),
    (
        "Update 12/1/2019: The fire marshal said the blaze that gutted the warehouse began in an"
        " electrical panel, and that the sprinklers had been shut off for repairs the week before the"
        " fire, according to a report released this afternoon.",
        "2019-12-01",
    ),
    (
        "Updates to the flood maps published on March 3, 2019 show that hundreds more homes along the"
        " river now lie in the hundred-year flood plain, the county engineer told the commission at its"
        " meeting on Tuesday night.",
        None,
    ),
]


@pytest.mark.parametrize(("paragraph", "expected"), STAMPED)
def test_an_update_stamp_opening_a_long_paragraph_dates_it(paragraph: str, expected: str | None) -> None:
    text = f"{HEAD}{paragraph}\n"
    assert publication_date(text) == expected
    for _, _, ev in publication_lines(text, source="s"):
        assert text[ev.start : ev.end] == ev.text and ev.text.endswith(":")  # only the stamp


#: (a page's opening lines, the day they say the page was written or None): a police release
#: gives its offense as fields, and its "Date:" is the day of the offense.
RECORDS = [
    (
        "Date: Saturday, June 3, 2023, 1:20 AM\n\nLocation: 1200 block of Harbor Rd.\n\nOffense: Aggravated Assault\n",
        None,
    ),
    ("Date/Time: 04/11/2022 23:45\nAddress: 18 Mill Lane\nCase Number: 22-004411\n", None),
    ("Date: Monday, March 4, 2019, 9:15 PM\nIncident Type: Shooting\n", None),
    ("Date: Monday, March 4, 2019, 9:15 PM\n\nPolice said a man was shot on Saturday.\n", "2019-03-04"),
    ("Date: Monday, March 4, 2019\nBy Ana Lopez\nLocation of the vigil was not announced.\n", "2019-03-04"),
]


@pytest.mark.parametrize(("head", "expected"), RECORDS)
def test_a_police_release_date_field_dates_the_offense_not_the_page(head: str, expected: str | None) -> None:
    assert publication_date(f"{HEAD}{head}\nThe victim was taken to a hospital.\n") == expected

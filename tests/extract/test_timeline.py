"""What a date in a sentence dates: the incident, a later development, or a statement."""

from __future__ import annotations

import pytest

from eventfacts.extract.dates import extract_dates

#: (sentence, the date as written, the kind of development it dates, None for none)
SENTENCES = [
    ("A woman was shot late Saturday outside a bar on Elm Street.", "late Saturday", "incident"),
    ("The stabbing happened Tuesday afternoon near the bus station.", "Tuesday", "incident"),
    ("Officers responded Sunday morning to reports of gunfire.", "Sunday", "incident"),
    ("A 19-year-old was arrested Monday in connection with the killing.", "Monday", "arrest"),
    ("The suspect surrendered to deputies on Thursday.", "Thursday", "arrest"),
    ("Prosecutors charged him Wednesday with second-degree murder.", "Wednesday", "charge"),
    ("He was indicted on March 4 by a grand jury.", "March 4", "charge"),
    ("She appeared in court Friday and was held without bail.", "Friday", "court"),
    ("He was arraigned Tuesday on weapons charges.", "Tuesday", "court"),
    ("The second victim died Sunday at a hospital in Tulsa.", "Sunday", "death"),
    ("The teenager passed away Monday morning, his family said.", "Monday", "death"),
    ("A funeral was held Saturday at a church on Main Street.", "Saturday", "funeral"),
    ("Neighbors held a candlelight vigil Thursday night.", "Thursday", "vigil"),
    ("He was sentenced Friday to 25 years in prison.", "Friday", "sentencing"),
    ("A former mayor was jailed for six years on Tuesday for taking bribes.", "Tuesday", "sentencing"),
    ("The smuggler was imprisoned for life on Monday in Lagos.", "Monday", "sentencing"),
    ("Two men were jailed on Wednesday after a raid on the port.", "Wednesday", "arrest"),
    # a date before the reported clause's subject dates the saying, whatever the clause says
    ("The airline said on Friday it would cut 900 jobs.", "Friday", "statement"),
    ("Police said on Sunday the driver had been killed instantly.", "Sunday", "statement"),
    (
        "The actress, who was born on April 22, 1931, in a mining town, died on Friday.",
        "April 22, 1931",
        "birth",
    ),
    ("The actress, who was born on April 22, 1931, in a mining town, died on Friday.", "Friday", "death"),
    ("Police said the driver was killed on Sunday.", "Sunday", "incident"),
    ("Police said Sunday that the victim knew the gunman.", "Sunday", "statement"),
    ("The medical examiner identified the man Tuesday as Roy Hale.", "Tuesday", "statement"),
    (
        "A woman was arrested Thursday in the Sunday, June 2 stabbing at a bus stop, deputies said.",
        "the Sunday, June 2",
        "incident",
    ),
    ("He is due back for his Friday court hearing, his lawyer said.", "Friday", "court"),
    # a heart attack is an illness that struck, no incident; the day it killed is a death's
    ("She suffered a heart attack on March 4 and died a week later.", "March 4", None),
    ("The singer had an asthma attack on Sunday, his manager said.", "Sunday", None),
    ("The guard was wounded in an attack on Sunday, his manager said.", "Sunday", "incident"),
    # a month's name is no march: the date is not what it dates
    ("The council approved the budget on March 4 after a long debate.", "March 4", None),
    # a dated update names when it was written, not what happened
    ("Dam failure: March 4, 2019 update on the evacuation of the valley", "March 4, 2019", "publication"),
]


@pytest.mark.parametrize(("sentence", "written", "kind"), SENTENCES)
def test_the_kind_of_development_a_date_dates(nlp, sentence: str, written: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    found = {m.text: m for m in extract_dates(nlp(sentence), source="s")}
    assert found[written].kind == kind
    description = found[written].description
    assert description is not None and description.text == sentence


def test_a_date_in_a_publication_line_is_no_development(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Posted: Aug 3, 2019\nA man was shot Saturday."
    kinds = [(m.evidence.start < 20, m.kind) for m in extract_dates(nlp(text), source="s")]
    assert kinds and {kind for in_line, kind in kinds if in_line} == {"publication"}
    assert [kind for in_line, kind in kinds if not in_line] == ["incident"]


def test_a_long_sentence_without_a_verb_still_gets_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    # a long verbless list: climbing from the date towards a verb ends at the sentence's root
    text = (
        "Winners of the county spelling bee of 12 March 2019 in Dover: Ana Ruiz of Dover Middle School, "
        "Ben Cole of Milford High School, Cara Diaz of Harrington Elementary School, Dev Patel of Smyrna "
        "Middle School, Eli Stone of Camden Academy and Fay Green of Felton Elementary School."
    )
    found = {m.text: m for m in extract_dates(nlp(text), source="s")}
    description = found["12 March 2019"].description
    assert description is not None and "12 March 2019" in description.text
    assert text[description.start : description.end] == description.text

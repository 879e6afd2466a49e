"""Page chrome rows on lines written for these tests: each must be dropped with its reason, and
body sentences that look a little like chrome must stay."""

from __future__ import annotations

import pytest

from eventfacts.clean import clean
from eventfacts.records import Article

CHROME_LINES = [
    ("Please enable Javascript to watch this video", "video prompt", "Please enable Javascript to watch this video"),
    ("By Rosalind Achterberg", "byline", "By Rosalind Achterberg"),
    ("Posted 6:12 PM, March 3, 2019, by Tom Ellery and Nadia Quist", "byline", ", by Tom Ellery and Nadia Quist"),
    ("Contact Priya Natarajan at pnatarajan@example.com or 555-0100.", "contact line", None),
    ("Reach Colm Dempsey at 555-0199.", "contact line", None),
    ("Reporter Jules Ferrante contributed to this report.", "contributor line", None),
    ("The Associated Press contributed to this story.", "contributor line", None),
    ("Previous Next", "gallery buttons", None),
    ("Enlarge", "gallery buttons", None),
    ("Buy Photo Firefighters work at the scene on Elm Street.", "buy photo", "Buy Photo"),
    ("The house after the fire. (Photo: Dana Whitcomb / Valley Herald) Crews stayed all night.", "inline photo credit", "(Photo: Dana Whitcomb / Valley Herald)"),
    ("Marta Oyelowo/Lakeside Courier Crews clear debris from the road.", "inline photo credit", "Marta Oyelowo/Lakeside Courier Crews"),
    ("Ivo Brandt for The Harbor Times Police tape surrounds the store.", "inline photo credit", "Ivo Brandt for The Harbor Times"),
    ("Copyright 2021 KXYZ-TV. All rights reserved.", "copyright line", None),
    ("Get the latest news anytime: iPhone | iPad | Android | Email Alerts", "app and share links", None),
    ("Share this story", "app and share links", None),
    ("Read or Share this story: http://example.com/abc", "app and share links", None),
    ("View all comments", "comment prompt", None),
    ("3 Pending Comments", "comment prompt", None),
    ("RELATED: Two hurt in crash on Route 4", "related links", None),
    ("WATCH: Mayor answers questions about the budget", "teaser prompt", None),
    ("Sign up for our daily newsletter", "newsletter prompt", None),
    ("Stay safe out there — Kim Lowry (@kimlowrynews) July 4, 2020", "tweet signature", "— Kim Lowry (@kimlowrynews) July 4, 2020"),
    ("9:42 PM - 3 Mar 2020", "tweet signature", None),
    ("-- RAYMOND --", "transcript cue", None),
    ("GOOD MORNING, I'M TESSA KOVAC.", "transcript cue", None),
    ("From Wikipedia, the free encyclopedia", "encyclopedia header", None),
    ("ON A MOBILE DEVICE? WATCH VIDEO HERE.", "video prompt", None),
    ("2 SOT", "transcript cue", None),
    ("Aftermath [ edit ]", "section heading", None),
    ("1:52 Crews battle brush fire near Elk Grove; two homes lost Pause", "video playlist entry", None),
    ("12:05 Raw video: Tornado damage in Moore", "video playlist entry", None),
    ("4 VO/MINI-DISC", "transcript cue", None),
    ("The dam failed in 1889.[12] Floods reached the town by noon.", "reference mark", "[12]"),
    ("The club was founded at Kappa Sigma.[7]:45 in 1901.", "reference mark", "[7]:45"),
    ("It was rebuilt later.[note 3] The mill closed.", "reference mark", "[note 3]"),
    ("The student Kenji Sato (Japanese: 佐藤健二) was among the hurt.", "foreign-script gloss", "(Japanese: 佐藤健二)"),
    ("The road stayed shut for hours. Ivo Brandt for the Harbor Daily News Crews cleared it by noon.", "inline photo credit", "Ivo Brandt for the Harbor Daily News"),
    ("CLOSE Skip in Skip x Embed x Share Crews cleared the road by noon, the county said.", "video player", "CLOSE Skip in Skip x Embed x Share"),
    ("Lena Ruiz Image 1 of / 3 Caption Close Image 1 of 3 Crews at the mill 1 / 3 Back to Gallery", "photo gallery", None),
    ("Crews left at dusk. (Reporting by Ana Diaz; Editing by Tom Lee)", "reporting credit", "(Reporting by Ana Diaz; Editing by Tom Lee)"),
    ("Crews left at dusk. Copyright 2022 Valley Wire Inc. All rights reserved.", "copyright line", "Crews left at dusk. Copyright 2022 Valley Wire Inc. All rights reserved."),
]  # fmt: skip

BODY = "Firefighters were called to the warehouse at 3 a.m. on Tuesday, officials said."


@pytest.mark.parametrize(("line", "name", "part"), CHROME_LINES)
def test_chrome_is_dropped_with_its_reason(line: str, name: str, part: str | None) -> None:
    text = f"Warehouse fire\n\n{BODY}\n\n{line}\n\nThe cause is under investigation, the chief said.\n"
    cleaned = clean(Article(id="x", path="x.txt", text=text))
    chrome = [
        (text[d.start : d.end], d.reason) for d in cleaned.dropped if d.reason.startswith("page chrome")
    ]
    assert (part or line, f"page chrome: {name}") in chrome
    assert BODY in cleaned.body and "The cause is under investigation" in cleaned.body


BODY_LINES = [
    "The bill was written by Senator Ruth Abernathy and passed on Monday.",
    "Police said the man was shot by Marcus Reed after an argument.",
    "Prosecutors will contact the family at a later date, the office said.",
    "The flight from Dallas/Fort Worth landed safely, the airline said.",
    "She said she would print the letters and email them to the mayor.",
    "Related charges were filed against two other men on Friday.",
    "Officials said the video showed the driver running a red light.",
    '"I\'m not leaving until they find him," said his sister, Dana Kell.',
    "The report drew on articles from Wikipedia, the free encyclopedia, and court files.",
    "He worked for the Harbor Daily News for twenty years before he retired.",
    "2:15 p.m. Crews reported the fire was contained, the county said.",
    "10:30 That was when the first call came in, a dispatcher said.",
]


def test_a_post_time_stamp_is_no_playlist_entry() -> None:
    text = f"Warehouse fire\n\n{BODY}\n\n5:07 AM - 29 Jun 2016\n"
    cleaned = clean(Article(id="x", path="x.txt", text=text))
    assert "page chrome: video playlist entry" not in {d.reason for d in cleaned.dropped}


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_sentences_are_not_chrome(line: str) -> None:
    text = f"Warehouse fire\n\n{BODY}\n\n{line}\n"
    cleaned = clean(Article(id="x", path="x.txt", text=text))
    assert line in cleaned.body

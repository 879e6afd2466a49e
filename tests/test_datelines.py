"""The one dateline grammar: each part's own examples both ways, what a dateline gives (place,
region, date, credit), what only looks like one, and the three readers that share it (place
cues, the entities' dateline place, cleaning's teaser date line)."""

from __future__ import annotations

import re

import pytest

from eventfacts.datelines import (
    DATE_LINE,
    DATE_LINE_EXAMPLES,
    DATELINE,
    NAME_CHARS,
    PARTS,
    SHOUTED_CHARS,
    datelines,
)

_PART_CASES = [(name, line, True) for name, _, fires, _ in PARTS for line in fires] + [
    (name, line, False) for name, _, _, silent in PARTS for line in silent
]


def test_every_part_has_examples_both_ways() -> None:
    for name, _, fires, silent in PARTS:
        assert fires and silent, name


@pytest.mark.parametrize(("part", "line", "holds"), _PART_CASES)
def test_part_examples(part: str, line: str, holds: bool) -> None:
    """A line a part fires on is a dateline with that part; a line it is silent on lacks it (a
    part that ends the grammar: no dateline at all)."""
    match = DATELINE.search(line)
    last = part == PARTS[-1][0]
    if holds:
        assert match is not None
        if not last and part != "place":
            assert match.group(part) is not None
    elif last or part == "place":
        assert match is None or match.start("place") != 0 or not match.group("place").strip()
    else:
        assert match is None or match.group(part) is None


# (text, (place, region, date, credit) of its dateline, or None)
CASES = [
    ("HOLLOWAY, Ruritania (AP) — Two ferries collided on Tuesday.", ("HOLLOWAY", "Ruritania", None, "AP")),
    ("MOON LAKE — A grass fire closed the county road.", ("MOON LAKE", None, None, None)),
    (
        "KESTREL BAY, Ruritania, May 3 (Reuters) - Rain cut power to the port.",
        ("KESTREL BAY", "Ruritania", "May 3", "Reuters"),
    ),
    ("SPRINGVILLE, Ill. — The village board met late.", ("SPRINGVILLE", "Ill.", None, None)),
    ("Marlowe, Ore. (KXYZ) -- Deputies searched the river.", ("Marlowe", "Ore.", None, "KXYZ")),
    ("PORT ELLIS, N.S., Sept. 14 (CP) - The mill closed.", ("PORT ELLIS", "N.S.", "Sept. 14", "CP")),
    ("ASHGROVE -\n\nA bus slid off the bridge on Monday.", ("ASHGROVE", None, None, None)),
    ("ASHGROVE—A bus slid off the bridge on Monday.", ("ASHGROVE", None, None, None)),
    ("OLD MILLBROOK (AP)_A barn burned overnight.", ("OLD MILLBROOK", None, None, "AP")),
    ("TARVEL: The district court freed the two men.", ("TARVEL", None, None, None)),
    # not datelines: a headline in capitals, a label and its colon, section labels, a hyphenated
    # word, an acronym, a dash with nothing after it, a colon after a name in lower case
    ("FERRY SINKS IN STORM OFF HOLLOWAY\n\nTwo ferries collided.", None),
    ("BREAKING:\n\nTwo ferries collided.", None),
    ("LOCAL NEWS\n\nTwo ferries collided.", None),
    ("WATCH LIVE\nThe council meets at noon.", None),
    ("MURDER-SUICIDE IN HOLLOWAY\n\nTwo people died.", None),
    ("DA — Charges were filed.", None),
    ("The story was filed by HOLLOWAY (AP) — late.", None),
    ("Police: two men held after the ferry crash", None),
    ("Two ferries collided.\n\nHOLLOWAY, Ruritania (AP) -\n", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_datelines(text: str, expected: tuple[str, str | None, str | None, str | None] | None) -> None:
    found = list(datelines(text))
    if expected is None:
        assert found == []
        return
    first = found[0]
    assert (first.place, first.region, first.date, first.credit) == expected
    assert text[first.start : first.end] == first.place


def test_how_far_down() -> None:
    """Capitals with a dash are the story's dateline after a long preamble (a broadcast's
    transcript); a name with a dash, or capitals with a colon, that far down are not."""
    preamble = "An anchor reads the news of the day to the camera.\n\n" * 20
    assert NAME_CHARS < len(preamble) < SHOUTED_CHARS
    assert [d.place for d in datelines(preamble + "ASHGROVE — A bus slid off the bridge.")] == ["ASHGROVE"]
    assert list(datelines(preamble + "Ashgrove — A bus slid off the bridge.")) == []
    assert list(datelines(preamble + "UPDATE: A bus slid off the bridge.")) == []
    assert list(datelines("x" * SHOUTED_CHARS + "\nASHGROVE — A bus slid off the bridge.")) == []


@pytest.mark.parametrize(("line", "is_date_line"), DATE_LINE_EXAMPLES)
def test_date_line(line: str, is_date_line: bool) -> None:
    assert bool(DATE_LINE.match(line)) is is_date_line


def test_date_line_examples_both_ways() -> None:
    assert {expected for _, expected in DATE_LINE_EXAMPLES} == {True, False}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("HOLLOWAY, Ruritania (AP) — Two ferries collided on Tuesday near the pier.", "Holloway"),
        ("KESTREL BAY, Ruritania, May 3 (Reuters) - Rain cut power to the port.", "Kestrel Bay"),
        ("ASHGROVE -\n\nA bus slid off the bridge on Monday, officials said.", "Ashgrove"),
        # a dateline in lower case or with a colon is a cue, not a place the entities trust
        ("Marlowe, Ore. (KXYZ) -- Deputies searched the river on Friday.", None),
        ("TARVEL: The district court freed the two men on Friday.", None),
    ],
)
def test_entities_read_the_grammar(nlp, text: str, place: str | None) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract.entities import dateline_places

    found = [m.text for m in dateline_places(nlp(text), source="a")]
    assert found == ([place] if place else [])


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("KESTREL BAY, Ruritania, May 3 (Reuters) - Rain cut power to the port.", "Kestrel Bay", "Ruritania"),
        ("Marlowe, Ore. (KXYZ) -- Deputies searched the river on Friday.", "Marlowe", "Ore."),
        ("TARVEL: The district court freed the two men on Friday.", "Tarvel", None),
    ],
)
def test_place_cues_read_the_grammar(nlp, text: str, place: str, region: str | None) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract.places import extract_places

    cues = [(c.text, c.region) for c in extract_places(nlp(text), source="a") if c.cue == "dateline"]
    assert cues == [(place, region)]


def test_no_dateline_cue_in_a_capital_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract.places import extract_places

    text = "SKY-TV reports that two ferries collided off Holloway on Tuesday."
    assert not [c for c in extract_places(nlp(text), source="a") if c.cue == "dateline"]


def test_clean_reads_the_date_line() -> None:
    """Past the lead, a date alone on a line stamps a teaser for another story: dropped with it."""
    from eventfacts.clean import clean
    from eventfacts.records import Article

    paragraphs = [
        "Ferry crash closes harbour",
        "Two ferries collided off Holloway on Tuesday, the coast guard said.",
        "No one was hurt, a spokeswoman said, and the harbour reopened by noon.",
        "Divers checked both hulls before the ferries sailed again.",
        "Mill closes after ninety years.",
        "May 3, 2021",
    ]
    text = "\n\n".join(paragraphs) + "\n"
    article = Article(id="a", path="a.txt", text=text)
    reasons = {text[d.start : d.end].strip(): d.reason for d in clean(article).dropped}
    assert reasons.get("May 3, 2021") == "teaser dateline"
    assert re.search("teaser", reasons.get("Mill closes after ninety years.", ""))

"""Headlines as part of the story: recasing, headline-only facts with exact evidence, pronoun
speakers named only by the headline, headline figures beside the body's, title-only articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventfacts.annotate import _lemma_index
from eventfacts.extract import headline
from eventfacts.extract.headline import (
    COMMON_WORDS,
    headline_proper,
    lexicon_of,
    recased,
    without_site_segments,
)
from eventfacts.ingest import TITLE_ONLY, read_articles, select_inputs
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.records import DocFacts, EventRecord, Evidence

from .headline_pairs import PAIRS, Pair


@pytest.fixture(scope="module")
def lexicon(nlp):  # type: ignore[no-untyped-def]
    return lexicon_of(nlp.Defaults.stop_words, _lemma_index(nlp))


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (  # the body writes "fire" and "killed" in lower case
            "Warehouse Fire Kills 3 In Swansea",
            "A fire killed three workers, the fire service said.",
            "Warehouse fire kills 3 in Swansea",
        ),
        (  # an inflected verb and a verb before a role; names keep their capitals
            "Rovers Sack Manager Callum Brennick After Cup Exit",
            "The club confirmed the decision on Monday.",
            "Rovers sack Manager Callum Brennick after cup exit",
        ),
        (  # "Bank" stays: the name word beside it is no English word
            "CEO Dana Whitcombe Steps Down At Larkfield Bank",
            "She will leave at the end of the month.",
            "CEO Dana Whitcombe steps down at Larkfield Bank",
        ),
        (  # shouted headlines come down to sentence case, names the body capitalises kept
            "LAKERS FIRE COACH DAN MORROW",
            "The Lakers fired their coach on Monday. Morrow had led the team since 2028.",
            "Lakers fire coach Dan Morrow",
        ),
        (  # "Bid" has a common word beside it once the body writes "impeachment" in lower case
            "Mayor Survives Impeachment Bid In Harlow",
            "The impeachment vote failed by two votes, the council clerk said.",
            "Mayor survives impeachment bid in Harlow",
        ),
        (  # a sentence-case headline is left as it is
            "Zebulon Fairweather wins the Dunmore marathon",
            "He won in two hours.",
            "Zebulon Fairweather wins the Dunmore marathon",
        ),
    ],
)
def test_title_case_headlines_are_recased_by_the_body(title: str, body: str, expected: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    assert recased(title, body, lexicon) == expected
    assert len(recased(title, body, lexicon)) == len(title)  # offsets hold


def _write(folder: Path, pairs: list[Pair]) -> None:
    for i, pair in enumerate(pairs):
        (folder / f"t{i:02d}.txt").write_text(f"{pair.title}\n\n{pair.body}\n", encoding="utf-8")
        (folder / f"j{i:02d}.json").write_text(json.dumps({"title": pair.title, "maintext": pair.body}))


@pytest.fixture(scope="module")
def pair_docs(nlp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, DocFacts]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("headlines")
    _write(folder, PAIRS)
    return {d.source.id: d for d in extract_docs(select_inputs([str(folder)]).files, nlp=nlp)}


def _in_title(ev: Evidence, doc: DocFacts, text: str) -> bool:
    """The evidence is exact and points into the headline as it stands in the source."""
    title = doc.source.title or ""
    if ev.part == "title":
        return title[ev.start : ev.end] == ev.text
    return ev.part is None and text[ev.start : ev.end] == ev.text and ev.end <= len(title)


@pytest.mark.parametrize("prefix", ["t", "j"])  # plain text (title line) and JSON (title field)
@pytest.mark.parametrize("number", range(len(PAIRS)), ids=[f"{p.kind}-{i}" for i, p in enumerate(PAIRS)])
def test_headline_only_facts_are_in_the_record(
    pair_docs: dict[str, DocFacts], prefix: str, number: int
) -> None:
    pair, doc = PAIRS[number], pair_docs[f"{prefix}{number:02d}"]
    text = f"{pair.title}\n\n{pair.body}\n" if prefix == "t" else pair.body
    record = build_record([doc])
    for wanted, entries in ((pair.people, record.people), (pair.places, record.places)):
        for name in wanted:
            entry = next((e for e in entries if e.name == name), None)
            assert entry is not None, (name, [e.name for e in entries])
            assert any(_in_title(ev, doc, text) for ev in entry.evidence)
    if pair.count is not None:
        kind, value = pair.count
        count = next((c for c in record.counts if c.kind == kind and c.value == value), None)
        assert count is not None, [(c.kind, c.value) for c in record.counts]
        assert all(_in_title(ev, doc, text) for claim in count.claims for ev in claim.evidence)
    if pair.speaker is not None:
        speakers = [q.speaker.name for q in record.quotes if q.speaker is not None]
        assert speakers == [pair.speaker]


def test_every_title_evidence_offset_is_exact(pair_docs: dict[str, DocFacts]) -> None:
    for sid, doc in pair_docs.items():
        pair = PAIRS[int(sid[1:])]
        text = f"{pair.title}\n\n{pair.body}\n" if sid.startswith("t") else pair.body
        for m in (*doc.entities, *doc.counts, *doc.dates):
            source_text = pair.title if m.evidence.part == "title" else text
            assert source_text[m.evidence.start : m.evidence.end] == m.evidence.text


def _one(nlp, tmp_path: Path, name: str, content: str) -> EventRecord:  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(content, encoding="utf-8")
    return build_record(extract_docs(select_inputs([str(tmp_path / name)]).files, nlp=nlp))


def test_a_headline_mention_joins_the_body_entity_without_counting_twice(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    story = (
        "Marisol Quintero retires at 29\n\n"
        "Marisol Quintero announced the decision on Friday. Quintero won four titles.\n"
    )
    record = _one(nlp, tmp_path, "tennis.txt", story)
    person = next(p for p in record.people if p.name == "Marisol Quintero")
    assert person.mentions == 2  # the two body mentions; the headline adds evidence, not a mention
    assert (0, 16) in [(e.start, e.end) for e in person.evidence]


def test_a_headline_figure_does_not_override_the_body(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    story = (
        "Shooting in Elkhart leaves 2 dead\n\n"
        "Three people were killed in a shooting at an apartment block on Sunday, police said.\n"
    )
    record = _one(nlp, tmp_path, "update.txt", story)
    killed = [c for c in record.counts if c.kind == "killed"]
    assert len(killed) == 1
    count = killed[0]
    assert count.value == 3 and count.agreement == "single"  # the source does not conflict with itself
    claims = {c.value: [e.text for e in c.evidence] for c in count.claims}
    assert claims == {3: ["Three people"], 2: ["2 dead"]}
    assert record.event.casualties.killed is not None and record.event.casualties.killed.value == 3


def test_an_empty_body_is_read_from_the_title(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = {
        "title": "Mayor Ines Okafor resigns after audit in Harwell",
        "maintext": "",
        "url": "https://x.org/1",
    }
    record = _one(nlp, tmp_path, "brief.json", json.dumps(article))
    (source,) = record.sources
    assert source.error is None and source.warnings == (TITLE_ONLY,)
    assert [p.name for p in record.people] == ["Ines Okafor"]
    (ev,) = record.people[0].evidence
    assert ev.part == "title" and article["title"][ev.start : ev.end] == ev.text


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ({"title": "Bridge closed"}, "JSON article has no text field (looked for maintext,"),
        ({"title": "Bridge closed", "maintext": None}, None),  # a field there but empty: read the title
        ({"maintext": "  "}, "JSON article's text field (maintext) is empty and it has no title"),
        ({"headline": "", "text": ""}, "JSON article's text field (text) is empty and it has no title"),
    ],
)
def test_a_missing_text_field_and_an_empty_one_are_told_apart(
    tmp_path: Path, content: dict[str, object], error: str | None
) -> None:
    (tmp_path / "a.json").write_text(json.dumps(content))
    (article,) = read_articles(select_inputs([str(tmp_path / "a.json")]).files[0])
    if error is None:
        assert article.error is None and article.warnings == (TITLE_ONLY,)
    else:
        assert article.error is not None and article.error.startswith(error)


#: (scraped title, the headline without the site's name)
SITE_TITLES = [
    ("Barn fire kills 40 cattle | Dunmore Herald", "Barn fire kills 40 cattle"),
    ("Bus crash injures 12 - KXYZ 7 Marlowe News, Weather, Sports", "Bus crash injures 12"),
    ("Mayor resigns - WQRT-TV - Eastbrook, Kellerton: News, Weather", "Mayor resigns"),
    ("Storm cuts power to 5,000 - marlowetoday.com", "Storm cuts power to 5,000"),
    ("Two hurt in crash on Route 9 – The Kellerton Courier", "Two hurt in crash on Route 9"),
    ("Bridge reopens - NBC 4 Eastbrook", "Bridge reopens"),
    # a dash inside the headline itself is kept
    ("Fire guts mill - no one hurt", "Fire guts mill - no one hurt"),
    ("Flood waters rise - residents told to leave", "Flood waters rise - residents told to leave"),
    ("Council votes 5-4 on budget", "Council votes 5-4 on budget"),
]


@pytest.mark.parametrize(("title", "expected"), SITE_TITLES)
def test_the_site_name_is_not_part_of_the_headline(title: str, expected: str) -> None:
    assert headline_proper(title) == expected


def test_a_town_in_the_site_name_is_not_where_it_happened(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = {
        "title": "Barn fire kills 40 cattle - KXYZ 7 Billings News, Weather, Sports",
        "maintext": "A barn fire killed 40 cattle on a ranch near Hardin on Sunday, the Hardin fire chief said.",
    }
    (tmp_path / "a.json").write_text(json.dumps(article), encoding="utf-8")
    record = build_record(extract_docs(select_inputs([str(tmp_path)]).files, nlp=nlp))
    location = record.event.location
    assert location is not None and location.city is not None
    assert location.city.name == "Hardin"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (  # a part with a web address is the site's
            "Two hurt in crash on Route 4 - KXYZ.com, Valley News, Weather, Sports",
            "Two hurt in crash on Route 4",
        ),
        (  # parts of names only after a sentence-case headline: station, then its town
            "Man charged after Dunmore stabbing - WDNM Action News 8 - Dunmore, Ohio",
            "Man charged after Dunmore stabbing",
        ),
        (  # a web address glued to the site's name
            "Girl, 6, hurt by stray bullet - wdnm.com-Dunmore News, Weather & Sports",
            "Girl, 6, hurt by stray bullet",
        ),
        (  # a part with lower-case words is part of the headline
            "Mayor Ruth Ellison - the first woman to hold the post - resigns",
            "Mayor Ruth Ellison - the first woman to hold the post - resigns",
        ),
        (  # a title-case headline keeps its parts: their case says nothing
            "Dunmore Police Seek Driver - Hit And Run On Elm Street",
            "Dunmore Police Seek Driver - Hit And Run On Elm Street",
        ),
        (  # no dash, nothing cut
            "Firefighters save three from burning house in Eastbrook",
            "Firefighters save three from burning house in Eastbrook",
        ),
    ],
)
def test_site_names_after_a_dash_are_cut_from_the_title(title: str, expected: str) -> None:
    assert without_site_segments(title) == expected


def test_site_name_after_a_dash_gives_no_entities(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = {
        "title": "Teen shot near skate park - WDNM Action News 8 - Dunmore, Ohio",
        "maintext": "A 16-year-old boy was shot near the skate park on Friday, police said.",
    }
    record = _one(nlp, tmp_path, "teen.json", json.dumps(article))
    names = {e.name for e in (*record.organizations, *record.places, *record.people)}
    assert not names & {"WDNM Action News 8", "Dunmore", "Ohio"}, names


@pytest.mark.parametrize(
    ("title", "body", "word"),
    [
        ("Gang member charged in shooting of boy, 9", "Prosecutors said the gang member fired four shots.", "Gang"),
        ("Toddler's family wants answers after shooting", "The toddler was hit in the arm. The family wants answers.", "Toddler"),
        ("Nightclub shooting leaves two hurt", "Two people were hurt at a nightclub early Sunday.", "Nightclub"),
        ("Baby's grandmother pleads for answers", "The baby was asleep when the shots were fired.", "Baby"),
    ],
)  # fmt: skip
def test_a_headline_word_the_body_writes_in_lower_case_is_no_name(  # type: ignore[no-untyped-def]
    nlp, tmp_path: Path, title: str, body: str, word: str
) -> None:
    docs = list(extract_docs(select_inputs([str(_json_story(tmp_path, title, body))]).files, nlp=nlp))
    (doc,) = docs
    assert word not in {m.text for m in doc.entities}
    dropped = [d for d in doc.dropped_entities if d.text == word]
    assert [d.reason for d in dropped] == [COMMON_WORDS] and dropped[0].evidence.part == "title"


def test_a_headline_name_the_body_capitalises_stays(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    title, body = (
        "Rose Okafor wins county seat",
        "Okafor, a teacher, beat two rivals. Rose Okafor thanked voters.",
    )
    (doc,) = list(extract_docs(select_inputs([str(_json_story(tmp_path, title, body))]).files, nlp=nlp))
    assert any(m.text == "Rose Okafor" and m.headline for m in doc.entities)


def _json_story(tmp_path: Path, title: str, body: str) -> Path:
    path = tmp_path / "story.json"
    path.write_text(json.dumps({"title": title, "maintext": body}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Father of 3 dead after hit-and-run in Lyon", set()),  # his children, and he died
        ("Mother of two killed in Soweto crash", set()),
        ("Two of 3 dead in Tulsa house fire identified", {3.0}),  # of the dead: a partitive
        ("3 dead after flash flood in Oman", {3.0}),
    ],
)
def test_a_parents_children_in_a_headline_are_not_its_dead(  # type: ignore[no-untyped-def]
    nlp, tmp_path: Path, title: str, expected: set[float]
) -> None:
    story = f"{title}\n\nPolice said the bodies were found on Friday.\n"
    record = _one(nlp, tmp_path, "story.txt", story)
    assert {c.value for c in record.counts if c.kind == "killed"} == expected


_BARE_CASES = [
    (name, title, fires)
    for name, _, counted, silent in headline.BARE_COUNTS
    for titles, fires in ((counted, True), (silent, False))
    for title in titles
]


@pytest.mark.parametrize(("rule", "title", "fires"), _BARE_CASES)
def test_bare_count_rows(nlp, rule: str, title: str, fires: bool) -> None:  # type: ignore[no-untyped-def]
    """Each row of BARE_COUNTS counts its own titles and stays silent on its near misses."""
    found = [c for c in headline.bare_counts(nlp(title)) if c.rule == rule]
    assert bool(found) is fires
    for count in found:
        assert title[count.number_start : count.number_end].lower() == count.number


def test_every_bare_count_row_has_examples_both_ways() -> None:
    for name, _, counted, silent in headline.BARE_COUNTS:
        assert counted and silent, name


def test_every_bare_count_row_needs_a_word_of_needed() -> None:
    """`bare_counts` calls the Matcher only on titles holding a word of `_NEEDED`: each row must
    require one (a token that is not optional and whose words all are in it)."""
    for name, pattern, _, _ in headline.BARE_COUNTS:
        required = [
            set(spec["LOWER"]["IN"])  # type: ignore[index]
            for spec in pattern
            if "OP" not in spec and isinstance(spec.get("LOWER"), dict) and "IN" in spec["LOWER"]  # type: ignore[operator]
        ]
        assert any(words <= headline._NEEDED for words in required), name


@pytest.mark.parametrize(
    "before,expected",
    [
        ("", True),  # the body's first word
        (". ", True),
        ("d.\n", True),
        ("s:\t", True),
        ("“ ", True),
        ("x\n ", True),  # a line break, then an indent
        ("(", True),
        ("er ", False),
        ("the", False),
        ("   ", False),  # spaces only, no line break
        ("a\u00a0", False),
        (".a ", False),
        ("—\u2003", True),
    ],
)
def test_after_sentence_start_reads_as_the_pattern_does(before: str, expected: bool) -> None:
    from eventfacts.extract.headline import _SENTENCE_START, _after_sentence_start

    assert _after_sentence_start(before) is expected
    assert bool(_SENTENCE_START.search(before)) is expected


CASING_BODIES = [
    "The mayor of Dunmore said Tuesday's vote was close. o'Brien and O'Neill agreed.",
    "Éric Duval met élan staff; naïve plans for the Straße (Nord) failed. x'y'Zed a''B 3rd a_B",
    "Officials in 東京 and Ünterberg spoke.\nNew rules begin; d’Arc’s letter, ’s Gravenhage, 'Tis.",
    "",
    "Gang members left. The gang's van, a GANG tag and gangs: 'gang' said Gang2 x-gang; Ganges gang",
    "The ﬁre at Kelvin Mill: fire crews, a ſtreet sign and Fire Chief Hale; İzmir and Tinsel.",
]


@pytest.mark.parametrize("body", CASING_BODIES)
def test_one_word_is_counted_as_casing_counts_it(body: str) -> None:
    """`_word_casing` scans for one word: it must count what `_casing` counts of that word, in
    bodies with and without letters that casefold to ASCII."""
    from eventfacts.extract.headline import _WORD, _casing, _word_casing

    lower, upper = _casing(body)
    words = {w.casefold() for w in _WORD.findall(body)} | {
        "gang",
        "fire",
        "street",
        "kelvin",
        "izmir",
        "absent",
    }
    for word in words:
        assert _word_casing(word, body) == (lower[word], upper[word]), word


def test_the_letters_that_fold_to_ascii_are_all_listed() -> None:
    import re
    import sys

    from eventfacts.extract.headline import _FOLDS_TO_ASCII

    ascii_letter = re.compile("(?i)[a-z]")
    # a letter with no case mapping folds to itself and matches itself alone
    cased = (
        chr(p)
        for p in range(128, sys.maxunicode + 1)
        if chr(p).casefold() != chr(p) or chr(p).upper() != chr(p)
    )
    for char in cased:
        if any(c.isascii() for c in char.casefold()) or ascii_letter.fullmatch(char):
            assert _FOLDS_TO_ASCII.match(char), hex(ord(char))


@pytest.mark.parametrize(
    "body",
    [
        "The mayor of Dunmore said Tuesday's vote was close. o'Brien and O'Neill agreed.",
        "Éric Duval met élan staff; naïve plans for the Straße (Nord) failed. x'y'Zed a''B 3rd a_B",
        "Officials in 東京 and Ünterberg spoke.\nNew rules begin; d’Arc’s letter, ’s Gravenhage, 'Tis.",
        "",
    ],
)
def test_casing_counts_every_word_as_one_pass_over_the_words_does(body: str) -> None:
    """`_casing` splits the words by their first letter for speed: it must count what reading
    each word of `_WORD.finditer` in turn counts."""
    from collections import Counter

    from eventfacts.extract.headline import _WORD, _after_sentence_start, _base, _casing

    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for match in _WORD.finditer(body):
        word = match.group()
        if word[:1].islower():
            lower[word.casefold()] += 1
        elif not _after_sentence_start(body[max(0, match.start() - 3) : match.start()]):
            upper[word.casefold()] += 1
    for word, count in list(lower.items()):
        lower[_base(word)] += count
    assert _casing(body) == (lower, upper)

"""Place cues of one article, on sentences written for these tests: what is a place cue and what
only looks like one (a month, a holiday, a person, a team, a company, a landmark's first word)."""

from __future__ import annotations

import pytest

from eventfacts.extract.places import extract_places, not_a_place

# (text, names that are cues, names that are not)
CASES = [
    (
        "The vote will be held in August, officials in Bishkek said.",
        {"Bishkek"},
        {"August"},
    ),
    (
        "Shops in Accra stayed open on Christmas Eve despite the strike.",
        {"Accra"},
        {"Christmas Eve", "Christmas"},
    ),
    (
        "The Denver Broncos lost to the Raiders in Las Vegas on Sunday night.",
        {"Las Vegas"},
        {"Denver"},
    ),
    (
        "An explosion at a Hamburg-Süd warehouse in Santos injured three workers.",
        {"Santos"},
        {"Hamburg"},
    ),
    (
        "Dr. Regina Hale, MD, opened a clinic in Mobile, Alabama, in 2004.",
        {"Mobile"},
        {"Regina Hale"},
    ),
    (
        "A bus crashed near Rio de Janeiro on Tuesday.",
        {"Rio de Janeiro"},
        {"Rio"},
    ),
    (
        "Aid workers said cholera had reached the Dadaab refugee camp in Kenya.",
        {"Dadaab refugee camp"},
        set(),
    ),
    # a building's whole name after "the" is no town of its words; a venue keeps its cue
    (
        "The treaty was signed at the Grey House on Tuesday, aides said.",
        set(),
        {"Grey House"},
    ),
    (
        "Fans gathered outside the Marlowe Arena on Friday.",
        {"Marlowe Arena"},
        set(),
    ),
    # a plural noun for people opening a longer name is no town of its own
    (
        "Two guards were hurt in a fight at the Women's Harbor Prison in Dunmore on Sunday.",
        {"Dunmore"},
        {"Women", "Women's"},
    ),
    (
        "Donations poured in at the Children's Lantern Fund, in Galway, after the fire.",
        {"Galway"},
        {"Children", "Children's"},
    ),
]


@pytest.mark.parametrize(("text", "cues", "not_cues"), CASES)
def test_place_cues(nlp, text: str, cues: set[str], not_cues: set[str]) -> None:  # type: ignore[no-untyped-def]
    found = list(extract_places(nlp(text), source="a"))
    names = {c.text for c in found}
    assert cues <= names
    assert not (not_cues & names)
    for cue in found:
        assert text[cue.evidence.start : cue.evidence.end] == cue.evidence.text


def test_a_site_keeps_where_it_is(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Aid workers said cholera had reached the Dadaab refugee camp in Kenya."
    sites = [c for c in extract_places(nlp(text), source="a") if c.cue == "site"]
    assert [(c.text, c.container) for c in sites] == [("Dadaab refugee camp", "Kenya")]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("August", True), ("Christmas Eve", True), ("Dec.", True), ("Monday", True), ("Augusta", False)],
)
def test_not_a_place(name: str, expected: bool) -> None:
    assert not_a_place(name) is expected


def test_two_cues_of_one_span_come_out_in_one_order() -> None:
    from eventfacts.extract.places import _cue_order
    from eventfacts.records import Evidence, PlaceCue

    ev = Evidence("t", 40, 56, "Liberty Square")
    bare = PlaceCue(text="Liberty Square", cue="street", sentence=2, evidence=ev)
    within = PlaceCue(text="Liberty Square", cue="street", sentence=2, evidence=ev, container="Tbilisi")
    assert sorted([bare, within], key=_cue_order) == sorted([within, bare], key=_cue_order)


# (text, town, its cue): a town written as where a victim was taken or treated is a "care" cue,
# not where it happened; a town near a hospital, or where someone died, is still where.
CARE_CASES = [
    ("A man was shot on Friday. He was airlifted to Saint Luke's Medical Center in Tilbury, where he died.",
     "Tilbury", "care"),
    ("The victim remained hospitalized in Tilbury on Sunday, his family said.", "Tilbury", "care"),
    ("One worker was taken to a hospital in Tilbury after the blast, the company said.", "Tilbury", "care"),
    ("The girl was airlifted to Saint Mary's in Tilbury on Tuesday.", "Tilbury", "care"),
    ("She was pronounced dead at 4:10 p.m. Tuesday at Mercy Medical Center in Tilbury.", "Tilbury", "care"),
    ("A gunman opened fire near a hospital in Tilbury on Monday.", "Tilbury", "locative"),
    ("Two men died in Tilbury after their car left the road.", "Tilbury", "locative"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "town", "cue"), CARE_CASES)
def test_where_a_victim_was_taken_is_care(nlp, text: str, town: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    found = {c.cue for c in extract_places(nlp(text), source="a") if c.text == town}
    assert found == {cue}


# (text, place, its cues): a country or state written as a person's (as NER tags one) says whose
# the person is ("whose"), not where the event was; written as anything else's, it stays a place.
WHOSE_CASES = [
    ("Norway's Erik Johansen won the sprint on Saturday, beating the favourite.", "Norway", {"whose"}),
    ("Spain's Carlos Ruiz won the stage on Tuesday.", "Spain", {"whose"}),
    ("Brazil's Ana Souza took gold in the 200 metres on Friday.", "Brazil", {"whose"}),
    ("Norway's government said on Saturday that the ferry would resume service.", "Norway", {"mention"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place", "cues"), WHOSE_CASES)
def test_a_place_written_as_a_persons_is_whose(nlp, text: str, place: str, cues: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {c.cue for c in extract_places(nlp(text), source="a") if c.text == place} == cues


# (text, name, its cues): a nationality is a country's people, never a town: "Thai police" is no
# police of a town (the gazetteer gives "Thai" as another name of Alor Setar); "Chileans voted"
# names the country by its people; an adjective ("a Danish shipping group") names no one.
DEMONYM_CASES = [
    ("Thai police arrested two men at a guesthouse in Chiang Mai on Friday.", "Thai", set()),
    ("Chileans voted on Sunday in a referendum on a new constitution.", "Chileans", {"demonym"}),
    ("A Danish shipping group agreed on Monday to buy a rival for $2 billion.", "Danish", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "cues"), DEMONYM_CASES)
def test_a_nationality_is_a_countrys_people(nlp, text: str, name: str, cues: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {c.cue for c in extract_places(nlp(text), source="a") if c.text == name} == cues


# (text, town, its cue): a town's mayor and courts are the town's, as its police are.
AGENCY_CASES = [
    ("Leeds Mayor Jane Hart opened the new bridge on Friday.", "Leeds", "agency"),
    ("The man was sentenced in the Osaka District Court on Monday.", "Osaka", "agency"),
    ("He appeared before the Perth Magistrates Court on Tuesday.", "Perth", "agency"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "town", "cue"), AGENCY_CASES)
def test_a_towns_mayor_and_courts_are_its_own(nlp, text: str, town: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    assert cue in {c.cue for c in extract_places(nlp(text), source="a") if c.text == town}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The bus left the road just outside of Ketchum on Friday night.", "Ketchum"),
        ("Rescuers reached the cabin outside of Hailey on Sunday.", "Hailey"),
    ],
)
def test_a_town_written_as_near_where_is_a_locative(nlp, text: str, town: str) -> None:  # type: ignore[no-untyped-def]
    assert "locative" in {c.cue for c in extract_places(nlp(text), source="a") if c.text == town}


def test_a_country_written_as_someones_is_no_region_of_a_pair(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The talks were led by Abel Mwangi, Kenya's envoy, and by Ines Roth, Austria's minister."
    assert not [c for c in extract_places(nlp(text), source="a") if c.cue == "pair"]


def _token_rows() -> list[tuple[str, str, str | None]]:
    from eventfacts.extract.places import TOKEN_CUES

    return [
        *((name, text, place) for name, _, _, found, _ in TOKEN_CUES for text, place in found),
        *((name, text, None) for name, _, _, _, silent in TOKEN_CUES for text in silent),
    ]


@pytest.mark.parametrize(("name", "text", "place"), _token_rows())
def test_each_token_cue_row_finds_its_examples(name: str, text: str, place: str | None) -> None:
    """Each Matcher row of TOKEN_CUES finds the place of its own examples and nothing in its near
    misses (on the tokenizer alone, as titles are read)."""
    from eventfacts.extract.places import _token_matches, _tokens

    found = [text[s:e] for cue, (s, e) in _token_matches(_tokens(text), text) if cue == name]
    assert found == ([place] if place else [])


# (title, the title as the headline parse reads it (recased, the same length), its cues as
# (name, cue, region)): the rows go by the title's own capitals, not the recased words
TITLE_CUES = [
    ("Marlowe Mayor Resigns After Audit", "Marlowe mayor resigns after audit", [("Marlowe", "agency", None)]),
    ("Man shot in Port Ash, Ore., police say", "Man shot in Port Ash, Ore., police say",
     [("Port Ash", "pair", "Ore."), ("Port Ash", "locative", None)]),
    ("Fire guts mill in Eastvale | Dunmore Herald", "Fire guts mill in Eastvale", [("Eastvale", "locative", None)]),
    ("Fenn-Abbey Sheriff's Deputies Seize Guns", "Fenn-Abbey sheriff's deputies seize guns",
     [("Fenn-Abbey", "agency", None)]),
    ("Storm topples trees, cuts power", "Storm topples trees, cuts power", []),
]  # fmt: skip


@pytest.mark.parametrize(("title", "parsed", "expected"), TITLE_CUES)
def test_title_cues_read_the_headline_tokens_over_the_titles_own_capitals(  # type: ignore[no-untyped-def]
    nlp, title: str, parsed: str, expected: list[tuple[str, str, str | None]]
) -> None:
    from eventfacts.extract.places import title_cues

    found = title_cues(title, nlp(parsed))
    assert [(c.text, c.cue, c.region) for c in found] == expected
    assert title_cues(title, None) == found  # no headline parse: the tokenizer alone, the same cues


def test_title_cues_ignore_a_headline_parse_of_other_words(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract.places import title_cues

    title = "Two held after raid in Kestrel Bay"
    assert [c.text for c in title_cues(title, nlp("A ferry sank off the coast near Dunmore"))] == [
        "Kestrel Bay"
    ]
    assert title_cues(None) == title_cues("") == ()


def test_title_cues_after_the_headlines_own_place_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    """The headline's token matches are kept in its Doc for the title cues: the same cues as a
    fresh reading, and none of them for a text the Doc was not read for."""
    from eventfacts.extract.places import extract_places, title_cues

    title = "Two hurt in Kestrel Bay blaze, Marlowe police say"
    headline = nlp(title)
    assert {c.text for c in extract_places(headline, source="t")} >= {"Kestrel Bay", "Marlowe"}
    assert title_cues(title, headline) == title_cues(title, None)
    other = "Two hurt in Kestrel Bay blaze, Dunmore police say"
    assert [(c.text, c.cue) for c in title_cues(other, nlp(other))] == [
        ("Dunmore", "agency"),
        ("Kestrel Bay", "locative"),
    ]


def test_a_parsed_headline_needs_no_tokenizer(nlp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract import places

    def no_tokenizer() -> None:
        raise AssertionError("the headline parse holds the title: no tokenizer is needed")

    monkeypatch.setattr(places, "_tokenizer", no_tokenizer)
    title = "Marlowe Police Seek Driver After Crash In Port Ash"
    found = places.title_cues(title, nlp("Marlowe police seek driver after crash in Port Ash"))
    assert [(c.text, c.cue) for c in found] == [("Marlowe", "agency")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Crews fought a warehouse fire in McCorran on Tuesday.", "McCorran"),
        ("Two boys were hurt near McKellan Bridge after school.", "McKellan Bridge"),
    ],
)
def test_a_place_name_is_whole_tokens(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    found = [c.text for c in extract_places(nlp(text), source="a") if c.cue == "locative"]
    assert found == [place]


def test_a_title_is_read_as_far_as_a_headline() -> None:
    from eventfacts.extract.headline import MAX_HEADLINE_CHARS
    from eventfacts.extract.places import title_cues

    # a text with no line break is all "title": only its headline's length is read, and a
    # line past spaCy's own length limit is no error
    line = (
        "Crews cleared roads in Marlowe after the storm. "
        + "The storm hit the coast and the town lost power. " * 25_000
    )
    assert [c.text for c in title_cues(line)] == ["Marlowe"]
    assert not title_cues("x" * MAX_HEADLINE_CHARS + " Fire guts mill in Eastvale")


# (text, town, its cues): a town another place is placed by, or a journey began in, is a reference
# point, not where it happened; the same town written as where is still a locative.
REFERENCE_CASES = [
    ("A landslide buried three houses in Fernhill, 40 kilometres north of Valparaiso, on Sunday.",
     "Valparaiso", {"reference"}),
    ("The ferry sank off an island southeast of Manila late on Friday.", "Manila", {"reference"}),
    ("The quake struck 60 miles south-east of Lima on Monday.", "Lima", {"reference"}),
    ("The coach was travelling overnight from Hanoi when it overturned.", "Hanoi", {"reference"}),
    ("The pilot had flown in from Nairobi hours before the crash.", "Nairobi", {"reference"}),
    ("A fire broke out in a warehouse in Valparaiso on Sunday.", "Valparaiso", {"locative"}),
    ("Two men from Hanoi were arrested at the border on Monday.", "Hanoi", {"mention"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "town", "cues"), REFERENCE_CASES)
def test_a_town_measured_from_is_a_reference(nlp, text: str, town: str, cues: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {c.cue for c in extract_places(nlp(text), source="a") if c.text == town} == cues


# (text, town, its cues): a town written as where someone lives is a home town ("resident"), as
# "a Graz man" is; where the event was stays a locative.
HOME_CASES = [
    ("The suspect, who lives in Graz, was arrested after a robbery in Linz, police said.", "Graz", {"resident"}),
    ("The suspect, who lives in Graz, was arrested after a robbery in Linz, police said.", "Linz", {"locative"}),
    ("Her parents, who live near Ghent, flew to Madrid on Sunday.", "Ghent", {"resident"}),
    ("He now lives in Graz and works in a bakery.", "Graz", {"resident"}),
    ("A man was stabbed in Leeds, where he lived, on Friday.", "Leeds", {"locative"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "town", "cues"), HOME_CASES)
def test_a_town_someone_lives_in_is_a_home_town(nlp, text: str, town: str, cues: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {c.cue for c in extract_places(nlp(text), source="a") if c.text == town} == cues


# (text, mountain, cue, container): a mountain written as where someone is on it, as what
# they climb or as a peak's name is a site of no town; "in Mount X" is still the town.
MOUNTAIN_CASES = [
    ("Two hikers were stranded on Mt Tessel for two nights.", "Mt Tessel", "site", None),
    ("A climber spent a night on Sweden's Mt Kebne after his partner fell.", "Mt Kebne", "site", "Sweden"),
    ("They were climbing Mount Arlen when the storm hit.", "Mount Arlen", "site", None),
    (
        "A guide was presumed dead after falling from Chile's highest peak, Mount Arlen.",
        "Mount Arlen",
        "site",
        None,
    ),
    ("A man was shot in Mount Vernon on Friday, police said.", "Mount Vernon", "locative", None),
]


@pytest.mark.parametrize(("text", "name", "cue", "container"), MOUNTAIN_CASES)
def test_a_mountain_is_a_site_of_no_town(nlp, text: str, name: str, cue: str, container: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [(c.cue, c.container) for c in extract_places(nlp(text), source="a") if c.text == name]
    assert found == [(cue, container)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The police said the fire started in the kitchen.", set()),
        ("This police unit was formed in Varnholm last year.", {"Varnholm"}),
        ("US police said a man was held at the border.", {"US"}),
    ],
)
def test_a_stop_word_is_no_place(nlp, text: str, names: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert {c.text for c in extract_places(nlp(text), source="a")} == names


def test_the_name_flags_match_as_the_name_regexes_do() -> None:
    """The rows' Matchers read a name's tokens from vocabulary flags (`_name_flags`): over every
    row's examples and a few words of other shapes, they find what the same patterns with the
    Matcher's `REGEX` (and its validation) find."""
    from spacy.matcher import Matcher

    from eventfacts.extract.places import _NAME_PIECE, _NAME_START, TOKEN_CUES, _cue_matchers, _tokens

    texts = [text for _, text, _ in _token_rows()] + [
        "police in Östberg-Vale and the Élan Quay residents, near St. Kell's o'Dara Point",
        "a Harlow Mills man; the city of van Doorn, Marlowe's mayor, MARLOWE police",
    ]
    for text in texts:
        doc = _tokens(text)
        flagged = _cue_matchers(doc.vocab)
        for row, (_, befores, afters, _, _) in enumerate(TOKEN_CUES):
            plain = Matcher(doc.vocab)
            for before in befores:
                for after in afters:
                    pattern = [*before, _NAME_START, *([_NAME_PIECE, *after] if after else [])]
                    plain.add(f"{len(before)}:{len(after)}", [pattern])
            assert sorted(flagged[row](doc)) == sorted(plain(doc)), (row, text)


def test_last_start_of_a_needed_group_is_the_last_rfind() -> None:
    """`_last_start` finds the last string of a row's group with a plain scan, then the offsets
    inside that match where another string of the group may begin: the greatest `rfind`."""
    from eventfacts.extract.places import _last_start, _needed

    group = ("'s ", " area", " areas", "s area", "a")
    texts = [
        "Varnia's harbour area was shut",
        "the Kestrel Bay areas",
        "no such words here",
        "",
        "s areas area",
        "Harlow Mills's s area",
    ]
    (pair,) = _needed((group,))
    for text in texts:
        assert _last_start(pair, text) == max(text.rfind(word) for word in group), text

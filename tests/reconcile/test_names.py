"""Name folding and clustering, on names from several kinds of story."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventfacts.extract.repairs import TAGGED_AS_A_THING
from eventfacts.reconcile.names import (
    cluster_named,
    cluster_people,
    decide_kinds,
    find_person,
    fold,
    similar_names,
    without_works,
)
from eventfacts.records import DroppedEntity, EntityMention, Evidence


def mention(
    text: str, kind: str = "person", source: str = "a", aliases: tuple[str, ...] = ()
) -> EntityMention:
    label = {"person": "PERSON", "organization": "ORG", "place": "GPE"}[kind]
    ev = Evidence(source, 0, len(text), text)
    return EntityMention(kind, text, label, (), aliases, 0, False, ev)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("Mr al-Kadhimi's", ("kadhimi",)),
        ("Hassan Al-Turabi", ("hassan", "turabi")),
        ("President Emmanuel Macron", ("emmanuel", "macron")),
        ("the U.N. Security Council", ("un", "security", "council")),
        ("Ségolène Royal", ("segolene", "royal")),
    ],
)
def test_fold(name: str, folded: tuple[str, ...]) -> None:
    assert fold(name) == folded


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("kadhimi", "khadimi", True), ("alaaldin", "aladdin", True), ("wale", "walae", True),
        ("muqtada", "muktada", True), ("gaddafi", "gadhafi", True), ("zelensky", "zelenskyy", True),
        ("sadr", "salih", False), ("slim", "salih", False), ("mikdam", "shamkhani", False),
        ("johnson", "jackson", False), ("zelensky", "zelenska", True), ("brown", "browne", True),
    ],
)  # fmt: skip
def test_surname_similarity_separates_variants_from_other_names(a: str, b: str, same: bool) -> None:
    assert similar_names(a, b) is same


def _names(clusters):  # type: ignore[no-untyped-def]
    return sorted(sorted({s for _, s in c.mentions}) for c in clusters)


def test_spelling_variants_and_surnames_merge() -> None:
    mentions = [
        mention("Volodymyr Zelensky", source="a"),
        mention("Volodymyr Zelenskyy", source="b"),
        mention("Mr Zelensky", source="b"),
        mention("Zelenskyy's", source="c"),
        mention("Olena Zelenska", source="c"),
    ]
    clusters = cluster_people(mentions)
    assert _names(clusters) == [
        ["Olena Zelenska"],
        ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy"],
    ]


def test_shared_first_name_or_ambiguous_surname_does_not_merge() -> None:
    mentions = [
        mention("Ali Khamenei"), mention("Ali Larijani"),
        mention("Robert Kennedy"), mention("John Kennedy"), mention("Kennedy"),
    ]  # fmt: skip
    clusters = cluster_people(mentions)
    assert _names(clusters) == [
        ["Ali Khamenei"],
        ["Ali Larijani"],
        ["John Kennedy"],
        ["Kennedy"],
        ["Robert Kennedy"],
    ]


def test_canonical_name_is_most_complete_then_most_frequent() -> None:
    mentions = [
        mention("Biden"),
        mention("Joe Biden"),
        mention("Joe Biden", source="b"),
        mention("President Biden"),
    ]
    (cluster,) = cluster_people(mentions)
    assert cluster.canonical() == "Joe Biden"
    assert cluster.other_names() == ("Biden",)  # the title is not a spelling of the name


def test_kind_is_decided_by_all_mentions() -> None:
    mentions = [
        mention("Hassan al-Turabi"), mention("al-Turabi", kind="organization"),
        mention("Turabi", kind="place"), mention("Turabi"),
        mention("Rapid Support Forces", kind="organization", aliases=("RSF",)), mention("RSF"),
    ]  # fmt: skip
    kinds = decide_kinds(mentions)
    assert kinds[("turabi",)] == "person"
    assert kinds[("rsf",)] == "organization"


@pytest.mark.parametrize(
    ("mentions", "name", "kind"),
    [
        # a city one source writes as a place, NER's organization in the others
        ([("Tampere", "place"), ("Tampere", "organization"), ("Tampere", "organization")], "tampere", "place"),
        # a lone surname may be a town's name too: a person stays a person
        ([("Bergen", "person"), ("Bergen", "person"), ("Bergen", "place")], "bergen", "person"),
        # no source writes it as a place: NER's vote stands
        ([("Bergen", "organization"), ("Bergen", "organization")], "bergen", "organization"),
        # a word of a person's full name stays the person's
        ([("Ada Lincoln", "person"), ("Lincoln", "place"), ("Lincoln", "organization")], "lincoln", "person"),
        # a hamlet's name is a body's as often ("Congress", a town of 2,000)
        ([("Congress", "place"), ("Congress", "organization"), ("Congress", "organization")], "congress",
         "organization"),
        # a name the gazetteer does not know
        ([("Orvik", "place"), ("Orvik", "organization"), ("Orvik", "organization")], "orvik", "organization"),
    ],
)  # fmt: skip
def test_a_known_town_some_source_writes_as_a_place_is_that_place(
    mentions: list[tuple[str, str]], name: str, kind: str
) -> None:
    assert decide_kinds([mention(text, kind=k) for text, k in mentions])[(name,)] == kind


def test_organizations_merge_by_alias_acronym_and_spelling() -> None:
    mentions = [
        mention("United Nations Security Council", "organization"),
        mention("UN Security Council", "organization", source="b"),
        mention("U.N. Security Council", "organization", source="c"),
        mention("World Food Programme", "organization", aliases=("WFP",)),
        mention("WFP", "organization", source="b"),
        mention("Hezbollah", "organization"),
        mention("Kataib Hezbollah", "organization"),
    ]
    clusters = cluster_named(mentions, "organization")
    assert _names(clusters) == [
        ["Hezbollah"],
        ["Kataib Hezbollah"],
        ["U.N. Security Council", "UN Security Council", "United Nations Security Council"],
        ["WFP", "World Food Programme"],
    ]


def test_find_person_by_surname_only_when_one_fits() -> None:
    clusters = cluster_people([mention("Maria Lopez"), mention("Tom Hale"), mention("Ann Hale")])
    assert find_person("Lopez", clusters) is not None
    assert find_person("Hale", clusters) is None
    assert find_person("Senator Maria Lopez", clusters) == find_person("Lopez", clusters)


#: (spellings of the people of one event, the groups they must form): suffixes, titles glued
#: to names, names written inside longer names, and lone first names.
PEOPLE_OF_AN_EVENT = [
    (["Brian Posley Jr.", "Brian Posley"], [["Brian Posley", "Brian Posley Jr."]]),
    (["Kathy Giaquinta Smith", "Kathy Giaquinta"], [["Kathy Giaquinta", "Kathy Giaquinta Smith"]]),
    (["Jovanni Leon Vargas", "Leon Vargas"], [["Jovanni Leon Vargas", "Leon Vargas"]]),
    (["Ashlee Lish", "Ashlee"], [["Ashlee", "Ashlee Lish"]]),
    (["Ashlee Lish", "Ashlee Moore", "Ashlee"], [["Ashlee"], ["Ashlee Lish"], ["Ashlee Moore"]]),
    (["Deputy Zigan", "Bill Zigan"], [["Bill Zigan", "Zigan"]]),
    (["Sergeant Trudeau", "Joseph Trudeau"], [["Joseph Trudeau", "Trudeau"]]),
    (["Omar Hamilton", "Jamar Hamilton", "Omar"], [["Jamar Hamilton"], ["Omar", "Omar Hamilton"]]),
    (["Ali Khamenei", "Ali Larijani", "Ali"], [["Ali"], ["Ali Khamenei"], ["Ali Larijani"]]),
    (["Maren Okafor-Lind", "Okafor-Lind"], [["Maren Okafor-Lind", "Okafor-Lind"]]),
    (["John Smith", "John Smith Jones", "John Smith Brown"], [["John Smith"], ["John Smith Brown"], ["John Smith Jones"]]),
    (["Detective Ana Ruiz", "Ana Ruiz"], [["Ana Ruiz"]]),
    (["Stanley Greene"] * 4 + ["Brandon Greene", "Greene"], [["Brandon Greene"], ["Greene", "Stanley Greene"]]),
    (["Stanley Greene"] * 2 + ["Brandon Greene", "Brandon Greene", "Greene"], [["Brandon Greene"], ["Greene"], ["Stanley Greene"]]),
    # familiar forms of a first name (the nicknames data set), shorter than the name
    (["Bill Okafor", "William Okafor"], [["Bill Okafor", "William Okafor"]]),
    (["Peggy Larue", "Margaret Larue", "Larue"], [["Larue", "Margaret Larue", "Peggy Larue"]]),
    (["Joseph Tran", "Joey"], [["Joey", "Joseph Tran"]]),
    (["Johnathon Pike", "Jordan Pike", "John"], [["John", "Johnathon Pike"], ["Jordan Pike"]]),
    (["Jack Doyle", "John Doyle"], [["Jack Doyle"], ["John Doyle"]]),
    (["Ivan Petrov", "John"], [["Ivan Petrov"], ["John"]]),
    (["Kenneth Ames", "Kenneth Lowe", "Ken"], [["Ken"], ["Kenneth Ames"], ["Kenneth Lowe"]]),
    # one part of a double surname
    (["Ana Lucia Ortiz-Baird", "Ana Ortiz", "Ana Baird", "Luis Ortiz"], [["Ana Baird", "Ana Lucia Ortiz-Baird", "Ana Ortiz"], ["Luis Ortiz"]]),
    (["Rosa Mendez-Cruz", "Rosa Cruz", "Pablo Cruz", "Cruz"], [["Cruz", "Pablo Cruz"], ["Rosa Cruz", "Rosa Mendez-Cruz"]]),
    (["Rosa Mendez-Cruz", "Pablo Mendez"], [["Pablo Mendez"], ["Rosa Mendez-Cruz"]]),
]  # fmt: skip


@pytest.mark.parametrize(("spellings", "groups"), PEOPLE_OF_AN_EVENT)
def test_people_of_one_event_merge(spellings: list[str], groups: list[list[str]]) -> None:
    assert _names(cluster_people([mention(s) for s in spellings])) == groups


def test_a_dateline_outweighs_two_person_labels_and_first_names_are_people() -> None:
    dateline = replace(mention("ASHFORD", kind="place"), label="DATELINE")
    mentions = [
        mention("Ashford"), mention("Ashford", source="b"), dateline,
        mention("Kendarius", kind="organization"), mention("Kendarius Edwards"),
        mention("Jordan", kind="place"), mention("Jordan Reeves"),
    ]  # fmt: skip
    kinds = decide_kinds(mentions)
    assert kinds[("ashford",)] == "place"
    assert kinds[("kendarius",)] == "person"
    assert kinds[("jordan",)] == "place"  # a place is not turned into a first name


#: (organization names of one event, the groups they must form): short forms join the one
#: longer name they start, or the one they end when they are generic words.
ORGANIZATIONS_OF_AN_EVENT = [
    (["Harborview Medical Center", "Harborview"], [["Harborview", "Harborview Medical Center"]]),
    (["New York Times", "Times"], [["New York Times", "Times"]]),
    (["Brevard County Sheriff's Office", "Sheriff's Office"], [["Brevard County Sheriff's Office", "Sheriff's Office"]]),
    (["Kataib Hezbollah", "Hezbollah"], [["Hezbollah"], ["Kataib Hezbollah"]]),
    (["U.S. Army", "Texas Army National Guard", "Army"], [["Army", "U.S. Army"], ["Texas Army National Guard"]]),
    (["U.S. Navy", "Royal Navy", "Navy"], [["Navy"], ["Royal Navy"], ["U.S. Navy"]]),
    (["Coast Guard", "Oregon National Guard", "Guard"], [["Coast Guard"], ["Guard"], ["Oregon National Guard"]]),
    (["Ohio House of Representatives", "House"], [["House", "Ohio House of Representatives"]]),
    (["Ohio House of Representatives", "White House", "House"], [["House"], ["Ohio House of Representatives"], ["White House"]]),
    (["Federal Bureau of Investigation", "Bureau"], [["Bureau", "Federal Bureau of Investigation"]]),
    (["Friends of the Library", "Library"], [["Friends of the Library"], ["Library"]]),
    (["Albuquerque Police Department", "Albuquerque Police", "Police Department"],
     [["Albuquerque Police", "Albuquerque Police Department", "Police Department"]]),
    (["Bureau of Land Management, Forestry and Wildlife", "BLM"], [["BLM", "Bureau of Land Management, Forestry and Wildlife"]]),
    (["UM Medical Center", "University of Marlow Medical Center"], [["UM Medical Center", "University of Marlow Medical Center"]]),
    (["NTSB", "National Park Service"], [["NTSB"], ["National Park Service"]]),
    # a team's or a club's name after its town, state or country is the same team
    (["Sheffield Wednesday", "Wednesday"], [["Sheffield Wednesday", "Wednesday"]]),
    (["Kansas City Royals", "Royals"], [["Kansas City Royals", "Royals"]]),
    (["Edmonton Oilers", "Calgary Flames", "Oilers"], [["Calgary Flames"], ["Edmonton Oilers", "Oilers"]]),
    (["Abu Dhabi Securities Exchange", "Securities Exchange", "Dubai Financial Market"],
     [["Abu Dhabi Securities Exchange", "Securities Exchange"], ["Dubai Financial Market"]]),
    # a company's legal form is no part of its name
    (["Vantor Corp.", "Vantor", "Orland Telecom SA", "Orland Telecom", "Vantor Labs"],
     [["Orland Telecom", "Orland Telecom SA"], ["Vantor", "Vantor Corp."], ["Vantor Labs"]]),
    (["Kessel Brothers Ltd", "Kessel Brothers Limited", "Kessel Inc"],
     [["Kessel Brothers Limited", "Kessel Brothers Ltd"], ["Kessel Inc"]]),
    # two words or more that end one longer name, or come before its generic words, are its short form
    (["Senate Rivers Committee", "Rivers Committee"], [["Rivers Committee", "Senate Rivers Committee"]]),
    (["U.S. Fish and Game Service", "Fish and Game"], [["Fish and Game", "U.S. Fish and Game Service"]]),
    (["Senate Rivers Committee", "House Rivers Committee", "Rivers Committee"],
     [["House Rivers Committee"], ["Rivers Committee"], ["Senate Rivers Committee"]]),
    # but not where NER glued two names together, once
    (["Elm and Oak Weekly", "Oak Weekly"], [["Elm and Oak Weekly"], ["Oak Weekly"]]),
    # a longer name written more often than the short one is one body
    (["Varnia Fish and Game Service", "Varnia Fish and Game Service", "Game Service"],
     [["Game Service", "Varnia Fish and Game Service"]]),
    # an acronym that leaves out a county's initial, or whose long name NER cut short
    (["Marlow County Fire Rescue Authority", "MFRA"], [["MFRA", "Marlow County Fire Rescue Authority"]]),
    (["Tarvin County Water Resources Board", "TWRB"], [["TWRB", "Tarvin County Water Resources Board"]]),
    (["Union for Trade and Co-operation", "UTCA"], [["UTCA", "Union for Trade and Co-operation"]]),
    (["Tarvin County Sheriff's Office", "TCPD", "TSXO"],
     [["TCPD"], ["TSXO"], ["Tarvin County Sheriff's Office"]]),
    # the same words in another order, with or without "the", "of" or "the State of"
    (["Department of the Treasury", "Treasury Department", "Department of Treasury"],
     [["Department of Treasury", "Department of the Treasury", "Treasury Department"]]),
    (["Dental Board of Oregon", "Dental Board of the State of Oregon", "State of Oregon Dental Board"],
     [["Dental Board of Oregon", "Dental Board of the State of Oregon", "State of Oregon Dental Board"]]),
    # a short form found inside a name that has a possessive
    (["Tarvin State Fire Marshal's Office", "State Fire Marshal"],
     [["State Fire Marshal", "Tarvin State Fire Marshal's Office"]]),
    (["Eastern League's North Division", "Eastern League"], [["Eastern League"], ["Eastern League's North Division"]]),
    # a body's type written with a synonym
    (["Harlow Clinic", "Harlow Center", "Ministry of Energy", "Energy Department"],
     [["Energy Department", "Ministry of Energy"], ["Harlow Center", "Harlow Clinic"]]),
    # one word that differs keeps two bodies apart
    (["Senate Banking Committee", "House Banking Committee"],
     [["House Banking Committee"], ["Senate Banking Committee"]]),
    (["Green Party of Ruritania", "Labour Party of Ruritania"],
     [["Green Party of Ruritania"], ["Labour Party of Ruritania"]]),
    (["National Defense Council", "National Defense Agency"], [["National Defense Agency"], ["National Defense Council"]]),
    (["Department of State", "State Department", "Department"], [["Department", "Department of State", "State Department"]]),
    (["State of Oregon", "Oregon"], [["Oregon"], ["State of Oregon"]]),
    (["State of Oregon", "Dental Board of the State of Oregon"], [["Dental Board of the State of Oregon"], ["State of Oregon"]]),
    (["Marlow Daily Post", "MDPD", "Marlow City Police", "MCPD"],
     [["MCPD", "Marlow City Police"], ["MDPD"], ["Marlow Daily Post"]]),
]  # fmt: skip


def test_a_street_written_with_and_without_its_abbreviation_is_one_place() -> None:
    names = ["Kestrel Ave", "Kestrel Avenue", "18 Brook St.", "18 Brook Street", "Kestrel Road"]
    clusters = cluster_named([mention(n, kind="place") for n in names], "place")
    assert _names(clusters) == [
        ["18 Brook St.", "18 Brook Street"],
        ["Kestrel Ave", "Kestrel Avenue"],
        ["Kestrel Road"],
    ]


@pytest.mark.parametrize(("names", "groups"), ORGANIZATIONS_OF_AN_EVENT)
def test_short_forms_of_organizations_merge(names: list[str], groups: list[list[str]]) -> None:
    clusters = cluster_named([mention(n, kind="organization") for n in names], "organization")
    assert _names(clusters) == groups


def at(text: str, source: str, start: int, kind: str = "person", headline: bool = False) -> EntityMention:
    """A mention at a given offset of an article, for rules that read the order of names."""
    m = mention(text, kind=kind, source=source)
    return replace(m, evidence=Evidence(source, start, start + len(text), text), headline=headline)


def test_a_lone_surname_is_the_person_named_in_full_just_before_it() -> None:
    mentions = [
        at("Omar Dunleavy", "a", 10), at("Dunleavy", "a", 80), at("Jamar Dunleavy", "a", 150),
        at("Dunleavy", "a", 200), at("Omar Dunleavy", "b", 5), at("Dunleavy", "b", 60),
    ]  # fmt: skip
    assert _names(cluster_people(mentions)) == [["Dunleavy", "Omar Dunleavy"], ["Jamar Dunleavy"]]


def test_a_lone_surname_stays_apart_when_articles_disagree_on_who_came_last() -> None:
    mentions = [
        at("Rita Calloway", "a", 10), at("Calloway", "a", 90),
        at("Dean Calloway", "b", 10), at("Calloway", "b", 90),
    ]  # fmt: skip
    assert _names(cluster_people(mentions)) == [["Calloway"], ["Dean Calloway"], ["Rita Calloway"]]


@pytest.mark.parametrize(
    ("spellings", "groups"),
    [
        # both parts spelt differently, in two articles: two outlets misspelling one person
        ([("Adam Petrak", "a"), ("Aram Petrack", "b")], [["Adam Petrak", "Aram Petrack"]]),
        ([("Brendan Ferraro", "a"), ("Brenden Ferrero", "b")], [["Brendan Ferraro", "Brenden Ferrero"]]),
        # the same two spellings in one article are two people
        ([("Adam Petrak", "a"), ("Aram Petrack", "a")], [["Adam Petrak"], ["Aram Petrack"]]),
        # relatives: one surname, first names a letter apart
        ([("Mark Delaney", "a"), ("Mary Delaney", "b")], [["Mark Delaney"], ["Mary Delaney"]]),
        # different first initials are different people, however close the rest
        ([("Dana Whitford", "a"), ("Lana Whitferd", "b")], [["Dana Whitford"], ["Lana Whitferd"]]),
    ],
)  # fmt: skip
def test_names_misspelt_in_both_parts_merge_across_articles(
    spellings: list[tuple[str, str]], groups: list[list[str]]
) -> None:
    assert _names(cluster_people([mention(n, source=s) for n, s in spellings])) == groups


def test_a_body_mention_outweighs_headline_labels() -> None:
    mentions = [
        at("Kestrel Hill", "a", 20, kind="organization", headline=True),
        at("Kestrel Hill", "b", 20, kind="organization", headline=True),
        at("Kestrel Hill", "a", 300, kind="place"),
    ]  # fmt: skip
    assert decide_kinds(mentions)[("kestrel", "hill")] == "place"


def test_a_metro_police_short_form_joins_the_one_longer_name() -> None:
    names = ["Dunmore Metro Police", "Metro Police"]
    clusters = cluster_named([mention(n, kind="organization") for n in names], "organization")
    assert _names(clusters) == [["Dunmore Metro Police", "Metro Police"]]


def test_evidence_at_one_offset_of_title_and_body_has_one_order() -> None:
    """A JSON article's title and body both start with the name at offset 0: the body's
    evidence comes first, whatever order the mentions arrive in (output must be byte-identical
    from run to run, and set order changes with the hash seed)."""
    body = mention("Lena Ostrova", source="a")
    title = replace(body, evidence=replace(body.evidence, part="title"), headline=True)
    for mentions in ([body, title], [title, body]):
        (cluster,) = cluster_people(mentions)
        assert [e.part for e in cluster.evidence] == [None, "title"]


def aged(text: str, age: int | None) -> EntityMention:
    return replace(mention(text), age=age)


@pytest.mark.parametrize(
    ("people", "groups"),
    [
        # news style: a child by first name on second reference, an adult by surname
        ([("Dale Pike", None), ("Tyler Pike", 4), ("Pike", None)], [["Dale Pike", "Pike"], ["Tyler Pike"]]),
        ([("Dale Pike", 41), ("Tyler Pike", 4), ("Rhonda Pike", 39), ("Pike", None)],
         [["Dale Pike"], ["Pike"], ["Rhonda Pike"], ["Tyler Pike"]]),
        ([("Tyler Pike", 4), ("Ava Pike", 6), ("Pike", None)], [["Ava Pike"], ["Pike"], ["Tyler Pike"]]),
        ([("Tyler Pike", 17), ("Pike", None)], [["Pike", "Tyler Pike"]]),
        # a child named far more often than the adult is the one the surname means
        ([("Tyler Pike", 9)] * 6 + [("Rhonda Pike", None), ("Pike", None)], [["Pike", "Tyler Pike"], ["Rhonda Pike"]]),
    ],
)  # fmt: skip
def test_a_lone_surname_shared_with_a_child_is_the_adults(
    people: list[tuple[str, int | None]], groups: list[list[str]]
) -> None:
    assert _names(cluster_people([aged(n, a) for n, a in people])) == groups


def test_a_club_found_by_its_plural_noun_stays_a_body_and_takes_its_short_name() -> None:
    """ "Brindlemoor Otters" found by its shape in one article; "Otters" read as a person in another,
    the way NER reads a club's nickname: one organization, and no person."""
    club = replace(
        mention("Brindlemoor Otters", kind="organization"), rules=("name ending in a plural noun",)
    )
    mentions = [club, mention("Otters", source="b"), mention("Otters", source="c")]
    kinds = decide_kinds(mentions)
    assert kinds[("brindlemoor", "otters")] == "organization"
    assert kinds[("otters",)] == "organization"
    names = [
        c.canonical() for c in cluster_named([club, mention("Otters", "organization", "b")], "organization")
    ]
    assert names == ["Brindlemoor Otters"]


def test_a_surname_alone_still_makes_a_two_word_organization_a_person() -> None:
    """Without the club's rule, "Paul Kearney" tagged ORG where "Kearney" alone is a person stays
    the person, and a plural name does not merge with a word it merely ends in."""
    mentions = [mention("Paul Kearney", kind="organization"), mention("Kearney", source="b")]
    assert decide_kinds(mentions)[("paul", "kearney")] == "person"
    names = cluster_named(
        [mention("Brindlemoor Otters", "organization"), mention("Otters", "organization", "b")],
        "organization",
    )
    assert len(names) == 2


def test_a_person_once_found_as_a_club_stays_a_person() -> None:
    """ "Dana Weeks" read once as a club by its plural-looking surname, and as a person twice:
    the votes keep the person, and "Weeks" alone is her surname."""
    once = replace(mention("Dana Weeks", kind="organization"), rules=("name ending in a plural noun",))
    mentions = [once, mention("Dana Weeks", source="b"), mention("Dana Weeks", source="c"), mention("Weeks")]
    kinds = decide_kinds(mentions)
    assert kinds[("dana", "weeks")] == "person"
    assert kinds[("weeks",)] == "person"


def test_a_club_that_is_a_person_named_in_full_is_that_person() -> None:
    """ "Bill Weeks" read once as a club, where the articles name "William Weeks" in full more
    often: the person; a headline fragment read as a person ("Otters Beat Foxes") less often
    than the club is named leaves the club be."""
    once = replace(mention("Bill Weeks", kind="organization"), rules=("name ending in a plural noun",))
    mentions = [once, mention("William Weeks", source="b"), mention("William Weeks", source="c")]
    assert decide_kinds(mentions)[("bill", "weeks")] == "person"
    club = replace(mention("Brindlemoor Foxes", kind="organization"), rules=("name ending in a plural noun",))
    headline = replace(mention("Otters Beat Foxes", source="b"), headline=True)
    kinds = decide_kinds([club, headline, mention("Foxes", source="c")])
    assert kinds[("brindlemoor", "foxes")] == "organization"
    assert kinds[("foxes",)] == "organization"


def test_an_organization_only_a_headline_names_is_left_out() -> None:
    from eventfacts.reconcile import _cluster_entities

    mentions = [
        at("Harbour Row Verdict", "a", 0, kind="organization", headline=True),
        at("Kestrel Water Board", "a", 0, kind="organization", headline=True),
        at("Kestrel Water Board", "a", 120, kind="organization"),
    ]
    _, orgs, _ = _cluster_entities(mentions)
    assert _names(orgs) == [["Kestrel Water Board"]]


def test_a_title_one_source_quotes_is_a_work_in_every_source() -> None:
    # "roles in Paper Moon" (source b) has no cue of its own; source a quoted the film
    quoted = DroppedEntity(
        "person", "Paper Moon", "title quoted elsewhere in the article", Evidence("a", 0, 10, "Paper Moon")
    )
    charge = DroppedEntity("person", "Ada Quist", "criminal charge", Evidence("a", 20, 29, "Ada Quist"))
    mentions = [
        mention("Paper Moon", source="b"),
        mention("Paper Moon", "organization", source="c"),
        mention("Paper Moon", "place", source="c"),
        mention("Ada Quist", source="b"),
    ]
    kept = without_works(mentions, [quoted, charge])
    assert [(m.text, m.kind) for m in kept] == [("Paper Moon", "place"), ("Ada Quist", "person")]


def test_a_name_the_folder_shows_as_a_ship_as_often_as_a_body_is_that_ship() -> None:
    # "the supertanker Halvard Star" (a): dropped as a ship; "the Halvard Star, loaded with" (b)
    def dropped(text: str, reason: str, source: str = "a") -> DroppedEntity:
        return DroppedEntity("organization", text, reason, Evidence(source, 0, len(text), text))

    ship = dropped("Halvard Star", "ship")
    mentions = [mention("Halvard Star", "organization", source="b"), mention("Kestrel Navy", "organization")]
    assert [m.text for m in without_works(mentions, [ship])] == ["Kestrel Navy"]
    # a name the repairs keep more often than they drop it as a ship stays
    twice = [mention("Halvard Star", "organization", source=s) for s in "bc"]
    assert len(without_works(twice, [ship])) == 2
    # a maker named before its goods decides nothing for the folder ("Vantor crackers")
    goods = dropped("Vantor", "make or product before its noun")
    assert [m.text for m in without_works([mention("Vantor", "organization", source="b")], [goods])] == [
        "Vantor"
    ]


def test_a_name_ner_tags_a_thing_more_often_than_a_body_is_that_thing() -> None:
    # "The Salt Road" film: tagged a work in three sentences, a body in one
    def tagged(text: str, source: str = "a") -> DroppedEntity:
        return DroppedEntity("thing", text, TAGGED_AS_A_THING, Evidence(source, 0, len(text), text))

    film = [tagged("The Salt Road"), tagged("Salt Road", "b"), tagged("Salt Road", "b")]
    mentions = [mention("Salt Road", "organization", source="b"), mention("Salt Road", "person")]
    # the body's mention goes, the person's is left to the people's own checks
    assert [(m.text, m.kind) for m in without_works(mentions, film)] == [("Salt Road", "person")]
    # tagged once only, or less often than a body, it stays
    assert len(without_works(mentions, film[:1])) == 2
    bodies = [mention("Salt Road", "organization", source=s) for s in "abcd"]
    assert len(without_works(bodies, film)) == 4
    # one word (a magazine is a work and a company) or a company's word at its end: left be
    one = [tagged("Vantor")] * 3
    assert len(without_works([mention("Vantor", "organization")], one)) == 1
    company = [tagged("Harlow Ride Solutions")] * 3
    assert len(without_works([mention("Harlow Ride Solutions", "organization")], company)) == 1


def test_a_lone_first_name_shared_by_two_people_joins_the_one_named_just_before() -> None:
    # "Rob Hale scored early ... Rob Nunez came off the bench ... Rob then hit a three"
    spellings = [at("Rob Hale", "a", 0), at("Rob Nunez", "a", 60), at("Rob", "a", 120)]
    assert _names(cluster_people(spellings)) == [["Rob", "Rob Nunez"], ["Rob Hale"]]
    # with no full name before it in its own article, it stays apart
    apart = [at("Rob Hale", "a", 0), at("Rob Nunez", "a", 60), at("Rob", "b", 5)]
    assert _names(cluster_people(apart)) == [["Rob"], ["Rob Hale"], ["Rob Nunez"]]


def test_a_two_letter_first_name_joins_the_one_person_who_has_it() -> None:
    assert _names(cluster_people([at("Ed Marlow", "a", 0), at("Ed", "a", 40)])) == [["Ed", "Ed Marlow"]]


def _bodies(*names: tuple[str, int]) -> list[list[str]]:
    """Clustered organizations, each name written the given number of times (in one article)."""
    mentions = [mention(n, kind="organization") for n, times in names for _ in range(times)]
    return _names(cluster_named(mentions, "organization"))


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        # a short head name inside several bodies is the one named twice as often as any other
        ([("Varnian Navy", 6), ("Ostrian Navy", 2), ("Navy", 4)], [["Navy", "Varnian Navy"], ["Ostrian Navy"]]),
        ([("Kestrel Bay Herald", 5), ("Harlow Herald", 1), ("Herald", 2)],
         [["Harlow Herald"], ["Herald", "Kestrel Bay Herald"]]),
        # without such a lead it stays apart
        ([("Varnian Navy", 3), ("Ostrian Navy", 2), ("Navy", 4)], [["Navy"], ["Ostrian Navy"], ["Varnian Navy"]]),
        # a start is the body only where the chosen name adds a body's generic words to it
        ([("Tarn Department", 6), ("Tarn Ida Vell", 1), ("Tarn", 3)], [["Tarn", "Tarn Department"], ["Tarn Ida Vell"]]),
        ([("Vexa Entertainment Group", 6), ("Vexa Radio Network", 1), ("Vexa", 2)],
         [["Vexa"], ["Vexa Entertainment Group"], ["Vexa Radio Network"]]),
        # a name that starts one body and ends another stays apart, however often one is named
        ([("Harlow House", 6), ("House Energy Committee", 1), ("House", 2)],
         [["Harlow House"], ["House"], ["House Energy Committee"]]),
    ],
)  # fmt: skip
def test_a_short_name_joins_the_body_named_far_more_often(
    names: list[tuple[str, int]], groups: list[list[str]]
) -> None:
    assert _bodies(*names) == groups


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        # words put inside a body's name: the same body written in full
        (["Harlow Fire Department", "Harlow Fire Rescue Department"],
         [["Harlow Fire Department", "Harlow Fire Rescue Department"]]),
        (["Tarn Valley Water Board", "Tarn Valley Regional Water Board", "Tarn Valley Upland Water Board"],
         [["Tarn Valley Regional Water Board", "Tarn Valley Upland Water Board", "Tarn Valley Water Board"]]),
        (["Kestrel Bay Harbour Commission", "Kestrel Bay Harbour and Ferries Commission"],
         [["Kestrel Bay Harbour Commission", "Kestrel Bay Harbour and Ferries Commission"]]),
        # not a compass point: another body
        (["University of Varnia", "University of South Varnia"], [["University of South Varnia"], ["University of Varnia"]]),
        # not a short name of generic words only, nor two names of different ends or starts
        (["House Committee", "House Energy Committee"], [["House Committee"], ["House Energy Committee"]]),
        (["Federal Court", "Federal Court of Appeal"], [["Federal Court"], ["Federal Court of Appeal"]]),
        (["Federal Court", "Federal Court of Ohio"], [["Federal Court", "Federal Court of Ohio"]]),
        (["House Banking Committee", "Senate Banking Committee"], [["House Banking Committee"], ["Senate Banking Committee"]]),
        # two shorter names fit equally: it stays apart
        (["Orm Bank", "Orm Trust Bank", "Orm Savings Bank", "Orm Trust Savings Bank"],
         [["Orm Bank", "Orm Savings Bank", "Orm Trust Bank"], ["Orm Trust Savings Bank"]]),
    ],
)  # fmt: skip
def test_a_name_with_words_put_inside_joins_the_one_body_it_fits(
    names: list[str], groups: list[list[str]]
) -> None:
    assert _names(cluster_named([mention(n, kind="organization") for n in names], "organization")) == groups


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        (["KXRV-TV", "KXRV", "KXRV-FM2"], [["KXRV", "KXRV-TV"], ["KXRV-FM2"]]),
        (["Kestrelwire.com", "Kestrelwire"], [["Kestrelwire", "Kestrelwire.com"]]),
        (["Harlow Hall", "Harlow"], [["Harlow", "Harlow Hall"]]),
        # a legislature written alone is the one the story names
        (["Varnian Parliament", "Parliament"], [["Parliament", "Varnian Parliament"]]),
    ],
)  # fmt: skip
def test_a_station_or_site_written_with_its_band_or_address_is_one_body(
    names: list[str], groups: list[list[str]]
) -> None:
    assert _names(cluster_named([mention(n, kind="organization") for n in names], "organization")) == groups


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        # initials written out: one person, and the name without the initial joins him
        (["R. Ian Dalby", "Robert Ian Dalby", "Ian Dalby", "Dalby"],
         [["Dalby", "Ian Dalby", "R. Ian Dalby", "Robert Ian Dalby"]]),
        # an initial alone with the surname is too little: two relatives may share it
        (["J. Pruitt", "John Pruitt", "Jane Pruitt"], [["J. Pruitt"], ["Jane Pruitt"], ["John Pruitt"]]),
        # a nickname in quotes inside the full name
        (['Tomas Andrei "Tito" Varga', "Tito Varga"], [["Tito Varga", 'Tomas Andrei "Tito" Varga']]),
        # a surname written with and without the space after its particle
        (["Nora Van Tassel", "Nora VanTassel"], [["Nora Van Tassel", "Nora VanTassel"]]),
        # a first name clipped
        (["Stan Kovic", "Stanislas Kovic"], [["Stan Kovic", "Stanislas Kovic"]]),
        # not a name the nicknames data set gives to another full name
        (["Ron Whitcomb", "Ronda Whitcomb"], [["Ron Whitcomb"], ["Ronda Whitcomb"]]),
        # a clipped name that fits two people joins neither, and links neither with the other
        (["Bren Tolliver", "Brennan Tolliver", "Brendon Tolliver"],
         [["Bren Tolliver"], ["Brendon Tolliver"], ["Brennan Tolliver"]]),
        (["Bren Tolliver", "Brendon Tolliver"], [["Bren Tolliver", "Brendon Tolliver"]]),
    ],
)  # fmt: skip
def test_one_person_written_with_initials_nickname_or_clipped_name(
    names: list[str], groups: list[list[str]]
) -> None:
    assert _names(cluster_people([mention(n) for n in names])) == groups


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        # a lone first name of five letters or more, spelt a letter apart
        (["Mirella Dorn", "Mirela"], [["Mirela", "Mirella Dorn"]]),
        # a short one stays apart: "Dana" is no misspelt "Dan"
        (["Dan Pruitt", "Dana"], [["Dan Pruitt"], ["Dana"]]),
        # two people it could be: apart
        (["Mirella Dorn", "Mirella Vance", "Mirela"], [["Mirela"], ["Mirella Dorn"], ["Mirella Vance"]]),
    ],
)  # fmt: skip
def test_a_lone_first_name_spelt_apart_joins_the_one_person(
    names: list[str], groups: list[list[str]]
) -> None:
    assert _names(cluster_people([mention(n) for n in names])) == groups


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        # father and son named alike: never one person
        (["Ike Varn Sr.", "Ike Varn III"], [["Ike Varn III"], ["Ike Varn Sr."]]),
        (["Ike Varn Sr.", "Ike Varn Jr.", "Ike Varn"], [["Ike Varn"], ["Ike Varn Jr."], ["Ike Varn Sr."]]),
        (["Ike Tobias Varn Sr", "Ike Varn III"], [["Ike Tobias Varn Sr"], ["Ike Varn III"]]),
        # the names without a suffix go where their longest spelling is written with one suffix only
        (["Ike Tobias Varn Sr", "Ike Varn III", "Ike Tobias Varn"], [["Ike Tobias Varn", "Ike Tobias Varn Sr"], ["Ike Varn III"]]),
        (["Ike Tobias Varn Sr.", "Ike Tobias Varn", "Ike Varn", "Ike Varn", "Varn", "Ike Varn Jr."],
         [["Ike Tobias Varn", "Ike Tobias Varn Sr.", "Ike Varn", "Varn"], ["Ike Varn Jr."]]),
        # or to the one named twice as often, with the lone surname
        (["Ike Varn Sr.", "Ike Varn Jr.", "Ike Varn Jr.", "Ike Varn", "Varn"],
         [["Ike Varn", "Ike Varn Jr.", "Varn"], ["Ike Varn Sr."]]),
        # one suffix: one person, written with it or without
        (["Ike Varn Jr.", "Ike Varn", "Varn"], [["Ike Varn", "Ike Varn Jr.", "Varn"]]),
    ],
)  # fmt: skip
def test_names_with_different_generational_suffixes_are_two_people(
    names: list[str], groups: list[list[str]]
) -> None:
    assert _names(cluster_people([mention(n) for n in names])) == groups


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        (["Tomas LaCorte", "Tomas Corte", "LaCorte"], [["LaCorte", "Tomas Corte", "Tomas LaCorte"]]),
        # another first name: another person
        (["Tomas LaCorte", "Ana Corte"], [["Ana Corte"], ["Tomas LaCorte"]]),
        # no particle glued on: "Lamberti" is not "La" and "Mberti"; "Dana Voss" is no "Da"
        (["Tomas Lamberti", "Tomas Berti"], [["Tomas Berti"], ["Tomas Lamberti"]]),
    ],
)  # fmt: skip
def test_a_surname_written_without_its_glued_particle_is_the_same_person(
    names: list[str], groups: list[list[str]]
) -> None:
    assert _names(cluster_people([mention(n) for n in names])) == groups


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        # a department named by its generic words beside the one acronym they end
        (["Police Bureau", "HPB", "Harlow Gazette"], [["HPB", "Police Bureau"], ["Harlow Gazette"]]),
        (["Prosecutors Office", "KBPO"], [["KBPO", "Prosecutors Office"]]),
        # two such acronyms, another kind of body, or a word of its own: apart
        (["Police Bureau", "HPB", "KBPB"], [["HPB"], ["KBPB"], ["Police Bureau"]]),
        (["Court Service", "HPB"], [["Court Service"], ["HPB"]]),
        (["Water Bureau", "HWB"], [["HWB"], ["Water Bureau"]]),
        # a channel written with a hyphen is the short name written with a space
        (["Greater Varnia TV", "VARNIA-TV", "Varnia News"], [["Greater Varnia TV", "VARNIA-TV"], ["Varnia News"]]),
        # "state" for the state the story names
        (["state Board of Fish and Game", "Oregon Board of Fish and Game"],
         [["Oregon Board of Fish and Game", "state Board of Fish and Game"]]),
        # two states' boards, or a town's: apart
        (["state Board of Fish and Game", "Oregon Board of Fish and Game", "Nevada Board of Fish and Game"],
         [["Nevada Board of Fish and Game"], ["Oregon Board of Fish and Game"], ["state Board of Fish and Game"]]),
        (["state Board of Fish and Game", "Harlow Board of Fish and Game"],
         [["Harlow Board of Fish and Game"], ["state Board of Fish and Game"]]),
        # the same words in the plural
        (["Harbor and Ferry Board", "Board of Harbors and Ferries", "Harbor and Ferry Council"],
         [["Board of Harbors and Ferries", "Harbor and Ferry Board"], ["Harbor and Ferry Council"]]),
        (["Varnia Curriculum Board", "Board for Varnia Curricula"],
         [["Board for Varnia Curricula", "Varnia Curriculum Board"]]),
        # a name with "and" that its cluster writes as an acronym too is one body, whose end is its short name
        (["Harbour and Ferry Service", "HFS", "Ferry Service", "Ferry Service", "Ferry Service"],
         [["Ferry Service", "HFS", "Harbour and Ferry Service"]]),
        (["Harbour and Ferry Service", "Ferry Service", "Ferry Service", "Ferry Service"],
         [["Ferry Service"], ["Harbour and Ferry Service"]]),
        # an acronym spelt out in another cluster's spelling
        (["K. B Harbour Board", "KB Harbour Board", "Kestrel Bay Harbour Board"],
         [["K. B Harbour Board", "KB Harbour Board", "Kestrel Bay Harbour Board"]]),
        (["K. B Harbour Board", "KB Harbour Board", "Kestrel Bay Harbour Board", "Kirk Brae Harbour Board"],
         [["K. B Harbour Board", "KB Harbour Board"], ["Kestrel Bay Harbour Board"], ["Kirk Brae Harbour Board"]]),
    ],
)  # fmt: skip
def test_one_body_written_by_its_generic_words_level_word_or_plural(
    names: list[str], groups: list[list[str]]
) -> None:
    assert _names(cluster_named([mention(n, kind="organization") for n in names], "organization")) == groups


@pytest.mark.parametrize(
    ("names", "groups"),
    [
        (["Jim Varn", "Jimmy"], [["Jim Varn", "Jimmy"]]),
        (["Johnny", "John Aske", "Mara Aske"], [["John Aske", "Johnny"], ["Mara Aske"]]),
        # two people it could be: apart
        (["Jim Varn", "Jim Aske", "Jimmy"], [["Jim Aske"], ["Jim Varn"], ["Jimmy"]]),
        # a longer name the data set gives no shared full name: another person
        (["Jan Aske", "Janet"], [["Jan Aske"], ["Janet"]]),
    ],
)  # fmt: skip
def test_a_lone_first_name_written_out_longer_joins_the_one_person(
    names: list[str], groups: list[list[str]]
) -> None:
    assert _names(cluster_people([mention(n) for n in names])) == groups


@pytest.mark.parametrize(
    ("titled", "others", "kind"),
    [
        # "pitcher Tobin Ardsley" in one article, NER's ORG in three: the title says person
        (replace(mention("Tobin Ardsley"), titles=("pitcher",)), 3, "person"),
        (replace(mention("Tobin Ardsley"), age=31), 3, "person"),
        # without a title or an age, NER's votes stand
        (mention("Tobin Ardsley"), 3, "organization"),
        # a title beside a company's name says nothing of a person ("the movie studio Harlow Studios")
        (replace(mention("Ardsley Studios"), titles=("movie studio",)), 3, "organization"),
        # one word alone is left to the surname rules
        (replace(mention("Ardsley"), titles=("pitcher",)), 3, "organization"),
    ],
)
def test_a_title_or_an_age_beside_a_full_name_makes_it_a_person(
    titled: EntityMention, others: int, kind: str
) -> None:
    mentions = [titled] + [mention(titled.text, "organization", source=f"s{i}") for i in range(others)]
    assert decide_kinds(mentions)[fold(titled.text)] == kind


def test_a_name_written_after_the_stays_a_body_whatever_its_title() -> None:
    mentions = [
        replace(mention("Tobin Ardsley"), titles=("pitcher",)),
        replace(mention("Tobin Ardsley", "organization", "b"), after_the=True),
        mention("Tobin Ardsley", "organization", "c"),
    ]
    assert decide_kinds(mentions)[("tobin", "ardsley")] == "organization"

"""The fitted type check: the generic traits it reads of an entry, the weights it loads once, and
the record's lists without the entries it judges mistyped, every reference renumbered."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.reconcile import _typed_clusters, choice
from eventfacts.reconcile import entity_types as et
from eventfacts.reconcile.names import PLURAL_BODY, Cluster
from eventfacts.records import (
    EntityMention,
    Evidence,
    Organization,
    Participant,
    Person,
    Quote,
    QuoteMention,
    Speaker,
    SpeakerMention,
)


def mention(text: str, kind: str, label: str, **extra: object) -> EntityMention:
    base = EntityMention(kind, text, label, (), (), 0, False, Evidence("a", 0, len(text), text))
    return replace(base, **extra)  # type: ignore[arg-type]


def cluster(kind: str, *mentions: EntityMention) -> Cluster:
    return Cluster(kind, [(m, m.text) for m in mentions])


NOBODY = et.Folder.of({}, 1)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        # a mayor named with her title and age: a person by every trait
        (
            cluster(
                "person",
                mention("Dana Whitlow", "person", "PERSON", titles=("Mayor",), age=44, proper_words=2),
            ),
            {
                "titled": 1.0,
                "aged": 1.0,
                "label:PERSON": 1.0,
                "given_first": 1.0,
                "words": 2.0,
                "proper_share": 1.0,
            },
        ),
        # a charity's name ends with a body's word, NER says ORG once and PERSON once
        (
            cluster(
                "organization",
                mention("Harbor Light Foundation", "organization", "ORG"),
                mention("Harbor Light Foundation", "organization", "PERSON"),
            ),
            {"org_ending": 1.0, "label:ORG": 0.5, "label:PERSON": 0.5, "titled": 0.0, "words": 3.0},
        ),
        # a film's title in quotation marks, ordinary words, after "the film"
        (
            cluster(
                "person",
                mention(
                    "Quiet Harvest", "person", "PERSON", quoted=True, dictionary_words=2, governor="film"
                ),
            ),
            {"quoted_share": 1.0, "dictionary_share": 1.0, "governor:film": 1.0, "given_first": 0.0},
        ),
        # glued words: a name that ends on a small lower-case word, with a possessive inside
        (
            cluster("organization", mention("Marlowe's Tenants Union and", "organization", "ORG")),
            {"lower_last": 1.0, "possessive_inside": 1.0},
        ),
        # a headline's shouted acronym, named nowhere else
        (
            cluster("organization", mention("KWTX", "organization", "ORG", headline=True)),
            {"acronym": 1.0, "shouted": 1.0, "headline_share": 1.0, "one_word": 1.0},
        ),
    ],
)
def test_features(entry: Cluster, expected: dict[str, float]) -> None:
    found = et.features(entry, NOBODY)
    assert {k: found.get(k, 0.0) for k in expected} == pytest.approx(expected)


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([1.5, 2.5], {"context": 2.0, "context_none": 0.0}),
        # one sentence read very oddly cannot outweigh the rest without bound
        ([-40.0], {"context": -et.CONTEXT_RANGE, "context_none": 0.0}),
        ([], {"context": 0.0, "context_none": 1.0}),
    ],
)
def test_context_features(scores: list[float], expected: dict[str, float]) -> None:
    assert et.context_features(scores) == pytest.approx(expected)


def test_a_headline_mention_has_no_say_in_the_context() -> None:
    body = mention("Kessler Foods", "organization", "ORG", context=2.0)
    headline = mention("Kessler Foods", "organization", "ORG", context=-3.0, headline=True)
    assert et.features(cluster("organization", body, headline), NOBODY)["context"] == 2.0
    assert et.features(cluster("organization", headline), NOBODY)["context_none"] == 1.0


def test_a_body_a_persons_title_names() -> None:
    person = cluster(
        "person", mention("Rosa Elling", "person", "PERSON", titles=("director of the Saltmarsh Trust",))
    )
    trust = cluster("organization", mention("Saltmarsh Trust", "organization", "ORG"))
    salt = cluster("organization", mention("Saltmarsh", "organization", "ORG"))
    folder = et.Folder.of({"person": [person], "organization": [trust, salt]}, 2)
    assert et.features(trust, folder)["in_title"] == 1.0
    assert et.features(salt, folder)["in_title"] == 1.0  # a whole word of the title
    assert (
        et.features(cluster("organization", mention("Marsh", "organization", "ORG")), folder)["in_title"]
        == 0.0
    )
    assert et.features(trust, NOBODY)["in_title"] == 0.0


def test_words_another_entry_uses() -> None:
    person = cluster("person", mention("Dana Whitlow", "person", "PERSON"))
    body = cluster("organization", mention("Whitlow", "organization", "ORG"))
    other = cluster("organization", mention("Tidewater Mills", "organization", "ORG"))
    folder = et.Folder.of({"person": [person], "organization": [body, other]}, 4)
    assert et.features(body, folder)["person_words"] == 1.0
    assert et.features(other, folder)["person_words"] == 0.0
    # its own name is not another organization's
    assert et.features(other, folder)["org_words"] == 0.0
    assert et.features(body, folder)["source_share"] == 0.25


def test_weights_load_once() -> None:
    for kind, decision in et.DECISION.items():
        assert choice.model(decision) is choice.model(decision)
        assert 0.0 < et.threshold(kind) < 1.0


def _person(i: int, name: str, orgs: tuple[str, ...] = ()) -> Person:
    return Person(f"person-{i}", name, (), (), 1, ("a",), (), organizations=orgs)


def test_without_mistyped_renumbers_every_reference() -> None:
    people = [_person(1, "Dana Whitlow", ("org-3",)), _person(2, "Quiet Harvest"), _person(3, "Ines Varga")]
    orgs = [
        Organization(f"org-{i}", n, (), 1, ("a",), ()) for i, n in enumerate(("GMT", "Press", "Tidewater"), 1)
    ]
    quotes = [
        Quote("quote-1", "We will rebuild.", Speaker("Ines Varga", "person-3"), "said", False, ("a",), (), ())
    ]
    participants = [
        Participant(
            "participant-1", "Ines Varga", "the mayor", "witness", (), 51, "female", "person-3", ("a",), ()
        )
    ]
    people2, orgs2, quotes2, parts2 = et.without_mistyped(
        people, orgs, {"person-2", "org-1", "org-2"}, quotes, participants
    )
    assert [(p.id, p.name, p.organizations) for p in people2] == [
        ("person-1", "Dana Whitlow", ("org-1",)),
        ("person-2", "Ines Varga", ()),
    ]
    assert [(o.id, o.name) for o in orgs2] == [("org-1", "Tidewater")]
    assert quotes2[0].speaker == Speaker("Ines Varga", "person-2")
    assert parts2[0].person == "person-2"


def test_a_quoted_speaker_stays() -> None:
    people = [_person(1, "Ines Varga")]
    quotes = [
        Quote("quote-1", "No comment.", Speaker("Ines Varga", "person-1"), "said", False, ("a",), (), ())
    ]
    kept, _, _, _ = et.without_mistyped(people, [], {"person-1"}, quotes, [])
    assert [p.name for p in kept] == ["Ines Varga"]


FERRY = """Ferry runs aground near Kestrel Bay

KESTREL BAY, Maine — The ferry Northern Lark ran aground on a sandbar off Kestrel Bay at 6:40 a.m. Eastern Standard Time on Saturday, the Coast Guard said.

All 112 passengers were taken ashore by Kestrel Bay Fire Rescue. Captain Mateo Ruiz told reporters the tide was lower than forecast.

Passengers said the Wi-Fi and the Galaxy tablets on board kept working. Many had been streaming Ocean Drift, the hit series, when the ship stopped.

"We felt a long shudder and then nothing," said Priya Nandakumar, a teacher from Augusta. Harbor Transit Lines said the Northern Lark would be towed to Portland on Sunday.

Kestrel Bay Ferry Company spokesman Owen Hale said Monday's sailings were cancelled.
"""


def test_a_headline_word_typed_person_leaves_the_record(nlp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    docs = list(extract_docs(select_inputs([str(tmp_path)]).files, nlp=nlp))
    # NER took the headline's first word for a person: the check, not a repair, must drop it
    assert any(m.kind == "person" and m.text == "Ferry" for d in docs for m in d.entities)
    record = build_record(docs)
    people = {p.name for p in record.people}
    assert "Ferry" not in people
    assert {"Mateo Ruiz", "Priya Nandakumar"} <= people
    assert {"Coast Guard", "Kestrel Bay Fire Rescue"} <= {o.name for o in record.organizations}
    assert [p.id for p in record.people] == [f"person-{i}" for i in range(1, len(record.people) + 1)]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Dana Whitlock", True),
        ("Luis Ortega-Ruiz", True),
        ("Nora Ann Simmons", True),
        ("Phoenix Otters", False),  # a big town's name first: a club
        ("Harbor Light Foundation", False),  # a body's word
        ("Gordon Advisors", False),  # a company's word
        ("Dana", False),  # one word says nothing of its kind
        ("GMT Nora", False),  # shouted
        ("Dana Whitlock 2", False),
    ],
)
def test_written_as_a_person(name: str, expected: bool) -> None:
    assert et._written_as_a_person(name) is expected


def _read_as_a_club(text: str, **extra: object) -> EntityMention:
    """A name the plural-noun repair made a body, written the way the articles write people."""
    base = {"rules": (PLURAL_BODY,), "proper_words": len(text.split()), "dep": "appos", "governor": "editor"}
    return mention(text, "organization", "ORG", **{**base, **extra})


@pytest.mark.parametrize(
    ("mentions", "moved"),
    [
        # an editor whose surname ends in "s": read as a club, written as a person
        ([_read_as_a_club("Nora Simmons")], {("nora", "simmons")}),
        # a club: the articles write its short name after "the"
        ([_read_as_a_club("Kendall Otters"), _read_as_a_club("Otters", after_the=True)], set()),
        # a college's team: the articles write its town's name alone
        ([_read_as_a_club("Kendall Otters"), _read_as_a_club("Kendall", rules=())], set()),
        # another repair made it a body: it stays one
        ([_read_as_a_club("Nora Simmons", rules=("organization word at the end",))], set()),
    ],
)
def test_people_typed_as_bodies(mentions: list[EntityMention], moved: set[tuple[str, ...]]) -> None:
    entry = cluster("organization", *mentions)
    assert et.people_typed_as_bodies([entry], NOBODY) == moved


def test_a_person_typed_as_a_body_joins_the_people() -> None:
    """The moved entry's mentions cluster among the people, with its surname alone."""
    mentions = [
        _read_as_a_club("Nora Simmons"),
        _read_as_a_club("Simmons", rules=(), dep="nsubj", governor="say"),
        mention("Harbor Light Foundation", "organization", "ORG"),
    ]
    people, orgs, _ = _typed_clusters(mentions, [])
    assert [(c.canonical(), sorted(c.surfaces)) for c in people] == [
        ("Nora Simmons", ["Nora Simmons", "Simmons"])
    ]
    assert [c.canonical() for c in orgs] == ["Harbor Light Foundation"]


@pytest.mark.parametrize(
    ("entry", "moved"),
    [
        # a company NER read as a person: its last word is a company's, its first no first name
        (
            cluster("person", mention("Corvo Technologies", "person", "PERSON", proper_words=2)),
            {("corvo", "technologies")},
        ),
        # a person whose surname is a body's word, named with her title, stays a person
        (
            cluster("person", mention("Ada Court", "person", "PERSON", titles=("Judge",), proper_words=2)),
            set(),
        ),
        # a person's name with no body's word at its end stays
        (cluster("person", mention("Corvo Menzies", "person", "PERSON", proper_words=2)), set()),
    ],
)
def test_bodies_typed_as_people(entry: Cluster, moved: set[tuple[str, ...]]) -> None:
    assert et.bodies_typed_as_people([entry], NOBODY) == moved


def test_a_body_typed_as_a_person_joins_the_bodies() -> None:
    mentions = [
        mention("Corvo Technologies", "person", "PERSON", proper_words=2),
        mention("Dana Whitlock", "person", "PERSON", titles=("Mayor",), proper_words=2),
    ]
    people, orgs, _ = _typed_clusters(mentions, [])
    assert [c.canonical() for c in people] == ["Dana Whitlock"]
    assert [c.canonical() for c in orgs] == ["Corvo Technologies"]


def _quote(text: str, speaker: str, *, partial: bool = False, kind: str = "name") -> QuoteMention:
    ev = Evidence("a", 0, len(text), text)
    return QuoteMention(text, partial, False, SpeakerMention(speaker, speaker, kind, ev), "said", 0, ev)


@pytest.mark.parametrize(
    ("name", "quote", "moved"),
    [
        # a coach tagged ORG who speaks of himself: a person
        ("Dale Orrin", _quote("I thought we had it, but we came up short.", "Dale Orrin"), True),
        ("Dale Orrin", _quote("My players gave everything tonight.", "Dale Orrin"), True),
        # a body speaks as "we"
        ("Orrin Mills", _quote("We regret the delay and will pay every claim.", "Orrin Mills"), False),
        # words a name reports, in a partial quote, are not its own
        ("Varnia Wire", _quote("my child, my child", "Varnia Wire", partial=True), False),
        # a body's word, or capitals, keep a body whatever its quote says
        ("Harlow Police", _quote("I saw the car leave.", "Harlow Police"), False),
        ("KRTV", _quote("I saw the car leave.", "KRTV"), False),
        # another speaker's "I"
        ("Dale Orrin", _quote("I thought we had it.", "Ana Ruiz"), False),
    ],
)
def test_first_person_speakers(name: str, quote: QuoteMention, moved: bool) -> None:
    entry = cluster("organization", mention(name, "organization", "ORG"))
    assert et.first_person_speakers([entry], [quote]) == (
        {tuple(name.casefold().split())} if moved else set()
    )


def test_a_first_person_speaker_is_not_moved_when_written_after_the() -> None:
    entry = cluster("organization", mention("Dale Orrin", "organization", "ORG", after_the=True))
    assert et.first_person_speakers([entry], [_quote("I thought we had it.", "Dale Orrin")]) == set()

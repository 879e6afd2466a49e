"""Thirty-odd sentences from shootings, fires, protests, accidents and elections (issue 5).

Each row: a sentence, then (value, qualifier, kind, subject) that must be among its counts.
"""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_counts
from eventfacts.reconcile.counts import reconcile_counts

TABLE = [
    # shootings
    ("A gunman killed four people at a supermarket in Buffalo on Saturday.", (4, None, "killed", "people")),
    ("Police said at least three people were wounded in the shooting.", (3, "at least", "injured", "people")),
    ("Two officers were shot and injured during the traffic stop.", (2, None, "injured", "officers")),
    ("The shooting left five students dead and nine others hurt.", (5, None, "killed", "students")),
    (
        "Authorities arrested two teenagers in connection with the shooting.",
        (2, None, "arrested", "teenagers"),
    ),
    ("Nearly 20 shots were fired into the crowd, witnesses said.", (20, "nearly", "other", "shots")),
    ("Three people were shot outside a convenience store on Friday night.", (3, None, "injured", "people")),
    ("Two men were fatally shot in a parking lot early Sunday.", (2, None, "killed", "men")),
    # one person joined before the counted noun counts too
    (
        "The driver and his three passengers were killed when the bus overturned.",
        (4, None, "killed", "passengers"),
    ),
    (
        "The gunman wounded his neighbor and two delivery workers before fleeing.",
        (3, None, "injured", "delivery workers"),
    ),
    # the joined verb has a subject of its own: the shot are not all dead
    ("Five teenagers were stabbed and one of them died at the scene.", (5, None, "injured", "teenagers")),
    ("Three hikers were shot and two of them later died, rangers said.", (3, None, "injured", "hikers")),
    ("Two deputies were fatally wounded in the ambush on the ranch road.", (2, None, "killed", "deputies")),
    ("A pilot was mortally injured when the crop duster hit a power line.", (1, None, "killed", "pilot")),
    # a title's "2 Dead, 4 Hurt" quoted in the body: the counted word is the fate itself
    ("Deputies said 2 Dead, 4 Hurt In Crash On Highway 12.", (2, None, "killed", "Dead")),
    ("Officials said 6 Dead, 1 Missing After Barge Sinks.", (6, None, "killed", "Dead")),
    ("Four teenagers were stabbed during a fight at the fair.", (4, None, "injured", "teenagers")),
    ("Two gunmen killed three people at the market.", (2, None, "other", "gunmen")),
    ("Five soldiers died when their truck hit a mine.", (5, None, "killed", "soldiers")),
    ("A 23-year-old man was killed in a shooting on Elm Street late Saturday.", (1, None, "killed", "man")),
    ("An officer was wounded and a suspect was arrested after the chase.", (1, None, "injured", "officer")),
    # fires
    ("The blaze destroyed more than 200 homes in the canyon.", (200, "more than", "other", "homes")),
    ("Six firefighters were treated for smoke inhalation.", (6, None, "injured", "firefighters")),
    ("About 1,500 residents were evacuated as the fire spread.", (1500, "about", "evacuated", "residents")),
    ("The fire killed 12 residents of the nursing home.", (12, None, "killed", "residents")),
    ("Up to 40 people remain missing after the apartment fire.", (40, "up to", "missing", "people")),
    ("Dozens of families fled the flames overnight.", (24, "dozens", "displaced", "families")),
    # protests
    ("Riot police detained 35 protesters outside parliament.", (35, None, "arrested", "protesters")),
    ("Tens of people were hurt when police fired rubber bullets.", None),
    (
        "Some 5,000 demonstrators marched through the capital on Sunday.",
        (5000, "some", "other", "demonstrators"),
    ),
    ("Eleven demonstrators died in clashes with security forces.", (11, None, "killed", "demonstrators")),
    ("Organizers said hundreds of students joined the sit-in.", (200, "hundreds", "other", "students")),
    (
        "At least 60 police officers were injured during the riots.",
        (60, "at least", "injured", "police officers"),
    ),
    # accidents
    (
        "A bus crash on the highway killed 14 passengers and injured 30 more.",
        (14, None, "killed", "passengers"),
    ),
    ("Three children were among the dead, hospital officials said.", None),
    ("The train derailment left 2 crew members seriously injured.", (2, None, "injured", "crew members")),
    ("Seven miners are still trapped and missing after the collapse.", (7, None, "missing", "miners")),
    ("The ferry was carrying 312 passengers when it capsized.", (312, None, "other", "passengers")),
    ("Between 10 and 15 vehicles were involved in the pile-up.", (10, "10 to 15", "other", "vehicles")),
    # elections
    ("The Labour Party won 411 seats, up from 202 in 2019.", (411, None, "other", "seats")),
    ("The governing party won 41 seats, 12 out of 120 in the capital.", (41, None, "other", "seats")),
    ("Turnout reached 1.2 million voters in the first round.", (1_200_000, None, "other", "voters")),
    (
        "The opposition took about 30 seats, down from 48 in the last parliament.",
        (30, "about", "other", "seats"),
    ),
    ("Election officials rejected nearly 4,000 ballots as invalid.", (4000, "nearly", "other", "ballots")),
    ("Five candidates out of 12 qualified for the runoff.", (5, None, "other", "candidates")),
    # courts: counts of a charge are read by the charge
    (
        "She was found guilty on three counts of murder and two counts of arson.",
        (3, None, "other", "counts of murder"),
    ),
    # totals from a follow-up
    ("Soldiers shot down two missiles, and a third struck a fuel depot.", (3, None, "other", "missiles")),
    ("One boat sank near the coast, and two others were towed to port.", (3, None, "other", "boat")),
    # issue 14: lists of victims add up; others who met another fate stay apart
    ("The fire killed six residents and two firefighters overnight.", (8, None, "killed", "residents")),
    ("A woman, two boys and a baby were hurt when the porch collapsed.", (4, None, "injured", "woman")),
    ("The storm killed one hiker and injured three others on the ridge.", (3, None, "injured", "others")),
    ("The storm killed one hiker and injured three others on the ridge.", (1, None, "killed", "hiker")),
    # issue 29: some picked out of a group the fate befell met the fate of their own predicate
    ("Two of the wounded passengers later died in hospital.", (2, None, "killed", "wounded passengers")),
    # issue 30: the joined verb's number counts the first verb's noun, left out
    ("The avalanche killed two skiers and injured five near the summit.", (5, None, "injured", "skiers")),
    (
        "A truck bomb exploded at the gate, killing 12 soldiers and wounding 30.",
        (30, None, "injured", "soldiers"),
    ),
    # session 10: "of them" counts the people the text named before, where a casualty befalls them
    (
        "Four climbers were swept away by the slide. Two of them died before rescuers reached the gully.",
        (2, None, "killed", "them"),
    ),
    (
        "Three workers were burned in the blast; one of them, a 52-year-old welder, died on Friday.",
        (1, None, "killed", "welder"),
    ),
    ("Two of those were seriously injured when the balcony gave way.", (2, None, "injured", "those")),
]

#: Sentences whose counts must NOT include (value, kind): a wrong sum or a wrong fate.
NOT_AMONG = [
    ("The storm killed one hiker and injured three others on the ridge.", (4, "injured")),
    ("A 35-year-old driver died and two others were hurt.", (37, "injured")),
    ("The mob beat four men and tried to kill a fifth.", (5, "injured")),
    ("The crash killed three people and injured a fourth on the bridge.", (4, "killed")),
    ("He faces six counts of attempted murder.", (6, "killed")),
    ("The man is accused of stabbing two guards and then killing himself.", (2, "killed")),
    ("A grand jury indicted six men for the attempted murders of five teenagers in Memphis.", (5, "killed")),
    # issue 29: a joined noun that met another fate does not add; one picked out of the slain is no toll
    ("Deputies found one deceased man and a second man suffering a leg wound.", (2, "killed")),
    ("One of the slain deputies was identified on Friday as Carl Moss, 44.", (1, "killed")),
    # a left-out noun makes a count only of a casualty's verb
    ("The storm destroyed 40 homes and damaged 120 on the coast.", (120, "other")),
    ("Rebels seized four trucks and burned two near the border.", (2, "injured")),
    ("Rebels seized four trucks and burned two near the border.", (4, "injured")),
    ("The tornado flattened dozens of barns and injured nine farmhands.", (24, "injured")),
    ("Forty-two passengers were hurt when the ferry hit the pier.", (40, "injured")),
    # "of them" with no casualty of its own counts nothing
    ("Six men were arrested; two of them were brothers from Tromso.", (2, "other")),
    ("Five migrants were rescued and one of them told reporters of the crossing.", (1, "other")),
]


@pytest.mark.parametrize(("sentence", "unwanted"), NOT_AMONG)
def test_not_among_the_counts(nlp, sentence: str, unwanted: tuple[float, str]) -> None:  # type: ignore[no-untyped-def]
    found = {(m.value, m.kind) for m in extract_counts(nlp(sentence), source="t")}
    assert unwanted not in found


@pytest.mark.parametrize(("sentence", "expected"), TABLE)
def test_counts(nlp, sentence: str, expected: tuple[float, str | None, str, str] | None) -> None:  # type: ignore[no-untyped-def]
    found = [(m.value, m.qualifier, m.kind, m.subject) for m in extract_counts(nlp(sentence), source="t")]
    if expected is None:  # no number word or digit that counts anything on its own
        assert all(v != 1 for v, *_ in found)
        return
    assert expected in found, found


def test_previous_and_total(nlp) -> None:  # type: ignore[no-untyped-def]
    (seats, *_) = list(
        extract_counts(
            nlp("The opposition took about 30 seats, down from 48 in the last parliament."), source="t"
        )
    )
    assert seats.previous == 48
    (won,) = [
        m for m in extract_counts(nlp("Five candidates out of 12 qualified for the runoff."), source="t")
    ]
    assert won.total == 12


def test_synonyms_across_articles_group_into_one_count(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = {
        "a": "Four bodyguards of the governor were wounded in the ambush.",
        "b": "Four of the governor's guards were injured in the ambush, police said.",
        "c": "At least three members of the governor's protection unit were hurt in the ambush.",
        "d": "Twelve houses were damaged in the ambush.",
    }
    mentions = [m for source, text in articles.items() for m in extract_counts(nlp(text), source=source)]
    counts, conflicts, _ = reconcile_counts(mentions)
    injured = [c for c in counts if c.kind == "injured"]
    assert len(injured) == 1
    assert [(c.value, c.sources) for c in injured[0].claims] == [(4, ("a", "b")), (3, ("c",))]
    assert injured[0].agreement == "conflict" and conflicts and conflicts[0].ref == injured[0].id


def test_the_table_is_big_enough() -> None:
    assert len(TABLE) >= 30


@pytest.mark.parametrize(
    ("sentence", "value", "qualifier", "kind", "subject"),
    [
        (
            "The ruling party lost around two-thirds of its seats.",
            0.667,
            "around two-thirds",
            "other",
            "seats",
        ),
        ("Nearly half of the buildings in the district collapsed.", 0.5, "nearly half", "other", "buildings"),
        ("A third of the residents fled before the storm.", 0.333, "a third", "displaced", "residents"),
    ],
)
def test_fractions(nlp, sentence: str, value: float, qualifier: str, kind: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    found = [(m.value, m.qualifier, m.kind, m.subject) for m in extract_counts(nlp(sentence), source="t")]
    assert found == [(value, qualifier, kind, subject)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Call 555-0123 or (212) 555-0199 for help with the claims.",
        "The curfew starts at 10 p.m. and ends at 6 a.m.",
        "The 1998 treaty was signed by 2003.",
        "Marsh, 61, has led the agency since 2015.",
        "\u201cOne day we will rebuild this town,\u201d the mayor said.",
    ],
)
def test_more_not_counts(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert list(extract_counts(nlp(sentence), source="t")) == []


def test_an_article_counts_one_only_when_something_happens_to_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "There was an exchange of fire in which a protester was killed."
    found = [(m.value, m.kind, m.subject) for m in extract_counts(nlp(text), source="t")]
    assert found == [(1, "killed", "protester")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputies said a couple of shootouts near the levee left one suspect dead.",
        "A rash of shootings left a teenager dead over the weekend.",
        "A pair of hikers were injured by the falling rock.",
        "A string of stabbings has left the campus on edge, and a student was hurt Monday.",
    ],
)
def test_an_amount_noun_after_a_counts_no_one(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    heads = {m.head for m in extract_counts(nlp(sentence), source="t")}
    assert not heads & {"couple", "rash", "pair", "string"}


#: Counts of the wounded that hold everyone hit, the dead among them ("four people were shot",
#: "suffered gunshot wounds"), against those that tell only the hurt (`CountMention.wounding`).
WOUNDING = [
    ("Four people were shot outside the arena on Saturday night.", 4, True),
    ("Deputies found three men who had sustained gunshot wounds in the yard.", 3, True),
    ("Two guards suffered stab wounds during the prison riot.", 2, True),
    ("Five people were injured when the scaffolding collapsed.", 5, False),
    ("Three hikers suffered minor wounds in the rockfall.", 3, False),
]


@pytest.mark.parametrize(("sentence", "value", "wounding"), WOUNDING)
def test_a_count_of_everyone_hit_is_marked_wounding(nlp, sentence: str, value: float, wounding: bool) -> None:  # type: ignore[no-untyped-def]
    (count,) = [
        m for m in extract_counts(nlp(sentence), source="t") if m.kind == "injured" and m.value == value
    ]
    assert count.wounding is wounding


def test_word_kind_is_the_first_kind_whose_words_hold_the_lemma_or_form() -> None:
    from eventfacts.extract.counts import word_kind
    from eventfacts.lexicon import KIND_WORDS

    def walk(lemma: str, lower: str) -> str | None:
        return next((kind for kind, words in KIND_WORDS.items() if lemma in words or lower in words), None)

    words = [*sorted({w for words in KIND_WORDS.values() for w in words}), "harbour", "varnia", ""]
    for lemma in [*words[::7], "harbour"]:
        for lower in [*words[::11], "varnia"]:
            assert word_kind(lemma, lower) == walk(lemma, lower)

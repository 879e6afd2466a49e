"""One entry per participant across sources, and the casualty figures that follow from them."""

from __future__ import annotations

import pytest

from eventfacts.reconcile.participants import (
    casualties,
    casualty,
    given_names_clash,
    reconcile_participants,
    source_entries,
)
from eventfacts.records import CountMention, DocFacts, Evidence, ParticipantMention, SourceInfo


def person(
    source: str, start: int, description: str, status: str, *, name: str | None = None,
    role: str = "victim", age: int | None = None, gender: str | None = None, sentence: int = 0,
) -> ParticipantMention:  # fmt: skip
    ev = Evidence(source, start, start + 5, "x")
    return ParticipantMention(name, name or description, role, status, age, gender, sentence, ev)


def total(source: str, value: float, kind: str, *, sentence: int = 0, **extra: bool) -> CountMention:
    ev = Evidence(source, 900, 905, "x")
    return CountMention(value, None, None, kind, "people", "people", None, sentence, ev, **extra)


def doc(source: str, *mentions: ParticipantMention, counts: tuple[CountMention, ...] = ()) -> DocFacts:
    info = SourceInfo(source, f"{source}.txt", None, None, None, None, 100, (), None)
    return DocFacts(source=info, participants=mentions, counts=counts)


def figure(kind: str, docs: list[DocFacts], dates: dict[str, str | None] | None = None) -> float | None:
    participants, entries = reconcile_participants(docs, [])
    fact = casualty(kind, docs, entries, [], participants, dates or {}, {})
    return fact.value if fact is not None else None


def test_a_described_victim_and_a_name_of_the_same_age_are_one_person() -> None:
    mentions = [
        person("a", 0, "a 24-year-old man", "injured", age=24, gender="male"),
        person("a", 50, "Smith", "killed", name="Lee Smith", age=24),
        person("a", 90, "the victim", "killed"),
    ]
    (entry,) = source_entries(mentions)
    assert entry.name == "Lee Smith" and entry.statuses == {"injured", "killed"}


def test_another_man_is_a_second_person() -> None:
    mentions = [person("a", 0, "a man", "killed", gender="male"), person("a", 40, "another man", "killed")]
    assert len(source_entries(mentions)) == 2


def test_a_boy_and_his_brother_are_two_people() -> None:
    mentions = [person("a", 0, "a boy", "killed", gender="male"), person("a", 30, "brother", "injured")]
    assert len(source_entries(mentions)) == 2


def test_the_shooter_counts_with_the_victims() -> None:
    docs = [
        doc("a", person("a", 10, "the gunman", "killed", role="suspect"), counts=(total("a", 2, "killed"),))
    ]
    assert figure("killed", docs) == 3


def test_people_one_by_one_beat_a_smaller_total() -> None:
    mentions = [person("a", i * 20, f"Name{i}", "injured", name=f"Ann Name{i}") for i in range(3)]
    assert figure("injured", [doc("a", *mentions, counts=(total("a", 2, "injured"),))]) == 3


def test_everyone_shot_includes_the_dead() -> None:
    shot = total("a", 4, "injured", wounding=True)
    docs = [doc("a", person("a", 0, "a woman", "killed", gender="female"), counts=(shot,))]
    assert figure("injured", docs) == 3 and figure("killed", docs) == 1


def test_another_incident_does_not_count() -> None:
    docs = [doc("a", counts=(total("a", 2, "killed", elsewhere=True),))]
    assert figure("killed", docs) is None


def test_later_people_are_not_counted() -> None:
    docs = [doc("a", person("a", 0, "a man", "killed", sentence=25))]
    assert figure("killed", docs) is None


def test_a_later_higher_toll_supersedes_and_keeps_the_history() -> None:
    docs = [doc("a", counts=(total("a", 1, "killed"),)), doc("c", counts=(total("c", 2, "killed"),))]
    dates: dict[str, str | None] = {"a": "2024-03-01", "c": "2024-03-04"}
    participants, entries = reconcile_participants(docs, [])
    fact = casualty("killed", docs, entries, [], participants, dates, {})
    assert fact is not None and fact.value == 2 and fact.agreement == "updated"
    assert [(c.value, c.date) for c in fact.claims] == [(2, "2024-03-04"), (1, "2024-03-01")]


def test_a_lone_later_figure_does_not_outvote_two_earlier_sources() -> None:
    # the fitted toll model: two independent sources of one figure beat a single later one
    docs = [
        doc("a", counts=(total("a", 1, "killed"),)),
        doc("b", counts=(total("b", 1, "killed"),)),
        doc("c", counts=(total("c", 2, "killed"),)),
    ]
    dates: dict[str, str | None] = {"a": "2024-03-01", "b": "2024-03-01", "c": "2024-03-04"}
    assert figure("killed", docs, dates) == 1


def test_an_earlier_higher_figure_does_not_supersede() -> None:
    docs = [doc("a", counts=(total("a", 3, "killed"),)), doc("b", counts=(total("b", 2, "killed"),)),
            doc("c", counts=(total("c", 2, "killed"),))]  # fmt: skip
    dates: dict[str, str | None] = {"a": "2024-02-28", "b": "2024-03-01", "c": "2024-03-02"}
    assert figure("killed", docs, dates) == 2


def test_one_participant_across_sources() -> None:
    docs = [
        doc("a", person("a", 0, "Ray Diaz", "injured", name="Ray Diaz", age=30)),
        doc("b", person("b", 0, "Diaz", "killed", name="Diaz")),
    ]
    participants, _ = reconcile_participants(docs, [])
    (p,) = participants
    assert p.status == ("killed",) and p.sources == ("a", "b") and p.age == 30


def test_a_tie_takes_the_larger_count_of_wounded_and_the_smaller_toll() -> None:
    docs = [
        doc("a", counts=(total("a", 2, "injured"), total("a", 1, "killed"))),
        doc("b", counts=(total("b", 3, "injured"), total("b", 2, "killed"))),
    ]
    assert figure("injured", docs) == 3 and figure("killed", docs) == 1


def test_a_wounded_victim_who_died_later_is_not_counted_twice() -> None:
    docs = [
        doc("a", person("a", 0, "a 4-year-old girl", "injured", age=4, gender="female")),
        doc("b", person("b", 0, "the 4-year-old girl", "killed", age=4, gender="female")),
    ]
    participants, entries = reconcile_participants(docs, [])
    fact = casualties(docs, entries, [], participants, {}, {})
    assert fact.killed is not None and fact.killed.value == 1 and fact.injured is None


@pytest.mark.parametrize(
    "wounding",
    [
        False,  # "three other people were wounded"
        True,  # "three other people were shot": "other" leaves the dead out whatever the verb
    ],
)
def test_others_beside_the_dead_are_not_reduced_by_deaths_their_source_missed(wounding: bool) -> None:
    others = CountMention(
        3,
        None,
        None,
        "injured",
        "other people",
        "people",
        None,
        0,
        Evidence("a", 0, 5, "x"),
        wounding=wounding,
    )
    # b tells only of the dead; a, of the others
    docs = [doc("a", counts=(others,)), doc("b", counts=(total("b", 1, "killed"),))]
    participants, entries = reconcile_participants(docs, [])
    fact = casualties(docs, entries, [], participants, {}, {})
    assert fact.injured is not None and fact.injured.value == 3


def test_a_described_victim_and_the_only_name_hurt_are_one_person() -> None:
    mentions = [
        person("a", 0, "a 14-year-old boy", "killed", age=14, gender="male"),
        person("a", 60, "Gabriel Ruiz", "injured", name="Gabriel Ruiz"),
        person("a", 90, "Gabriel Ruiz", "killed", name="Gabriel Ruiz"),
    ]
    (entry,) = source_entries(mentions)
    assert entry.name == "Gabriel Ruiz" and entry.age == 14


# Session 4: siblings, the shooter's death told late, and sources silent about it.


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("moses", "maria", True),
        ("ruth", "nathan", True),
        ("rob", "robert", False),
        ("jamie", "jaime", False),
        ("deorah", "deborah", False),
        (None, "maria", False),
    ],
)
def test_given_names_clash(a: str | None, b: str | None, clash: bool) -> None:
    assert given_names_clash(a, b) is clash


def test_siblings_who_share_a_surname_are_two_people() -> None:
    mentions = [
        person("a", 0, "Moses Ortiz", "killed", name="Moses Ortiz", age=6),
        person("a", 40, "Maria Ortiz", "injured", name="Maria Ortiz", age=11, sentence=1),
        person("a", 80, "Ortiz", "killed", name="Ortiz", sentence=2),
    ]
    entries = source_entries(mentions)
    assert [(e.name, sorted(e.statuses)) for e in entries] == [
        ("Moses Ortiz", ["killed"]),
        ("Maria Ortiz", ["injured", "killed"]),  # a bare surname goes to the latest of that name
    ]
    assert figure("injured", [doc("a", *mentions[:2])]) == 1


def test_a_bare_surname_takes_the_full_name_told_later() -> None:
    mentions = [
        person("a", 0, "Okafor", "injured", name="Okafor"),
        person("a", 40, "Grace Okafor", "injured", name="Grace Okafor", sentence=1),
        person("a", 80, "Daniel Okafor", "killed", name="Daniel Okafor", sentence=2),
    ]
    assert [e.name for e in source_entries(mentions)] == ["Grace Okafor", "Daniel Okafor"]


def test_a_shooter_dead_late_in_the_story_is_not_outvoted_by_silent_sources() -> None:
    # a: "three dead" in its headline (the shooter among them), and "the gunman killed himself"
    # much later; b: "two people were killed", the shooter's death told much later.
    late_gunman = person("a", 500, "the gunman", "killed", role="suspect", sentence=20)
    docs = [
        doc("a", late_gunman, counts=(total("a", 3, "killed"),)),
        doc("b", person("b", 600, "the gunman", "killed", role="suspect", sentence=15),
            counts=(total("b", 2, "killed"),)),
    ]  # fmt: skip
    participants, entries = reconcile_participants(docs, [])
    fact = casualty("killed", docs, entries, [], participants, {}, {})
    assert fact is not None and fact.value == 3
    assert {r.role: r.value for r in fact.by_role} == {"suspect": 1, "victim": 2}


def test_a_source_silent_about_the_shooter_does_not_deny_his_death() -> None:
    docs = [
        doc("a", person("a", 10, "the gunman", "killed", role="suspect"), counts=(total("a", 5, "killed"),)),
        doc("b", counts=(total("b", 5, "killed"),)),
    ]
    assert figure("killed", docs) == 6


def test_a_different_toll_of_victims_is_still_outvoted() -> None:
    docs = [
        doc("a", person("a", 10, "the gunman", "killed", role="suspect"), counts=(total("a", 3, "killed"),)),
        doc("b", counts=(total("b", 5, "killed"),)),
        doc("c", counts=(total("c", 5, "killed"),)),
    ]
    assert figure("killed", docs) == 5


def test_the_wounded_are_not_raised_by_a_wounded_shooter() -> None:
    # the wounded counts of reports often hold the shooter already ("four were hurt")
    docs = [
        doc(
            "a", person("a", 10, "the suspect", "injured", role="suspect"), counts=(total("a", 4, "injured"),)
        ),
        doc("b", counts=(total("b", 4, "injured"),)),
        doc("c", counts=(total("c", 4, "injured"),)),
    ]
    assert figure("injured", docs) == 4


def test_the_dead_victim_is_not_the_one_of_that_name_who_was_charged() -> None:
    # "Lamar Boyd, 17, died ... Boyd's cousin, also named Boyd, was charged": "Boyd is charged"
    mentions = [
        person("a", 0, "Lamar Boyd", "killed", name="Lamar Boyd", age=17),
        person("a", 50, "Boyd", "charged", name="Boyd", role="suspect", sentence=1),
        person("a", 90, "Curtis Boyd", "arrested", name="Curtis Boyd", role="suspect", sentence=2),
    ]
    entries = source_entries(mentions)
    assert [(e.name, e.role, sorted(e.statuses)) for e in entries] == [
        ("Lamar Boyd", "victim", ["killed"]),
        ("Curtis Boyd", "suspect", ["arrested", "charged"]),
    ]
    assert figure("killed", [doc("a", *mentions)]) == 1


@pytest.mark.parametrize("head", ["gun", "shooting", "bullet", "dog"])
def test_a_count_of_things_is_no_toll(head: str) -> None:
    ev = Evidence("a", 0, 5, "x")
    things = CountMention(3, None, None, "killed", f"{head}s", head, None, 0, ev)
    assert figure("killed", [doc("a", counts=(things,))]) is None


def test_described_people_of_the_same_age_are_one_person_whatever_the_noun() -> None:
    # "A 19-year-old woman was pronounced dead ... her boyfriend shot his 19-year-old girlfriend"
    mentions = [
        person("a", 0, "A 19-year-old woman", "killed", age=19, gender="female"),
        person("a", 60, "19-year-old girlfriend", "injured", age=19, gender="female", sentence=1),
    ]
    (entry,) = source_entries(mentions)
    assert entry.statuses == {"killed", "injured"}
    assert figure("injured", [doc("a", *mentions)]) is None


def test_described_people_of_different_ages_stay_two() -> None:
    mentions = [
        person("a", 0, "A 19-year-old woman", "killed", age=19, gender="female"),
        person("a", 60, "52-year-old mother", "injured", age=52, gender="female", sentence=1),
    ]
    assert len(source_entries(mentions)) == 2


def test_a_tie_goes_to_the_figure_with_the_shooter_some_source_says_died() -> None:
    # a: "three dead" (the shooter among them); b: "two killed"; c gives no toll but tells, late,
    # that "the shooter was later found dead in his truck"
    docs = [
        doc("a", counts=(total("a", 3, "killed"),)),
        doc("b", counts=(total("b", 2, "killed"),)),
        doc("c", person("c", 700, "the shooter", "killed", role="suspect", sentence=12)),
    ]
    assert figure("killed", docs) == 3


def test_a_tie_keeps_the_smaller_toll_when_no_source_says_the_shooter_died() -> None:
    docs = [
        doc("a", counts=(total("a", 3, "killed"),)),
        doc("b", counts=(total("b", 2, "killed"),)),
        doc("c", person("c", 700, "the shooter", "arrested", role="suspect", sentence=12)),
    ]
    assert figure("killed", docs) == 2


def test_the_dead_named_with_their_age_count_from_the_fifth_sentence() -> None:
    # "... Police identified the dead as Ana Ruiz, 34, and Lee Tran, 29." as the fifth sentence
    named = [
        person("a", 400, "Ana Ruiz", "killed", name="Ana Ruiz", age=34, sentence=4),
        person("a", 420, "Lee Tran", "killed", name="Lee Tran", age=29, sentence=4),
    ]
    assert figure("killed", [doc("a", *named)]) == 2


@pytest.mark.parametrize(
    "late",
    [
        person("a", 400, "a woman", "killed", sentence=4),  # not named
        person("a", 400, "Ana Ruiz", "killed", name="Ana Ruiz", sentence=4),  # no age
        person("a", 400, "Ana Ruiz", "killed", name="Ana Ruiz", age=34, sentence=5),  # too far
    ],
)
def test_other_people_past_the_third_sentence_do_not_count(late: ParticipantMention) -> None:
    assert figure(late.status, [doc("a", late)]) is None


def test_a_dead_victim_named_with_age_counts_from_the_fifth_sentence_but_not_the_wounded() -> None:
    # a: "A man was killed ... Ana Ruiz, 34, was shot" in the fifth sentence: she may be the dead
    # man's companion or the dead told again under a name; the lead named no wounded
    dead = person("a", 0, "a man", "killed", gender="male")
    late = person("a", 400, "Ana Ruiz", "injured", name="Ana Ruiz", age=34, gender="female", sentence=4)
    assert figure("injured", [doc("a", dead, late)]) is None


# Session 10: the wounded a source describes one by one past its lead, when its lead gives none.
LATE_WOUNDED = [
    # "One suspect died in a shootout with troopers ... a trooper was hit in the shoulder" (sixth
    # sentence): the only dead is a suspect
    ([person("a", 0, "one suspect", "killed", role="suspect"),
      person("a", 500, "the trooper", "injured", role="officer", sentence=5)], 1),
    # an escape story whose lead tells of no harm: "he had stabbed his wife" further down is the
    # crime he was jailed for
    ([person("a", 500, "his wife", "injured", gender="female", sentence=5)], None),
    # "Three people were killed ... Another child was taken to a hospital" (fourth sentence)
    ([person("a", 0, "a man", "killed"), person("a", 300, "another child", "injured", sentence=3)]
     + [person("a", 20 + i, f"woman {i}", "killed", gender="female") for i in range(2)], 1),
    # "A fourth man suffered a wound to his arm" (eighth sentence) after two dead in the lead
    ([person("a", 0, "Ed Lam", "killed", name="Ed Lam"), person("a", 30, "Al Roe", "killed", name="Al Roe"),
      person("a", 700, "a fourth man", "injured", gender="male", sentence=7)], 1),
    # the dead victim "shot" again further down under a name: not a second person
    ([person("a", 0, "a teenager", "killed"), person("a", 600, "Omar Vale", "injured", name="Omar Vale", sentence=6)],
     None),
    # past the paragraphs after the lead, a story tells of other shootings
    ([person("a", 0, "the gunman", "killed", role="suspect"),
      person("a", 1500, "a woman", "injured", gender="female", sentence=12)], None),
]  # fmt: skip


@pytest.mark.parametrize(("mentions", "expected"), LATE_WOUNDED)
def test_the_wounded_told_past_the_lead_count_when_the_lead_gives_none(
    mentions: list[ParticipantMention], expected: float | None
) -> None:
    assert figure("injured", [doc("a", *mentions)]) == expected


def test_a_wounded_suspect_told_late_is_the_wounded_figure_of_a_source_that_gives_none() -> None:
    # "... Police said the woman then turned the gun on herself; she was treated at a hospital."
    late = person("a", 600, "the woman", "injured", role="suspect", sentence=7)
    docs = [doc("a", late, counts=(total("a", 2, "killed"),))]
    assert figure("injured", docs) == 1 and figure("killed", docs) == 2


def test_a_dead_suspect_told_late_is_no_toll_alone() -> None:
    late = person("a", 600, "the gunman", "killed", role="suspect", sentence=7)
    assert figure("killed", [doc("a", late)]) is None


def test_evidence_that_starts_at_one_place_is_ordered_by_its_end() -> None:
    """ "Ana Ruiz, 40, was hit" and "Ana Ruiz, 40, was hit and killed" start together: the
    record must not take their order from a set, which differs from run to run."""
    text = "Ana Ruiz, 40, was hit by a falling beam and killed at the depot, a spokesman said"
    ends = (17, 39, 50, 63, 70, len(text))
    mentions = [
        ParticipantMention(
            "Ana Ruiz", "Ana Ruiz", "victim", "killed", 40, None, 0, Evidence("a", 0, e, text[:e])
        )
        for e in reversed(ends)
    ]
    (p,) = reconcile_participants([doc("a", *mentions)], [])[0]
    assert [e.end for e in p.evidence] == sorted(ends)


@pytest.mark.parametrize(
    ("mentions", "people"),
    [
        # a child named in full, then by given name alone (news style for children)
        ([person("a", 0, "Lina Marsh", "killed", name="Lina Marsh", age=4),
          person("a", 60, "Lina", "injured", name="Lina")], 1),
        # the given name alone comes first, the full name later
        ([person("a", 0, "Theo", "injured", name="Theo"),
          person("a", 60, "Theo Brandt", "killed", name="Theo Brandt", age=9)], 1),
        # a given name that is nobody's in full is someone else
        ([person("a", 0, "Lina Marsh", "killed", name="Lina Marsh", age=4),
          person("a", 60, "Omar", "injured", name="Omar")], 2),
    ],
)  # fmt: skip
def test_a_given_name_alone_is_the_person_of_that_full_name(
    mentions: list[ParticipantMention], people: int
) -> None:
    assert len(source_entries(mentions)) == people


def test_others_shot_beside_the_dead_do_not_hold_the_dead() -> None:
    ev = Evidence("a", 900, 905, "x")
    others = CountMention(2, None, None, "injured", "other people", "people", None, 1, ev, wounding=True)
    docs = [doc("a", counts=(total("a", 2, "killed"), others))]
    assert figure("killed", docs) == 2 and figure("injured", docs) == 2


# ---------------------------------------------------------------------------------------------
# Zero is a value; targets, the spared and groups (issue 30)


def zero(source: str, kind: str, *, others: bool = False, start: int = 900) -> CountMention:
    subject = "others" if others else "people"
    ev = Evidence(source, start, start + 5, "x")
    return CountMention(0.0, None, None, kind, subject, subject.rstrip("s"), None, 1, ev)  # type: ignore[arg-type]


def test_zeros_from_three_sources_agree() -> None:
    docs = [doc(s, counts=(zero(s, "injured"),)) for s in ("a", "b", "c")]
    fact = casualty("injured", docs, reconcile_participants(docs, [])[1], [], [], {}, {})
    assert fact is not None and fact.value == 0 and fact.agreement == "unanimous"


def test_a_zero_against_a_figure_is_a_conflict() -> None:
    docs = [doc("a", counts=(zero("a", "injured"),)), doc("b", counts=(total("b", 2, "injured"),))]
    fact = casualty("injured", docs, reconcile_participants(docs, [])[1], [], [], {}, {})
    assert fact is not None and fact.agreement == "conflict" and {c.value for c in fact.claims} == {0, 2}


def test_no_one_hurt_says_no_one_died_but_not_the_other_way() -> None:
    hurt = [doc("a", counts=(zero("a", "injured"),))]
    killed = [doc("a", counts=(zero("a", "killed"),))]
    assert figure("killed", hurt) == 0 and figure("injured", hurt) == 0
    assert figure("killed", killed) == 0 and figure("injured", killed) is None


def test_no_one_else_hurt_adds_to_the_victims_counted() -> None:
    docs = [
        doc(
            "a",
            person("a", 0, "a man", "injured", gender="male"),
            counts=(zero("a", "injured", others=True),),
        )
    ]
    assert figure("injured", docs) == 1


def test_no_one_else_hurt_beside_the_dead_is_no_wounded() -> None:
    docs = [
        doc(
            "a", person("a", 0, "a man", "killed", gender="male"), counts=(zero("a", "injured", others=True),)
        )
    ]
    assert figure("killed", docs) == 1 and figure("injured", docs) == 0


def test_a_zero_of_the_others_alone_rules_out_no_deaths() -> None:
    assert figure("killed", [doc("a", counts=(zero("a", "injured", others=True),))]) is None


def test_a_figure_beats_the_same_sources_zero() -> None:
    docs = [doc("a", counts=(zero("a", "injured", start=100), total("a", 3, "injured")))]
    assert figure("injured", docs) == 3


def group(source: str, start: int, description: str, status: str) -> ParticipantMention:
    ev = Evidence(source, start, start + 5, "x")
    return ParticipantMention(None, description, "victim", status, None, None, 0, ev, group=True)


def test_a_group_is_one_participant_and_counts_no_person() -> None:
    docs = [
        doc("a", group("a", 0, "the governor's bodyguards", "injured"), counts=(total("a", 4, "injured"),)),
        doc("b", group("b", 0, "his bodyguards", "injured")),
    ]
    participants, _ = reconcile_participants(docs, [])
    assert [(p.group, p.sources, p.status) for p in participants] == [(True, ("a", "b"), ("injured",))]
    assert figure("injured", docs) == 4  # the count's 4, not 4 + 1 for the group


def test_a_group_never_absorbs_a_person() -> None:
    mentions = [group("a", 0, "passengers", "injured"), person("a", 30, "a passenger", "injured")]
    assert len(source_entries(mentions)) == 2


def test_unhurt_against_hurt_goes_to_the_side_more_sources_tell() -> None:
    def told(*fates: tuple[str, str]) -> tuple[str, ...]:
        docs = [doc(s, person(s, 0, "Lopez", f, name="Ana Lopez", role="target")) for s, f in fates]
        (p,) = reconcile_participants(docs, [])[0]
        return p.status

    assert told(("a", "unharmed"), ("b", "unharmed"), ("c", "injured")) == ("unharmed",)
    assert told(("a", "unharmed"), ("b", "injured")) == ("injured",)
    assert told(("a", "targeted"), ("b", "unharmed")) == ("targeted", "unharmed")


def test_a_target_told_first_and_hurt_late_is_not_counted_in_the_lead() -> None:
    mentions = [
        person("a", 0, "Lopez", "targeted", name="Ana Lopez", role="target", sentence=0),
        person("a", 400, "Lopez", "injured", name="Ana Lopez", sentence=9),
    ]
    assert figure("injured", [doc("a", *mentions)]) is None


def running(kind: str, docs: list[DocFacts], copies: dict[str, str] | None = None) -> float | None:
    """The figure of a kind whose toll is a running total (a riot's, a storm's)."""
    participants, entries = reconcile_participants(docs, [])
    fact = casualty(kind, docs, entries, [], participants, {}, copies or {}, running=True)
    return fact.value if fact is not None else None


def test_a_running_toll_two_sources_repeat_past_their_leads_is_the_events() -> None:
    """A protest's injured told only deep in each story ("the riots have left at least 40 people
    injured"): two independent sources giving one figure make it the event's."""
    docs = [doc(s, counts=(total(s, 40, "injured", sentence=9),)) for s in ("a", "b")]
    docs.append(doc("c", counts=(total("c", 3, "injured", sentence=12),)))
    assert running("injured", docs) == 40
    # a crime's toll is told in its lead: a later figure is a tally, or another incident's
    assert figure("injured", docs) is None


def test_a_running_figure_one_source_gives_past_its_lead_is_none() -> None:
    docs = [doc("a", counts=(total("a", 40, "injured", sentence=9),)), doc("b")]
    assert running("injured", docs) is None


def test_reprints_of_one_story_are_one_source_for_a_late_figure() -> None:
    docs = [doc(s, counts=(total(s, 40, "injured", sentence=9),)) for s in ("a", "b")]
    assert running("injured", docs, {"a": "a", "b": "a"}) is None


def test_a_late_figure_of_another_incident_is_none() -> None:
    docs = [doc(s, counts=(total(s, 7, "injured", sentence=8, elsewhere=True),)) for s in ("a", "b")]
    assert running("injured", docs) is None


def test_the_dead_told_only_past_the_lead_are_another_incidents() -> None:
    """ "A protester was killed last week" deep in every story of an air strike."""
    docs = [doc(s, counts=(total(s, 1, "killed", sentence=20),)) for s in ("a", "b", "c")]
    assert running("killed", docs) is None

"""Sixty-four sentences from shootings, fires, crashes, attacks and storms, in wire, local and court
style (issue 14): the people each involves, with role, status and age, and the casualty totals
one source gives.

Each row: a sentence; its participants as (name or description, role, statuses, age); and the
killed and injured figures the sentence alone gives (None: it gives none).
"""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_counts, extract_participants
from eventfacts.reconcile.participants import source_entries, source_estimate

Row = tuple[str, list[tuple[str, str, tuple[str, ...], int | None]], int | None, int | None]

TABLE: list[Row] = [
    (
        "A 19-year-old man was found dead in a parked car early Sunday.",
        [("A 19-year-old man", "victim", ("killed",), 19)],
        1,
        None,
    ),
    (
        "Smith, 24, and Jones, 31, were wounded in the exchange of gunfire.",
        [("Smith", "victim", ("injured",), 24), ("Jones", "victim", ("injured",), 31)],
        None,
        2,
    ),
    (
        "The shooting left a 52-year-old woman dead.",
        [("a 52-year-old woman", "victim", ("killed",), 52)],
        1,
        None,
    ),
    (
        "Police shot and killed the suspect after a brief standoff.",
        [("the suspect", "suspect", ("killed",), None)],
        1,
        None,
    ),
    (
        "The gunman then turned the gun on himself and died at the scene.",
        [("The gunman", "suspect", ("injured", "killed"), None)],
        1,
        None,
    ),
    (
        "Maria Lopez, 45, was fatally shot outside her home on Tuesday night.",
        [("Maria Lopez", "victim", ("killed",), 45)],
        1,
        None,
    ),
    (
        "A 9-year-old girl was shot in the leg while playing in the yard.",
        [("A 9-year-old girl", "victim", ("injured",), 9)],
        None,
        1,
    ),
    (
        "The victim was hospitalized in critical condition.",
        [("The victim", "victim", ("injured",), None)],
        None,
        1,
    ),
    (
        "A 30-year-old man suffered non-life-threatening injuries.",
        [("A 30-year-old man", "victim", ("injured",), 30)],
        None,
        1,
    ),
    (
        "Another man was grazed by a bullet and treated at the scene.",
        [("Another man", "victim", ("injured",), None)],
        None,
        1,
    ),
    (
        "Officers arrested Mark Lee, 22, and charged him with attempted murder.",
        [("Mark Lee", "suspect", ("arrested", "charged"), 22)],
        None,
        None,
    ),
    (
        "The teenager died at the hospital hours later.",
        [("The teenager", "victim", ("killed",), None)],
        1,
        None,
    ),
    ("Two officers were wounded during the traffic stop.", [], None, 2),
    (
        "A 16-year-old boy was killed and his brother was injured.",
        [("A 16-year-old boy", "victim", ("killed",), 16), ("brother", "victim", ("injured",), None)],
        1,
        1,
    ),
    (
        "The driver was pronounced dead at the scene of the crash.",
        [("The driver", "victim", ("killed",), None)],
        1,
        None,
    ),
    (
        "An elderly woman died in the house fire on Maple Avenue.",
        [("An elderly woman", "victim", ("killed",), None)],
        1,
        None,
    ),
    (
        "The storm killed a 70-year-old man when a tree fell on his car.",
        [("a 70-year-old man", "victim", ("killed",), 70)],
        1,
        None,
    ),
    (
        "Firefighters found the homeowner dead in an upstairs bedroom.",
        [("the homeowner", "victim", ("killed",), None)],
        1,
        None,
    ),
    (
        "Deputies said the shooter killed himself as officers arrived.",
        [("the shooter", "suspect", ("killed",), None)],
        1,
        None,
    ),
    (
        "Keith Brown, 38, was arrested Monday and charged with murder.",
        [("Keith Brown", "suspect", ("arrested", "charged"), 38)],
        None,
        None,
    ),
    (
        "A passenger was critically injured when the bus overturned.",
        [("A passenger", "victim", ("injured",), None)],
        None,
        1,
    ),
    (
        "The attacker was shot by police and taken into custody.",
        [("The attacker", "suspect", ("injured",), None)],
        None,
        1,
    ),
    # zero is a value (issue 30): no one hurt is no one dead either
    ("No one was injured in the blaze.", [], 0, 0),
    ("The suspect tried to kill his former girlfriend.", [], None, None),
    ("The man could have been killed, the chief said.", [], None, None),
    (
        "It was the city's 40th homicide this year, after a man was shot and killed near the park.",
        [],
        None,
        None,
    ),
    ("Police are also investigating a shooting last month that killed two men.", [], None, None),
    ("The stabbing came two days after a teenager was killed outside a school nearby.", [], None, None),
    ("Gunmen shot up Rosa Lee Tacos and a barber shop on Main Street overnight.", [], None, None),
    ("Someone shot out the windows of Darnell Price's car early Sunday.", [], None, None),
    (
        "A spate of shootings across the county over the weekend left three people dead and nine wounded.",
        [],
        None,
        None,
    ),
    ("The crash happened just hours after a cyclist was struck and killed on the same road.", [], None, None),
    (
        "A jury convicted Daniel Ortiz of second-degree murder on Thursday.",
        [("Daniel Ortiz", "suspect", ("charged",), None)],
        None,
        None,
    ),
    (
        "The defendant, Paul Greene, 27, was sentenced to life in prison.",
        [("Paul Greene", "suspect", ("charged",), 27)],
        None,
        None,
    ),
    (
        "Court records show James Hall, 19, was indicted on charges of murder.",
        [("James Hall", "suspect", ("charged",), 19)],
        None,
        None,
    ),
    (
        "A pedestrian was struck and killed by a pickup truck on Route 9.",
        [("A pedestrian", "victim", ("killed",), None)],
        1,
        None,
    ),
    (
        "The cyclist suffered serious injuries and was airlifted to a trauma center.",
        [("The cyclist", "victim", ("injured",), None)],
        None,
        1,
    ),
    ("A toddler drowned in a backyard pool.", [("A toddler", "victim", ("killed",), None)], 1, None),
    ("The crash left two people dead and three others hurt.", [], 2, None),
    ("Four people were killed when a tornado tore through the town.", [], 4, None),
    (
        "A firefighter was hurt battling the blaze.",
        [("A firefighter", "victim", ("injured",), None)],
        None,
        1,
    ),
    (
        "A woman was stabbed in the chest during the robbery.",
        [("A woman", "victim", ("injured",), None)],
        None,
        1,
    ),
    (
        "The clerk was shot in the arm and is expected to survive.",
        [("The clerk", "victim", ("injured",), None)],
        None,
        1,
    ),
    (
        "Officer Dana White was shot in the shoulder.",
        [("Dana White", "officer", ("injured",), None)],
        None,
        1,
    ),
    (
        "A 42-year-old man was killed in the 400 block of Elm Street.",
        [("A 42-year-old man", "victim", ("killed",), 42)],
        1,
        None,
    ),
    ("Two men were shot and killed Saturday, police said.", [], 2, None),
    ("The boy's mother was wounded in the attack.", [("mother", "victim", ("injured",), None)], None, 1),
    (
        "The suspect was wounded and arrested.",
        [("The suspect", "suspect", ("arrested", "injured"), None)],
        None,
        1,
    ),
    (
        "The bomber was killed in the blast, officials said.",
        [("The bomber", "suspect", ("killed",), None)],
        1,
        None,
    ),
    (
        "A security guard was killed and two visitors were injured in the attack.",
        [("A security guard", "victim", ("killed",), None)],
        1,
        2,
    ),
    (
        "The 17-year-old was booked into juvenile detention.",
        [("The 17-year-old", "suspect", ("arrested",), 17)],
        None,
        None,
    ),
    (
        "A man and a woman were injured when their car was hit by a train.",
        [("A man", "victim", ("injured",), None), ("a woman", "victim", ("injured",), None)],
        None,
        2,
    ),
    (
        "The shooting victim, a 21-year-old man, remains in stable condition.",
        [("The shooting victim", "victim", ("injured",), None)],
        None,
        1,
    ),
    (
        "Authorities said the woman sustained burns to her arms.",
        [("the woman", "victim", ("injured",), None)],
        None,
        1,
    ),
    (
        "A man was killed Friday in a crash on Interstate 95.",
        [("A man", "victim", ("killed",), None)],
        1,
        None,
    ),
    (
        "The carjacker was fatally shot by the vehicle's owner.",
        [("The carjacker", "suspect", ("killed",), None)],
        1,
        None,
    ),
    (
        "Ellen Park, 61, was killed when her home collapsed in the storm.",
        [("Ellen Park", "victim", ("killed",), 61)],
        1,
        None,
    ),
    ("Witnesses called 911 at 10:30 p.m. after hearing shots.", [], None, None),
    ("A bystander was hit by a stray bullet.", [("A bystander", "bystander", ("injured",), None)], None, 1),
    ("Nobody was hurt in the incident.", [], 0, 0),
    (
        "Kevin Ward was taken into custody and charged with manslaughter.",
        [("Kevin Ward", "suspect", ("charged",), None)],
        None,
        None,
    ),
    ("The girl, 12, was listed in serious condition.", [("The girl", "victim", ("injured",), 12)], None, 1),
    ("A soldier died after the convoy was attacked.", [("A soldier", "victim", ("killed",), None)], 1, None),
    (
        "A motorist was killed when a bridge collapsed during the flood.",
        [("A motorist", "victim", ("killed",), None)],
        1,
        None,
    ),
    ("Two gunmen killed three people at the market.", [], 3, None),
    ("Nine people were shot to death during a prayer meeting.", [], 9, None),
    (
        "Police are investigating the shooting death of an 11-year-old boy.",
        [("an 11-year-old boy", "victim", ("killed",), 11)],
        1,
        None,
    ),
    (
        "The fatal shooting of a 30-year-old man remains unsolved.",
        [("a 30-year-old man", "victim", ("killed",), 30)],
        1,
        None,
    ),
    (
        "A 2-year-old boy shot himself in the leg with a handgun.",
        [("A 2-year-old boy", "victim", ("injured",), 2)],
        None,
        1,
    ),
    # issue 14, second round: self-harm by a perpetrator, lists of victims, "and N others"
    (
        "The attacker stabbed three commuters on the platform before killing himself.",
        [("The attacker", "suspect", ("killed",), None)],
        1,
        3,
    ),
    (
        "Deputies said the driver rammed a patrol car and then took his own life.",
        [("the driver", "victim", ("killed",), None)],
        1,
        None,
    ),
    (
        "The farmer shot his neighbor during the dispute and then shot himself.",
        [("The farmer", "suspect", ("injured",), None), ("neighbor", "victim", ("injured",), None)],
        None,
        2,
    ),
    (
        "Prosecutors say Dale Pruitt, 51, set fire to the duplex and then turned a rifle on himself.",
        [("Dale Pruitt", "victim", ("injured",), 51)],
        None,
        1,
    ),
    (
        "The blaze killed a grandmother, two teenagers and a toddler in the farmhouse.",
        [("a grandmother", "victim", ("killed",), None), ("a toddler", "victim", ("killed",), None)],
        4,
        None,
    ),
    (
        "The tornado killed two adults and a child and injured 14 others across the county.",
        [("a child", "victim", ("killed",), None)],
        3,
        14,
    ),
    (
        "The bus crash killed one passenger and injured six others on Route 9.",
        [("one passenger", "victim", ("killed",), None)],
        1,
        6,
    ),
    (
        "One climber died in the avalanche and two others were hurt, rangers said.",
        [],
        1,
        2,
    ),
    (
        "The officer who fired the shots was placed on administrative leave.",
        [],
        None,
        None,
    ),
    (
        "A 4-year-old accidentally shot himself at a relative's home. The boy has died, the coroner said.",
        [("The boy", "victim", ("injured", "killed"), 4)],
        1,
        None,
    ),
    (
        "A girl was pulled from the burning car. The child was flown to a burn unit.",
        [],
        None,
        None,
    ),
    # The perpetrator is whoever their own clause has harm others, whatever noun describes them.
    (
        "A woman who was accused of stabbing three neighbors was found dead in her car on Monday, deputies said.",
        [("A woman", "suspect", ("killed",), None)],
        1,
        3,
    ),
    (
        "A man who shot two coworkers at a warehouse later died at a hospital.",
        [("A man", "suspect", ("killed",), None)],
        1,
        2,
    ),
    (
        "A man who was shot by his neighbor died Sunday.",
        [("A man", "victim", ("killed",), None)],
        1,
        None,
    ),
    # A murder-suicide in the lead: its perpetrator died too, unless the sentence is about another.
    (
        "A 12-year-old boy was killed in what police called a murder-suicide at a trailer park on Sunday.",
        [("A 12-year-old boy", "victim", ("killed",), 12), ("murder-suicide", "suspect", ("killed",), None)],
        2,
        None,
    ),
    (
        "The county saw a similar murder-suicide last year, when a pilot killed his wife.",
        [],
        None,
        None,
    ),
    # "fatally wounded", "mortally injured": a wound verb the text says killed (issue 14, s4).
    (
        "The robber was fatally wounded by a deputy outside the pawn shop.",
        [("The robber", "suspect", ("killed",), None)],
        1,
        None,
    ),
    (
        "A utility worker was mortally injured when the storm brought a pole down on his truck.",
        [("A utility worker", "victim", ("killed",), None)],
        1,
        None,
    ),
    # A negation on the auxiliary still negates: "was not fatally wounded".
    (
        "A 6-year-old boy was also hit in the arm, but was not fatally wounded, the sheriff said.",
        [("A 6-year-old boy", "victim", ("injured",), 6)],
        None,
        1,
    ),
    # "passed away": a phrasal verb of dying.
    (
        "A 71-year-old man has passed away from the burns he suffered in the brush fire.",
        [("A 71-year-old man", "victim", ("killed",), 71)],
        1,
        None,
    ),
    (
        "Court records show the boy's grandmother passed away in a crash on Route 4.",
        [("grandmother", "victim", ("killed",), None)],
        1,
        None,
    ),
    # "after being shot": a passive gerund's patient is the subject of its clause.
    (
        "A woman remains in critical condition after being stabbed at a bus stop on Friday.",
        [("A woman", "victim", ("injured",), None)],
        None,
        1,
    ),
    (
        "A 15-year-old died Saturday after being struck by a hit-and-run driver on Elm Road.",
        [("A 15-year-old", "victim", ("injured", "killed"), 15)],
        1,
        None,
    ),
    # A dateline that the parse takes for the subject: the person is its apposition.
    (
        "DULUTH, Minn. - A 40-year-old driver died after his pickup slid off the icy highway.",
        [("A 40-year-old driver", "victim", ("killed",), 40)],
        1,
        None,
    ),
    # An attempted killing kills no one; a killing does (court style).
    (
        "He is charged in the attempted murder of a store clerk during a robbery in March.",
        [],
        None,
        None,
    ),
    (
        "She pleaded guilty Tuesday to the murder of a store clerk during a robbery in March.",
        [("a store clerk", "victim", ("killed",), None)],
        1,
        None,
    ),
    # The event is no act of the person it is said of: "killed in a drive-by shooting".
    # a participle joined to a passive verb, its "was" left out: its subject was harmed
    (
        "A woman was killed and her son wounded when gunmen opened fire on their car near Kandahar.",
        [("A woman", "victim", ("killed",), None), ("son", "victim", ("injured",), None)],
        1,
        1,
    ),
    (
        "The driver was arrested and his passenger released without charge.",
        [("The driver", "suspect", ("arrested",), None)],
        None,
        None,
    ),
    # the person an appointment or a resignation is about
    (
        "Galway's hurling manager, Ciaran Boyle, stepped down on Sunday after the final.",
        [("Ciaran Boyle", "principal", ("resigned",), None)],
        None,
        None,
    ),
    (
        "The board appointed Ana Pires, 45, as chief executive on Monday.",
        [("Ana Pires", "principal", ("appointed",), 45)],
        None,
        None,
    ),
    ("The coach stepped onto the pitch and waved to the crowd.", [], None, None),
    ("Armed officers stood down after the man surrendered.", [], None, None),
    (
        "Cook from Dayton killed in drive-by shooting outside diner, police say.",
        [("Cook", "victim", ("killed",), None)],
        1,
        None,
    ),
    # verdicts: "guilty" states the charge held; "not guilty" states nothing
    (
        "A jury in Tallinn found Mart Kask guilty of taking bribes on Thursday.",
        [("Mart Kask", "suspect", ("charged",), None)],
        None,
        None,
    ),
    (
        "Former mayor Lina Sorensen was found guilty of fraud in a Copenhagen court.",
        [("Lina Sorensen", "suspect", ("charged",), None)],
        None,
        None,
    ),
    ("The accountant, Oskar Lind, was found not guilty of all counts.", [], None, None),
    (
        "Judge Anna Holm found Erik Dahl guilty of arson at the end of a two-day trial.",
        [("Erik Dahl", "suspect", ("charged",), None)],
        None,
        None,
    ),
    ("Two of the defendants, Ilse Marr and Jonas Vick, refused to plead guilty.", [], None, None),
    # an arrest denied is no harm denied: nobody is "unharmed"
    ("The driver, Tomas Berg, was not arrested, police in Uppsala said.", [], None, None),
]


def test_table_is_large() -> None:
    assert len(TABLE) >= 60


@pytest.mark.parametrize(("text", "people", "killed", "injured"), TABLE, ids=[r[0][:50] for r in TABLE])
def test_participants_and_totals(  # type: ignore[no-untyped-def]
    parse,
    text: str,
    people: list[tuple[str, str, tuple[str, ...], int | None]],
    killed: int | None,
    injured: int | None,
) -> None:
    doc = parse(text)
    entries = source_entries(list(extract_participants(doc, source="s")))
    # people one by one; groups ("two officers were wounded") are tested in test_participant_targets
    got = [
        (e.name or e.description, e.role, tuple(sorted(e.statuses)), e.age) for e in entries if not e.group
    ]
    assert got == people
    counts = list(extract_counts(doc, source="s"))
    for kind, want in (("killed", killed), ("injured", injured)):
        estimate = source_estimate(kind, counts, entries)
        assert (estimate.value if estimate is not None else None) == want, kind


def test_evidence_indexes_the_text(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Police said Ana Ruiz, 34, was fatally shot. Her son, 9, was wounded."
    for m in extract_participants(parse(text), source="s"):
        assert text[m.evidence.start : m.evidence.end] == m.evidence.text


def test_a_murder_suicide_told_late_is_not_read(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A barn burned down on Route 9 overnight. Crews fought the fire for hours. "
        "Nobody was hurt. A neighbor said the farm was sold after a murder-suicide there."
    )
    assert [m.role for m in extract_participants(parse(text), source="s")] == []


def test_murder_suicide_evidence_indexes_the_text(parse) -> None:  # type: ignore[no-untyped-def]
    text = "Deputies said a teacher was found dead in an apparent murder-suicide at her home."
    found = [m for m in extract_participants(parse(text), source="s") if m.role == "suspect"]
    assert [m.evidence.text for m in found] == ["murder-suicide"]
    assert all(text[m.evidence.start : m.evidence.end] == m.evidence.text for m in found)

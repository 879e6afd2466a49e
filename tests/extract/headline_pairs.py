"""Headline/body pairs written for the headline tests: sports, crime, politics, business,
disasters. Each row: (kind, title, body, what the record must hold that only the title says).

`people`, `places`: names the record lists with evidence in the title; `count`: (kind, value) of
a figure only the title gives; `speaker`: who the body's "he said" / "she said" is.
"""

from __future__ import annotations

from typing import NamedTuple


class Pair(NamedTuple):
    kind: str
    title: str
    body: str
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    count: tuple[str, float] | None = None
    speaker: str | None = None


PAIRS = [
    Pair(
        "sports",
        "Zebulon Fairweather wins the Dunmore marathon",
        "The 31-year-old runner crossed the line in two hours and nine minutes on Sunday.\n\n"
        '"I trained for this race for two years and I am so happy," he said after the finish.',
        people=("Zebulon Fairweather",),
        speaker="Zebulon Fairweather",
    ),
    Pair(
        "sports",
        "Rovers Sack Manager Callum Brennick After Cup Exit",
        "The club confirmed the decision on Monday, two days after the defeat.\n\n"
        '"It has been an honour to lead this team through some hard seasons," he said in a statement.',
        people=("Callum Brennick",),
        speaker="Callum Brennick",
    ),
    Pair(
        "sports",
        "Tennis star Marisol Quintero retires at 29",
        "The former world number three announced the decision at a news conference on Friday.\n\n"
        '"My body cannot take another season on the tour," she said.',
        people=("Marisol Quintero",),
        speaker="Marisol Quintero",
    ),
    Pair(
        "sports",
        "Goalkeeper Anders Lindqvist Joins Hamburg On Loan",
        "The 24-year-old will stay with the club until the end of the season, it said on Tuesday.",
        people=("Anders Lindqvist",),
        places=("Hamburg",),
    ),
    Pair(
        "crime",
        "Man, 34, charged with murder of Dunmore woman",
        "A man has been charged with murder after a woman was found dead at a house on Friday, police "
        "said. He is due to appear in court on Monday.",
        places=("Dunmore",),
    ),
    Pair(
        "crime",
        "Teodor Varga, 41, Charged In Riverside Stabbing",
        "Police said the suspect was arrested on Saturday night after a man was stabbed outside a bar. "
        "The victim is in a stable condition.",
        people=("Teodor Varga",),
    ),
    Pair(
        "crime",
        "Shooting in Elkhart leaves 2 dead",
        "Police were called to an apartment block shortly after midnight and found the victims in a "
        "stairwell. No arrests have been made.",
        places=("Elkhart",),
        count=("killed", 2),
    ),
    Pair(
        "crime",
        "Jewellery shop robbed in Duluth, 3 arrested",
        "Officers detained the suspects near the scene within an hour, a police spokeswoman said. Watches "
        "and rings worth thousands of pounds were recovered.",
        places=("Duluth",),
        count=("arrested", 3),
    ),
    Pair(
        "crime",
        "Prosecutor Hollis Drummond Drops Charges Against Bar Owner",
        "The charges were dropped on Wednesday, four months after the arrest.\n\n"
        '"There is no longer a case that I can take to a jury," he told reporters outside the court.',
        people=("Hollis Drummond",),
        speaker="Hollis Drummond",
    ),
    Pair(
        "politics",
        "Mayor Ines Okafor resigns after Harwell audit",
        "The mayor announced her resignation on Thursday, a week after auditors found missing funds.\n\n"
        '"I take full responsibility for what happened under my watch," she said.',
        people=("Ines Okafor",),
        speaker="Ines Okafor",
    ),
    Pair(
        "politics",
        "Senator Rhys Calloway Announces Run For Governor",
        "The first-term lawmaker made the announcement at a rally on Saturday evening.\n\n"
        '"This state deserves leaders who listen to working families," he said to cheers.',
        people=("Rhys Calloway",),
        speaker="Rhys Calloway",
    ),
    Pair(
        "politics",
        "Parliament in Wellington votes to dissolve, elections set for June",
        "Lawmakers backed the motion by a wide margin on Tuesday after weeks of deadlock over the budget.",
        places=("Wellington",),
    ),
    Pair(
        "politics",
        "Premier Aldous Finch survives confidence vote",
        "The vote passed by 61 to 54 late on Wednesday night after a day of heated debate.\n\n"
        '"We now have a mandate to finish what we started," he told the chamber.',
        people=("Aldous Finch",),
        speaker="Aldous Finch",
    ),
    Pair(
        "politics",
        "Councillor Priya Ramanathan Quits Over Housing Plan",
        "She had sat on the planning committee for six years.\n\n"
        '"I cannot support a plan that pushes families out of their homes," she said.',
        people=("Priya Ramanathan",),
        speaker="Priya Ramanathan",
    ),
    Pair(
        "business",
        "Brightwell Foods to cut 450 jobs",
        "The company said on Monday that it would close two plants by the end of the year as demand falls.",
        count=("other", 450),
    ),
    Pair(
        "business",
        "CEO Dana Whitcombe Steps Down At Larkfield Bank",
        "The lender said the chief executive would leave at the end of the month after eight years in "
        "the job.\n\n"
        '"It is the right time for new leadership," she said in a statement.',
        people=("Dana Whitcombe",),
        speaker="Dana Whitcombe",
    ),
    Pair(
        "business",
        "Harbour Air strike grounds 120 flights in Galveston",
        "Pilots walked out at dawn on Friday over pay, the union said. Passengers were told to check "
        "with the airline before travelling.",
        places=("Galveston",),
        count=("other", 120),
    ),
    Pair(
        "business",
        "Founder Osei Mensah sells stake in Tamale start-up",
        "The sale was completed on Thursday, the firm said, without giving a price.\n\n"
        '"I am proud of what the team has built over ten years," he said.',
        people=("Osei Mensah",),
        places=("Tamale",),
        speaker="Osei Mensah",
    ),
    Pair(
        "disaster",
        "Warehouse Fire Kills 3 In Swansea",
        "Crews fought the blaze for six hours before bringing it under control, the fire service said. "
        "The cause is not yet known.",
        places=("Swansea",),
        count=("killed", 3),
    ),
    Pair(
        "disaster",
        "Flooding in Moldova displaces 5,000",
        "Heavy rain since Sunday has swollen rivers across the region, and more rain is forecast for "
        "the coming days.",
        places=("Moldova",),
        count=("displaced", 5000),
    ),
    Pair(
        "disaster",
        "Earthquake of magnitude 6.1 strikes off Castellan coast, 12 injured",
        "The quake struck at a depth of 10 kilometres shortly before dawn, the geological survey said. "
        "Several buildings collapsed in coastal towns.",
        count=("injured", 12),
    ),
    Pair(
        "disaster",
        "Bus crash near Udine kills 7",
        "The bus left the road on a mountain bend and fell into a ravine on Saturday afternoon, "
        "rescuers said.",
        places=("Udine",),
        count=("killed", 7),
    ),
]

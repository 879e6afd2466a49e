"""Every kind of news, anywhere: short articles written for these tests (a headline, a few
sentences, a publication date in news-please JSON) about events of many kinds in many countries,
in wire, local, court, business and sports style, each with what a careful reader says of it:
the event's kind, its day, its town and country, its dead and injured, and the people the record
should name as taking part.

Expectations are the reader's, never the tool's. `None` means the text does not say (no town
named, no day given) or that the notion does not apply (a deal has no dead, a deal's place is
where it was announced only if the article says so). Rows that wait for a capability other work
is building are marked `xfail(strict=True)` with that capability, so they flip when it lands.

Each article is its own record: one pipeline run over the folder, then one merge per article.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from eventfacts.ingest import select_inputs
from eventfacts.lexicon import KINDS_BY_NAME
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.records import DocFacts, EventRecord, PlaceLevel

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True, slots=True)
class Row:
    """One article and what a reader says of it."""

    style: str  # "wire" | "local" | "court" | "business" | "sports"
    published: str  # the news-please date_publish
    title: str
    text: str
    kind: str
    day: str | None
    city: str | None
    country: str | None
    killed: int | None
    injured: int | None
    people: tuple[str, ...] = ()  # named participants the record should list


# What a row waits for: capabilities other work is building (h30z, hplace, h32d, h30fit), and
# causes no work has taken up yet. A row is marked with every cause it fails by.
ZERO = "zero counts: 'no reports of deaths' is 0 (h30z)"
PLACE = "place disambiguation: where it happened over the dateline, the country by context (hplace)"
TOWN_AS_NAME = "place: a town NER reads as a person or organization ('rattled Agadir', 'FC Basel')"
HOSPITAL = "counts: 'taken to hospital', 'treated for', 'with injuries' are the injured"
DATE = "dates: the word a date is bound to ('buried houses', 'jailed for', 'said ... would') (h32d)"
TOLL = "toll: a charge story's own toll (h30fit, h30z)"


def waits(row: Row, *reasons: str) -> object:
    return pytest.param(row, marks=pytest.mark.xfail(strict=True, reason="; ".join(reasons)))


ROWS: list[object] = [
    # ------------------------------------------------------------------ earthquakes
    Row(
        "wire",
        "2024-03-06 07:40:00",
        "Quake kills three in eastern Turkey",
        "MALATYA, Turkey (Reuters) - A magnitude 5.9 earthquake struck the eastern Turkish city of "
        "Malatya on Tuesday, killing three people and injuring 52, the disaster agency said. Several "
        "old buildings collapsed in the city centre, and rescue teams searched the rubble through "
        "the night.",
        "earthquake",
        "2024-03-05",
        "Malatya",
        "Turkey",
        3,
        52,
    ),
    waits(
        Row(
            "local",
            "2023-11-09 10:00:00",
            "Earthquake damages homes on Lombok",
            "At least 140 houses were damaged when a magnitude 5.6 earthquake hit Mataram, the main "
            "city on the island of Lombok, early on Wednesday, local officials said. One woman was "
            "killed when a wall fell on her, and eleven people were treated in hospital for injuries.",
            "earthquake",
            "2023-11-08",
            "Mataram",
            "Indonesia",
            1,
            11,
        ),
        TOWN_AS_NAME,
        HOSPITAL,
    ),
    Row(
        "wire",
        "2025-01-15 06:30:00",
        "Strong earthquake shakes southern Peru",
        "LIMA (AP) — A magnitude 6.8 earthquake shook southern Peru on Tuesday, injuring 14 people "
        "in the city of Arequipa and cracking the walls of two colonial churches, the civil defense "
        "institute said. There were no reports of deaths.",
        "earthquake",
        "2025-01-14",
        "Arequipa",
        "Peru",
        0,
        14,
    ),
    waits(
        Row(
            "local",
            "2025-09-09 08:00:00",
            "Tremor rattles Agadir",
            "A magnitude 4.8 earthquake rattled Agadir on Monday evening, sending residents into the "
            "streets. Moroccan authorities said there were no reports of casualties.",
            "earthquake",
            "2025-09-08",
            "Agadir",
            "Morocco",
            0,
            0,
        ),
        TOWN_AS_NAME,
        ZERO,
    ),
    # ------------------------------------------------------------------ storms and floods
    Row(
        "wire",
        "2024-10-25 09:10:00",
        "Typhoon leaves 12 dead in northern Philippines",
        "MANILA, Philippines (AP) — A typhoon slammed into the coastal town of Aparri on Thursday, "
        "killing 12 people and injuring 30 as it tore roofs off homes and flooded farmland, disaster "
        "officials said. Nearly 20,000 villagers fled to evacuation centers.",
        "storm",
        "2024-10-24",
        "Aparri",
        "Philippines",
        12,
        30,
    ),
    waits(
        Row(
            "local",
            "2024-12-09 11:20:00",
            "Storm brings down trees across Cornwall",
            "A woman was injured when a tree fell on her car in Truro during Sunday's storm, Devon and "
            "Cornwall Police said. Gusts of up to 80mph closed roads across the county and left 9,000 "
            "homes without power.",
            "storm",
            "2024-12-08",
            "Truro",
            "United Kingdom",
            None,
            1,
        ),
        PLACE,
    ),
    Row(
        "wire",
        "2024-08-23 12:00:00",
        "Floods kill 15 in eastern Bangladesh",
        "DHAKA (Reuters) - Flash floods set off by days of heavy rain killed 15 people in and around "
        "the town of Feni on Wednesday, officials said on Friday. About 300,000 people are stranded "
        "and the army has been called in to help.",
        "storm",
        "2024-08-21",
        "Feni",
        "Bangladesh",
        15,
        None,
    ),
    Row(
        "local",
        "2025-04-03 07:00:00",
        "Tornado rips through Kentucky town",
        "A tornado tore through Mayfield, Kentucky, late Wednesday, destroying dozens of homes and "
        "injuring seven people, emergency officials said. No deaths were reported.",
        "storm",
        "2025-04-02",
        "Mayfield",
        "United States",
        0,
        7,
    ),
    waits(
        Row(
            "wire",
            "2023-10-30 05:50:00",
            "Landslide buries homes in Colombian village",
            "BOGOTA (Reuters) - A landslide buried six houses near the town of Quibdo in western Colombia "
            "on Sunday, killing nine people, the disaster agency said. Four people were pulled alive "
            "from the mud with injuries.",
            "storm",
            "2023-10-29",
            "Quibdó",
            "Colombia",
            9,
            4,
        ),
        DATE,
        HOSPITAL,
    ),
    # ------------------------------------------------------------------ fires
    Row(
        "wire",
        "2024-05-27 06:00:00",
        "Fire at textile mill kills four in Surat",
        "SURAT, India (Reuters) - A fire broke out at a textile mill in Surat on Sunday, killing four "
        "workers and injuring nine, fire officials said. The blaze started in a dyeing unit and "
        "spread to a warehouse before it was put out.",
        "fire",
        "2024-05-26",
        "Surat",
        "India",
        4,
        9,
    ),
    Row(
        "local",
        "2025-01-20 09:00:00",
        "Bushfire destroys homes near Ballarat",
        "A bushfire destroyed six homes near Ballarat on Saturday afternoon, and a firefighter was "
        "taken to hospital with burns, the Country Fire Authority said. Residents of two nearby "
        "towns were told to leave.",
        "fire",
        "2025-01-18",
        "Ballarat",
        "Australia",
        None,
        1,
    ),
    Row(
        "local",
        "2023-02-14 08:30:00",
        "Two dead in Winnipeg apartment fire",
        "Two people died and three were taken to hospital after a fire in a three-storey apartment "
        "building in Winnipeg's West End early Monday, fire officials said. The cause is under "
        "investigation.",
        "fire",
        "2023-02-13",
        "Winnipeg",
        "Canada",
        2,
        3,
    ),
    Row(
        "wire",
        "2024-01-18 10:15:00",
        "Fire sweeps through market in Kano",
        "KANO, Nigeria (AP) — Fire swept through a crowded market in Kano on Wednesday night, "
        "destroying hundreds of stalls, emergency officials said. Five traders were treated for "
        "smoke inhalation.",
        "fire",
        "2024-01-17",
        "Kano",
        "Nigeria",
        None,
        5,
    ),
    Row(
        "local",
        "2024-07-31 13:00:00",
        "Volunteer firefighter dies in wildfire near Patras",
        "A volunteer firefighter died on Tuesday while battling a wildfire near Patras, the Greek "
        "fire service said. The blaze forced the evacuation of three villages and burned olive "
        "groves across the hills.",
        "fire",
        "2024-07-30",
        "Patras",
        "Greece",
        1,
        None,
    ),
    # ------------------------------------------------------------------ crashes
    Row(
        "wire",
        "2024-07-02 08:00:00",
        "Bus plunges into ravine in Peru, killing 26",
        "LIMA, Peru (Reuters) - A bus plunged into a ravine near the town of Huanta on Monday, "
        "killing 26 passengers and injuring 14, police said. The bus was travelling overnight from "
        "Lima.",
        "crash",
        "2024-07-01",
        "Huanta",
        "Peru",
        26,
        14,
    ),
    Row(
        "local",
        "2025-06-12 07:30:00",
        "Regional train derails near Augsburg, 20 hurt",
        "A regional train derailed near Augsburg on Wednesday evening, injuring 20 passengers, two "
        "of them seriously, Bavarian police said. The line to Munich stayed closed on Thursday.",
        "crash",
        "2025-06-11",
        "Augsburg",
        "Germany",
        None,
        20,
    ),
    Row(
        "local",
        "2024-09-16 06:45:00",
        "Teen killed in crash in Saratoga Springs",
        "A 17-year-old driver was killed and her passenger seriously injured when their car hit a "
        "tree in Saratoga Springs on Saturday night, New York State Police said. The driver was "
        "identified as Emily Hart.",
        "crash",
        "2024-09-14",
        "Saratoga Springs",
        "United States",
        1,
        1,
        ("Emily Hart",),
    ),
    waits(
        Row(
            "wire",
            "2023-05-30 09:00:00",
            "Plane crash kills 14 in Nepal",
            "KATHMANDU (AP) — A small passenger plane crashed shortly after takeoff from Pokhara on "
            "Monday, killing all 14 people on board, Nepal's civil aviation authority said. The cause "
            "of the crash was not yet known.",
            "crash",
            "2023-05-29",
            "Pokhara",
            "Nepal",
            14,
            None,
        ),
        PLACE,
    ),
    Row(
        "wire",
        "2023-12-23 08:20:00",
        "Ten killed as minibus hits truck in Egypt",
        "CAIRO (Reuters) - A minibus collided with a truck on a highway near Minya on Friday, "
        "killing 10 people and injuring eight, Egypt's health ministry said.",
        "crash",
        "2023-12-22",
        "Minya",
        "Egypt",
        10,
        8,
    ),
    Row(
        "local",
        "2024-02-28 04:00:00",
        "Tour bus overturns near Chiang Mai",
        "Twenty-five tourists were injured when their bus overturned on a mountain road near Chiang "
        "Mai on Tuesday, Thai police said. The driver told officers the brakes had failed.",
        "crash",
        "2024-02-27",
        "Chiang Mai",
        "Thailand",
        None,
        25,
    ),
    # ------------------------------------------------------------------ bombings
    Row(
        "wire",
        "2024-11-10 07:00:00",
        "Bomb kills eight in Peshawar market",
        "PESHAWAR, Pakistan (Reuters) - A bomb hidden on a motorcycle exploded in a crowded market "
        "in Peshawar on Saturday, killing eight people and wounding 23, police said. No group "
        "immediately claimed responsibility.",
        "bombing",
        "2024-11-09",
        "Peshawar",
        "Pakistan",
        8,
        23,
    ),
    Row(
        "wire",
        "2025-03-18 10:30:00",
        "Car bomb kills five outside Mogadishu hotel",
        "MOGADISHU, Somalia (AP) — A car bomb exploded outside a hotel in Mogadishu on Monday, "
        "killing five people and wounding 11, police said. Al-Shabab said it carried out the attack.",
        "bombing",
        "2025-03-17",
        "Mogadishu",
        "Somalia",
        5,
        11,
    ),
    Row(
        "local",
        "2024-06-04 09:00:00",
        "Explosive device damages police station in Cali",
        "An explosive device went off outside a police station in Cali on Sunday night, wounding "
        "three officers, Colombian police said. Authorities blamed a dissident rebel faction.",
        "bombing",
        "2024-06-02",
        "Cali",
        "Colombia",
        None,
        3,
    ),
    Row(
        "wire",
        "2024-01-11 06:00:00",
        "Roadside bomb kills four in Kirkuk",
        "KIRKUK, Iraq (Reuters) - A roadside bomb struck a minibus in Kirkuk on Wednesday, killing "
        "four passengers and wounding six, security sources said.",
        "bombing",
        "2024-01-10",
        "Kirkuk",
        "Iraq",
        4,
        6,
    ),
    # ------------------------------------------------------------------ air strikes
    Row(
        "wire",
        "2024-04-20 08:00:00",
        "Missile strike on Dnipro kills eight",
        "KYIV, Ukraine (AP) — A Russian missile strike on the city of Dnipro on Friday killed eight "
        "people and injured 28, the regional governor said. The missile hit a five-storey building "
        "near the railway station.",
        "air strike",
        "2024-04-19",
        "Dnipro",
        "Ukraine",
        8,
        28,
    ),
    Row(
        "wire",
        "2023-08-11 09:30:00",
        "Air strike on market kills 11 in northern Yemen",
        "An air strike hit a market in Saada, northern Yemen, on Thursday, killing 11 civilians and "
        "wounding 20, health officials said.",
        "air strike",
        "2023-08-10",
        "Saada",
        "Yemen",
        11,
        20,
    ),
    Row(
        "wire",
        "2024-10-15 07:00:00",
        "Air strike on house in southern Lebanon kills five",
        "BEIRUT (Reuters) - An Israeli air strike on a house in Tyre, in southern Lebanon, killed five "
        "people on Monday, Lebanon's health ministry said.",
        "air strike",
        "2024-10-14",
        "Tyre",
        "Lebanon",
        5,
        None,
    ),
    # ------------------------------------------------------------------ stabbings
    Row(
        "local",
        "2025-02-24 08:00:00",
        "Man stabbed outside nightclub in Leicester",
        "A 22-year-old man was stabbed outside a nightclub in Leicester city centre in the early "
        "hours of Sunday, Leicestershire Police said. He was taken to hospital with injuries that "
        "are not thought to be life-threatening. A 19-year-old man has been arrested.",
        "stabbing",
        "2025-02-23",
        "Leicester",
        "United Kingdom",
        None,
        1,
    ),
    Row(
        "wire",
        "2023-10-14 09:00:00",
        "Knife attack at Lyon station wounds three",
        "PARIS (Reuters) - A man armed with a knife attacked passers-by at a train station in Lyon on "
        "Friday, wounding three people before police detained him, officials said.",
        "stabbing",
        "2023-10-13",
        "Lyon",
        "France",
        None,
        3,
    ),
    Row(
        "local",
        "2024-03-12 10:00:00",
        "Woman dies after stabbing at Uppsala shopping centre",
        "Two people were stabbed at a shopping centre in Uppsala on Monday afternoon, police said. "
        "One of them, a 45-year-old woman, died in hospital; the other is seriously injured. Police "
        "arrested a 31-year-old man at the scene.",
        "stabbing",
        "2024-03-11",
        "Uppsala",
        "Sweden",
        1,
        1,
    ),
    Row(
        "wire",
        "2023-08-05 03:00:00",
        "Four wounded in knife attack on Osaka train",
        "OSAKA, Japan (Kyodo) - A man with a kitchen knife wounded four people on a commuter train "
        "in Osaka on Friday evening, police said. Officers arrested Takeshi Ono, 26, at the next "
        "station.",
        "stabbing",
        "2023-08-04",
        "Osaka",
        "Japan",
        None,
        4,
        ("Takeshi Ono",),
    ),
    # ------------------------------------------------------------------ shootings
    Row(
        "local",
        "2024-07-08 07:00:00",
        "Man killed, two wounded in Dayton shooting",
        "A 28-year-old man was killed and two other people were wounded in a shooting outside a "
        "convenience store in Dayton on Saturday night, police said. The man was identified as "
        "Jamal Reed. No arrests have been made.",
        "shooting",
        "2024-07-06",
        "Dayton",
        "United States",
        1,
        2,
        ("Jamal Reed",),
    ),
    Row(
        "wire",
        "2025-08-18 08:00:00",
        "Gunmen kill seven at family party in central Mexico",
        "MEXICO CITY (AP) — Gunmen opened fire on a family party in the city of Celaya on Sunday, "
        "killing seven people and wounding five, state prosecutors said. Celaya has been hit hard by "
        "fighting between drug cartels.",
        "shooting",
        "2025-08-17",
        "Celaya",
        "Mexico",
        7,
        5,
    ),
    Row(
        "local",
        "2023-04-05 09:00:00",
        "Two teenagers shot dead in Salvador",
        "Police in Salvador said two teenagers were shot dead in the Liberdade neighbourhood on "
        "Tuesday night. Witnesses told officers that men on a motorcycle fired several times before "
        "fleeing.",
        "shooting",
        "2023-04-04",
        "Salvador",
        "Brazil",
        2,
        None,
    ),
    # ------------------------------------------------------------------ other attacks
    Row(
        "wire",
        "2024-02-20 06:00:00",
        "Militants kill 15 soldiers in Burkina Faso",
        "OUAGADOUGOU (Reuters) - Suspected jihadists attacked a military base near Djibo in northern "
        "Burkina Faso on Sunday, killing 15 soldiers, security sources said.",
        "attack",
        "2024-02-18",
        "Djibo",
        "Burkina Faso",
        15,
        None,
    ),
    Row(
        "local",
        "2025-06-02 09:00:00",
        "Shepherd hurt in bear attack",
        "A shepherd was seriously injured when a bear attacked him in the hills near Brasov on "
        "Sunday, Romanian emergency services said. He was flown to hospital by helicopter.",
        "attack",
        "2025-06-01",
        "Brașov",
        "Romania",
        None,
        1,
    ),
    # ------------------------------------------------------------------ robberies and escapes
    Row(
        "wire",
        "2024-02-02 08:00:00",
        "Thieves steal jewels from Rotterdam shop",
        "AMSTERDAM (Reuters) - Thieves stole jewellery worth about 2 million euros from a shop in "
        "Rotterdam on Thursday, Dutch police said. They smashed the window with a hammer and fled "
        "on scooters.",
        "robbery",
        "2024-02-01",
        "Rotterdam",
        "Netherlands",
        None,
        None,
    ),
    Row(
        "local",
        "2024-10-08 10:00:00",
        "Guards wounded in cash van heist near Pretoria",
        "Armed robbers ambushed a cash-in-transit van near Pretoria on Monday morning and escaped "
        "with an undisclosed sum, police said. Two security guards were wounded in the shootout.",
        "robbery",
        "2024-10-07",
        "Pretoria",
        "South Africa",
        None,
        2,
    ),
    Row(
        "wire",
        "2024-09-07 08:00:00",
        "Two inmates escape from Thessaloniki prison",
        "ATHENS (Reuters) - Two inmates escaped from a prison in Thessaloniki on Friday by climbing "
        "over a wall with knotted bedsheets, Greek police said. A search was under way.",
        "escape",
        "2024-09-06",
        "Thessaloniki",
        "Greece",
        None,
        None,
    ),
    # ------------------------------------------------------------------ protests
    Row(
        "wire",
        "2024-06-26 06:00:00",
        "Police fire tear gas at tax protesters in Nairobi",
        "NAIROBI, Kenya (Reuters) - Thousands of protesters marched through central Nairobi on "
        "Tuesday against proposed tax rises, and police fired tear gas to disperse them. Medics said "
        "31 people were injured.",
        "protest",
        "2024-06-25",
        "Nairobi",
        "Kenya",
        None,
        31,
    ),
    Row(
        "wire",
        "2024-05-10 07:00:00",
        "Students march in Buenos Aires against university cuts",
        "BUENOS AIRES (Reuters) - Tens of thousands of students and teachers marched in Buenos Aires "
        "on Thursday to protest budget cuts to public universities. The march ended peacefully "
        "outside the Congress building.",
        "protest",
        "2024-05-09",
        "Buenos Aires",
        "Argentina",
        None,
        None,
    ),
    Row(
        "local",
        "2023-06-05 08:00:00",
        "Farmers block roads around Poznan",
        "Farmers blocked roads around Poznan on Sunday to protest against cheap grain imports, "
        "driving tractors into the city centre, police said. Traffic was halted for several hours.",
        "protest",
        "2023-06-04",
        "Poznań",
        "Poland",
        None,
        None,
    ),
    Row(
        "wire",
        "2024-03-04 05:00:00",
        "Doctors rally in Seoul against training plan",
        "SEOUL (Yonhap) - Thousands of doctors rallied in central Seoul on Sunday against a "
        "government plan to admit more medical students, organisers said.",
        "protest",
        "2024-03-03",
        "Seoul",
        "South Korea",
        None,
        None,
    ),
    Row(
        "wire",
        "2025-05-16 08:00:00",
        "Police use water cannon on students in Santiago",
        "SANTIAGO (AP) — Police used water cannon and tear gas on Thursday against students "
        "protesting in Santiago for free public transport. Officials said six police officers were "
        "injured.",
        "protest",
        "2025-05-15",
        "Santiago",
        "Chile",
        None,
        6,
    ),
    # ------------------------------------------------------------------ arrests and charges
    Row(
        "local",
        "2024-11-19 09:00:00",
        "Man arrested over Limerick burglaries",
        "Gardai arrested a 34-year-old man in Limerick on Monday in connection with a series of "
        "burglaries in the city, a Garda spokesperson said. He is being held at Henry Street Garda "
        "station.",
        "arrest",
        "2024-11-18",
        "Limerick",
        "Ireland",
        None,
        None,
    ),
    Row(
        "wire",
        "2025-09-24 07:00:00",
        "Spanish police arrest 15 in Valencia drug raid",
        "MADRID (Reuters) - Spanish police arrested 15 people in Valencia on Tuesday in a raid on a "
        "gang suspected of smuggling cocaine through the city's port, the Interior Ministry said.",
        "arrest",
        "2025-09-23",
        "Valencia",
        "Spain",
        None,
        None,
    ),
    waits(
        Row(
            "court",
            "2024-08-14 09:00:00",
            "Man charged with murder in death of neighbour",
            "Police in Hamilton, Ontario, said on Tuesday that a man has been charged with second-degree "
            "murder in the death of his neighbour. Kevin Doucette, 45, was arrested at his home and will "
            "appear in court on Wednesday.",
            "charge",
            "2024-08-13",
            "Hamilton",
            "Canada",
            None,
            None,
            ("Kevin Doucette",),
        ),
        TOLL,
    ),
    Row(
        "court",
        "2025-03-07 09:00:00",
        "Driver charged over death of cyclist in Geelong",
        "A 27-year-old woman was charged on Thursday with dangerous driving causing death after a "
        "crash that killed a cyclist in Geelong last month, Victoria Police said. Chloe Barrett will "
        "appear in Geelong Magistrates' Court in April.",
        "charge",
        "2025-03-06",
        "Geelong",
        "Australia",
        None,
        None,
        ("Chloe Barrett",),
    ),
    Row(
        "wire",
        "2023-11-22 06:00:00",
        "Thai police arrest fugitive in Pattaya",
        "BANGKOK (Reuters) - Thai police arrested a fugitive wanted in Germany for fraud at a hotel in "
        "Pattaya on Tuesday, police said. Martin Keller, 52, will be deported.",
        "arrest",
        "2023-11-21",
        "Pattaya",
        "Thailand",
        None,
        None,
        ("Martin Keller",),
    ),
    # ------------------------------------------------------------------ trials, verdicts, sentences
    Row(
        "court",
        "2024-01-23 08:00:00",
        "Trial opens in Naples over fake invoice scheme",
        "The trial of eleven people accused of running a fake-invoice scheme that cost the state 40 "
        "million euros opened in Naples on Monday. Prosecutors say the group used shell companies "
        "across southern Italy.",
        "trial",
        "2024-01-22",
        "Naples",
        "Italy",
        None,
        None,
    ),
    Row(
        "court",
        "2023-09-14 08:00:00",
        "Trial begins over arson attack on Bergen mosque",
        "The trial of a man accused of setting fire to a mosque in Bergen opened on Wednesday at "
        "Bergen District Court. The 39-year-old denies the charge. Nobody was in the building at the "
        "time of the fire.",
        "trial",
        "2023-09-13",
        "Bergen",
        "Norway",
        None,
        None,
    ),
    Row(
        "court",
        "2024-04-26 08:00:00",
        "Care worker found guilty of stealing from residents",
        "A care worker was found guilty on Thursday of stealing more than 40,000 pounds from elderly "
        "residents of a nursing home in Swansea. Rhian Pritchard, 44, was convicted of 12 counts of "
        "theft at Swansea Crown Court and will be sentenced next month.",
        "verdict",
        "2024-04-25",
        "Swansea",
        "United Kingdom",
        None,
        None,
        ("Rhian Pritchard",),
    ),
    Row(
        "court",
        "2025-10-31 08:00:00",
        "Jury convicts man of 2023 gas station killings",
        "A jury in Tulsa convicted a man on Thursday of murdering two people at a gas station in "
        "2023. Derrick Stone, 36, faces life in prison when he is sentenced in December.",
        "verdict",
        "2025-10-30",
        "Tulsa",
        "United States",
        None,
        None,
        ("Derrick Stone",),
    ),
    Row(
        "court",
        "2023-07-19 08:00:00",
        "Former municipal manager acquitted of corruption",
        "A court in Durban on Tuesday acquitted a former municipal manager of corruption charges, "
        "ruling that the state had failed to prove he took bribes. Prosecutors said they would "
        "study the judgment.",
        "verdict",
        "2023-07-18",
        "Durban",
        "South Africa",
        None,
        None,
    ),
    Row(
        "court",
        "2025-02-11 08:00:00",
        "Former bank employee jailed for embezzlement",
        "The Tokyo District Court on Monday sentenced a former bank employee to six years in prison "
        "for embezzling 1.2 billion yen from customers. Hiroshi Tanaka, 49, had admitted the charges.",
        "sentencing",
        "2025-02-10",
        "Tokyo",
        "Japan",
        None,
        None,
        ("Hiroshi Tanaka",),
    ),
    Row(
        "court",
        "2023-03-31 08:00:00",
        "Drunk driver jailed for killing pedestrian",
        "A Christchurch man who killed a pedestrian while driving drunk was jailed for four years on "
        "Thursday. Shane Walker, 31, was sentenced in the Christchurch District Court.",
        "sentencing",
        "2023-03-30",
        "Christchurch",
        "New Zealand",
        None,
        None,
        ("Shane Walker",),
    ),
    Row(
        "court",
        "2024-12-05 08:00:00",
        "Man gets life for killing former partner",
        "A court in Cologne on Wednesday sentenced a 38-year-old man to life in prison for stabbing "
        "his former partner to death in her flat last year. The judges found that he had planned "
        "the attack.",
        "sentencing",
        "2024-12-04",
        "Cologne",
        "Germany",
        None,
        None,
    ),
    # ------------------------------------------------------------------ elections
    Row(
        "wire",
        "2024-03-11 06:00:00",
        "Centre-right alliance narrowly wins Portugal election",
        "LISBON (Reuters) - Portugal's centre-right Democratic Alliance narrowly won Sunday's "
        "parliamentary election, official results showed, but fell well short of a majority.",
        "election",
        "2024-03-10",
        None,
        "Portugal",
        None,
        None,
    ),
    Row(
        "local",
        "2024-10-07 08:00:00",
        "Porto Alegre elects new mayor",
        "Voters in Porto Alegre elected a new mayor on Sunday, choosing a former city councillor in "
        "a runoff dominated by the city's recovery from floods. Turnout was 68 percent.",
        "election",
        "2024-10-06",
        "Porto Alegre",
        "Brazil",
        None,
        None,
    ),
    Row(
        "wire",
        "2024-11-14 06:00:00",
        "Sri Lankans vote in parliamentary election",
        "COLOMBO (Reuters) - Sri Lankans voted on Thursday in a parliamentary election seen as a test "
        "for the new president's reform plans. Counting will begin after the polls close.",
        "election",
        "2024-11-14",
        None,
        "Sri Lanka",
        None,
        None,
    ),
    # ------------------------------------------------------------------ appointments and resignations
    Row(
        "business",
        "2024-05-15 07:00:00",
        "Nordwerk names Claudia Berger chief executive",
        "Engineering group Nordwerk appointed Claudia Berger as its chief executive on Tuesday, the "
        "company said at its headquarters in Munich. Berger, 51, joins from a rival maker of "
        "industrial pumps.",
        "appointment",
        "2024-05-14",
        "Munich",
        "Germany",
        None,
        None,
        ("Claudia Berger",),
    ),
    Row(
        "wire",
        "2025-07-12 08:00:00",
        "Nigeria appoints new central bank governor",
        "ABUJA (Reuters) - Nigeria's president appointed economist Adaeze Nwosu as central bank "
        "governor on Friday, a presidency spokesman said in Abuja. She replaces a governor who "
        "resigned last month.",
        "appointment",
        "2025-07-11",
        "Abuja",
        "Nigeria",
        None,
        None,
        ("Adaeze Nwosu",),
    ),
    waits(
        Row(
            "sports",
            "2023-06-20 08:00:00",
            "Basel appoint Dutch coach",
            "FC Basel appointed Dutchman Ruud Verbeek as head coach on Monday, the Swiss club said. "
            "Verbeek, 47, signed a two-year contract.",
            "appointment",
            "2023-06-19",
            "Basel",
            "Switzerland",
            None,
            None,
            ("Ruud Verbeek",),
        ),
        TOWN_AS_NAME,
    ),
    Row(
        "wire",
        "2023-12-15 05:00:00",
        "Japan's trade minister resigns over funding scandal",
        "TOKYO (Reuters) - Japan's trade minister Kenji Morimoto resigned on Friday over a political "
        "funding scandal, telling reporters in Tokyo he did not want to hold up the work of "
        "parliament.",
        "resignation",
        "2023-12-15",
        "Tokyo",
        "Japan",
        None,
        None,
        ("Kenji Morimoto",),
    ),
    Row(
        "local",
        "2024-10-02 08:00:00",
        "Halifax mayor resigns, citing health",
        "Halifax Mayor Tom Lafferty resigned on Tuesday, citing health reasons, in a letter to city "
        "council. A deputy mayor will lead the Nova Scotia city until a by-election.",
        "resignation",
        "2024-10-01",
        "Halifax",
        "Canada",
        None,
        None,
        ("Tom Lafferty",),
    ),
    Row(
        "sports",
        "2025-11-25 08:00:00",
        "Galatasaray coach steps down after derby defeat",
        "ISTANBUL (AP) — Galatasaray coach Emre Kaya stepped down on Monday, a day after his side "
        "lost the Istanbul derby 3-0, the club said.",
        "resignation",
        "2025-11-24",
        "Istanbul",
        "Turkey",
        None,
        None,
        ("Emre Kaya",),
    ),
    # ------------------------------------------------------------------ deals
    Row(
        "business",
        "2024-06-18 09:00:00",
        "Havbris to buy Danish ferry rival",
        "Norwegian shipowner Havbris agreed on Tuesday to buy Danish rival Kattegat Lines for 9.5 "
        "billion crowns, the companies said. The deal still needs approval from regulators.",
        "acquisition",
        "2024-06-18",
        None,
        None,
        None,
        None,
    ),
    Row(
        "business",
        "2025-03-04 07:00:00",
        "Hanul Electronics to acquire chip designer",
        "Hanul Electronics said on Monday it would acquire chip designer Soltek for 2.1 trillion won. "
        "Chief executive Park Ji-ho announced the takeover at a press conference in Seoul.",
        "acquisition",
        "2025-03-03",
        "Seoul",
        "South Korea",
        None,
        None,
    ),
    Row(
        "business",
        "2023-09-07 07:00:00",
        "Brewer Thistle and Hop buys craft beer maker",
        "Brewer Thistle and Hop has agreed to buy craft beer maker Gannet Ales for 85 million pounds, "
        "the companies said on Wednesday. Gannet's founders will stay on to run the brewery.",
        "acquisition",
        "2023-09-06",
        None,
        None,
        None,
        None,
    ),
    Row(
        "business",
        "2024-12-03 06:00:00",
        "Chilean miner agrees merger with Peruvian rival",
        "Chilean copper miner Andacollo Minerals agreed on Monday to merge with Peruvian rival Cerro "
        "Azul in a deal worth $3.4 billion, the companies said in a joint statement.",
        "acquisition",
        "2024-12-02",
        None,
        None,
        None,
        None,
    ),
    # ------------------------------------------------------------------ launches
    Row(
        "business",
        "2025-11-07 06:00:00",
        "Vietnamese carmaker unveils electric pickup",
        "Vietnamese carmaker Lac Hong Motors unveiled its first electric pickup truck at a show in "
        "Hanoi on Thursday, saying it would go on sale next year at a price of 900 million dong.",
        "product launch",
        "2025-11-06",
        "Hanoi",
        "Vietnam",
        None,
        None,
    ),
    Row(
        "business",
        "2024-08-21 06:00:00",
        "Orbis launches folding phone",
        "Smartphone maker Orbis launched its new folding phone on Tuesday, priced at $999, and said "
        "it would ship in September.",
        "product launch",
        "2024-08-20",
        None,
        None,
        None,
        None,
    ),
    Row(
        "business",
        "2023-04-18 06:00:00",
        "Scooter startup launches model in Bengaluru",
        "Electric scooter startup Vayu Mobility launched a cheaper model at an event in Bengaluru on "
        "Monday, aiming at delivery riders. The scooter has a range of 120 km.",
        "product launch",
        "2023-04-17",
        "Bengaluru",
        "India",
        None,
        None,
    ),
    # ------------------------------------------------------------------ sports results
    Row(
        "sports",
        "2024-08-10 08:00:00",
        "Galway United beat Shelbourne to go top",
        "Galway United beat Shelbourne 2-1 in Galway on Friday night to go top of the table. Both "
        "goals came in the second half.",
        "sports result",
        "2024-08-09",
        "Galway",
        "Ireland",
        None,
        None,
    ),
    Row(
        "sports",
        "2025-07-20 08:00:00",
        "Fiji beat Samoa in Suva",
        "Fiji beat Samoa 28-14 in Suva on Saturday, scoring four tries in a one-sided Pacific "
        "Nations Cup match.",
        "sports result",
        "2025-07-19",
        "Suva",
        "Fiji",
        None,
        None,
    ),
    Row(
        "sports",
        "2024-04-08 07:00:00",
        "Costa wins Morocco Open",
        "Portugal's Maria Costa won the Morocco Open in Rabat on Sunday, beating the top seed 6-3 6-4 "
        "in the final for her first title on the tour.",
        "sports result",
        "2024-04-07",
        "Rabat",
        "Morocco",
        None,
        None,
    ),
    Row(
        "sports",
        "2023-09-25 07:00:00",
        "Kiprop wins Berlin Marathon",
        "BERLIN (AP) — Kenya's Daniel Kiprop won the Berlin Marathon on Sunday in two hours, four "
        "minutes and 11 seconds, pulling away from the pack after 35 kilometres.",
        "sports result",
        "2023-09-24",
        "Berlin",
        "Germany",
        None,
        None,
    ),
    Row(
        "sports",
        "2024-02-24 07:00:00",
        "Qalandars beat Kings in Lahore",
        "Lahore Qalandars beat Karachi Kings by 20 runs at the Gaddafi Stadium in Lahore on Friday, "
        "their first win of the season.",
        "sports result",
        "2024-02-23",
        "Lahore",
        "Pakistan",
        None,
        None,
    ),
    # ------------------------------------------------------------------ deaths
    Row(
        "wire",
        "2024-11-03 08:00:00",
        "Italian actor Vittorio Salieri dies at 88",
        "ROME (Reuters) - Italian actor Vittorio Salieri, who starred in dozens of films, died on "
        "Saturday in Rome at the age of 88, his family said.",
        "death",
        "2024-11-02",
        "Rome",
        "Italy",
        None,
        None,
    ),
    waits(
        Row(
            "local",
            "2025-01-28 08:00:00",
            "Former Cork mayor dies aged 79",
            "Former Lord Mayor of Cork Seamus Hennessy has died at his home in the city, aged 79, his "
            "family said on Monday. He served two terms on the council.",
            "death",
            "2025-01-27",
            "Cork",
            "Ireland",
            None,
            None,
        ),
        TOWN_AS_NAME,
    ),
    # a heart attack days before is an illness that struck, not the event's day
    Row(
        "wire",
        "2025-02-14 09:00:00",
        "Chilean folk singer Rosa Ibarra dies at 81",
        "SANTIAGO (AP) \u2014 Chilean folk singer Rosa Ibarra died on Thursday in a Santiago hospital, "
        "where she had been treated since a heart attack on Feb. 3, her daughter said. She was 81.",
        "death",
        "2025-02-13",
        "Santiago",
        "Chile",
        None,
        None,
    ),
    # ------------------------------------------------------------------ more sports, business, courts
    Row(
        "sports",
        "2024-09-09 07:00:00",
        "Penarol beat Nacional in Montevideo derby",
        "Penarol beat Nacional 2-0 in Montevideo on Sunday to open a five-point lead at the top of "
        "the Uruguayan league. Both goals came from set pieces.",
        "sports result",
        "2024-09-08",
        "Montevideo",
        "Uruguay",
        None,
        None,
    ),
    Row(
        "sports",
        "2025-06-29 07:00:00",
        "Moore wins 200m title in Kingston",
        "Shericka Moore won the women's 200 metres at the Jamaican championships in Kingston on "
        "Saturday in 21.9 seconds, the fastest time in the world this year.",
        "sports result",
        "2025-06-28",
        "Kingston",
        "Jamaica",
        None,
        None,
    ),
    Row(
        "sports",
        "2024-01-24 07:00:00",
        "Huber takes night slalom in Schladming",
        "Austria's Lukas Huber won the night slalom in Schladming on Tuesday, beating the Swiss "
        "world champion by a tenth of a second in front of 40,000 fans.",
        "sports result",
        "2024-01-23",
        "Schladming",
        "Austria",
        None,
        None,
    ),
    Row(
        "business",
        "2023-10-03 07:00:00",
        "Nordlys Cargo buys Dutch tug operator",
        "Danish shipping firm Nordlys Cargo said on Monday it had agreed to buy Dutch tug operator "
        "Havenstad Towage for 300 million euros, adding 40 vessels to its fleet.",
        "acquisition",
        "2023-10-02",
        None,
        None,
        None,
        None,
    ),
    Row(
        "business",
        "2025-08-14 07:00:00",
        "Kencana Motors launches hybrid sedan",
        "Carmaker Kencana Motors launched a hybrid sedan at a ceremony in Kuala Lumpur on Wednesday, "
        "its first model built entirely in Malaysia.",
        "product launch",
        "2025-08-13",
        "Kuala Lumpur",
        "Malaysia",
        None,
        None,
    ),
    Row(
        "local",
        "2024-05-18 08:00:00",
        "Five inmates escape from Arusha prison",
        "Five inmates escaped from a prison in Arusha on Thursday night after cutting through a "
        "fence, Tanzanian police said. Two were recaptured on Friday.",
        "escape",
        "2024-05-16",
        "Arusha",
        "Tanzania",
        None,
        None,
    ),
    Row(
        "court",
        "2025-01-29 08:00:00",
        "Former bank director goes on trial for money laundering",
        "The trial of a former bank director accused of helping clients launder 2 billion crowns "
        "opened in Copenhagen on Tuesday. He denies the charges.",
        "trial",
        "2025-01-28",
        "Copenhagen",
        "Denmark",
        None,
        None,
    ),
    Row(
        "wire",
        "2024-12-08 07:00:00",
        "Ghanaians vote for a new president",
        "Ghanaians voted on Saturday in a presidential and parliamentary election, with counting "
        "under way in all 16 regions on Sunday, the electoral commission said.",
        "election",
        "2024-12-07",
        None,
        "Ghana",
        None,
        None,
    ),
]


def _row(item: object) -> Row:
    return item if isinstance(item, Row) else item.values[0]  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def records(nlp, tmp_path_factory) -> dict[str, EventRecord]:  # type: ignore[no-untyped-def]
    """One record per article: every article parsed in one run, then each merged on its own."""
    folder: Path = tmp_path_factory.mktemp("any_news")
    for number, item in enumerate(ROWS):
        row = _row(item)
        article = {"title": row.title, "maintext": row.text, "date_publish": row.published}
        (folder / f"a{number:03d}.json").write_text(json.dumps(article), encoding="utf-8")
    docs: list[DocFacts] = list(extract_docs(select_inputs([str(folder)]).files, nlp=nlp))
    return {doc.source.id: build_record([doc]) for doc in docs}


def _fold(name: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return bare.lower().removeprefix("the ")


def _named(level: PlaceLevel | None, expected: str | None) -> str | None:
    """The level's name, or the reader's where it is the same place: the gazetteer's spelling
    ("Pátra", "The Netherlands") or the article's own words for it."""
    if level is None:
        return None
    names = {_fold(level.name), *(_fold(ev.text) for ev in level.evidence)}
    return expected if expected is not None and _fold(expected) in names else level.name


def _read(record: EventRecord, row: Row) -> tuple[object, ...]:
    event = record.event
    location = event.location
    killed, injured = event.casualties.killed, event.casualties.injured
    return (
        event.kind.value if event.kind is not None else None,
        event.date.value if event.date is not None else None,
        _named(location.city, row.city) if location is not None else None,
        _named(location.country, row.country) if location is not None else None,
        int(killed.value) if killed is not None else None,
        int(injured.value) if injured is not None else None,
    )


def _params() -> list[object]:
    params = []
    for number, item in enumerate(ROWS):
        marks = () if isinstance(item, Row) else item.marks  # type: ignore[attr-defined]
        params.append(pytest.param(number, _row(item), marks=marks, id=f"a{number:03d}"))
    return params


@pytest.mark.parametrize(("number", "row"), _params())
def test_what_a_reader_says(records: dict[str, EventRecord], number: int, row: Row) -> None:
    record = records[f"a{number:03d}"]
    expected = (row.kind, row.day, row.city, row.country, row.killed, row.injured)
    assert _read(record, row) == expected
    named = {p.name for p in record.participants if p.name is not None}
    assert set(row.people) <= named


def test_the_table_is_wide_enough() -> None:
    rows = [_row(item) for item in ROWS]
    assert len(rows) >= 80
    assert len({r.kind for r in rows}) >= 15
    assert len({r.country for r in rows if r.country is not None}) >= 20
    assert {r.style for r in rows} == {"wire", "local", "court", "business", "sports"}
    assert all(r.kind in KINDS_BY_NAME for r in rows)


def test_every_weekday_matches_its_day() -> None:
    """A row's own check: a weekday the lead gives is its expected day's weekday, on or before
    the publication day (news looks back)."""
    for row in map(_row, ROWS):
        if row.day is None:
            continue
        day = date.fromisoformat(row.day)
        assert day <= date.fromisoformat(row.published[:10])
        lead = row.text.lower()
        named = [w for w in WEEKDAYS if w in lead]
        if named:
            assert WEEKDAYS[day.weekday()] == named[0], row.title

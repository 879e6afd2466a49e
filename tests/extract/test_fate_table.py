"""One fate, three readers: the count, the participant and the headline of each row agree.

Each row is a story of one fate (issue 29): a headline, and a body with a count of people and
one person described or named, written in wire, local and court style about events of every
kind. The counts extractor, the participants extractor and the headline's counts read the same
rows of `lexicon.FATES`, so each must give the row's fate: a word known to one and not to the
others ("Gunmen assassinated two men": a killed participant, a count of kind "other") fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventfacts.extract import extract_counts, extract_participants
from eventfacts.ingest import select_inputs
from eventfacts.lexicon import FATES
from eventfacts.pipeline import extract_docs
from eventfacts.records import DocFacts

#: (fate, headline, body): one verb, state or noun of the fate in each.
TABLE: list[tuple[str, str, str]] = [
    (
        "killed",
        "Gunmen assassinate 2 in Quetta",
        "Gunmen assassinated two men outside a mosque on Friday. "
        "A third man was assassinated in his car an hour later.",
    ),
    (
        "killed",
        "Market blast kills 14 in Maiduguri",
        "A bomb killed 14 traders at a market in Maiduguri on Tuesday. "
        "A 12-year-old boy was also killed, police said.",
    ),
    (
        "killed",
        "3 dead after boat capsizes off Lesbos",
        "Three migrants drowned when their boat capsized off Lesbos. "
        "A woman drowned trying to reach the shore.",
    ),
    (
        "killed",
        "Crowd crush leaves 9 dead",
        "Nine people died in a crush at the stadium gates. A teenager died later in hospital.",
    ),
    (
        "killed",
        "Farmer murders 2 in land feud",
        "A farmer murdered two neighbours in a dispute over land, prosecutors say. "
        "The farmer also murdered his cousin, Tomas Berg, 58.",
    ),
    (
        "killed",
        "Villagers slain in overnight raid: 6 dead",
        "Raiders slew six villagers in an overnight attack. "
        "The village chief, Musa Kebe, 60, was slain in his home.",
    ),
    (
        "injured",
        "Factory blaze injures 7",
        "A blaze at a textile factory injured seven workers on Monday. "
        "A 34-year-old woman was injured when she jumped from a window.",
    ),
    (
        "injured",
        "5 hurt as tram derails",
        "Five passengers were hurt when a tram left the rails in the city centre. A cyclist was also hurt.",
    ),
    (
        "injured",
        "Stabbing spree: 4 wounded in Leeds",
        "Four people were wounded in a stabbing spree near the station. A man was wounded in the neck.",
    ),
    (
        "injured",
        "Roof collapse: 6 hospitalized",
        "Six children were hospitalized after a gym roof collapsed. "
        "A teacher was hospitalized with a broken leg.",
    ),
    (
        "arrested",
        "Police arrest 4 after nightclub brawl",
        "Officers arrested four men after a brawl outside a nightclub. "
        "A 22-year-old woman was also arrested.",
    ),
    (
        "arrested",
        "11 detained in smuggling raid",
        "Border guards detained 11 suspects in a raid on a smuggling ring. "
        "A driver, Piotr Nowak, 41, was detained at the scene.",
    ),
    (
        "arrested",
        "Fugitives apprehended: 3 held",
        "Marshals apprehended three fugitives at a motel in Reno. "
        "A woman was apprehended at the bus station.",
    ),
    (
        "charged",
        "3 charged over warehouse theft",
        "Three men were charged with burglary after the warehouse raid. "
        "A 30-year-old woman was charged with handling stolen goods.",
    ),
    (
        "charged",
        "2 indicted in bribery case",
        "A grand jury indicted two county officials on bribery counts. "
        "The county treasurer, Ellen Park, 49, was indicted on Thursday.",
    ),
    (
        "charged",
        "5 jailed over riot",
        "Five men were jailed for their part in the riot. A 24-year-old man was jailed for four years.",
    ),
    (
        "charged",
        "4 convicted of fraud",
        "Four brokers were convicted of fraud in a Manhattan court. "
        "A former trader, Raj Mehta, 39, was convicted on all counts.",
    ),
    (
        "missing",
        "2 hikers missing in Cairngorms",
        "Two hikers are missing after setting off in heavy snow on Tuesday. "
        "A 27-year-old woman was reported missing on Sunday.",
    ),
    (
        "missing",
        "Gunmen abduct 20 schoolgirls",
        "Gunmen abducted 20 schoolgirls from a boarding school in Zamfara. A teacher was abducted with them.",
    ),
    (
        "missing",
        "7 kidnapped on highway",
        "Bandits kidnapped seven travellers on the Abuja highway. A passenger was kidnapped from his car.",
    ),
    (
        "missing",
        "Fishermen vanish at sea: 3 missing",
        "Three fishermen vanished at sea after their trawler lost radio contact. "
        "A boy vanished from the harbour the same day.",
    ),
    (
        "missing",
        "Landslide: 40 unaccounted for",
        "Forty villagers were unaccounted for after the landslide buried homes. "
        "A boy remains unaccounted for.",
    ),
    (
        "displaced",
        "Floods displace 5,000 in Assam",
        "Floods displaced 5,000 villagers across the district this week. "
        "A woman was displaced for the third time.",
    ),
    (
        "displaced",
        "Wildfire leaves 300 homeless",
        "The wildfire left 300 families homeless across the valley. "
        "An elderly man was left homeless when his cabin burned.",
    ),
    (
        "displaced",
        "Storm uproots 2,000",
        "The storm uprooted 2,000 islanders from their homes. "
        "A fisherman and his son were uprooted along with their neighbours.",
    ),
    (
        "evacuated",
        "Chemical leak: 300 evacuated",
        "Firefighters evacuated 300 residents after a chemical leak at the plant. "
        "A 90-year-old woman was evacuated by ambulance.",
    ),
    (
        "evacuated",
        "Dam fears: 1,200 evacuated",
        "Authorities evacuated 1,200 people from villages below the dam. "
        "A disabled man was evacuated by boat.",
    ),
    (
        "evacuated",
        "Hospital fire: 40 patients evacuated",
        "Staff evacuated 40 patients from the burning ward. A newborn baby was evacuated in an incubator.",
    ),
    (
        "rescued",
        "12 miners rescued after collapse",
        "Rescuers brought up twelve miners who were rescued after two days underground. "
        "A 45-year-old man was rescued last.",
    ),
    (
        "rescued",
        "Coastguard rescues 8 fishermen",
        "The coastguard rescued eight fishermen from a sinking trawler. "
        "A 17-year-old boy was rescued from the water.",
    ),
    (
        "rescued",
        "Firefighters rescue 6 from blaze",
        "Firefighters rescued six people from a burning apartment. "
        "A toddler was rescued from the third floor.",
    ),
    (
        "appointed",
        "Reshuffle: 4 appointed to cabinet",
        "The prime minister appointed four new ministers on Monday. "
        "A 38-year-old woman was appointed finance minister.",
    ),
    (
        "appointed",
        "Supreme court: 3 judges appointed",
        "The president appointed three judges to the supreme court. "
        "A former prosecutor, Lena Sauer, 56, was appointed chief justice.",
    ),
    (
        "resigned",
        "Funding row: 3 resigned from cabinet",
        "Three ministers resigned from the cabinet on Thursday over the funding row. "
        "A junior minister, Ravi Menon, 44, resigned hours later.",
    ),
    (
        "resigned",
        "Club crisis: 2 resigned",
        "Two directors resigned from the club's board after the relegation. "
        "The chairman, Jon Aske, 61, resigned the next morning.",
    ),
    (
        "killed",
        "Quake: 30 dead in Van",
        "At least 30 people were killed when the quake struck Van. "
        "A mother and her baby were killed when their house collapsed.",
    ),
    (
        "injured",
        "Crash injures 3 on M4",
        "Three motorists were injured in a pile-up on the M4. "
        "A lorry driver was injured when his cab overturned.",
    ),
]


@pytest.fixture(scope="module")
def headline_counts(nlp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, DocFacts]:  # type: ignore[no-untyped-def]
    """Each row as a plain-text article (headline, blank line, body), read by the pipeline."""
    folder = tmp_path_factory.mktemp("fates")
    for i, (_, headline, body) in enumerate(TABLE):
        (folder / f"story{i:02}.txt").write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
    docs = extract_docs(select_inputs([str(folder)]).files, nlp=nlp)
    return {Path(d.source.path).stem: d for d in docs}


def test_every_fate_has_rows() -> None:
    assert len(TABLE) >= 30
    assert {fate for fate, _, _ in TABLE} == {f.kind for f in FATES}


@pytest.mark.parametrize(("fate", "headline", "body"), TABLE, ids=[h for _, h, _ in TABLE])
def test_the_count_gives_the_fate(nlp, fate: str, headline: str, body: str) -> None:  # type: ignore[no-untyped-def]
    kinds = [m.kind for m in extract_counts(nlp(body), source="t") if m.kind != "other"]
    assert kinds and set(kinds) == {fate}, kinds  # "other" only for what no fate befell


@pytest.mark.parametrize(("fate", "headline", "body"), TABLE, ids=[h for _, h, _ in TABLE])
def test_the_participant_gives_the_fate(nlp, fate: str, headline: str, body: str) -> None:  # type: ignore[no-untyped-def]
    statuses = [m.status for m in extract_participants(nlp(body), source="t")]
    assert statuses and set(statuses) == {fate}, statuses


@pytest.mark.parametrize("row", range(len(TABLE)), ids=[h for _, h, _ in TABLE])
def test_the_headline_gives_the_fate(headline_counts: dict[str, DocFacts], row: int) -> None:
    fate, headline, _ = TABLE[row]
    facts = headline_counts[f"story{row:02}"]
    kinds = [m.kind for m in facts.counts if m.headline and m.kind != "other"]
    assert kinds and set(kinds) == {fate}, (headline, kinds)

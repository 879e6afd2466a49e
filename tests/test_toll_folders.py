"""Folders of short articles written for these tests, whose sources disagree on the toll, and the
figure a careful reader takes as the event's: the fitted toll choice (`reconcile.tolls`) end to
end, from the articles' words to the record's killed and injured."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventfacts.ingest import select_inputs
from eventfacts.pipeline import build_record, extract_docs

# (folder, articles as (published, title, text), expected killed, expected injured, agreement of killed)
FOLDERS = [
    (
        # two agencies agree, a local paper's early count is lower: the figure most sources give
        "peru-bus",
        [
            ("2025-02-10T09:00:00", "Bus plunges into ravine in southern Peru",
             "Twelve people were killed when a bus plunged into a ravine near Puquio on Sunday night, "
             "police said. Twenty passengers were injured."),
            ("2025-02-10T10:30:00", "Peru bus crash kills 12",
             "Twelve people were killed and twenty were injured when an overnight bus left the road "
             "near Puquio, the transport ministry said on Monday."),
            ("2025-02-10T07:00:00", "Bus falls into ravine near Puquio",
             "Ten people were killed when a bus fell into a ravine near Puquio late on Sunday, "
             "local radio reported. Twenty people were injured."),
        ],
        12, 20, "conflict",
    ),
    (
        # the first report's toll and a higher one a day later: the later figure supersedes
        "izmir-blast",
        [
            ("2025-06-03T08:00:00", "Gas explosion hits apartment block in Izmir",
             "Two people were killed when a gas explosion tore through an apartment block in Izmir "
             "on Tuesday morning, the governor's office said. Five people were injured."),
            ("2025-06-04T12:00:00", "Izmir explosion toll rises",
             "Three people were killed in the gas explosion that tore through an apartment block in "
             "Izmir, officials said on Wednesday, after a woman died in hospital. Four people were "
             "injured."),
        ],
        3, 4, "updated",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def records(nlp, tmp_path_factory):  # type: ignore[no-untyped-def]
    out = {}
    for name, articles, *_ in FOLDERS:
        folder: Path = tmp_path_factory.mktemp(name)
        for i, (published, title, text) in enumerate(articles):
            art = {"title": title, "maintext": text, "date_publish": published}
            (folder / f"{name}-{i}.json").write_text(json.dumps(art), encoding="utf-8")
        out[name] = build_record(extract_docs(select_inputs([str(folder)]).files, nlp=nlp))
    return out


@pytest.mark.parametrize(("name", "killed", "injured", "agreement"), [(f[0], *f[2:]) for f in FOLDERS])
def test_the_readers_toll(records, name: str, killed: int, injured: int, agreement: str) -> None:  # type: ignore[no-untyped-def]
    casualties = records[name].event.casualties
    assert casualties.killed is not None and casualties.killed.value == killed
    assert casualties.injured is not None and casualties.injured.value == injured
    assert casualties.killed.agreement == agreement

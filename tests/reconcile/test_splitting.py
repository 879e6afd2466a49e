"""Splitting a feed at scale (issue 21): each stage on its own, then the whole on feeds of
articles written for these tests, stability and determinism."""

from __future__ import annotations

import json
import math
import random
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from eventfacts.cli import app
from eventfacts.ingest import select_inputs
from eventfacts.pipeline import extract_docs
from eventfacts.reconcile.splitting import split_events
from eventfacts.reconcile.splitting.blocking import candidate_pairs
from eventfacts.reconcile.splitting.clusters import cluster
from eventfacts.reconcile.splitting.keys import article_day, article_place, article_town, event_key
from eventfacts.reconcile.splitting.pairs import EVIDENCE, evidence_factor, evidence_rows, pair_table
from eventfacts.reconcile.splitting.refine import agreeing, two_parts
from eventfacts.reconcile.splitting.text import tfidf, weights
from eventfacts.records import DocFacts, EntityMention, Evidence, Paragraph, SourceInfo
from eventfacts.serialize import dumps, to_plain

from ..conftest import DATA, SAMPLES

FEEDS = DATA / "feeds"


def _doc(nlp, tmp_path: Path, text: str, published: str | None = None) -> DocFacts:  # type: ignore[no-untyped-def]
    title, _, body = text.partition("\n\n")
    path = tmp_path / f"a{abs(hash(text)) % 10**8}.json"
    path.write_text(
        json.dumps({"title": title, "maintext": body, "date_publish": published}), encoding="utf-8"
    )
    (doc,) = extract_docs(select_inputs([str(path)]).files, nlp=nlp)
    return doc


def _docs(nlp, *folders: Path) -> list[DocFacts]:  # type: ignore[no-untyped-def]
    return list(extract_docs(select_inputs([str(f) for f in folders]).files, nlp=nlp))


def _ids(groups: list[list[DocFacts]]) -> list[list[str]]:
    return sorted(sorted(Path(d.source.id).name for d in g) for g in groups)


# ------------------------------------------------------------------------------------ event keys

PLACES = [
    ("House fire\n\nA house fire on Elm Street in Carlisle injured two children on Monday.", "carlisle"),
    ("Crash\n\nBOSTON, Mass. - Three people were hurt when a bus hit a wall in Boston on Friday.", "boston"),
    ("Vote\n\nThe council in Leeds voted to close the library, officials said in Leeds.", "leeds"),
    ("Talks\n\nThe minister said the talks would resume next week.", None),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_the_place_of_the_lead(nlp, tmp_path: Path, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert article_place(_doc(nlp, tmp_path, text)) == expected


DAYS = [
    (
        "Storm\n\nA storm cut power to 9,000 homes on Tuesday, the utility said.",
        "2023-02-10",
        date(2023, 2, 7),
    ),
    # a hearing is a later development, not the day of the event: the article's own date
    ("Trial\n\nThe trial opened on 4 May 2022 in the county court.", "2022-05-06", date(2022, 5, 6)),
    # a follow-up a year later dates itself to the event it is about
    (
        "Sentenced\n\nA man who stabbed two people outside a cinema on 3 March 2021 was jailed for nine years.",
        "2022-05-06",
        date(2021, 3, 3),
    ),
    ("Budget\n\nThe mayor presented the budget, officials said.", "2021-09-01", date(2021, 9, 1)),
    ("Budget\n\nThe mayor presented the budget, officials said.", None, None),
]


@pytest.mark.parametrize(("text", "published", "expected"), DAYS)
def test_the_day_of_the_event(nlp, tmp_path, text, published, expected) -> None:  # type: ignore[no-untyped-def]
    assert article_day(_doc(nlp, tmp_path, text, published)) == expected


def test_the_key_holds_people_ages_and_casualties(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = event_key(
        _doc(
            nlp,
            tmp_path,
            "Crash\n\nTwo people were killed when a truck driven by Omar Haddad, 52, hit a van on Route 9.",
        )
    )
    assert "omar haddad" in key.people and 52 in key.ages and ("killed", 2) in key.casualties


def test_the_town_is_resolved_in_the_gazetteer(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    oregon = _doc(nlp, tmp_path, "Bridge\n\nA cyclist was hurt on a bridge in Portland, Oregon, on Monday.")
    maine = _doc(nlp, tmp_path, "Pier\n\nA fisherman was hurt on a pier in Portland, Maine, on Monday.")
    plain = _doc(
        nlp, tmp_path, "Ferry\n\nPORTLAND, Ore. - A ferry ran aground in Portland on Friday, the port said."
    )
    towns = [article_town(d) for d in (oregon, maine, plain)]
    assert None not in towns and towns[0] != towns[1] and towns[0] == towns[2]


def test_two_towns_of_one_name_are_two_places(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = [
        _doc(
            nlp,
            tmp_path,
            "Bridge\n\nA cyclist was hurt on a bridge in Portland, Oregon, on Monday.",
            "2021-03-01",
        ),
        _doc(
            nlp,
            tmp_path,
            "Pier\n\nA fisherman was hurt on a pier in Portland, Maine, on Monday.",
            "2021-05-03",
        ),
    ]
    factor = evidence_factor(pair_table([event_key(d) for d in docs]), np.array([0]), np.array([1]))
    assert factor[0] == pytest.approx(EVIDENCE["other-place"] * EVIDENCE["months-apart"])


def test_a_country_is_the_same_place_as_a_town_inside_it(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = [
        _doc(nlp, tmp_path, "Quake\n\nA strong earthquake struck in Peru on Monday.", "2021-03-01"),
        _doc(nlp, tmp_path, "Quake\n\nAn earthquake cracked walls in Arequipa on Monday.", "2021-03-20"),
        _doc(nlp, tmp_path, "Quake\n\nAn earthquake cracked walls in Antofagasta on Monday.", "2021-03-20"),
    ]
    keys = [event_key(d) for d in docs]
    assert keys[0].area == "iso:PE" and keys[1].area is None
    rows = evidence_rows(pair_table(keys), np.array([0, 0]), np.array([1, 2]))
    assert rows["same-place"].tolist() == [True, False]
    assert rows["other-place"].tolist() == [False, True]


def test_an_undated_article_keeps_the_year_it_names(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    early = _doc(nlp, tmp_path, "Recall\n\nThe carmaker recalled 40,000 vans in 2009 over faulty brakes.")
    late = _doc(
        nlp,
        tmp_path,
        "Recall\n\nThe carmaker recalled 60,000 vans over faulty brakes, after a recall in 2012.",
    )
    undated = _doc(nlp, tmp_path, "Recall\n\nThe carmaker recalled vans over faulty brakes.")
    keys = [event_key(d) for d in (early, late, undated)]
    assert [k.day for k in keys] == [None, None, None] and [k.year for k in keys] == [2009, 2012, None]
    factor = evidence_factor(pair_table(keys), np.array([0, 0]), np.array([1, 2]))
    assert factor.tolist() == pytest.approx([EVIDENCE["years-apart"], 1.0])


# ---------------------------------------------------------------------------- pairs and stages


def _synthetic(sid: str, words: tuple[str, ...], people: tuple[str, ...] = (), place: str | None = None,
               day: str | None = None) -> DocFacts:  # fmt: skip
    ev = Evidence(sid, 0, 1, "x")
    entities = tuple(EntityMention("person", p, "PERSON", (), (), 0, True, ev) for p in people)
    if place:
        entities += (EntityMention("place", place, "GPE", (), (), 0, False, ev, locative=True),)
    source = SourceInfo(sid, sid, None, day, day, "metadata" if day else None, 100, (), None)
    return DocFacts(source, entities, (), (), (), (Paragraph(0, 90, words),))


FACTORS = [
    # (name, day a, day b, shared person, place a, place b, the factors that hold)
    ("one day apart, one city", "2020-05-01", "2020-05-02", False, "Tulsa", "Tulsa", {"same-days", "same-place"}),
    ("two cities, weeks apart", "2020-05-01", "2020-05-20", False, "Tulsa", "Omaha", {"other-place"}),
    ("two cities, one day", "2020-05-01", "2020-05-02", False, "Tulsa", "Omaha", {"same-days"}),
    ("a follow-up months later names the same man", "2020-05-01", "2020-10-01", True, None, None, {"shared-person"}),
    ("months later, nobody in common", "2020-05-01", "2020-10-01", False, None, None, {"months-apart"}),
    ("years apart, nobody in common", "2012-05-01", "2020-05-01", False, None, None, {"years-apart"}),
    ("years apart, one man in both", "2012-05-01", "2020-05-01", True, None, None,
     {"years-apart-shared-person", "shared-person"}),
    ("undated, unplaced", None, None, False, None, None, set()),
    # a country holds a site the gazetteer puts in no town: no other place
    ("a country and a ridge, weeks apart", "2020-05-01", "2020-05-20", False, "Peru", "Tessel Ridge", set()),
    ("two countries, weeks apart", "2020-05-01", "2020-05-20", False, "Peru", "Chile", {"other-place"}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "day_a", "day_b", "shared", "place_a", "place_b", "holds"), FACTORS)
def test_evidence_factors(name, day_a, day_b, shared, place_a, place_b, holds) -> None:  # type: ignore[no-untyped-def]
    people = ("Rosa Lind",) if shared else ()
    docs = [
        _synthetic("a", ("w",), (*people, "Ann Poe"), place_a, day_a),
        _synthetic("b", ("w",), (*people, "Bo Ray"), place_b, day_b),
    ]
    table = pair_table([event_key(d) for d in docs])
    rows = evidence_rows(table, np.array([0]), np.array([1]))
    assert {k for k, v in rows.items() if v[0]} == holds, name
    factor = evidence_factor(table, np.array([0]), np.array([1]))
    assert factor[0] == pytest.approx(math.prod(EVIDENCE[k] for k in holds)), name


def test_the_factors_are_a_named_table() -> None:
    assert all(isinstance(k, str) and v > 0 for k, v in EVIDENCE.items())


def test_blocking_pairs_articles_that_share_something_rare_only() -> None:
    docs = [_synthetic(f"n{i}", ("police", "said", f"filler{i}")) for i in range(200)]
    docs += [
        _synthetic("x1", ("police", "quarry", "landslide")),
        _synthetic("x2", ("said", "quarry", "landslide")),
    ]
    keys = [event_key(d) for d in docs]
    left, right = candidate_pairs(keys, tfidf(weights(keys)))
    pairs = {(keys[i].id, keys[j].id) for i, j in zip(left.tolist(), right.tolist(), strict=True)}
    assert pairs == {("x1", "x2")}  # "police" and "said" are held by too many to mean one event


CLUSTER_CASES = [
    # (name, pairs with scores, expected groups)
    ("one strong pair", [(0, 1, 0.9)], [[0, 1], [2]]),
    ("a chain does not make a group", [(0, 1, 0.9), (1, 2, 0.15)], [[0, 1], [2]]),
    ("a group held by most of its pairs", [(0, 1, 0.5), (1, 2, 0.4), (0, 2, 0.3)], [[0, 1, 2]]),
    ("nothing above the threshold", [(0, 1, 0.05)], [[0], [1], [2]]),
]


@pytest.mark.parametrize(("name", "pairs", "expected"), CLUSTER_CASES)
def test_average_linkage(name, pairs, expected) -> None:  # type: ignore[no-untyped-def]
    left = np.array([p[0] for p in pairs], dtype=np.int64)
    right = np.array([p[1] for p in pairs], dtype=np.int64)
    score = np.array([p[2] for p in pairs])
    assert cluster(3, left, right, score, 0.1) == expected, name


def test_a_cut_walks_past_a_lone_outlier_to_two_real_parts() -> None:
    similarity = np.full((5, 5), 0.02)
    similarity[np.ix_([0, 1], [0, 1])] = 0.8
    similarity[np.ix_([2, 3], [2, 3])] = 0.7
    similarity[4, [0, 1]] = similarity[[0, 1], 4] = 0.05  # an odd short piece, closer to 0 and 1
    parts = two_parts(similarity)
    assert parts is not None and sorted(p.tolist() for p in parts) == [[0, 1, 4], [2, 3]]


def test_articles_agree_on_a_shared_name_or_on_near_days_in_one_town() -> None:
    docs = [
        _synthetic("a", ("w",), ("Ines Brand",), None, "2020-05-01"),
        _synthetic("b", ("w",), ("Ines Brand",), None, "2020-09-01"),  # a follow-up: same woman
        _synthetic("c", ("w",), ("Ole Hart",), None, "2020-05-02"),  # a day later, no town: agrees
        _synthetic("d", ("w",), ("Pia Dorn",), None, "2021-01-10"),  # another time, nobody shared
    ]
    agree = agreeing(pair_table([event_key(d) for d in docs]), [0, 1, 2, 3])
    assert agree[0, 1] and agree[0, 2] and not agree[0, 3] and not agree[1, 2]


# --------------------------------------------------------------------------- whole feeds


def test_a_follow_up_months_later_joins_its_event_and_a_look_alike_stays_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    groups = split_events(_docs(nlp, FEEDS / "followup"))
    assert _ids(groups) == [["other1", "other2"], ["robbery1", "robbery2", "robbery3"]]


def test_look_alikes_far_apart_with_no_one_in_common_stay_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    """Two shootings on one weekend in two countries, and a salon shut as a front for
    prostitution beside a massage-parlour raid in a city 370 km away, dated a day apart: their
    words are alike, but no person and no place is in both, and their towns are far apart."""
    groups = split_events(_docs(nlp, FEEDS / "apart"))
    assert _ids(groups) == [["brisbane"], ["leeds"], ["seattle"], ["spokane"]]


def test_a_funeral_joins_the_shooting_it_mourns(nlp) -> None:  # type: ignore[no-untyped-def]
    """The funeral reads nothing like the reports of the shooting, is held in the next town and
    gives the victim's middle name; the victim, named without a title, and the day of the
    killing it dates itself to are what tie it to its event. A barn fire nearby stays apart."""
    groups = split_events(_docs(nlp, FEEDS / "memorial"))
    shootings = [f"shooting{k}" for k in range(1, 6)]
    assert _ids(groups) == [["funeral", *shootings], ["other"]]


def test_a_name_without_its_middle_name_is_the_same_person(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = event_key(_doc(nlp, tmp_path, "Funeral\n\nMourners said goodbye to Dana Lee Marsh, 19, on Friday."))
    assert {"dana lee marsh", "dana marsh"} <= key.people


def test_stability_unrelated_articles_never_merge_what_split_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    folders = [
        FEEDS / "followup",
        FEEDS / "apart",
        FEEDS / "memorial",
        DATA / "nearmiss",
        DATA / "events",
        SAMPLES,
    ]
    every = _docs(nlp, *folders)
    together = {d.source.id: k for k, g in enumerate(split_events(every)) for d in g}
    for folder in folders:
        alone = split_events(_docs(nlp, folder))
        apart = {d.source.id: k for k, g in enumerate(alone) for d in g}
        for a in apart:
            for b in apart:
                if apart[a] != apart[b]:
                    assert together[a] != together[b], (folder.name, a, b)
    # and here nothing merges across folders either: the union of the folders' own splits
    assert _ids(split_events(every)) == sorted(g for f in folders for g in _ids(split_events(_docs(nlp, f))))


def test_input_order_does_not_change_the_groups(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = _docs(nlp, FEEDS / "followup", DATA / "nearmiss")
    shuffled = docs[:]
    random.Random(3).shuffle(shuffled)
    assert _ids(split_events(docs)) == _ids(split_events(shuffled))


def test_merge_split_reads_docs_lines_and_is_byte_identical_in_any_order(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    docs = _docs(nlp, FEEDS / "followup", DATA / "nearmiss")
    lines = [dumps(to_plain(d), compact=True) + "\n" for d in docs]
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("".join(lines), encoding="utf-8")
    second.write_text("".join(reversed(lines)), encoding="utf-8")
    runner = CliRunner()
    one = runner.invoke(app, ["merge", "--split", str(first)])
    two = runner.invoke(app, ["merge", "--split", str(second)])
    assert one.exit_code == 0 and one.stdout == two.stdout
    assert len(one.stdout.splitlines()) == 4


def test_two_jobs_split_to_the_same_groups(nlp) -> None:  # type: ignore[no-untyped-def]
    files = select_inputs([str(FEEDS / "followup"), str(DATA / "nearmiss")]).files
    one = split_events(list(extract_docs(files, nlp=nlp)))
    two = split_events(list(extract_docs(files, nlp=nlp, jobs=2, batch_size=2)))
    assert [[to_plain(d) for d in g] for g in one] == [[to_plain(d) for d in g] for g in two]

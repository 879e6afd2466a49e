"""Titles of one person: variants that differ only in hyphens, dots or abbreviations merge."""

from __future__ import annotations

import pytest

from eventfacts.reconcile import build_record
from eventfacts.reconcile.titles import merged_titles, title_key
from eventfacts.records import DocFacts, EntityMention, Evidence, SourceInfo


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("nonresident fellow", "non-resident fellow", True),
        ("U.S. President", "US President", True),
        ("U.S. president", "US President", True),
        ("Gov.", "Governor", True),
        ("Lt. Gov.", "Lieutenant Governor", True),
        ("co-founder", "cofounder", True),
        ("vice-chancellor", "vice chancellor", True),
        ("Sen.", "Senator", True),
        ("state's attorney", "states attorney", True),
        ("senior fellow", "nonresident fellow", False),
        ("U.S. President", "President", False),
        ("Governor", "Lieutenant Governor", False),
        ("police chief", "fire chief", False),
    ],
)
def test_title_variants_share_a_key(a: str, b: str, same: bool) -> None:
    assert (title_key(a) == title_key(b)) is same


@pytest.mark.parametrize(
    ("titles", "merged"),
    [
        (
            ["non-resident fellow", "nonresident fellow", "non-resident fellow"],
            ("non-resident fellow",),
        ),
        (
            ["US President", "U.S. President", "U.S. President", "former senator"],
            ("U.S. President", "former senator"),
        ),
        (["Gov.", "Governor", "governor"], ("Governor",)),  # case aside, "governor" is written most
        (["coach", "head coach", "Head Coach", "coach"], ("coach", "head coach")),
    ],
)
def test_merged_titles_keep_the_most_common_wording(titles: list[str], merged: tuple[str, ...]) -> None:
    assert merged_titles(titles) == merged


def _person(source: str, name: str, title: str, start: int) -> EntityMention:
    return EntityMention(
        "person", name, "PERSON", (title,), (), 0, True, Evidence(source, start, start + len(name), name)
    )


def _doc(source: str, *mentions: EntityMention) -> DocFacts:
    info = SourceInfo(source, f"{source}.txt", None, None, None, None, 500, (), None)
    return DocFacts(info, entities=mentions)


def test_a_person_lists_one_wording_of_each_title() -> None:
    record = build_record(
        [
            _doc("a", _person("a", "Ingrid Solberg", "nonresident fellow", 10)),
            _doc("b", _person("b", "Ingrid Solberg", "non-resident fellow", 40)),
            _doc("c", _person("c", "Ingrid Solberg", "non-resident fellow", 5)),
        ]
    )
    assert [p.titles for p in record.people] == [("non-resident fellow",)]

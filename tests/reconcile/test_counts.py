"""Grouping count claims across sources."""

from __future__ import annotations

from eventfacts.reconcile.counts import reconcile_counts
from eventfacts.records import CountMention, Evidence


def claim(value: float, head: str, source: str, kind: str = "injured", sentence: int = 1) -> CountMention:
    ev = Evidence(source, 0, 5, "x")
    return CountMention(value, None, None, kind, head + "s", head, None, sentence, ev)


def test_synonyms_group_and_disagreement_is_a_conflict() -> None:
    mentions = [
        claim(4, "officer", "a"), claim(4, "policeman", "b"), claim(4, "officer", "c"),
        claim(3, "trooper", "d"), claim(3, "officer", "e"),
    ]  # fmt: skip
    counts, conflicts, _ = reconcile_counts(mentions)
    (count,) = counts
    assert count.value == 4 and count.agreement == "conflict"
    assert [(c.value, c.sources) for c in count.claims] == [(4, ("a", "b", "c")), (3, ("d", "e"))]
    assert conflicts[0].ref == count.id and "4 (a, b, c); 3 (d, e)" in conflicts[0].description


def test_two_values_in_one_source_are_two_things() -> None:
    mentions = [
        claim(73, "seat", "a", "other"), claim(73, "seat", "b", "other"),
        claim(15, "seat", "b", "other"),
    ]  # fmt: skip
    counts, conflicts, _ = reconcile_counts(mentions)
    assert sorted((c.value, c.agreement) for c in counts) == [(15, "single"), (73, "unanimous")]
    assert conflicts == []

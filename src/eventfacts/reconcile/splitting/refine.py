"""Refinement: a group that holds two similar events, split in two by what only part of it shares.

Across a feed, "Gulf of Aden" and "pirates" are rare, so every article about piracy there
links to every other, and two hijackings three years apart end up in one group. Inside that
group those words are shared by all and tell nothing; what tells the two events apart are the
words and names only some of its articles share (the ship, the navy's vessel). So each group
of at least `MIN_GROUP` articles is looked at on its own: TF-IDF with the IDF of the group
(a token in every article weighs 0), pair scores as in `pairs`, and average linkage cut into two
parts. The top of the tree often cuts off one odd article alone (a short piece, a roundup), so
the cut walks down the larger side past parts smaller than `MIN_PART`, and the articles it
passed join whichever part they are closer to on average.

The cut is kept when the two parts are far apart for what holds each together: the mean score
across them is below `SEPARATION` times the weaker part's mean score within. It is refused
when the details of the event hold the parts together: their most common days are within
`NEAR_DAYS` in one town, or pairs across agree on a detail (a person's full name, near days in
one town) at least `HELD` times as often as pairs within the weaker part. Those are the first
reports and the follow-ups of one event, which share little text once what the whole group
shares weighs nothing. Each part is then looked at again, to `MAX_DEPTH` levels. A group
depends only on its own articles, so what other groups hold cannot change how it is split.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from scipy.cluster.hierarchy import linkage, to_tree

from .pairs import NEAR_DAYS, PairTable, combined
from .text import Weights, cosines_within

MIN_GROUP = 4
MIN_PART = 2
SEPARATION = 0.4
MAX_DEPTH = 4
HELD = 0.7


def refine_groups(groups: list[list[int]], weights: Weights, table: PairTable) -> list[list[int]]:
    """The groups, each split where it holds events apart; sorted by first index."""
    found = [part for group in groups for part in _bisect(group, weights, table, 0)]
    return sorted(found, key=lambda g: g[0])


def _bisect(group: list[int], weights: Weights, table: PairTable, depth: int) -> list[list[int]]:
    if len(group) < MIN_GROUP or depth >= MAX_DEPTH:
        return [group]
    similarity = local_similarity(group, weights, table)
    parts = two_parts(similarity)
    if parts is None:
        return [group]
    a, b = parts
    cross = float(similarity[np.ix_(a, b)].mean())
    if cross >= SEPARATION * min(_within(similarity, a), _within(similarity, b)):
        return [group]
    first, second = [group[i] for i in a], [group[i] for i in b]
    if _one_time_and_place(table, first, second) or _held_by_evidence(table, group, a, b):
        return [group]
    return _bisect(first, weights, table, depth + 1) + _bisect(second, weights, table, depth + 1)


def two_parts(similarity: NDArray[np.float64]) -> tuple[NDArray[np.int64], NDArray[np.int64]] | None:
    """The first cut of the average-linkage tree that leaves at least MIN_PART articles on
    each side, the articles cut off alone on the way joining the side they are closer to;
    None when there is none. Each part sorted."""
    upper = np.triu_indices(len(similarity), 1)
    node = to_tree(linkage(1.0 - similarity[upper], "average"))
    passed: list[int] = []
    while not node.is_leaf():
        small, large = sorted((node.get_left(), node.get_right()), key=lambda n: (n.get_count(), n.get_id()))
        if small.get_count() >= MIN_PART:
            a, b = [large.pre_order()], [small.pre_order()]
            for k in passed:
                closer = similarity[k, a[0]].mean() >= similarity[k, b[0]].mean()
                (a if closer else b).append([k])
            return np.sort(np.concatenate(a)), np.sort(np.concatenate(b))
        passed.extend(small.pre_order())
        node = large
    return None


def local_similarity(group: Sequence[int], weights: Weights, table: PairTable) -> NDArray[np.float64]:
    """Pair scores of a group's articles with the group's own IDF, as a square matrix."""
    m = len(group)
    text = cosines_within(weights, group)
    left, right = (np.asarray(x, dtype=np.int64) for x in np.triu_indices(m, 1))
    ids = np.asarray(group, dtype=np.int64)
    similarity = np.zeros((m, m))
    score = combined(text[left, right], table, ids[left], ids[right])
    similarity[left, right] = similarity[right, left] = score
    return similarity


def _within(similarity: NDArray[np.float64], members: NDArray[np.int64]) -> float:
    block = similarity[np.ix_(members, members)]
    return float(block[np.triu_indices(len(members), 1)].mean())


def agreeing(table: PairTable, group: Sequence[int]) -> NDArray[np.bool_]:
    """Which pairs of a group's articles agree on a detail of the event: a person's full
    name, or days within NEAR_DAYS in one town (or where one names none)."""
    ids = np.asarray(group, dtype=np.int64)
    people = table.people[ids]
    shared = (people @ people.T).toarray() > 0
    towns = table.town[ids]
    same_town = (towns[:, None] == towns[None, :]) | (towns[:, None] < 0) | (towns[None, :] < 0)
    days = table.day[ids]
    near = (np.abs(days[:, None] - days[None, :]) <= NEAR_DAYS) & (days[:, None] >= 0) & (days[None, :] >= 0)
    return np.asarray(shared | (same_town & near))


def _held_by_evidence(
    table: PairTable, group: Sequence[int], a: NDArray[np.int64], b: NDArray[np.int64]
) -> bool:
    """Whether the details of the event hold the two parts together about as well as each
    part on its own: the share of pairs across that agree on one is at least HELD times the
    weaker part's share within."""
    agree = agreeing(table, group).astype(float)
    within = min(_within(agree, a), _within(agree, b))
    return within > 0 and float(agree[np.ix_(a, b)].mean()) >= HELD * within


def _one_time_and_place(table: PairTable, first: list[int], second: list[int]) -> bool:
    """Whether two parts date their event to days within NEAR_DAYS, in one town or where one
    part names none."""
    days = [_modal(table.day[part]) for part in (first, second)]
    if days[0] < 0 or days[1] < 0 or abs(days[0] - days[1]) > NEAR_DAYS:
        return False
    towns = [_modal(table.town[part]) for part in (first, second)]
    return towns[0] < 0 or towns[1] < 0 or towns[0] == towns[1]


def _modal(values: NDArray[np.int64]) -> int:
    """The most common known value (-1 is unknown), the smallest on a tie; -1 when none."""
    known = values[values >= 0]
    if not len(known):
        return -1
    found, counts = np.unique(known, return_counts=True)
    return int(found[np.argmax(counts)])

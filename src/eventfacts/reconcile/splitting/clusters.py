"""Clustering: articles into events, from the scores of their candidate pairs.

Average linkage: two groups are one event while the mean score over all their pairs of
articles is at least the threshold, a pair never compared counting 0. A group is then held
together by most of its articles, not by one chain of look-alikes, which is what merges
similar events in a long feed. Two groups can only meet through a pair scored at least the
threshold, so the articles are first split into the connected parts of the graph of such
pairs, and each part is clustered on its own with SciPy's `linkage` (condensed distances,
C speed): memory follows the largest part, not the whole feed. A part larger than `MAX_PART`
(a chain of look-alikes through a long feed) is cut first into the connected parts of its
pairs scored at least `STEP` times higher, as often as needed: a pair below that could not hold
so large a group together on average anyway.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse.csgraph import connected_components

MAX_PART = 1500
STEP = 1.25


def cluster(
    n: int, left: NDArray[np.int64], right: NDArray[np.int64], score: NDArray[np.float64], threshold: float
) -> list[list[int]]:
    """Groups of article indexes, each sorted, in order of their first index."""
    groups = _cluster(n, left, right, score, threshold, threshold)
    return sorted(groups, key=lambda g: g[0])


def _cluster(
    n: int,
    left: NDArray[np.int64],
    right: NDArray[np.int64],
    score: NDArray[np.float64],
    threshold: float,
    cut: float,
) -> list[list[int]]:
    """`cluster` over articles 0..n-1, with parts made of pairs scored at least `cut`."""
    strong = score >= cut
    graph = sparse.coo_matrix((np.ones(int(strong.sum())), (left[strong], right[strong])), shape=(n, n))
    _, part = connected_components(graph, directed=False)
    groups: list[list[int]] = []
    members: dict[int, list[int]] = {}
    for i, p in enumerate(part.tolist()):
        members.setdefault(p, []).append(i)
    in_part = part[left] == part[right]
    by_part: dict[int, list[int]] = {}
    for k in np.flatnonzero(in_part & (score > 0)).tolist():
        by_part.setdefault(int(part[left[k]]), []).append(k)
    for p, ids in members.items():
        if len(ids) == 1:
            groups.append(ids)
            continue
        edges = np.asarray(by_part.get(p, []), dtype=np.int64)
        if len(ids) > MAX_PART:
            groups.extend(_within_part(ids, left[edges], right[edges], score[edges], threshold, cut * STEP))
        else:
            groups.extend(_average_linkage(ids, left[edges], right[edges], score[edges], threshold))
    return groups


def _within_part(
    ids: list[int],
    left: NDArray[np.int64],
    right: NDArray[np.int64],
    score: NDArray[np.float64],
    threshold: float,
    cut: float,
) -> list[list[int]]:
    """`_cluster` on one part, renumbered, with a higher cut."""
    index = np.full(max(ids) + 1, -1, dtype=np.int64)
    index[np.asarray(ids)] = np.arange(len(ids))
    found = _cluster(len(ids), index[left], index[right], score, threshold, cut)
    return [[ids[k] for k in g] for g in found]


def _average_linkage(
    ids: list[int],
    left: NDArray[np.int64],
    right: NDArray[np.int64],
    score: NDArray[np.float64],
    threshold: float,
) -> list[list[int]]:
    index = {i: k for k, i in enumerate(ids)}
    m = len(ids)
    similarity = np.zeros((m, m))
    a = np.array([index[i] for i in left.tolist()], dtype=np.int64)
    b = np.array([index[i] for i in right.tolist()], dtype=np.int64)
    similarity[a, b] = similarity[b, a] = score
    distance = 1.0 - similarity[np.triu_indices(m, 1)]
    labels = fcluster(linkage(distance, "average"), 1.0 - threshold, criterion="distance")
    found: dict[int, list[int]] = {}
    for k, label in enumerate(labels.tolist()):
        found.setdefault(label, []).append(ids[k])
    return [sorted(g) for g in found.values()]

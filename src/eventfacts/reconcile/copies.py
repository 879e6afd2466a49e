"""Find sources that reprint one story, so that a fact is not counted as independently
confirmed just because an agency story ran in three outlets.

Two sources are copies when at least COPY_CONTAINMENT of the smaller one's sampled word
4-grams appear in the other. Measured on the samples: the three reprints of one agency story
share 0.32 to 0.63; independent reports of the same event share 0.01 to 0.11. Candidate
pairs come from an inverted index of the hashes, so the cost follows the overlap, not n².
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations

from ..records import DocFacts

COPY_CONTAINMENT = 0.25
MAX_HOLDERS = 50


def copy_groups(docs: list[DocFacts]) -> dict[str, str]:
    """Each source id -> the smallest source id of its group of copies."""
    parent = {d.source.id: d.source.id for d in docs}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    sizes = {d.source.id: len(d.source.fingerprint) for d in docs if d.source.fingerprint}
    holders: dict[int, list[str]] = defaultdict(list)
    for d in docs:
        source_id = d.source.id
        for h in d.source.fingerprint:
            holders[h].append(source_id)
    # Every pair of holders of a hash, smaller id first, counted by `Counter`'s loop in C.
    shared: Counter[tuple[str, str]] = Counter()
    for ids in holders.values():
        if 1 < len(ids) <= MAX_HOLDERS:  # stock phrases everyone uses say nothing about copying
            shared.update(combinations(sorted(ids), 2))
    copied = [
        (a, b) for (a, b), count in shared.items() if count / min(sizes[a], sizes[b]) >= COPY_CONTAINMENT
    ]
    for a, b in sorted(copied):
        ra, rb = root(a), root(b)
        parent[max(ra, rb)] = min(ra, rb)
    return {x: root(x) for x in parent}


def independent(sources: Iterable[str], groups: dict[str, str]) -> int:
    return len({groups.get(s, s) for s in sources})

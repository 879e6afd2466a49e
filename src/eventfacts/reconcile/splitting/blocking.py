"""Candidate pairs: which articles are worth comparing at all (blocking).

Comparing every article with every other costs n²; a feed of 20,000 articles would be 200
million pairs. Two reports of one event share something rare: a distinctive word or name, a
person's full name, or a place within a few days. So each article is filed under a few block
keys, and only articles that share a key are compared:
- its `TOP_TERMS` heaviest TF-IDF tokens (words and names) that another article also holds,
  the rare things it is about;
- every person's full name it gives;
- its place with the week of its day, and the week after (follow-ups a few days later).
A key held by more than `MAX_BLOCK` articles is shared by too many to mean one event ("police",
"Chicago" in a Chicago feed) and files nothing. The cost grows with the number of articles
times the block size, not with its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

from .keys import EventKey

TOP_TERMS = 25
MAX_BLOCK = 150
WEEK = 7


def block_keys(
    key: EventKey, indices: NDArray[np.int32], data: NDArray[np.float64], df: NDArray[np.int64]
) -> Iterable[str]:
    """The block keys of one article: its heaviest shared tokens (by column index), full
    names, and place-and-week. `indices` and `data` are its TF-IDF row's columns and weights,
    `df` the number of articles that hold each column."""
    useful = (df[indices] > 1) & (df[indices] <= MAX_BLOCK)
    columns, weights = indices[useful], data[useful]
    order = np.lexsort((columns, -weights))[:TOP_TERMS]
    yield from (f"t{columns[k]}" for k in order)
    yield from (f"p:{name}" for name in sorted(key.people))
    if key.place is not None and key.day is not None:
        week = key.day.toordinal() // WEEK
        yield f"w:{key.place}:{week}"
        yield f"w:{key.place}:{week + 1}"


def candidate_pairs(
    keys: Sequence[EventKey], matrix: sparse.csr_matrix
) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Index pairs (i < j) of articles that share at least one block key, sorted."""
    holders: dict[str, list[int]] = defaultdict(list)
    df = np.diff(sparse.csc_matrix(matrix).indptr)
    ptr = matrix.indptr
    for i, key in enumerate(keys):
        row = slice(ptr[i], ptr[i + 1])
        for block in dict.fromkeys(block_keys(key, matrix.indices[row], matrix.data[row], df)):
            holders[block].append(i)
    n = len(keys)
    codes = [np.zeros(0, dtype=np.int64)]
    for members in holders.values():
        if 1 < len(members) <= MAX_BLOCK:
            ids = np.asarray(members, dtype=np.int64)
            left, right = np.triu_indices(len(ids), 1)
            codes.append(ids[left] * n + ids[right])
    unique = np.unique(np.concatenate(codes))
    return unique // n, unique % n

"""Split a feed that mixes many events into one group of articles per event, at scale.

The story, one stage per module, each with its own tests and its own figure in `make bench`:
1. `keys`: each article's account of its event (place, day, people, figures, words);
2. `text`: one TF-IDF matrix over the words and names of all articles;
3. `blocking`: candidate pairs, the articles that share something rare;
4. `pairs`: a score per candidate pair, the text cosine scaled by the keys' evidence;
5. `clusters`: average linkage over the scored pairs;
6. `refine`: each group split again by what only part of it shares.
No stage looks at all pairs, so the cost follows the number of articles.
"""

from __future__ import annotations

from ...records import DocFacts
from ..choice import fitted_weights
from ..events import grouped
from .blocking import candidate_pairs
from .clusters import cluster
from .keys import event_key
from .pairs import FITTED, pair_table, scores
from .refine import refine_groups
from .text import tfidf, weights

#: The least mean pair score of one event's articles, as first measured in docs/scale.md;
#: `make fit` fits it with the evidence factors (`pairs.EVIDENCE`).
HAND_THRESHOLD = 0.1
THRESHOLD = fitted_weights(FITTED).get("threshold", HAND_THRESHOLD)


def split_events(docs: list[DocFacts], threshold: float = THRESHOLD) -> list[list[DocFacts]]:
    """The articles grouped by event, largest group first (then by first source id). Articles
    that could not be read go with the largest group, where their errors are reported."""
    return grouped(docs, lambda usable: group_indexes(usable, threshold))


def group_indexes(docs: list[DocFacts], threshold: float = THRESHOLD) -> list[list[int]]:
    """Groups of indexes into `docs` (which must be in source id order)."""
    keys = [event_key(d) for d in docs]
    if len(keys) == 1:
        return [[0]]
    found = weights(keys)
    matrix = tfidf(found)
    table = pair_table(keys)
    left, right = candidate_pairs(keys, matrix)
    score = scores(matrix, table, left, right)
    return refine_groups(cluster(len(keys), left, right, score, threshold), found, table)

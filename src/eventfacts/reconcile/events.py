"""Split a mixed folder into events: which articles report the same thing.

Two articles are about the same event when they use the same distinctive words and name the
same people, organizations and places. Similarity is the mean of two scores, both weighted by
inverse document frequency so that words and names every article shares count for little:
- the cosine of TF-IDF vectors over the articles' content lemmas;
- a weighted Jaccard overlap of the folded names they mention.
Articles are grouped by average-linkage agglomerative clustering, merging while the closest
two groups are at least SPLIT_THRESHOLD alike. Everything is deterministic: ties go to the
earlier source id. Memory grows with the square of the number of articles (a few thousand is
fine).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..records import DocFacts
from .names import fold

if TYPE_CHECKING:  # NumPy loads only when a folder is small enough to check (CHECK_LIMIT):
    # a quarter of a second of every `merge` of more articles, which never uses it
    import numpy as np
    from numpy.typing import NDArray

#: Measured (tests/test_events.py) on the samples plus twelve articles about three other events,
#: and on two different shootings in one city on one night: the weakest article of an event (a
#: short piece on the quake's effect on copper mines) links to its event at 0.08 on average; the
#: two shootings link at 0.053; unrelated events at 0.03 or less.
SPLIT_THRESHOLD = 0.07
#: The automatic check for a mixed folder (without --split) costs O(n^2); above this many
#: articles it is skipped, and --split is the way to look.
CHECK_LIMIT = 300
TERM_WEIGHT = 0.5


def similarity_matrix(docs: list[DocFacts]) -> NDArray[np.float64]:
    """Pairwise similarity of the articles, in [0, 1], with 1 on the diagonal."""
    import numpy as np

    terms = [_terms(d) for d in docs]
    names = [_names(d) for d in docs]
    text_sim = _tfidf_cosine(terms)
    name_sim = _weighted_jaccard(names)
    matrix = TERM_WEIGHT * text_sim + (1 - TERM_WEIGHT) * name_sim
    np.fill_diagonal(matrix, 1.0)
    return matrix


def _terms(doc: DocFacts) -> Counter[str]:
    """Content lemmas of the body, plus the words of the title, which name the event."""
    counts = Counter(t for p in doc.paragraphs for t in p.terms)
    title = doc.source.title or ""
    counts.update(w.rstrip("s") for w in re.findall(r"[^\W\d_]{4,}", title.casefold()) if w not in _STOP)
    return counts


_STOP = frozenset({"after", "with", "from", "that", "this", "what", "into", "over", "says", "said", "their"})


def _names(doc: DocFacts) -> set[str]:
    names = set()
    for mention in doc.entities:
        key = fold(mention.text)
        if key:
            names.add(" ".join(key))
            names.add(key[-1])  # "Kadhimi" and "Mustafa al-Kadhimi" meet on the surname
    return names


def _idf(document_sets: list[set[str]]) -> dict[str, float]:
    n = len(document_sets)
    df: Counter[str] = Counter(t for s in document_sets for t in s)
    return {t: math.log((n + 1) / (c + 1)) + 1.0 for t, c in df.items()}


def _tfidf_cosine(terms: list[Counter[str]]) -> NDArray[np.float64]:
    idf = _idf([set(t) for t in terms])
    vectors = []
    for counts in terms:
        weights = {t: (1 + math.log(c)) * idf[t] for t, c in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({t: w / norm for t, w in weights.items()})
    return _pairwise(vectors, lambda a, b: sum(w * b[t] for t, w in a.items() if t in b))


def _weighted_jaccard(names: list[set[str]]) -> NDArray[np.float64]:
    idf = _idf(names)

    def score(a: dict[str, float], b: dict[str, float]) -> float:
        shared = sum(w for t, w in a.items() if t in b)
        total = sum(a.values()) + sum(b.values()) - shared
        return shared / total if total else 0.0

    return _pairwise([{t: idf[t] for t in n} for n in names], score)


def _pairwise(vectors: list[dict[str, float]], score: object) -> NDArray[np.float64]:
    """Scores of the pairs that share at least one key (an inverted index finds them); others are 0."""
    import numpy as np

    n = len(vectors)
    matrix = np.zeros((n, n))
    holders: dict[str, list[int]] = defaultdict(list)
    for i, vector in enumerate(vectors):
        for key in vector:
            holders[key].append(i)
    pairs = {(i, j) for ids in holders.values() for k, i in enumerate(ids) for j in ids[k + 1 :]}
    for i, j in pairs:
        value = score(vectors[i], vectors[j])  # type: ignore[operator]
        matrix[i, j] = matrix[j, i] = value
    return matrix


def cluster(matrix: NDArray[np.float64], threshold: float = SPLIT_THRESHOLD) -> list[list[int]]:
    """Average-linkage agglomerative clustering; groups of indexes, each sorted, in order of
    their first index."""
    import numpy as np

    n = matrix.shape[0]
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    linkage = matrix.astype(float).copy()
    np.fill_diagonal(linkage, -1.0)
    active = np.ones(n, dtype=bool)
    while len(groups) > 1:
        masked = np.where(np.outer(active, active), linkage, -1.0)
        best = int(np.argmax(masked))
        i, j = divmod(best, n)
        if masked[i, j] < threshold:
            break
        a, b = min(i, j), max(i, j)
        size_a, size_b = len(groups[a]), len(groups[b])
        # Lance-Williams update for average linkage: the merged group's mean similarity to others.
        merged = (linkage[a] * size_a + linkage[b] * size_b) / (size_a + size_b)
        linkage[a, :] = merged
        linkage[:, a] = merged
        linkage[a, a] = -1.0
        active[b] = False
        groups[a] = sorted(groups[a] + groups.pop(b))
    return [groups[k] for k in sorted(groups)]


def split(docs: list[DocFacts], threshold: float = SPLIT_THRESHOLD) -> list[list[DocFacts]]:
    """The articles grouped by event with the small-folder similarity (the mixed-folder warning)."""
    return grouped(docs, lambda usable: cluster(similarity_matrix(usable), threshold))


def grouped(
    docs: list[DocFacts], indexes: Callable[[list[DocFacts]], list[list[int]]]
) -> list[list[DocFacts]]:
    """The articles grouped by event, largest group first (then by first source id), `indexes`
    grouping the readable ones. Articles that could not be read go with the largest group, where
    their errors are reported."""
    ordered = sorted(docs, key=lambda d: d.source.id)
    usable = [d for d in ordered if d.source.error is None and (d.paragraphs or d.entities)]
    failed = [d for d in ordered if not (d.source.error is None and (d.paragraphs or d.entities))]
    if not usable:
        return [ordered] if ordered else []
    groups = [[usable[i] for i in g] for g in indexes(usable)]
    groups.sort(key=lambda g: (-len(g), g[0].source.id))
    groups[0] = sorted(groups[0] + failed, key=lambda d: d.source.id)
    return groups


def outliers(docs: list[DocFacts], threshold: float = SPLIT_THRESHOLD) -> list[str]:
    """Sources that do not belong to the main event, when the articles clearly describe more
    than one: another group of at least two articles exists."""
    groups = split(docs, threshold)
    if len(groups) < 2 or all(len(g) < 2 for g in groups[1:]):
        return []
    return sorted(d.source.id for g in groups[1:] for d in g)

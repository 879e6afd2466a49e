"""The text half of the pair score: one TF-IDF matrix over an article's words and names.

scikit-learn's `TfidfVectorizer` (sublinear term frequency, smoothed IDF, rows normalised to
unit length) over each article's content lemmas, title words and figures, plus its folded
names as tokens of their own, so a rare surname weighs like a rare word. Rows are sparse, so the
cosine of a pair is the dot product of two rows, and the whole folder costs one pass. IDF is
taken over the folder: what every article of a feed says ("shooting", "police") counts for
little, which is the point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from .keys import EventKey

#: How much a name weighs against a word of the same rarity: names tell similar events apart.
NAME_WEIGHT = 1.0
#: Pairs are scored this many at a time, to keep the element-wise products small.
CHUNK = 200_000


def _tokens(key: EventKey) -> list[str]:
    return [*key.terms, *(f"name:{n}" for n in key.name_mentions)]


@dataclass(frozen=True, slots=True)
class Weights:
    """Sublinear term frequencies (names scaled by NAME_WEIGHT) and the folder's IDF."""

    tf: sparse.csr_matrix
    idf: NDArray[np.float64]


def weights(keys: Sequence[EventKey]) -> Weights:
    """Columns in sorted token order (deterministic)."""
    vectorizer = TfidfVectorizer(
        analyzer=_tokens, sublinear_tf=True, norm=None, use_idf=True, dtype=np.float64
    )
    matrix = sparse.csr_matrix(vectorizer.fit_transform(keys))
    names = np.array([t.startswith("name:") for t in vectorizer.get_feature_names_out()])
    idf = np.asarray(vectorizer.idf_, dtype=np.float64)
    tf = sparse.csr_matrix(matrix @ sparse.diags(np.where(names, NAME_WEIGHT, 1.0) / idf))
    return Weights(tf, idf)


def tfidf(found: Weights) -> sparse.csr_matrix:
    """One L2-normalised row per article, with the folder's IDF."""
    return sparse.csr_matrix(normalize(found.tf @ sparse.diags(found.idf)))


def cosines_within(found: Weights, rows: Sequence[int]) -> NDArray[np.float64]:
    """The square matrix of cosines of a group's rows, with the group's own plain IDF
    log(n / df), by which a token every one of them holds weighs 0: inside one group, what all
    share says nothing about which event an article reports. Dense: a group is small."""
    tf = found.tf[np.asarray(rows, dtype=np.int64)]
    columns = np.unique(tf.indices)
    dense = tf[:, columns].toarray()
    idf = np.log(len(rows) / np.maximum((dense > 0).sum(axis=0), 1))
    vectors = dense * idf
    norms = np.linalg.norm(vectors, axis=1)
    vectors /= np.where(norms > 0, norms, 1.0)[:, None]
    return np.asarray(vectors @ vectors.T, dtype=np.float64)


def cosines(
    matrix: sparse.csr_matrix, left: NDArray[np.int64], right: NDArray[np.int64]
) -> NDArray[np.float64]:
    """The cosine of each pair (left[k], right[k]) of rows."""
    out = np.zeros(len(left))
    for start in range(0, len(left), CHUNK):
        stop = start + CHUNK
        product = matrix[left[start:stop]].multiply(matrix[right[start:stop]])
        out[start:stop] = np.asarray(product.sum(axis=1)).ravel()
    return out

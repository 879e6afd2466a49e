"""Pair scores: how alike two articles are, and whether their accounts of the event can agree.

The score starts from the cosine of their TF-IDF rows (words and names) and is scaled by what
the event keys say (`EVIDENCE`, one named factor per row):
- when: reports of one event are dated within days of each other. Farther apart, they are one
  event only as follow-up coverage (an arrest, a funeral, a trial), which names the same
  people; without a shared full name, distance in time weighs against, and years apart weigh
  heavily against. An undated article still tells its year: the latest past year it names
  (background years are earlier), so two that are `YEARS_APART` or more years apart that way
  weigh as years apart.
- where: the same city or venue is support; two different cities, with days that do not
  agree either, weigh against. Where both towns resolve in the gazetteer, those decide what is
  same and what is different (two Springfields are two towns; "Dayton" and "Dayton, Ohio"
  one); else the places as written do. A country both name is just one more shared word.
- who: a person's full name in both is support.
Each factor is about the pair alone, so it does not move when the folder grows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

from .keys import EventKey
from .text import cosines

#: Days apart that still read as the first reports of one event.
NEAR_DAYS = 3
#: Days apart within which follow-ups (an arrest, a funeral) are ordinary.
FOLLOW_UP_DAYS = 30
#: Beyond a year apart, two articles report two events unless they share a person.
YEAR_DAYS = 365
#: Years between the years two articles name (one or both undated) that make two events.
YEARS_APART = 2

#: (name, factor): the multipliers of the text score, measured as in docs/scale.md.
EVIDENCE: dict[str, float] = {
    "same-days": 1.5,  # dated within NEAR_DAYS
    "months-apart": 0.5,  # more than FOLLOW_UP_DAYS apart, no shared person
    "years-apart": 0.15,  # more than YEAR_DAYS apart, no shared person
    "years-apart-shared-person": 0.5,
    "same-place": 1.3,  # one's place is among the other's places
    "other-place": 0.4,  # both placed, in different places, not dated within NEAR_DAYS
    "shared-person": 1.3,
}


@dataclass(frozen=True, slots=True)
class PairTable:
    """Arrays over articles that the factors need, built once."""

    day: NDArray[np.int64]  # ordinal, -1 when unknown
    year: NDArray[np.int64]  # -1 when unknown
    place: NDArray[np.int64]  # column of the article's place in `places`, -1 when none
    town: NDArray[np.int64]  # a number per gazetteer town, -1 when none
    places: sparse.csr_matrix  # article x place name, 1 where the article names it
    people: sparse.csr_matrix  # article x full name


def pair_table(keys: Sequence[EventKey]) -> PairTable:
    place_ids = {p: k for k, p in enumerate(sorted({p for key in keys for p in key.places | _own(key)}))}
    town_ids = {t: k for k, t in enumerate(sorted({k.town for k in keys if k.town}))}
    person_ids = {p: k for k, p in enumerate(sorted({p for key in keys for p in key.people}))}
    return PairTable(
        day=np.array([k.day.toordinal() if k.day else -1 for k in keys], dtype=np.int64),
        year=np.array([k.year or -1 for k in keys], dtype=np.int64),
        place=np.array([place_ids[k.place] if k.place else -1 for k in keys], dtype=np.int64),
        town=np.array([town_ids[k.town] if k.town else -1 for k in keys], dtype=np.int64),
        places=_incidence([sorted(place_ids[p] for p in k.places | _own(k)) for k in keys], len(place_ids)),
        people=_incidence([sorted(person_ids[p] for p in k.people) for k in keys], len(person_ids)),
    )


def _own(key: EventKey) -> frozenset[str]:
    return frozenset({key.place}) if key.place else frozenset()


def _incidence(rows: list[list[int]], width: int) -> sparse.csr_matrix:
    indptr = np.cumsum([0, *(len(r) for r in rows)])
    indices = np.array([c for r in rows for c in r], dtype=np.int64)
    data = np.ones(len(indices))
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), max(width, 1)))


def scores(
    matrix: sparse.csr_matrix, table: PairTable, left: NDArray[np.int64], right: NDArray[np.int64]
) -> NDArray[np.float64]:
    """The score of each candidate pair of articles (left[k], right[k]), in [0, 1]."""
    text = cosines(matrix, left, right)
    return np.clip(text * evidence_factor(table, left, right), 0.0, 1.0)


def evidence_factor(
    table: PairTable, left: NDArray[np.int64], right: NDArray[np.int64]
) -> NDArray[np.float64]:
    """The product of the factors of `EVIDENCE` that hold for each pair."""
    factor = np.ones(len(left))
    shared = _shares(table.people, left, right)
    dated = (table.day[left] >= 0) & (table.day[right] >= 0)
    apart = np.abs(table.day[left] - table.day[right])
    near = dated & (apart <= NEAR_DAYS)
    factor[near] *= EVIDENCE["same-days"]
    months = dated & (apart > FOLLOW_UP_DAYS) & (apart <= YEAR_DAYS) & ~shared
    factor[months] *= EVIDENCE["months-apart"]
    named = (table.year[left] >= 0) & (table.year[right] >= 0) & ~dated
    years = (dated & (apart > YEAR_DAYS)) | (
        named & (np.abs(table.year[left] - table.year[right]) >= YEARS_APART)
    )
    factor[years & ~shared] *= EVIDENCE["years-apart"]
    factor[years & shared] *= EVIDENCE["years-apart-shared-person"]
    same, other = _same_and_other_place(table, left, right)
    factor[same] *= EVIDENCE["same-place"]
    factor[other & ~near] *= EVIDENCE["other-place"]
    factor[shared] *= EVIDENCE["shared-person"]
    return factor


def _same_and_other_place(
    table: PairTable, left: NDArray[np.int64], right: NDArray[np.int64]
) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    """Whether each pair is set in one place, and whether in two different ones: by the towns
    when both resolve, else by the places as written."""
    placed = (table.place[left] >= 0) & (table.place[right] >= 0)
    written = placed & (_names(table, left, right) | _names(table, right, left))
    towns = (table.town[left] >= 0) & (table.town[right] >= 0)
    one_town = towns & (table.town[left] == table.town[right])
    same = np.where(towns, one_town, written)
    other = np.where(towns, ~one_town, placed & ~written)
    return same, other


def _names(table: PairTable, left: NDArray[np.int64], right: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Whether the place of `left` is among the places `right` names."""
    columns = np.maximum(table.place[left], 0)
    found = np.asarray(table.places[right, columns]).ravel() > 0 if len(left) else np.zeros(0, dtype=bool)
    return found & (table.place[left] >= 0)


def _shares(
    incidence: sparse.csr_matrix, left: NDArray[np.int64], right: NDArray[np.int64]
) -> NDArray[np.bool_]:
    if not len(left):
        return np.zeros(0, dtype=bool)
    product = incidence[left].multiply(incidence[right])
    return np.asarray(product.sum(axis=1)).ravel() > 0

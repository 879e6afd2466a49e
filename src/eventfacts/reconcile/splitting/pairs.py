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
  one); else the places as written do, a country or state being the same place as a town
  inside it and no other place than a site the gazetteer cannot put in a town ("in New
  Zealand" and "on Mt Tessel" do not disagree). Towns in two countries, or farther apart than
  `FAR_KM`, weigh heavily against whatever the days, unless a person or a place is named in
  both (a wire story filed in a capital about a quake elsewhere names the quake's region): two
  shootings on one weekend an ocean apart are two events however alike their words. A country
  both name is just one more shared word.
- who: a person's full name in both is support. A person the story is about (named without a
  title) in both, with the event dated within `NEAR_DAYS` in both and not set in towns far
  apart (a funeral is often held in the next town), is enough on its own: the
  pair scores at least `NAMED_SAME_DAYS`, however little else of their words they share (a
  funeral or a vigil reads nothing like the first report of the shooting).
Each factor is about the pair alone, so it does not move when the folder grows.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import sparse

from ... import geo
from ..choice import fitted_weights
from ..names import fold
from .keys import EventKey
from .text import cosines

#: The name of the splitting's values in reconcile/weights.json.
FITTED = "split_evidence"

#: Days apart that still read as the first reports of one event.
NEAR_DAYS = 3
#: Days apart within which follow-ups (an arrest, a funeral) are ordinary.
FOLLOW_UP_DAYS = 30
#: Beyond a year apart, two articles report two events unless they share a person.
YEAR_DAYS = 365
#: Years between the years two articles name (one or both undated) that make two events.
YEARS_APART = 2
#: Towns farther apart than this are two places even on one day (a suburb and its city, or a
#: neighbouring town a report names instead, lie within it): kilometres.
FAR_KM = 100.0

#: The least score of a pair that names one principal and dates the event within NEAR_DAYS.
NAMED_SAME_DAYS = 0.3

#: (name, factor): the multipliers of the text score as first set by hand (docs/scale.md).
#: `make fit` (eval/fit_split.py) fits them on feeds of many events; the fitted values, kept in
#: reconcile/weights.json, stand in for these in `EVIDENCE`.
HAND_EVIDENCE: dict[str, float] = {
    "same-days": 1.5,  # dated within NEAR_DAYS
    "months-apart": 0.5,  # more than FOLLOW_UP_DAYS apart, no shared person
    "years-apart": 0.15,  # more than YEAR_DAYS apart, no shared person
    "years-apart-shared-person": 0.5,
    "same-place": 1.3,  # one's place is among the other's places
    "other-place": 0.4,  # both placed, in different places, not dated within NEAR_DAYS
    "far-places": 0.05,  # towns in two countries or FAR_KM apart, whatever the days, no person and
    # no place named in both
    "shared-person": 1.3,
}
EVIDENCE: dict[str, float] = {
    **HAND_EVIDENCE,
    **{k: v for k, v in fitted_weights(FITTED).items() if k in HAND_EVIDENCE},
}


@dataclass(frozen=True, slots=True)
class PairTable:
    """Arrays over articles that the factors need, built once."""

    day: NDArray[np.int64]  # ordinal, -1 when unknown
    year: NDArray[np.int64]  # -1 when unknown
    place: NDArray[np.int64]  # column of the article's place in `places`, -1 when none
    town: NDArray[np.int64]  # a number per gazetteer town, -1 when none
    country: NDArray[np.int64]  # a number per country of the town, -1 when none
    latitude: NDArray[np.float64]  # of the town, in radians; NaN when unknown
    longitude: NDArray[np.float64]
    area_country: NDArray[np.int64]  # a number per country of the place when it is a country or state
    area_region: NDArray[np.int64]  # a number per state of the place when it is a state, -1 otherwise
    town_country: NDArray[np.int64]  # a number per country of the town, named or not, -1 when none
    town_region: NDArray[np.int64]  # a number per state of the town, -1 when none or unknown
    places: sparse.csr_matrix  # article x place name, 1 where the article names it
    people: sparse.csr_matrix  # article x full name
    principals: sparse.csr_matrix  # article x full name of a person named without a title


def pair_table(keys: Sequence[EventKey]) -> PairTable:
    place_ids = {p: k for k, p in enumerate(sorted({p for key in keys for p in key.places | _own(key)}))}
    town_ids = {t: k for k, t in enumerate(sorted({k.town for k in keys if k.town}))}
    person_ids = {p: k for k, p in enumerate(sorted({p for key in keys for p in key.people}))}
    towns = {t: geo.by_id(t) for t in town_ids}
    country_ids = {c: k for k, c in enumerate(sorted({t.country for t in towns.values() if t}))}
    # a town counts as far only where the article names it: one read from a container or a
    # stray word ("Police") may be the gazetteer's namesake elsewhere
    where = [_named_town(k, towns.get(k.town) if k.town else None) for k in keys]
    areas = [geo.by_id(k.area) if k.area else None for k in keys]
    resolved = [towns.get(k.town) if k.town else None for k in keys]
    found = {c for p in (*areas, *resolved) if p is not None for c in (p.country, p.region) if c}
    codes = {c: k for k, c in enumerate(sorted(found))}
    return PairTable(
        day=np.array([k.day.toordinal() if k.day else -1 for k in keys], dtype=np.int64),
        year=np.array([k.year or -1 for k in keys], dtype=np.int64),
        place=np.array([place_ids[k.place] if k.place else -1 for k in keys], dtype=np.int64),
        town=np.array([town_ids[k.town] if k.town else -1 for k in keys], dtype=np.int64),
        country=np.array([country_ids[t.country] if t else -1 for t in where], dtype=np.int64),
        latitude=np.radians(np.array([_degrees(t, "latitude") for t in where], dtype=np.float64)),
        longitude=np.radians(np.array([_degrees(t, "longitude") for t in where], dtype=np.float64)),
        area_country=_coded(codes, [a.country if a else None for a in areas]),
        area_region=_coded(codes, [a.region if a and a.kind == "region" else None for a in areas]),
        town_country=_coded(codes, [t.country if t else None for t in resolved]),
        town_region=_coded(codes, [t.region if t else None for t in resolved]),
        places=_incidence([sorted(place_ids[p] for p in k.places | _own(k)) for k in keys], len(place_ids)),
        people=_incidence([sorted(person_ids[p] for p in k.people) for k in keys], len(person_ids)),
        principals=_incidence(
            [sorted(person_ids[p] for p in k.principals if p in person_ids) for k in keys], len(person_ids)
        ),
    )


def _named_town(key: EventKey, town: geo.GeoPlace | None) -> geo.GeoPlace | None:
    return town if town is not None and " ".join(fold(town.name)) in key.places else None


def _coded(codes: dict[str, int], values: list[str | None]) -> NDArray[np.int64]:
    return np.array([codes[v] if v else -1 for v in values], dtype=np.int64)


def _degrees(town: geo.GeoPlace | None, axis: str) -> float:
    value = getattr(town, axis) if town is not None else None
    return float(value) if value is not None else math.nan


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
    return combined(cosines(matrix, left, right), table, left, right)


def combined(
    text: NDArray[np.float64], table: PairTable, left: NDArray[np.int64], right: NDArray[np.int64]
) -> NDArray[np.float64]:
    """The text cosines of pairs scaled by their evidence, raised to NAMED_SAME_DAYS where the
    pair names one principal and dates the event within NEAR_DAYS, in towns not far apart, in [0, 1]."""
    score = np.clip(text * evidence_factor(table, left, right), 0.0, 1.0)
    dated = (table.day[left] >= 0) & (table.day[right] >= 0)
    near = dated & (np.abs(table.day[left] - table.day[right]) <= NEAR_DAYS)
    named = near & ~_far_apart(table, left, right) & _shares(table.principals, left, right)
    score[named] = np.maximum(score[named], NAMED_SAME_DAYS)
    return score


def evidence_factor(
    table: PairTable, left: NDArray[np.int64], right: NDArray[np.int64]
) -> NDArray[np.float64]:
    """The product of the factors of `EVIDENCE` that hold for each pair."""
    factor = np.ones(len(left))
    for name, holds in evidence_rows(table, left, right).items():
        factor[holds] *= EVIDENCE[name]
    return factor


def evidence_rows(
    table: PairTable, left: NDArray[np.int64], right: NDArray[np.int64]
) -> dict[str, NDArray[np.bool_]]:
    """For each factor of `EVIDENCE`, whether it holds for each pair (what `make fit` weighs)."""
    shared = _shares(table.people, left, right)
    dated = (table.day[left] >= 0) & (table.day[right] >= 0)
    apart = np.abs(table.day[left] - table.day[right])
    near = dated & (apart <= NEAR_DAYS)
    named = (table.year[left] >= 0) & (table.year[right] >= 0) & ~dated
    years = (dated & (apart > YEAR_DAYS)) | (
        named & (np.abs(table.year[left] - table.year[right]) >= YEARS_APART)
    )
    same, other = _same_and_other_place(table, left, right)
    far = _far_apart(table, left, right) & ~shared & ~_shares(table.places, left, right)
    return {
        "same-days": near,
        "months-apart": dated & (apart > FOLLOW_UP_DAYS) & (apart <= YEAR_DAYS) & ~shared,
        "years-apart": years & ~shared,
        "years-apart-shared-person": years & shared,
        "same-place": same,
        "far-places": far,
        "other-place": other & ~near & ~far,
        "shared-person": shared,
    }


def _same_and_other_place(
    table: PairTable, left: NDArray[np.int64], right: NDArray[np.int64]
) -> tuple[NDArray[np.bool_], NDArray[np.bool_]]:
    """Whether each pair is set in one place, and whether in two different ones: by the towns
    when both resolve, else by the places as written."""
    placed = (table.place[left] >= 0) & (table.place[right] >= 0)
    written = placed & (_names(table, left, right) | _names(table, right, left))
    towns = (table.town[left] >= 0) & (table.town[right] >= 0)
    one_town = towns & (table.town[left] == table.town[right])
    # a country or state against a place of the other's: the same where it holds the other's
    # town, and unknown where the other's place has no town (a site, a mountain)
    area_left, area_right = table.area_country[left] >= 0, table.area_country[right] >= 0
    inside = _holds(table, left, right) | _holds(table, right, left)
    unknown = (area_left & ~area_right & (table.town[right] < 0)) | (
        area_right & ~area_left & (table.town[left] < 0)
    )
    same = np.where(towns, one_town, written | inside)
    other = np.where(towns, ~one_town, placed & ~written & ~inside & ~unknown)
    return same, other


def _holds(table: PairTable, area: NDArray[np.int64], town: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Whether the place of each `area` article is a country or state that holds the town of
    the `town` article."""
    country, region = table.area_country[area], table.area_region[area]
    return np.asarray(
        (country >= 0)
        & (table.town_country[town] == country)
        & ((region < 0) | (table.town_region[town] == region))
    )


def _far_apart(table: PairTable, left: NDArray[np.int64], right: NDArray[np.int64]) -> NDArray[np.bool_]:
    """Whether each pair's towns, both named in their articles, lie in two countries or more
    than FAR_KM apart."""
    towns = (table.country[left] >= 0) & (table.country[right] >= 0)
    countries = towns & (table.country[left] != table.country[right])
    lat1, lat2 = table.latitude[left], table.latitude[right]
    lon1, lon2 = table.longitude[left], table.longitude[right]
    h = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    km = EARTH_KM * 2 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))
    with np.errstate(invalid="ignore"):
        distant = towns & (km > FAR_KM)  # NaN (a town without coordinates) is never distant
    return np.asarray(countries | distant)


EARTH_KM = 6371.0


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

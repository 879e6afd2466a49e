"""Where the event happened, resolved to real places from the street up to the country.

Each article's place cues (`extract.places`) are resolved against the gazetteer (`geo`): a
town is read in the state the article names with it ("Marlowe, Ore."), else in the state the
article names most, else the largest of its name. Each article then votes for one town, weighed
by how the town is written (a dateline or "Marlowe police" says more than "a Marlowe man") and
how early; the event's town is the one most sources vote for, and towns named by other sources
are claims in conflict. The street, block, venue or neighbourhood named near the start is the
`name` of the location, within that town. Every entry of `places` is checked the same way: a
name that is neither in the gazetteer nor a street, venue or neighbourhood is not a place.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Generic, TypeVar

from .. import geo
from ..extract.patterns import street_kind, venue_kind
from ..extract.places import CALENDAR_WORDS, PART_NOUNS, SITE_NOUN
from ..lexicon import COMPASS_POINTS, WORLD_AREAS
from ..records import Claim, Conflict, Coordinates, DocFacts, Evidence, Location, Place, PlaceCue, PlaceLevel
from .agreement import agreement
from .place_weights import COUNTRY_KINDS, WEIGHT, cue_weight

#: Cues that cannot make a town's vote alone: "flown to a hospital in Marlowe".
CARE_ONLY = frozenset({"care"})
#: Cues in the lead that name a town as where it happened (a dateline filed elsewhere yields to them).
LEAD_PLACE_CUES = frozenset({"locative", "pair", "city-of"})
CITY_KINDS = ("city",)
SPECIFIC_CUES = ("street", "venue", "neighbourhood")


@dataclass(frozen=True, slots=True)
class Resolved:
    """A cue and what it names."""

    cue: PlaceCue
    place: geo.GeoPlace | None  # the gazetteer entry; None for streets and venues
    kind: str  # "city" | "county" | "region" | "country" | "street" | "address" | "venue" | "neighbourhood"
    owner: geo.GeoPlace | None = None  # the city a part is written with: "FAR ROCKAWAY, Queens"


# ---------------------------------------------------------------------------------------------
# One article


def article_regions(places: tuple[PlaceCue, ...]) -> list[geo.GeoPlace]:
    """The states, provinces and countries an article names (its place cues), most named first.
    A name that is both ("Georgia") is read in the country the article's other places are in."""
    # "Kenya's Daniel Kiprop" says whose the winner is, not where the race was
    options = [(cue, _regions_of(cue)) for cue in places if cue.cue not in PEOPLE_CUES]
    countries = Counter(p.country for _, found in options if len(found) == 1 for p in found)
    countries.update(_county_countries(places))
    counts: dict[str, float] = defaultdict(float)
    chosen: dict[str, geo.GeoPlace] = {}
    for cue, found in options:
        if not found:
            continue
        place = max(found, key=lambda p: (countries[p.country], p.kind == "region", -found.index(p)))
        counts[place.id] += (
            WEIGHT["region:with-town"] if cue.cue in ("dateline", "pair") else WEIGHT["region:named"]
        )
        chosen[place.id] = place
    return [chosen[k] for k in sorted(counts, key=lambda k: (-counts[k], chosen[k].kind != "region", k))]


def implied_regions(places: tuple[PlaceCue, ...]) -> list[geo.GeoPlace]:
    """The states (abroad, the countries) of the towns an article names (its place cues) that
    are plain to place: the only town of their name, or much the largest (a reader knows where
    Atlanta is, and that Banstead is in England)."""
    counts: Counter[str] = Counter()
    doubtful: list[tuple[str, frozenset[str]]] = []
    for cue in places:
        if (
            cue.cue in ("street", "venue", *PEOPLE_CUES)
            or cue.region
            or _names_region(cue.text)
            or ACRONYM.fullmatch(cue.text)
            or _key(cue.text) in WORLD_AREAS
        ):
            continue  # "Brazil" is the country, not the town in Indiana; "Asia" no town's
        # By their own names: "Manning" is a town in South Carolina before it is Wanning's
        # other name.
        key = geo.fold(cue.text)
        found = tuple(p for p in geo.lookup(cue.text, kinds=CITY_KINDS) if geo.fold(p.name) == key)
        if not found or (found[0].region is None and cue.cue not in WHERE_CUES):
            continue  # a country is implied only by a town named as where: "Police said" is no Pole
        if len(found) == 1 or found[0].population >= WEIGHT["plain-ratio"] * found[1].population:
            implied = found[0].region or found[0].country
            counts[implied] += 1
            if elsewhere := _region_countries_elsewhere(cue.text, found[0]):
                doubtful.append((implied, elsewhere))
        counties = geo.lookup(cue.text, kinds=("county",)) if " " in cue.text else ()
        if len(counties) == 1 and counties[0].region:
            counts[counties[0].region] += 1
    # "Surrey" beside towns of England is the English county, not Surrey in Canada: a name that
    # is also a province or county of a country the article's other towns are in implies nothing
    for implied, elsewhere in doubtful:
        if any(k[:2] in elsewhere for k in counts if k != implied and counts[k] > 0):
            counts[implied] -= 1
    regions = [geo.by_id(f"iso:{k}") for k in sorted(counts, key=lambda k: (-counts[k], k)) if counts[k] > 0]
    return [p for p in regions if p is not None]


def _region_countries_elsewhere(name: str, town: geo.GeoPlace) -> frozenset[str]:
    """The countries other than the town's where the name is also a province or county
    ("Surrey": a city in Canada, a county in England)."""
    found = geo.regions_named(name)
    return frozenset(p.country for p in found if p.kind in ("region", "county") and p.country != town.country)


#: Cues that name whose people are, not where: "Kenya's Daniel Kiprop", "Ghanaians".
PEOPLE_CUES = ("whose", "demonym")


def demonym_countries(places: tuple[PlaceCue, ...]) -> list[geo.GeoPlace]:
    """The countries an article names only by their people ("Ghanaians voted"), most named
    first: the country of a story that names no other, after every region it names or implies
    (a "Mexican restaurant" in a Texas story is no hint of Mexico)."""
    counts: Counter[str] = Counter()
    found: dict[str, geo.GeoPlace] = {}
    for cue in places:
        if cue.cue == "demonym" and (country := geo.country_of_people(cue.text)) is not None:
            counts[country.id] += 1
            found[country.id] = country
    return [found[k] for k in sorted(counts, key=lambda k: (-counts[k], k))]


#: Cues that name a town as where something is, not whose police or people they are.
WHERE_CUES = frozenset({"dateline", "locative", "city-of", "site", "pair"})


def _county_countries(places: tuple[PlaceCue, ...]) -> list[str]:
    return [
        p.country
        for cue in places
        if cue.cue not in ("street", "venue")
        for p in geo.lookup(cue.text, kinds=("county",))[:1]
    ]


def _regions_of(cue: PlaceCue) -> list[geo.GeoPlace]:
    if cue.cue == "site" and cue.container:
        return [p for p in geo.regions_named(cue.container) if p.kind == "country" or p.country == "US"]
    if cue.region:
        named = geo.regions_named(cue.region)
        confirmed = [r for r in named if _within(cue.text, r, ("city", "county"))]
        if confirmed:
            return confirmed
        # "Geddes, S.D.": a town too small for the gazetteer, in a real state.
        return [r for r in named if r.kind == "region" and r.country == "US" and _unlisted_name(cue.text)]
    if cue.cue in ("street", "venue"):
        return []
    found = geo.lookup(cue.text)
    if not found or found[0].kind not in ("region", "country"):
        return []  # "Toledo" is the town before it is a district of Belize
    # A province abroad counts only written with a town ("Toronto, Ontario"): alone, "Long
    # Island" is more often New York's than the Bahamas' district.
    return [p for p in found if p.kind == "country" or (p.kind == "region" and p.country == "US")]


def context(doc: DocFacts, near: Sequence[geo.GeoPlace] = ()) -> tuple[geo.GeoPlace, ...]:
    """The regions an article's towns are read in: those it names, those its plain towns are
    in, then `near` (the regions of the other sources)."""
    return tuple(dict.fromkeys((*_own_regions(doc.places), *near)))


def _own_regions(places: tuple[PlaceCue, ...]) -> tuple[geo.GeoPlace, ...]:
    """The regions an article's own cues name or imply. Kept per article: reconciling asks for
    each article's context in four passes, and each asking looked up every cue again."""
    return _OWN_REGIONS.get(
        places,
        (),
        lambda: tuple(
            dict.fromkeys((*article_regions(places), *implied_regions(places), *demonym_countries(places)))
        ),
    )


def resolve_cues(doc: DocFacts, near: Sequence[geo.GeoPlace] = ()) -> list[Resolved]:
    """Every cue of an article with what it names; `near` are the regions of the other sources,
    used after the article's own. Kept for the article with the last `near`: the entries of
    `places` and the event's town each read every article's cues with the same regions near."""
    near = tuple(near)
    return list(_RESOLVED.get(doc, near, lambda: tuple(_resolve_cues(doc, near))))


T = TypeVar("T")


class _KeptByIdentity(Generic[T]):
    """One answer per object, found by the object's identity with the arguments it was asked
    with last. Hashing an article's cues or a DocFacts at every asking cost as much as the
    look-ups it saved; the object is held with its answer, so that its id stays its own."""

    #: Answers kept before all are dropped (a process merges a few thousand articles at most).
    LIMIT = 16384

    def __init__(self) -> None:
        self._kept: dict[int, tuple[object, object, T]] = {}

    def get(self, owner: object, args: object, compute: Callable[[], T]) -> T:
        kept = self._kept.get(id(owner))
        if kept is not None and kept[0] is owner and kept[1] == args:
            return kept[2]
        value = compute()
        if len(self._kept) >= self.LIMIT:
            self._kept.clear()
        self._kept[id(owner)] = (owner, args, value)
        return value


_OWN_REGIONS: _KeptByIdentity[tuple[geo.GeoPlace, ...]] = _KeptByIdentity()
_RESOLVED: _KeptByIdentity[tuple[Resolved, ...]] = _KeptByIdentity()


def _resolve_cues(doc: DocFacts, near: tuple[geo.GeoPlace, ...]) -> list[Resolved]:
    regions = context(doc, near)
    people = _name_words(doc)
    resolved = [
        Resolved(cue, None, "person") if _a_persons_name(cue, people) else _resolve(cue, regions)
        for cue in doc.places
    ]
    return _venues_not_towns(_as_written_with_state({doc.source.id: resolved})[doc.source.id])


#: Cues that leave a one-word name open to being a person's: "in Teixeira", "a Sam resident"
#: (a dateline, "Town, State", "Town police" or "the city of Town" write it as a place).
#: Cues that name a town in passing: no word of theirs says anything happened there.
IN_PASSING_CUES = frozenset({"mention", "reference"})
_PERSON_OPEN_CUES = IN_PASSING_CUES | {"locative", "resident"}


def _name_words(doc: DocFacts) -> frozenset[str]:
    """The given names and surnames of the people the article names in full ("Sam Ortiz")."""
    full = (geo.fold(m.text).split() for m in doc.entities if m.kind == "person")
    return frozenset(word for words in full if len(words) > 1 for word in words)


def _a_persons_name(cue: PlaceCue, people: frozenset[str]) -> bool:
    """A one-word name the article also gives a person ("Sam", "Teixeira") is no town unless a
    dateline, "Town, State", "Town police" or "the city of Town" writes it as one: a gazetteer of
    every town of 500 people holds many given names and surnames."""
    name = geo.fold(cue.text)
    return cue.cue in _PERSON_OPEN_CUES and " " not in name and name in people


def _venues_not_towns(resolved: list[Resolved]) -> list[Resolved]:
    """A name the article also writes as a venue or street ("shot in Franklin Park", a park)
    is that venue, not a town of that name in another state or country than the towns its
    dateline, its "<Town> police" and its "Town, State" name: else the venue would carry a
    far town's identity and coordinates."""
    specific = {(r.cue.evidence.start, r.cue.evidence.end) for r in resolved if r.kind in _SPECIFIC_KINDS}
    named = {geo.fold(r.cue.text) for r in resolved if r.kind in _SPECIFIC_KINDS}
    anchors = {
        (r.place.country, r.place.region)
        for r in resolved
        if r.place is not None
        and r.kind == "city"
        and r.cue.cue in ("dateline", "agency", "pair")
        and geo.fold(r.cue.text) not in named
    }
    if not anchors:
        return resolved
    return [
        Resolved(r.cue, None, "venue")
        if r.place is not None
        and r.kind in ("city", "neighbourhood")
        and ((r.cue.evidence.start, r.cue.evidence.end) in specific or geo.fold(r.cue.text) in named)
        and (r.place.country, r.place.region) not in anchors
        else r
        for r in resolved
    ]


_SPECIFIC_KINDS = frozenset({"venue", "street", "address"})


def _resolve(cue: PlaceCue, regions: tuple[geo.GeoPlace, ...]) -> Resolved:
    if cue.cue in ("street", "venue"):
        return Resolved(cue, None, _specific_kind(cue))
    if cue.cue == "demonym":
        country = geo.country_of_people(cue.text)
        return Resolved(cue, country, "country") if country is not None else Resolved(cue, None, "unknown")
    if cue.cue == "site":
        return _resolve_site(cue, regions)
    if not cue.region and geo.fold(cue.text) in QUADRANTS:
        return Resolved(cue, None, "unknown")  # "in Northwest": a city's quarter, not a village of the name
    if not cue.region and world_area(cue.text, regions):
        return Resolved(cue, None, "area")
    kinds = ("city", "county") if cue.cue in ("agency", "resident", "city-of") else geo.KINDS
    state = next((p for p in geo.lookup(cue.text, kinds=("region", "country")) if p in regions), None)
    if state is not None and kinds != geo.KINDS:
        # "Florida police", "Alaska residents": the state the article names, not a namesake
        # village in another state or country
        return Resolved(cue, state, state.kind)
    if ACRONYM.fullmatch(cue.text):
        kinds = ("region", "country")  # "in IE 7", "the UN": a short capital name is a town's only by chance
    if cue.region:
        named = geo.regions_named(cue.region)
        for region in named:
            place = _within(cue.text, region, ("city", "county"))
            if place is not None:
                return Resolved(cue, place, place.kind)
        us_states = [r for r in named if r.kind == "region" and r.country == "US"]
        # "Geddes, S.D.", "in Saada, northern Yemen": a town the gazetteer lacks keeps its name,
        # in the state or country the text gives
        within = us_states or [r for r in named if r.kind == "country"]
        if within and cue.cue in ("dateline", "pair") and _unlisted_name(cue.text):
            return Resolved(cue, unlisted_town(cue.text, within[0]), "city")
        return (_written_with_city(cue) if not named else None) or Resolved(cue, None, "unknown")
    for name in _variants(cue.text):
        place = geo.resolve(name, near=regions, kinds=kinds)
        if place is not None and _stray_village(cue, place, regions):
            return Resolved(cue, None, "unknown")
        if place is not None:
            kind = "neighbourhood" if cue.cue == "neighbourhood" and place.kind == "city" else place.kind
            return Resolved(cue, place, kind)
    if cue.cue == "neighbourhood" or (
        cue.container and not street_kind(cue.text) and not venue_kind(cue.text)
    ):
        return Resolved(cue, None, "neighbourhood")  # "Dayton's Oregon District"
    kind = _specific_kind(cue)
    return Resolved(cue, None, kind)


def _written_with_city(cue: PlaceCue) -> Resolved | None:
    """A part of a city written with the city as a town with its state ("FAR ROCKAWAY, Queens",
    "Eastgate, Marlowe"): the gazetteer lists many neighbourhoods as towns, and the city after the
    comma, much larger and close by, is the town the part is in."""
    assert cue.region is not None
    for city in geo.lookup(cue.region, kinds=CITY_KINDS):
        for variant in _variants(cue.text):
            for part in geo.lookup(variant, kinds=CITY_KINDS):
                if _part_of(part, city):
                    return Resolved(cue, part, "neighbourhood", owner=city)
    return None


def _part_of(part: geo.GeoPlace, city: geo.GeoPlace) -> bool:
    """A town the gazetteer lists that may be a part of `city`: much smaller, and close by."""
    return (
        part.id != city.id
        and city.population >= WEIGHT["owner-ratio"] * max(part.population, 1)
        and _km(part, city) <= WEIGHT["neighbourhood-km"]
    )


def _stray_village(cue: PlaceCue, place: geo.GeoPlace, regions: tuple[geo.GeoPlace, ...]) -> bool:
    """A town smaller than "stray-village", only mentioned, in no region the article names, is no
    town of the story: a gazetteer of every town of 500 people lists a village for most words
    news capitalises ("Saints", "Outlook", a team's name)."""
    return (
        cue.cue in IN_PASSING_CUES
        and place.kind == "city"
        and place.population < WEIGHT["stray-village"]
        and not any(geo.contains(r, place) for r in regions)
    )


def _resolve_site(cue: PlaceCue, regions: tuple[geo.GeoPlace, ...]) -> Resolved:
    """A camp, mine or island written with where it is: the town it is named after when that
    town lies where the text puts it ("the Kakuma refugee camp in Kenya" is at Kakuma); else a
    site of its own, whose town is its container ("the Moria camp on Lesbos")."""
    base = re.sub(rf"\s+{SITE_NOUN}$", "", cue.text)
    within = tuple(geo.regions_named(cue.container)) if cue.container else ()
    town = geo.resolve(base, near=within or regions, kinds=CITY_KINDS) if base != cue.text else None
    if town is not None and (not within or any(geo.contains(w, town) for w in within)):
        return Resolved(cue, town, "city")
    return Resolved(cue, None, "site")


def world_area(name: str, regions: Sequence[geo.GeoPlace] = ()) -> bool:
    """A continent, world region or sea ("the Middle East", "the Atlantic", "New England"),
    unless the article names the state or country of a town of that name ("Pacific" in a story
    of Missouri is the town)."""
    if _key(name) not in WORLD_AREAS:
        return False
    town = geo.resolve(name, near=tuple(regions))
    return town is None or not any(geo.contains(r, town) for r in regions)


#: A quarter of a city named by its compass point alone ("shot in Southeast", "Northwest
#: Washington"): written without a state it is never the village that shares the word.
QUADRANTS = frozenset(d for d in COMPASS_POINTS if len(d) > 5)

#: Two capitals: a country ("UK"), a state, or an acronym; never a town.
ACRONYM = re.compile(r"[A-Z]{1,2}")
UNLISTED = "unlisted:"


def _unlisted_name(name: str) -> bool:
    """A name that may be a small town: in the gazetteer as nothing but towns or counties elsewhere ("Troy,
    W.Va." is not Troy, Mich.), or not at all; no day or direction."""
    words = name.casefold().split()
    listed = geo.lookup(name)
    return all(p.kind in ("city", "county") for p in listed) and not any(
        w in CALENDAR_WORDS or w in COMPASS_POINTS for w in words
    )


def unlisted_town(name: str, region: geo.GeoPlace) -> geo.GeoPlace:
    """A town the gazetteer lacks (it lists US places from 500 people) but a dateline or "Town,
    State" names in a real state: kept, in that state, without a gazetteer id."""
    state = region.region if region.kind == "region" else None
    return geo.GeoPlace(f"{UNLISTED}{region.id}:{geo.fold(name)}", name, "city", region.country, state, 0)


def _specific_kind(cue: PlaceCue) -> str:
    street = street_kind(cue.text)
    if street:
        return street
    return "venue" if venue_kind(cue.text) else "unknown"


def _within(name: str, region: geo.GeoPlace, kinds: tuple[str, ...]) -> geo.GeoPlace | None:
    for variant in _variants(name):
        inside = [p for p in geo.lookup(variant, kinds=kinds) if geo.contains(region, p)]
        if inside:
            return inside[0]
    return None


def _variants(name: str) -> list[str]:
    """The name, then without a leading direction ("Southeast Marlowe"), then without the days
    and months the patterns took in after it ("Marlowe Monday")."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(".") in CALENDAR_WORDS:
        words.pop()
    out = [name, " ".join(words)]
    if len(words) > 1 and words[0].casefold() in COMPASS_POINTS and " ".join(words[1:]) not in PART_NOUNS:
        out.append(" ".join(words[1:]))  # "Northeast Marlowe"; but "West Side" is no town called Side
    return list(dict.fromkeys(out))


@dataclass(frozen=True, slots=True)
class Contribution:
    """What one cue says for its town, described by the terms its weight is the product of: how
    the town is written (`cue`), where in the article (`position`: "lead", "body", "late"),
    whether it lies in the article's state and country (`region`: "home", "out-of-state",
    "abroad"), whether a dateline yields to a lead town of its state (`filed`) and whether a
    title writes the town with its state (`title_pair`). A container's or title's town has no
    position or region term."""

    cue: str
    position: str | None = None
    region: str | None = None
    filed: bool = False
    title_pair: bool = False


def contribution_weight(c: Contribution) -> float:
    """The weight of one contribution: the product of its terms' fitted factors."""
    w = cue_weight(c.cue)
    if c.position == "lead":
        w *= WEIGHT["lead-bonus"]
    elif c.position == "late":
        w *= WEIGHT["late-factor"]
    if c.region == "abroad":
        w *= WEIGHT["abroad"]
    elif c.region == "out-of-state":
        w *= WEIGHT["out-of-state"]
    if c.filed:
        w *= WEIGHT["filed"]
    if c.title_pair:
        w *= WEIGHT["title-pair"]
    return w


def _contribution(r: Resolved, regions: Sequence[geo.GeoPlace], filed: bool) -> Contribution:
    if r.cue.sentence < WEIGHT["lead-sentences"]:
        position = "lead"
    elif r.cue.sentence >= WEIGHT["late-sentences"]:
        position = "late"
    else:
        position = "body"
    country = regions[0].country if regions else None
    state = next((p for p in regions if p.kind == "region" and p.country == country), None)
    region = "home"
    if r.place is not None and country is not None and r.place.country != country:
        region = "abroad"
    elif state is not None and r.place is not None and not geo.contains(state, r.place):
        region = "out-of-state"
    return Contribution(r.cue.cue, position, region, filed)


def town_contributions(
    doc: DocFacts, near: Sequence[geo.GeoPlace] = (), resolved: list[Resolved] | None = None
) -> dict[geo.GeoPlace, list[Contribution]]:
    """What one article's cues say for each town it names: one contribution per name (by its
    strongest cue: "MARLOWE, Ore. —" is a dateline and a pair), per container and per title."""
    regions = context(doc, near)
    found: dict[geo.GeoPlace, list[Contribution]] = defaultdict(list)
    resolved = resolve_cues(doc, near) if resolved is None else resolved
    strongest: dict[tuple[geo.GeoPlace, int], tuple[float, Contribution]] = {}

    def keep(place: geo.GeoPlace, start: int, c: Contribution) -> None:
        key, w = (place, start), contribution_weight(c)
        if key not in strongest or w > strongest[key][0]:
            strongest[key] = (w, c)

    lead_towns = {
        r.place
        for r in resolved
        if r.place is not None and r.kind == "city" and r.cue.cue in LEAD_PLACE_CUES
        and r.cue.sentence < WEIGHT["lead-sentences"]
    }  # fmt: skip
    datelines = {r.cue.evidence.start for r in resolved if r.cue.cue == "dateline"}
    for r in resolved:
        if r.place is not None and r.kind in ("city", "neighbourhood"):
            # "MARLOWE, Ore. (AP) — ... in nearby Fernhill": filed there
            filed = r.cue.evidence.start in datelines and any(
                t.region == r.place.region for t in lead_towns - {r.place}
            )
            c = (
                _contribution(r, regions, filed)
                if r.kind == "city"
                else Contribution("neighbourhood", filed=filed)
            )
            keep(r.place, r.cue.evidence.start, c)
        if r.owner is not None:  # "FAR ROCKAWAY, Queens —" is a dateline for Queens
            keep(r.owner, r.cue.evidence.start, _contribution(replace(r, place=r.owner), regions, False))
    for (place, _), (_, c) in strongest.items():
        found[place].append(c)
    for r in resolved:
        if r.cue.container and not _names_region(r.cue.container):
            owner = geo.resolve(r.cue.container, near=regions, kinds=CITY_KINDS)
            if owner is not None:
                found[owner].append(Contribution("container"))
    if found:
        for cue in doc.title_cues:  # read at extraction (`extract.places.title_cues`)
            named = geo.regions_named(cue.region) if cue.region else ()
            for variant in _variants(cue.text):
                titled = next((p for r in named if (p := _within(variant, r, CITY_KINDS))), None)
                titled = titled or geo.resolve(variant, near=regions, kinds=CITY_KINDS)
                if titled is not None and titled in found:
                    found[titled].append(Contribution("title", title_pair=cue.cue == "pair"))
                    break
    return found


def town_scores(
    doc: DocFacts,
    near: Sequence[geo.GeoPlace] = (),
    resolved: list[Resolved] | None = None,
    floor: float | None = None,
) -> dict[geo.GeoPlace, float]:
    """How strongly one article says each town is where it happened: the sum of its
    contributions' weights; less than `floor` (by default the fitted least vote) is left out."""
    least = WEIGHT["min-score"] if floor is None else floor
    # a town named only as where a victim was treated says nothing of where it happened
    scores = {
        place: math.fsum(contribution_weight(c) for c in found)
        for place, found in town_contributions(doc, near, resolved).items()
        if any(c.cue not in CARE_ONLY for c in found)
    }
    return {p: v for p, v in scores.items() if v >= least}


def _names_region(name: str) -> bool:
    found = geo.lookup(name)
    return bool(found) and found[0].kind in ("country", "region")


def article_place(doc: DocFacts, near: Sequence[geo.GeoPlace] = ()) -> geo.GeoPlace | None:
    """The town one article says it happened in (None when it names none): for telling events
    apart, and as this article's vote for the event's town. `near`: regions other sources name."""
    resolved = resolve_cues(doc, near)
    scores = town_scores(doc, near, resolved)
    return _best(scores, _first_named(resolved, scores)) if scores else None


def _best(scores: dict[geo.GeoPlace, float], first: dict[geo.GeoPlace, int]) -> geo.GeoPlace:
    """The highest score; on a tie, the town named first, then the id."""
    return min(scores, key=lambda p: (-scores[p], first.get(p, 10**6), p.id))


def _first_named(resolved: list[Resolved], scores: dict[geo.GeoPlace, float]) -> dict[geo.GeoPlace, int]:
    first: dict[geo.GeoPlace, int] = {}
    for r in resolved:
        if r.place is not None and r.place in scores:
            first.setdefault(r.place, r.cue.evidence.start)
    return first


# ---------------------------------------------------------------------------------------------
# The event


@dataclass(frozen=True, slots=True)
class EventPlace:
    location: Location | None
    conflicts: tuple[Conflict, ...]


def event_place(
    docs: Sequence[DocFacts],
    places: Sequence[Place] = (),
    fallback: Location | None = None,
    kind: str | None = None,
) -> EventPlace:
    """The event's location across all sources; `fallback` (the most named place, as NER saw
    it) when no source names a town the gazetteer knows. `ref` points into `places`. `kind` is
    the event's kind: an election whose town only datelines name is its country's."""
    near = _shared_regions(docs)
    resolved = _as_written_with_state({d.source.id: resolve_cues(d, near) for d in docs})
    votes: dict[geo.GeoPlace, list[str]] = defaultdict(list)
    totals: dict[geo.GeoPlace, float] = defaultdict(float)
    first: dict[geo.GeoPlace, int] = {}
    for doc in docs:
        scores = town_scores(doc, near, resolved[doc.source.id])
        if not scores:
            continue
        named = _first_named(resolved[doc.source.id], scores)
        votes[_best(scores, named)].append(doc.source.id)
        for k, v in scores.items():
            totals[k] += v
            first[k] = min(first.get(k, 10**6), named.get(k, 10**6))
    basis = None
    if not votes:
        in_passing = _named_in_passing(docs, near, resolved)
        if in_passing is not None:
            votes[in_passing[0]] = in_passing[1]
            basis = "named-in-passing"
    if not votes:
        capital = _city_region_town(near)
        if capital is None:
            return EventPlace(_without_town(resolved, near, fallback, places), ())
        votes[capital] = sorted(
            {d.source.id for d in docs if capital.region in {p.region for p in context(d)}}
        )
        basis = "region-city"
    voted = min(votes, key=lambda k: (-len(votes[k]), -totals[k], first.get(k, 10**6), k.id))
    beside = _named_beside_neighbourhoods(resolved)
    town = _owning_city(voted, totals, beside) or voted
    for part in [t for t in votes if t != town and _owning_city(t, totals, beside) == town]:
        votes[town] = sorted({*votes[town], *votes.pop(part)})  # a vote for a part is for the city
    claims = tuple(
        Claim(
            value=k.name,
            qualifier=None,
            sources=tuple(sorted(v)),
            evidence=_evidence_of(resolved, k.id, v),
        )
        for k, v in sorted(votes.items(), key=lambda kv: (-len(kv[1]), -totals[kv[0]], kv[0].id))
    )
    agreed = agreement({c.value: c.sources for c in claims})
    conflicts: tuple[Conflict, ...] = ()
    if agreed == "conflict":
        listed = "; ".join(f"{c.value} ({', '.join(c.sources)})" for c in claims)
        conflicts = (
            Conflict(
                ref="event.location", field="city", description=f"sources name different towns: {listed}"
            ),
        )
    if kind in COUNTRY_KINDS and _dateline_only(town, resolved, votes[town]):
        return EventPlace(_country_of(town, resolved, votes[town], places), ())
    within_part = voted if town != voted else _named_part(town, votes[town], totals, resolved, beside)
    location = _location(town, resolved, votes[town], claims, agreed, within_part)
    basis = basis or ("part-of-city" if town != voted else _vote_basis(town, resolved, votes[town]))
    return EventPlace(replace(location, ref=_ref(location.name, places), basis=basis), conflicts)


def _dateline_only(town: geo.GeoPlace, resolved: dict[str, list[Resolved]], sources: list[str]) -> bool:
    """Only datelines name the town: where the story was filed, not where the voters were."""
    cues = [r.cue.cue for s in sources for r in resolved.get(s, []) if r.place == town]
    return bool(cues) and all(c == "dateline" for c in cues)


def _country_of(
    town: geo.GeoPlace, resolved: dict[str, list[Resolved]], sources: list[str], places: Sequence[Place]
) -> Location | None:
    """The country of a nationwide event, with the words that name it, else the dateline's."""
    level = _level_for(resolved, sources, geo.by_id(f"iso:{town.country}"))
    if level is None:
        return None
    if not level.evidence:
        ev = _evidence_of(resolved, town.id, sources)
        level = replace(level, sources=tuple(sorted({e.source for e in ev})), evidence=ev)
    return Location(
        name=level.name, within=(), sources=level.sources, evidence=level.evidence,
        ref=_ref(level.name, places), kind="country", country=level, basis="national",
    )  # fmt: skip


def _named_part(
    town: geo.GeoPlace,
    sources: list[str],
    totals: dict[geo.GeoPlace, float],
    resolved: dict[str, list[Resolved]],
    beside: Mapping[str, set[str]],
) -> geo.GeoPlace | None:
    """The part of the town (a neighbourhood the gazetteer lists as a town of its own: "Far
    Rockaway", Queens) that the voting sources name as where in their leads: the place between
    the street and the city."""
    named = [
        r
        for s in sources
        for r in resolved.get(s, [])
        if r.place is not None
        and r.place != town
        and r.kind in ("city", "neighbourhood")
        and (r.cue.cue in WHERE_CUES or r.cue.cue == "neighbourhood")
        and r.cue.sentence < WEIGHT["specific-lead-sentences"]
    ]
    parts = {
        r.place
        for r in named
        if r.place is not None
        and (r.owner == town or (r.place in totals and _owning_city(r.place, totals, beside) == town))
    }
    return max(parts, key=lambda p: (totals.get(p, 0.0), p.population, p.id)) if parts else None


def _vote_basis(town: geo.GeoPlace, resolved: dict[str, list[Resolved]], sources: list[str]) -> str:
    """ "dateline" when a voting source's dateline names the town, else "cue"."""
    dateline = any(
        r.cue.cue == "dateline" and r.place is not None and r.place.id == town.id
        for s in sources
        for r in resolved.get(s, [])
    )
    return "dateline" if dateline else "cue"


def _without_town(
    resolved: dict[str, list[Resolved]],
    near: Sequence[geo.GeoPlace],
    fallback: Location | None,
    places: Sequence[Place],
) -> Location | None:
    """Where no source names a town: the county the sources name as where in their leads ("a
    shooting in Park County"), else the site they name most in their leads ("the Moria camp"),
    else the place NER saw named most, within the country the sources name most; or that
    country alone. A name the gazetteer lacks keeps the country the text gives."""
    county = _where_county(resolved, near)
    if county is not None:
        return replace(county, ref=_ref(county.name, places))
    country = next((geo.by_id(f"iso:{p.country}") for p in near), None)
    sources = sorted(resolved)
    level = _level_for(resolved, sources, country) if country is not None else None
    site = _specific(resolved, sources, None)
    if site is not None and site[1] == "site":  # a street or venue alone says less than NER's place
        named, kind = site
        return Location(
            name=named.name,
            within=(level.name,) if level else (),
            sources=named.sources,
            evidence=named.evidence,
            ref=_ref(named.name, places),
            kind=kind,
            country=level,
            basis="site",
        )
    if fallback is not None and world_area(fallback.name, near):
        # "across the Middle East": an area is no town and in no one country; the country the
        # sources name says more, and without one the area stands alone
        if level is None or not level.evidence:
            area = replace(fallback, within=(), kind="area", basis="most-named")
            return replace(area, ref=_ref(fallback.name, places))
        fallback = None
    if fallback is not None:
        within = fallback.within
        if level is not None and level.name not in within and geo.fold(level.name) != geo.fold(fallback.name):
            within = (*within, level.name)
        return replace(
            fallback, ref=_ref(fallback.name, places), within=within, country=level, basis="most-named"
        )
    if level is None or not level.evidence:
        return None
    return Location(
        name=level.name, within=(), sources=level.sources, evidence=level.evidence,
        ref=_ref(level.name, places), kind="country", country=level, basis="country-only",
    )  # fmt: skip


def _where_county(resolved: dict[str, list[Resolved]], near: Sequence[geo.GeoPlace]) -> Location | None:
    """The county the sources name as where in their leads ("shot in Park County", "PARK
    COUNTY, Mont. —"), in a state they name, when they name no town: a rural story's place is its
    county, not the town of the hospital or of the station that reported it."""
    states = {p.id for p in near if p.kind == "region"}
    weight: dict[geo.GeoPlace, float] = defaultdict(float)
    where: set[geo.GeoPlace] = set()
    for found in resolved.values():
        for r in found:
            if r.kind != "county" or r.place is None or r.cue.sentence >= WEIGHT["specific-lead-sentences"]:
                continue
            if states and f"iso:{r.place.region}" not in states:
                continue
            weight[r.place] += WEIGHT.get(f"county:{r.cue.cue}", WEIGHT["cue:mention"])
            if r.cue.cue in WHERE_CUES:
                where.add(r.place)
    if not where:
        return None
    county = min(where, key=lambda p: (-weight[p], p.id))
    sources = sorted(s for s, found in resolved.items() if any(r.place == county for r in found))
    level = _level_for(resolved, sources, county)
    if level is None:
        return None
    region = _level_for(resolved, sources, geo.by_id(f"iso:{county.region}") if county.region else None)
    country = _level_for(resolved, sources, geo.by_id(f"iso:{county.country}"))
    specific, kind = _specific(resolved, sources, None) or (None, "county")
    within = tuple(x.name for x in (level if specific else None, region, country) if x is not None)
    ev = specific.evidence if specific else level.evidence
    return Location(
        name=specific.name if specific else level.name,
        within=within,
        sources=tuple(sorted({e.source for e in ev})),
        evidence=ev,
        kind=kind,
        address=specific if kind in ("street", "address") else None,
        county=level,
        region=region,
        country=country,
        basis="county",
    )


def _as_written_with_state(resolved: dict[str, list[Resolved]]) -> dict[str, list[Resolved]]:
    """A town one source writes with its state ("TROY, W.Va. —") is the town the other sources
    mean by the bare name ("in Troy"), not the largest town of that name elsewhere."""
    written: dict[str, geo.GeoPlace] = {}
    for source in sorted(resolved):
        for r in resolved[source]:
            if r.cue.region and r.kind == "city" and r.place is not None:
                written.setdefault(geo.fold(r.cue.text), r.place)
    return {source: [_as_written(r, written) for r in found] for source, found in resolved.items()}


def _as_written(r: Resolved, written: dict[str, geo.GeoPlace]) -> Resolved:
    if r.cue.region or r.place is None or r.kind not in ("city", "neighbourhood"):
        return r
    place = written.get(geo.fold(r.cue.text))
    return replace(r, place=place) if place is not None and place.id != r.place.id else r


def _named_in_passing(
    docs: Sequence[DocFacts], near: Sequence[geo.GeoPlace], resolved: dict[str, list[Resolved]]
) -> tuple[geo.GeoPlace, list[str]] | None:
    """When no source says where it happened, the town the stories name most, if it lies in the
    state they name ("Fernhill" in a lead about Park County deputies). Not the
    town of the hospital a victim was taken to: that is where the care was."""
    state = next((p for p in near if p.kind == "region"), None)
    totals: dict[geo.GeoPlace, float] = defaultdict(float)
    sources: dict[geo.GeoPlace, list[str]] = defaultdict(list)
    for doc in docs:
        named = [r for r in resolved[doc.source.id] if r.cue.cue != "care"]
        for town, score in town_scores(doc, near, named, floor=0.0).items():
            if town.kind == "city" and state is not None and geo.contains(state, town):
                totals[town] += score
                sources[town].append(doc.source.id)
    if not totals:
        return None
    best = min(totals, key=lambda t: (-totals[t], t.id))
    return best, sorted(sources[best])


def _ref(name: str, places: Sequence[Place]) -> str | None:
    key = _key(name)
    return next((p.id for p in places if key in {_key(n) for n in (p.name, *p.aliases)}), None)


def _city_region_town(regions: Sequence[geo.GeoPlace]) -> geo.GeoPlace | None:
    """The town of a region that is one city ("D.C." is Washington): when no source names a
    town, the most named region's town, if it dwarfs every other the gazetteer lists there."""
    region = next((p for p in regions if p.kind == "region" and p.region), None)
    towns = geo.towns_in(region.region) if region and region.region else ()
    if towns and (
        len(towns) == 1 or towns[0].population >= WEIGHT["city-region-ratio"] * towns[1].population
    ):
        return towns[0]
    return None


def _owning_city(
    town: geo.GeoPlace,
    totals: dict[geo.GeoPlace, float],
    beside: Mapping[str, set[str]],
) -> geo.GeoPlace | None:
    """A much larger town close by that the same sources name too: GeoNames lists many
    neighbourhoods ("Eastgate", Marlowe) as towns of their own, and the city is the town.
    A town that a source calls a neighbourhood while naming the larger town ("Marlowe's Eastgate
    neighborhood"; "Marlowe police ... the city's Harbor Park neighborhood") is one of
    that town, however often the stories name it: even where the gazetteer's town of that name
    lies far away. `beside` is `_named_beside_neighbourhoods` of the resolved cues."""
    named_beside = beside.get(town.id, set())
    owners = [
        other
        for other, score in totals.items()
        if other != town
        and other.population >= WEIGHT["owner-ratio"] * max(town.population, 1)
        and (
            (score >= WEIGHT["owner-share"] * totals[town] and _km(other, town) <= WEIGHT["neighbourhood-km"])
            or (
                other.id in named_beside
                and (_km(other, town) <= WEIGHT["neighbourhood-km"] or _elsewhere(other, town))
            )
        )
    ]
    return max(owners, key=lambda p: (totals[p], p.population, p.id)) if owners else None


def _named_beside_neighbourhoods(resolved: dict[str, list[Resolved]]) -> dict[str, set[str]]:
    """For each town, the towns named by the sources that call it a neighbourhood, and those it
    is written with ("FAR ROCKAWAY, Queens"). Once for all towns: asked town by town, every
    cue of every source was read again for each."""
    beside: dict[str, set[str]] = defaultdict(set)
    for found in resolved.values():
        cities = {r.place.id for r in found if r.place is not None and r.kind == "city"}
        for n in found:
            if n.kind == "neighbourhood" and n.place is not None:
                beside[n.place.id] |= cities - {n.place.id}
        for r in found:
            if r.owner is not None and r.place is not None:
                beside[r.place.id].add(r.owner.id)
    return beside


def _elsewhere(a: geo.GeoPlace, b: geo.GeoPlace) -> bool:
    return WEIGHT["elsewhere-km"] <= _km(a, b) < math.inf


def _shared_regions(docs: Sequence[DocFacts]) -> tuple[geo.GeoPlace, ...]:
    counts: Counter[str] = Counter()
    found: dict[str, geo.GeoPlace] = {}
    for doc in docs:
        for i, place in enumerate(context(doc)[:2]):
            counts[place.id] += 2 - i
            found[place.id] = place
    return tuple(found[k] for k in sorted(counts, key=lambda k: (-counts[k], k)))


def _evidence_of(
    resolved: dict[str, list[Resolved]], place_id: str, sources: Iterable[str]
) -> tuple[Evidence, ...]:
    """The cues that name the town; where none does (a town read from the region that is one
    city, "D.C."; a town only written as a container, "Elm Street in Marlowe"), the cues that
    name it as a container, then those that name its region: a claim always shows its words."""
    found = {
        r.cue.evidence
        for s in sources
        for r in resolved.get(s, [])
        if r.place is not None and r.place.id == place_id
    }
    town = geo.by_id(place_id) if not found else None
    if town is not None:
        found = {
            r.cue.evidence
            for s in sources
            for r in resolved.get(s, [])
            if r.cue.container and geo.fold(r.cue.container) == geo.fold(town.name)
        }
    if town is not None and not found and town.region:
        found = {
            r.cue.evidence
            for s in sources
            for r in resolved.get(s, [])
            if r.place is not None and r.place.kind == "region" and r.place.region == town.region
        }
    return tuple(sorted(found, key=lambda e: (e.source, e.start, e.end, e.part or "")))


def _location(
    town: geo.GeoPlace,
    resolved: dict[str, list[Resolved]],
    sources: list[str],
    claims: tuple[Claim, ...],
    agreed: str,
    part: geo.GeoPlace | None = None,
) -> Location:
    city_ev = _evidence_of(resolved, town.id, sources)
    city = PlaceLevel(town.name, _listed(town.id), tuple(sorted(sources)), city_ev)
    region = _level_for(resolved, sources, _region(town, resolved, sources))
    country = _level_for(resolved, sources, geo.by_id(f"iso:{town.country}"))
    county = _county(resolved, sources, town)
    specific, kind = _specific(resolved, sources, town) or (None, "city")
    between = _part_level(resolved, sources, part, specific, kind)
    if specific is None and between is not None:
        specific, kind, between = between, "neighbourhood", None  # "Far Rockaway", in Queens
    name = specific.name if specific else town.name
    address = specific if kind in ("street", "address") else None
    within = tuple(
        level.name
        for level in (between, city if kind != "city" else None, county, region, country)
        if level is not None
    )
    ev = specific.evidence if specific and kind != "city" else city_ev
    return Location(
        name=name,
        within=within,
        sources=tuple(sorted({e.source for e in ev})) or city.sources,
        evidence=ev,
        kind=kind,
        address=address,
        city=city,
        county=county,
        region=region,
        country=country,
        gazetteer_id=_listed(town.id),
        coordinates=Coordinates(town.latitude, town.longitude)
        if town.latitude is not None and town.longitude is not None
        else None,
        agreement=agreed,
        claims=claims,
    )


def _part_level(
    resolved: dict[str, list[Resolved]],
    sources: list[str],
    part: geo.GeoPlace | None,
    specific: PlaceLevel | None,
    kind: str,
) -> PlaceLevel | None:
    """The part of the city a street, venue or site lies in ("890 Elm Ave., Eastgate, Marlowe"),
    or the part alone where the sources name nothing more specific; None where the most
    specific place is itself a neighbourhood (which the part may not hold)."""
    if part is None:
        return None
    if specific is not None and (kind == "neighbourhood" or _key(specific.name) == _key(part.name)):
        return None
    ev = _evidence_of(resolved, part.id, sources)
    return PlaceLevel(part.name, _listed(part.id), tuple(sorted({e.source for e in ev})), ev)


def _region(
    town: geo.GeoPlace, resolved: dict[str, list[Resolved]], sources: list[str]
) -> geo.GeoPlace | None:
    """The town's state from the gazetteer; abroad, where it gives none, the province the
    sources write with the town ("Toronto, Ontario")."""
    if town.region:
        return geo.by_id(f"iso:{town.region}")
    named = Counter(
        region.id
        for s in sources
        for r in resolved.get(s, [])
        if r.place == town and r.cue.region
        for region in geo.regions_named(r.cue.region)
        if region.kind == "region"
        and region.country == town.country
        and geo.fold(region.name) != geo.fold(geo.country_name(town.country) or "")
    )
    return geo.by_id(min(named, key=lambda k: (-named[k], k))) if named else None


def _listed(place_id: str) -> str | None:
    return None if place_id.startswith(UNLISTED) else place_id


def _level_for(
    resolved: dict[str, list[Resolved]], sources: list[str], place: geo.GeoPlace | None
) -> PlaceLevel | None:
    """A region or country level: the gazetteer's, with the cues that name it as evidence."""
    if place is None:
        return None
    ev = tuple(
        sorted(
            {
                r.cue.evidence
                for s in sources
                for r in resolved.get(s, [])
                if (r.place is not None and r.place.id == place.id)
                or (r.cue.region and geo.region_of(r.cue.region) == place)
            },
            key=lambda e: (e.source, e.start, e.end, e.part or ""),
        )
    )
    return PlaceLevel(place.name, place.id, tuple(sorted({e.source for e in ev})), ev)


def _county(resolved: dict[str, list[Resolved]], sources: list[str], town: geo.GeoPlace) -> PlaceLevel | None:
    """The county most strongly named as where it is ("in Park County" says more than "a former
    Adams County deputy"), in the town's state."""
    found: dict[str, list[Evidence]] = defaultdict(list)
    weight: dict[str, float] = defaultdict(float)
    for s in sources:
        for r in resolved.get(s, []):
            if r.place is not None and r.kind == "county" and town.region == r.place.region:
                found[r.place.id].append(r.cue.evidence)
                weight[r.place.id] += WEIGHT.get(f"county:{r.cue.cue}", WEIGHT["cue:mention"])
    if not found:
        return None
    best = max(found, key=lambda k: (weight[k], len({e.source for e in found[k]}), len(found[k]), k))
    place = geo.by_id(best)
    assert place is not None
    ev = tuple(sorted(set(found[best]), key=lambda e: (e.source, e.start, e.end, e.part or "")))
    return PlaceLevel(place.name, place.id, tuple(sorted({e.source for e in ev})), ev)


def _specific(
    resolved: dict[str, list[Resolved]], sources: list[str], town: geo.GeoPlace | None
) -> tuple[PlaceLevel, str] | None:
    """The street, block, venue or neighbourhood most sources name in their lead, within the town."""
    found: dict[str, list[Resolved]] = defaultdict(list)
    for s in sources:
        for r in resolved.get(s, []):
            if r.cue.sentence >= WEIGHT["specific-lead-sentences"]:
                continue
            if r.kind in ("street", "address", "venue", "site") or (
                r.kind == "neighbourhood" and town is not None and _near_town(r, town)
            ):
                found[_key(r.cue.text)].append(r)
    if not found:
        return None
    best = max(
        found,
        key=lambda k: (len({r.cue.evidence.source for r in found[k]}), _rank(found[k]), len(found[k]), k),
    )
    items = found[best]
    name = Counter(r.cue.text for r in items).most_common(1)[0][0]
    ev = tuple(
        sorted({r.cue.evidence for r in items}, key=lambda e: (e.source, e.start, e.end, e.part or ""))
    )
    kind = max((r.kind for r in items), key=lambda k: SPECIFICITY.get(k, 0))
    level = PlaceLevel(
        name, items[0].place.id if items[0].place else None, tuple(sorted({e.source for e in ev})), ev
    )
    return level, kind


SPECIFICITY = {"address": 4, "venue": 3, "street": 2, "site": 2, "neighbourhood": 1}


def _rank(items: list[Resolved]) -> int:
    return max(SPECIFICITY.get(r.kind, 0) for r in items)


def _near_town(r: Resolved, town: geo.GeoPlace) -> bool:
    if r.place is None:
        return True
    return r.place.id != town.id and _km(r.place, town) <= WEIGHT["neighbourhood-km"]


def _km(a: geo.GeoPlace, b: geo.GeoPlace) -> float:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return math.inf
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _key(text: str) -> str:
    return re.sub(r"^the ", "", geo.fold(text))


# ---------------------------------------------------------------------------------------------
# places[]


def place_kind(
    place: Place, cues: Mapping[str, tuple[str, str | None]], near: Sequence[geo.GeoPlace]
) -> tuple[str, str | None] | None:
    """(kind, gazetteer id) of an entry of `places`, or None when nothing says it is a place.
    `cues` is `cue_kinds` of the resolved cues."""
    found_by_cue = cues.get(_key(place.name))
    if found_by_cue is not None:
        return found_by_cue
    for name in (place.name, *place.aliases):
        street = street_kind(name)
        if street:
            return street, None
        if venue_kind(name):
            return "venue", None
        if world_area(name, near):
            return "area", None
        found = geo.resolve(name, near=tuple(near))
        if found is not None:
            return found.kind, found.id
    return None


def cue_kinds(cues: Iterable[Resolved]) -> dict[str, tuple[str, str | None]]:
    """The (kind, gazetteer id) of the first cue of each name that resolves to something: once
    for all entries, which asked every cue of every source each."""
    found: dict[str, tuple[str, str | None]] = {}
    for r in cues:
        if r.kind != "unknown":
            found.setdefault(_key(r.cue.text), (r.kind, r.place.id if r.place else None))
    return found


def resolved_places(places: Sequence[Place], docs: Sequence[DocFacts]) -> list[Place]:
    """The entries of `places` that are places, each with its kind and gazetteer id, renumbered."""
    near = _shared_regions(docs)
    cues = cue_kinds(r for d in docs for r in resolve_cues(d, near))
    kept: list[Place] = []
    for place in places:
        found = place_kind(place, cues, near)
        if found is not None:
            kept.append(replace(place, id=f"place-{len(kept) + 1}", kind=found[0], gazetteer_id=found[1]))
    return kept


def not_places(places: Sequence[Place], docs: Sequence[DocFacts]) -> list[str]:
    """The names `resolved_places` drops, for --verbose."""
    kept = {p.name for p in resolved_places(places, docs)}
    return [p.name for p in places if p.name not in kept]

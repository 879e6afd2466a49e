"""The words the extractors read, each vocabulary once.

The extractors of counts, participants and headlines all ask "what happened to these people?",
and each used to carry its own copy of the answer's words; the copies drifted apart ("Gunmen
assassinated two men" gave a killed participant but a count of kind "other"). Here every fate is
one row of `FATES`, and the tables those extractors read are derived from the rows below it, so
that a new fate (or a new word of a fate) is one edit, read the same way by all of them.

Adding a fate: add a `Fate` row, add its name to `CountKind` in `records.py` (mypy and
`tests/test_lexicon.py` hold the two together), add example sentences to
`tests/extract/test_fate_table.py`, then `make schema`.

The other shared vocabularies (role nouns, person nouns, name suffixes, number words, title
abbreviations) live here too, for the same reason. Pure data: no spaCy, nothing to load.
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import CountKind


@dataclass(frozen=True, slots=True)
class Fate:
    """What happened to people, with every word that says it. Words are lower case; verbs and
    nouns as lemmas, states and headline words as written."""

    kind: CountKind
    #: Verbs whose object or passive subject meets the fate: "gunmen killed two men".
    verbs: frozenset[str] = frozenset()
    #: Verbs that say it only of a person ("booked a flight", "treated the water"): read where
    #: the one they act on is known to be a person (participants), not for any counted thing.
    person_verbs: frozenset[str] = frozenset()
    #: Verbs of violence that give the fate unless the words say fatally: "three were shot".
    wounding: frozenset[str] = frozenset()
    #: The same, said only of people: "struck by a car", but "struck the wall".
    person_wounding: frozenset[str] = frozenset()
    #: Verbs that carry a person somewhere, whose object or passive subject meets the fate when
    #: the place is a hospital (`HOSPITAL_NOUNS`): "three were taken to hospital".
    conveyed: frozenset[str] = frozenset()
    #: Verbs whose subject meets the fate: "the man died".
    intransitive: frozenset[str] = frozenset()
    #: Phrasal verbs whose subject meets the fate, (verb, particle): "passed away", "stepped down".
    phrasal: frozenset[tuple[str, str]] = frozenset()
    #: The same, but only of a crowd or a count ("thousands fled"), never of one person ("the
    #: suspect fled"): read by counts only.
    crowd_intransitive: frozenset[str] = frozenset()
    #: Adjectives and participles that state it: "found dead", "3 Dead", "remains hospitalized".
    states: frozenset[str] = frozenset()
    #: Words that state it only inside a state verb's complement: "in critical condition".
    conditions: frozenset[str] = frozenset()
    #: Nouns of the act, whose "of" object meets it: "the killing of", "the arrest of".
    events: frozenset[str] = frozenset()
    #: Nouns of what is suffered: "suffered injuries", "treated for burns".
    suffered: frozenset[str] = frozenset()
    #: Nouns for the people who met it, or that name it: "fatalities", "evacuees", "custody".
    nouns: frozenset[str] = frozenset()
    #: Words after a number in a headline: "3 dead", "2 held".
    headline: frozenset[str] = frozenset()
    #: Words before a number in a headline: "kills 3".
    headline_verbs: frozenset[str] = frozenset()
    #: Adverbs on a word of this fate that make it fatal: "fatally wounded".
    fatal_adverbs: frozenset[str] = frozenset()
    #: Adjectives that say the fate passed someone by: "escaped unharmed", "was unhurt". Of a
    #: casualty fate, they spare the graver fates before it too (the unhurt are not dead).
    spared: frozenset[str] = frozenset()
    #: Harm to the body: the event's casualties.
    casualty: bool = False
    #: "A man was <fate>" counts one, and nouns joined to a count add to it: a fate of persons
    #: one by one, not of crowds.
    singly: bool = True
    #: The role a person's fate implies when no noun gives one.
    role: str = "victim"
    #: Whoever does it to others is a perpetrator, and doing it to oneself is self-harm ("shot
    #: two coworkers", "killed himself"); not so for an arrest or a rescue.
    perpetrated: bool = False


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: One row per fate, in the order a participant's statuses are listed.
FATES: tuple[Fate, ...] = (
    Fate(
        "killed",
        perpetrated=True,
        verbs=_words("kill murder slay execute assassinate behead strangle"),
        intransitive=_words("die perish succumb drown"),
        phrasal=frozenset({("pass", "away")}),
        states=_words("dead deceased lifeless slain"),
        events=_words("death killing murder slaying homicide"),
        nouns=_words("fatality"),
        headline=_words("dead killed"),
        headline_verbs=_words("kill kills"),
        casualty=True,
    ),
    Fate(
        "injured",
        perpetrated=True,
        verbs=_words("injure wound hurt maim hospitalize"),
        person_verbs=_words("graze treat"),
        conveyed=_words("take rush airlift fly transport carry bring drive admit send"),
        wounding=_words("shoot stab beat assault attack maul burn"),
        person_wounding=_words("strike hit run"),
        states=_words("injured wounded hurt hospitalized"),
        conditions=_words("critical stable serious"),
        events=_words("wounding"),
        suffered=_words("injury wound burn laceration fracture"),
        nouns=_words("casualty"),
        headline=_words("injured hurt wounded"),
        headline_verbs=_words("injure injures hurts"),
        fatal_adverbs=_words("fatally mortally"),
        spared=_words("unharmed unhurt uninjured unscathed"),
        casualty=True,
    ),
    Fate(
        "charged",
        verbs=_words("charge indict convict sentence jail imprison"),
        states=_words("jailed imprisoned guilty"),
        events=_words("indictment conviction"),
        headline=_words("charged jailed indicted convicted sentenced"),
        role="suspect",
    ),
    Fate(
        "arrested",
        verbs=_words("arrest detain apprehend"),
        person_verbs=_words("book nab capture"),
        states=_words("arrested detained"),
        conditions=_words("custody"),
        events=_words("arrest detention"),
        nouns=_words("custody"),
        headline=_words("arrested held detained"),
        headline_verbs=_words("arrest arrests"),
        role="suspect",
    ),
    Fate(
        "missing",
        perpetrated=True,
        verbs=_words("abduct kidnap"),
        intransitive=_words("disappear vanish"),
        states=_words("missing unaccounted"),
        events=_words("disappearance abduction kidnapping"),
        headline=_words("missing kidnapped abducted"),
    ),
    Fate(
        "displaced",
        verbs=_words("displace uproot"),
        crowd_intransitive=_words("flee"),
        states=_words("displaced homeless"),
        nouns=_words("refugee"),
        headline=_words("displaced homeless"),
        headline_verbs=_words("displace displaces"),
        singly=False,
    ),
    Fate(
        "evacuated",
        verbs=_words("evacuate"),
        states=_words("evacuated"),
        events=_words("evacuation"),
        nouns=_words("evacuee"),
        headline=_words("evacuated"),
        headline_verbs=_words("evacuate evacuates"),
        singly=False,
    ),
    Fate(
        "rescued",
        verbs=_words("rescue"),
        person_verbs=_words("save"),
        states=_words("rescued"),
        events=_words("rescue"),
        headline=_words("rescued saved"),
        headline_verbs=_words("rescue rescues"),
    ),
    # the person an appointment or a resignation is about: neither harmed nor held
    Fate(
        "appointed",
        verbs=_words("appoint reappoint"),
        states=_words("appointed"),
        events=_words("appointment"),
        headline=_words("appointed"),
        headline_verbs=_words("appoint appoints"),
        role="principal",
    ),
    Fate(
        "resigned",
        intransitive=_words("resign abdicate"),
        # not "stand down": armed police stand down when a siege ends
        phrasal=frozenset({("step", "down")}),
        states=_words("resigned"),
        events=_words("resignation abdication"),
        headline=_words("resigned"),
        headline_verbs=_words("resign resigns"),
        role="principal",
    ),
)
FATE: dict[CountKind, Fate] = {f.kind: f for f in FATES}

# ---------------------------------------------------------------------------------------------
# Tables derived from FATES, one per reader; tests/test_lexicon.py checks each covers every fate.

#: Every word that gives a count its kind, by kind (counts).
KIND_WORDS: dict[CountKind, frozenset[str]] = {
    f.kind: f.verbs | f.intransitive | f.crowd_intransitive | f.states | f.events | f.suffered | f.nouns
    for f in FATES
}
#: Kinds of people met one by one: "a man was arrested" counts one (counts).
CASUALTY_KINDS = frozenset(f.kind for f in FATES if f.singly)
#: Kinds that are harm to the body: the event's casualties (reconcile).
HARM_KINDS = frozenset(f.kind for f in FATES if f.casualty)
#: Fates that make their person a suspect: held, not harmed (participants, reconcile).
HELD_KINDS = frozenset(f.kind for f in FATES if f.role == "suspect")
#: The role each fate implies for a person no noun gives a role (participants).
FATE_ROLES: dict[str, str] = {f.kind: f.role for f in FATES}
#: A participant's statuses in the order they are listed.
STATUS_ORDER: tuple[CountKind, ...] = tuple(f.kind for f in FATES)
#: Verbs of violence that wound whatever they hit (counts): "four people were shot".
WOUNDING_VERBS = frozenset(w for f in FATES for w in f.wounding)
#: What a wound is from when it says the person was shot or stabbed ("suffered gunshot wounds"):
#: like "were shot", a count of them holds the dead.
VIOLENT_WOUNDS = frozenset({"gunshot", "gun", "bullet", "stab", "knife"})
#: The fate of violence when the words do not say fatally.
WOUNDING_KIND: CountKind = next(f.kind for f in FATES if f.wounding)
#: Verbs that kill outright: "shot and killed" is fatal.
KILLING_VERBS = FATE["killed"].verbs
#: Words on an injury word that make it a death (counts): "fatally wounded".
FATAL_ADVERBS = frozenset(w for f in FATES for w in f.fatal_adverbs)
#: Words on a verb of violence that make it fatal (participants): "fatally shot", "shot dead",
#: "shot to death".
FATAL_WORDS = FATAL_ADVERBS | frozenset({"dead", "death"})
#: Verbs whose object or passive subject meets a fate (participants): (name, lemmas, fate); the
#: row named "violence" wounds unless the text says fatally.
HARM_VERBS: tuple[tuple[str, frozenset[str], str], ...] = (
    *((f.kind, f.verbs | f.person_verbs, f.kind) for f in FATES if f.verbs | f.person_verbs),
    *(("violence", f.wounding | f.person_wounding, f.kind) for f in FATES if f.wounding),
)
#: Verbs that carry a person to a hospital, and the fate that gives (counts, participants): "three
#: were taken to hospital", "was airlifted to a trauma centre".
CONVEYED_VERBS: tuple[tuple[str, frozenset[str], CountKind], ...] = tuple(
    (f.kind, f.conveyed, f.kind) for f in FATES if f.conveyed
)
#: Where the hurt are taken: "to hospital", "to a clinic"; a centre only with a medical word
#: ("a trauma center", not "a detention center").
HOSPITAL_NOUNS = frozenset({"hospital", "clinic", "infirmary"})
MEDICAL_WORDS = frozenset({"medical", "trauma", "health", "burn", "burns"})
#: Verbs said only of a person, of the casualty fates, that counts read of a passive subject:
#: "five traders were treated for smoke inhalation", "two were grazed" (not "treated the water").
CASUALTY_PERSON_VERBS: dict[str, CountKind] = {w: f.kind for f in FATES if f.casualty for w in f.person_verbs}
#: Verbs whose doer is a perpetrator, and which done to oneself are self-harm (participants).
PERPETRATED_VERBS = frozenset(
    w for f in FATES if f.perpetrated for w in f.verbs | f.person_verbs | f.wounding | f.person_wounding
)
#: Phrasal verbs whose subject meets a fate (participants): (verb, particle) -> fate.
PHRASAL_VERBS: dict[tuple[str, str], CountKind] = {pair: f.kind for f in FATES for pair in f.phrasal}
#: Intransitive verbs whose subject meets a fate (participants): (name, lemmas, fate).
INTRANSITIVE_VERBS: tuple[tuple[str, frozenset[str], str], ...] = tuple(
    (f.kind, f.intransitive, f.kind) for f in FATES if f.intransitive
)
_VERB_LEMMAS = frozenset(w for f in FATES for w in f.verbs | f.person_verbs | f.wounding | f.person_wounding)
#: Heads whose subject is the one the fate befalls, not one who acts (counts): intransitive
#: verbs, and states that are no verb's lemma ("hurt" is: "a boy hurt two others").
INTRANSITIVE = frozenset(
    w for f in FATES for w in f.intransitive | f.crowd_intransitive | f.states if w not in _VERB_LEMMAS
)
#: Complement words of a state verb and the fate they give (participants): "found dead", "in
#: critical condition"; a fatal adverb there says dead too.
STATE_WORDS: tuple[tuple[str, frozenset[str], str], ...] = tuple(
    (f.kind, f.states | f.conditions | (FATAL_ADVERBS if f.kind == "killed" else frozenset()), f.kind)
    for f in FATES
)
#: Nouns of an act whose "of" object meets a fate (participants): (name, lemmas, fate).
EVENT_NOUNS: tuple[tuple[str, frozenset[str], str], ...] = tuple(
    (f.kind, f.events, f.kind) for f in FATES if f.events
)
#: Nouns one suffers or is treated for (participants): "suffered non-life-threatening injuries".
SUFFERED_NOUNS: tuple[tuple[str, frozenset[str], str], ...] = tuple(
    (f.kind, f.suffered, f.kind) for f in FATES if f.suffered
)
#: Counted words that are themselves a fate (counts): "3 Dead, 1 Hurt" in a title written in
#: capitals, where the parse takes "Dead" for the noun.
FATE_NOUNS: dict[str, CountKind] = {w: f.kind for f in FATES for w in f.states}
#: Nouns of a running total of a fate's people, whose figure is a count: "the death toll rose to 15".
TOLL_NOUNS = frozenset({"toll"})
#: What a toll's modifier, or the "of" after "the number", says it counts: "death toll", "injury
#: toll", "the number of dead", "the number of fatalities" (the casualty fates' act, state, people
#: and harm nouns). A toll with no such word is of the dead ("the quake's toll rose to 15");
#: "casualty", said of the dead and the hurt alike, says neither.
TOLL_WORDS: dict[str, CountKind] = {
    w: f.kind
    for f in FATES
    if f.casualty
    for w in f.events | f.states | f.nouns | f.suffered
    if w != "casualty"
}


def _present(verbs: frozenset[str]) -> frozenset[str]:
    """A headline's present tense of each verb: "murder" -> "murder", "murders"."""
    return verbs | {v + ("es" if v.endswith(("s", "sh", "ch", "x", "z")) else "s") for v in verbs}


#: Headline words of a fate and the fate they give (headline): "3 dead", "kills 3", "leaves 3 homeless".
HEADLINE_STATUS: dict[str, CountKind] = {
    w: f.kind for f in FATES for w in f.headline | f.headline_verbs | f.states | _present(f.verbs)
}
#: Alternatives of the headline's bare count patterns, longest first so that no word is cut short.
HEADLINE_STATES = tuple(sorted({w for f in FATES for w in f.headline | f.states}, key=lambda w: (-len(w), w)))
HEADLINE_VERBS = tuple(
    sorted({w for f in FATES for w in f.headline_verbs | _present(f.verbs)}, key=lambda w: (-len(w), w))
)
LEFT_STATES = tuple(sorted({w for f in FATES for w in f.states}, key=lambda w: (-len(w), w)))
#: Words that say a fate passed someone by, and the fate (counts, participants): "unharmed".
SPARED_WORDS: dict[str, CountKind] = {w: f.kind for f in FATES for w in f.spared}
#: The status of a participant whom the event's harm passed by: "escaped unhurt", "survived".
SPARED_STATUS = "unharmed"
#: Verbs whose subject a spared word describes: "was unharmed", "escaped unhurt", "walked away
#: uninjured", "emerged unscathed".
SPARED_VERBS = frozenset({"be", "remain", "escape", "emerge", "walk", "appear", "seem", "survive"})
#: The status and role of a person an attack was aimed at, whatever befell them: "survived an
#: assassination attempt", "an attempt on her life", "gunmen targeted the mayor".
TARGETED_STATUS = "targeted"
TARGET_ROLE = "target"
#: Nouns of an attack aimed at someone: their "on"/"against" object, or what one survives.
TARGETING_NOUNS = frozenset(
    {"attempt", "bid", "plot", "attack", "ambush", "assassination", "shooting", "stabbing", "bombing"}
)
#: Verbs whose object (or its owner: "ambushed the minister's convoy") is the one aimed at.
TARGETING_VERBS = frozenset({"target", "ambush"})
#: Statuses that are no fate, listed after the fates: the target, and the one the harm passed by.
OTHER_STATUSES = (TARGETED_STATUS, SPARED_STATUS)
#: Modifiers that put a person's fate before the event told: "his late adviser".
BACKGROUND_MODIFIERS = frozenset({"late"})
#: Adverbs that put a fate before the event told: "were previously treated at the clinic".
BACKGROUND_ADVERBS = frozenset({"previously", "formerly"})
#: The fates a zero of each fate rules out: "no one was hurt" says no one died either, but "no
#: one was killed" says nothing of the hurt. A casualty fate's zero rules out the casualty fates
#: listed before it (the graver ones) and itself.
ZERO_COVERS: dict[CountKind, frozenset[CountKind]] = {
    f.kind: frozenset(g.kind for g in FATES[: i + 1] if g.casualty or g.kind == f.kind)
    if f.casualty
    else frozenset({f.kind})
    for i, f in enumerate(FATES)
}
#: Words that make a count of no one (counts): "nobody was hurt", "none were injured", "no-one
#: has been hurt"; "no one" is these two words, and "no" before a fate's noun ("no injuries").
NO_ONE_WORDS = frozenset({"nobody", "none", "no-one", "noone"})
#: Words that make such a zero a zero of the others only: "no one else was hurt", "no other
#: injuries": it adds nothing to the victims the article has counted.
ELSE_WORDS = frozenset({"else", "other", "others", "further", "additional", "more"})
#: Words on a fate's noun that make "no" a zero of some only: "no serious injuries" leaves the
#: light ones, "no life-threatening injuries" the others.
PARTIAL_ZERO_WORDS = frozenset(
    {"serious", "major", "life-threatening", "critical", "severe", "significant", "grave", "apparent",
     "visible", "fatal", "new"}
)  # fmt: skip
#: What one is treated for that no event inflicted (participants): "treated for exhaustion",
#: "being treated for an addiction"; a wh-word leaves it untold ("would not say what she was
#: treated for"). A person treated for anything else, or for nothing said, was hurt.
NOT_HARM_NOUNS = frozenset(
    {"what", "addiction", "alcoholism", "exhaustion", "dehydration", "depression", "anxiety", "illness",
     "disease", "cancer", "infection", "flu", "pneumonia", "virus", "covid", "condition", "disorder",
     "abuse", "dependency", "stress", "fatigue"}
)  # fmt: skip
#: Words before "attack" that make it the body's own (a heart attack, an asthma attack): an
#: illness that struck, not an incident anybody carried out (extract.timeline).
ILLNESS_ATTACK_WORDS = frozenset({"heart", "asthma", "panic", "anxiety", "migraine", "gout"})
#: Nouns of a report whose "of" object is what it reports: "no reports of injuries", "no word of
#: casualties".
REPORT_NOUNS = frozenset({"report", "word", "sign", "indication", "news", "account"})

# ---------------------------------------------------------------------------------------------
# Numbers

#: Numbers written as words, as the counts read them.
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000,
}  # fmt: skip
#: Number words that stand for an amount alone ("kills twenty"), not only as a scale ("two hundred").
AMOUNT_WORDS: dict[str, int] = {w: n for w, n in NUMBER_WORDS.items() if w not in ("hundred", "thousand")}
#: The small numbers of spans of time, with the article that means one: "a week ago", "two days".
TIME_NUMBER_WORDS: dict[str, int] = {"a": 1, "an": 1, **{w: n for w, n in NUMBER_WORDS.items() if n <= 12}}

#: The compass points, as a town is placed by them: "North Marlowe", "20 miles south of Marlowe".
COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)  # fmt: skip
#: Areas larger than one country, or across borders: continents and their parts, world regions,
#: oceans and seas, and the regions of the US news names as areas. Never one town or state:
#: the gazetteer lists a village for several ("Middle East", Maryland; "Asia", the Philippines;
#: "Atlantic", Iowa), and an area spans countries, so it is no town's and in no one country.
WORLD_AREAS = frozenset(
    {"africa", "asia", "europe", "north america", "south america", "central america", "latin america",
     "the americas", "americas", "oceania", "australasia", "eurasia", "the caribbean", "caribbean",
     "middle east", "mideast", "near east", "far east", "south asia", "southeast asia", "east asia",
     "central asia", "west asia", "western asia", "asia-pacific", "asia pacific", "pacific rim",
     "north africa", "west africa", "east africa", "southern africa", "central africa",
     "sub-saharan africa", "horn of africa", "maghreb", "levant", "balkans", "caucasus",
     "scandinavia", "baltics", "eastern europe", "western europe", "central europe",
     "northern europe", "southern europe", "arabian peninsula", "indian subcontinent",
     "atlantic", "pacific", "indian ocean", "atlantic ocean", "pacific ocean", "arctic ocean",
     "southern ocean", "arctic", "mediterranean", "mediterranean sea", "black sea", "caspian sea",
     "baltic sea", "north sea", "south china sea", "east china sea", "arabian sea", "caribbean sea",
     "sea of japan", "yellow sea", "aegean", "aegean sea", "adriatic", "adriatic sea",
     "bay of bengal", "english channel", "persian gulf", "arabian gulf", "gulf of aden",
     "gulf of mexico", "gulf of guinea", "strait of hormuz",
     "new england", "midwest", "pacific northwest", "deep south", "great plains", "great lakes",
     "gulf coast", "east coast", "west coast", "eastern seaboard", "rust belt", "sun belt"}
)  # fmt: skip
#: The compass in the other ways news writes it before "of": "north-east of", "southern".
COMPASS_ADJECTIVES = frozenset(
    {"north-east", "north-west", "south-east", "south-west", "northeastern", "northwestern",
     "southeastern", "southwestern", "northern", "southern", "eastern", "western"}
)  # fmt: skip
#: Verbs of going somewhere: the town a journey came from is not where the event was ("the bus was
#: travelling from Marlowe", "she had flown in from Marlowe").
JOURNEY_VERBS = frozenset(
    {"travel", "fly", "drive", "head", "return", "sail", "arrive", "commute", "bound", "ride", "walk",
     "bus", "ferry", "transfer"}
)  # fmt: skip

#: Verbs of dwelling: "who lives in Marlowe" says whose home, not where the event was.
DWELLING_VERBS = frozenset({"live", "reside", "settle", "dwell", "relocate"})

#: Words before a mountain's name: "Mount Arlen", "Mt Tessel".
MOUNTAIN_WORDS = frozenset({"mount", "mt"})
#: How news puts something on a mountain rather than in a town of its name: "stranded on Mt
#: Tessel", "the climb up Mount Arlen", "fell off Mt Tessel" (a town is "in Mount Arlen").
MOUNTAIN_PREPOSITIONS = frozenset({"on", "onto", "up", "atop", "off", "down"})
#: Nouns a mountain's name is written beside: "the country's highest peak, Mount Arlen".
MOUNTAIN_NOUNS = frozenset({"mountain", "peak", "summit", "volcano", "massif"})
#: Verbs whose object is a mountain when one is named: "climbing Mount Arlen".
CLIMBING_VERBS = frozenset({"climb", "scale", "summit", "ascend", "descend"})

#: Month names, in full and abbreviated (without the full stop).
MONTH_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec"}
)  # fmt: skip

#: A company's legal form, written or left out at will: "Vantor Corp." is "Vantor"; alone
#: ("Vantor Holdings, LLC" cut at its comma) it names no body.
LEGAL_FORMS = frozenset(
    {"corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc", "sa", "ag", "gmbh", "nv",
     "bv", "spa", "lp", "llp", "pty", "co"}
)  # fmt: skip
#: Social platforms, whose names NER runs on to an account holder's ("the Harlow Hawks Twitter
#: account") or tags as people.
SOCIAL_PLATFORMS = frozenset(
    {"twitter", "facebook", "instagram", "telegram", "tiktok", "youtube", "whatsapp"}
)

#: Days of the week, Monday first (the order gives their numbers).
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

#: Last words of newspaper names ("Chicago Tribune", "Dallas Observer"): a name that ends in one
#: is a paper, not a place. Not "Democrat": "Ohio Democrat Jane Roe" is a politician.
MASTHEAD_WORDS = frozenset(
    {"times", "post", "tribune", "herald", "journal", "gazette", "chronicle", "courier", "press",
     "telegraph", "observer", "sentinel", "dispatch", "examiner", "bulletin", "enquirer", "inquirer"}
)  # fmt: skip
#: Last words of a periodical's name, the papers' and the magazines': "the Harlow Herald", "Varnia
#: Weekly", "Kestrel Monthly", "Quill Magazine".
PERIODICAL_WORDS = MASTHEAD_WORDS | frozenset({"weekly", "monthly", "magazine"})
#: Nouns a body or a part of one is numbered after: "Kestrel School 41", "Fire Station 9", "the
#: court's Division 3", "Teamsters Local 12".
NUMBERED_BODY_NOUNS = frozenset(
    {"school", "division", "precinct", "district", "local", "lodge", "post", "ward", "station", "engine",
     "ladder", "battalion", "squadron"}
)  # fmt: skip
#: A broadcaster's band or medium written after its call letters or name: "KXRV-TV", "WKMB FM".
BROADCAST_BANDS = frozenset({"tv", "fm", "am", "dt", "hd"})
#: Last words of a broadcaster's name that are common nouns too: "Harlow News Channel", "Varnia
#: Sports Radio".
BROADCAST_NOUNS = frozenset({"channel", "network", "radio", "television", "broadcasting"})
#: Last words of a post held by one person, not of a body: "the Varnia Heavyweight Champion",
#: "Rear Admiral", "a senior VP"; "General" only after a role ("Surgeon General", not "Mass General").
POST_ENDINGS = frozenset({"champion", "champ", "admiral", "vp", "svp", "evp"})
GENERAL_POSTS = frozenset(
    {"surgeon", "attorney", "solicitor", "inspector", "auditor", "consul", "postmaster", "adjutant",
     "accountant", "secretary", "director", "governor", "commissioner", "registrar"}
)  # fmt: skip
#: Last words of a software product's name, never of the company that makes it: "Vantor
#: Update", "the Harlow Toolkit", "the Zeta Trojan".
SOFTWARE_ENDINGS = frozenset(
    {"toolkit", "update", "updates", "trojan", "worm", "browser", "malware", "ransomware", "spyware",
     "plugin", "firmware"}
)  # fmt: skip
#: Lowercase nouns after a work's title that say what it is: "the Paper Moon film", "NBC's
#: Night Owl program".
WORK_NOUNS_AFTER_TITLE = frozenset(
    {"film", "movie", "program", "programme", "show", "series", "album", "novel", "book", "blog", "column",
     "podcast", "documentary", "sitcom", "musical", "play", "song", "video", "game"}
)  # fmt: skip
#: Buildings and sites named by their head before "of" or "de" ("Cathedral of Saint Mary", "Stade
#: de Varnia", "the Port of Harlow") or ending in one ("the Vantor Plant", "County Headquarters"):
#: places, not bodies ("University of ...", "Church of ..." stay bodies).
SITE_HEADS_BEFORE_OF = frozenset(
    {"cathedral", "basilica", "shrine", "palace", "stade", "stadio", "estadio", "port", "ports",
     "headquarters", "castle", "fortress", "mausoleum"}
)  # fmt: skip
SITE_ENDINGS = frozenset(
    {"headquarters", "plant", "refinery", "factory", "mine", "smelter", "shipyard", "warehouse", "corridor"}
)  # fmt: skip
#: Lowercase nouns after a name that make it the name of a place or of a part of one, never of
#: a body: "the Varnia seafront", "the Harlow Mills campus", "the Kestrel Bay area". A body's own
#: name ends in its body word ("the Harlow University campus") and is left be.
PLACE_PART_NOUNS = frozenset(
    {"seafront", "waterfront", "promenade", "boardwalk", "campus", "avenue", "boulevard", "neighborhood",
     "neighbourhood", "district", "suburb", "area", "region", "strait", "straits", "peninsula", "coastline"}
)  # fmt: skip
#: Words of a game's report: a story holding a few of them is about a game, and a "Center" or an
#: acronym it writes as where something is ("at the Harlow Center", "81-76, at the HPC") is the
#: arena ("taken to the Harlow Center" in a crime story is as often a clinic).
GAME_WORDS = frozenset(
    {"game", "games", "tip-off", "tipoff", "halftime", "half-time", "rebounds", "rebound", "fans", "crowd",
     "playoff", "playoffs", "tournament", "scored", "points", "seeded", "seed", "inning", "innings",
     "touchdown", "touchdowns", "quarterback", "overtime", "season"}
)  # fmt: skip
#: Last words of the names of arenas that are also last words of bodies' names: "the Harlow
#: Center" is an arena in a game's story, a clinic or an agency in another.
ARENA_ENDINGS = frozenset({"center", "centre", "garden", "gardens", "dome", "forum"})
#: Names of currencies, which NER tags as bodies: "a crisis for the Euro".
CURRENCY_NAMES = frozenset(
    {"euro", "euros", "dollar", "dollars", "yen", "yuan", "renminbi", "rupee", "rupees", "peso", "pesos",
     "ruble", "rubles", "rouble", "roubles", "lira", "dinar", "dinars", "dirham", "shekel", "sterling",
     "bitcoin"}
)  # fmt: skip
#: Head nouns that make the proper noun before them the name of a group: "the Wagner group".
ORG_HEAD_NOUNS = frozenset(
    {"militia", "group", "party", "movement", "brigade", "faction", "organization", "organisation", "network",
     "gang", "cartel", "coalition", "alliance", "union", "company", "agency", "firm", "bloc", "front", "army"}
)  # fmt: skip


# ---------------------------------------------------------------------------------------------
# People

#: Players' positions written in capitals before a name ("TE Dan Moss", "RHP Ty Lane"), read as
#: roles only in capitals: "Te", "Ss" are other words.
POSITION_ABBREVIATIONS = frozenset({"TE", "SS", "RHP", "LHP", "CB", "FS", "PG", "SG", "PF", "OL", "OT", "DB"})
#: Role nouns: written before a name, which NER often takes into the name ("Landlord Steve
#: Brown", "Sergeant Trudeau", "Victims Shane Newland"), and describing a speaker ("the mayor
#: said"). Lower case, without full stops; plurals where NER meets them before a name.
ROLE_WORDS = frozenset(
    {"activist", "actor", "agent", "alderman", "ambassador", "analyst", "attorney", "aunt", "author",
     "bartender", "bishop", "candidate", "captain", "ceo", "chair", "chairman", "chief", "cleric",
     "clerk", "coach", "commander", "commissioner", "congressman", "congresswoman", "constable",
     "coroner", "corporal", "councillor", "councilman", "councilwoman", "cousin", "cop", "cops", "dad",
     "deputies", "deputy", "detective", "detectives", "director", "dispatcher", "doctor", "driver",
     "economist", "employee", "engineer", "envoy", "farmer", "father", "firefighter", "fisherman",
     "founder", "general", "governor", "grandma", "grandpa", "inspector", "investigator", "judge",
     "king", "landlord", "lawyer", "leader", "lieutenant", "lifeguard", "magistrate", "major",
     "manager", "marshal", "mayor", "minister", "mom", "mother", "neighbor", "neighbour", "novelist",
     "nurse", "officer", "officers", "official", "owner", "paramedic", "pastor", "patrolman",
     "photographer", "pope", "premier", "president", "principal", "producer", "professor",
     "prosecutor", "queen", "ranger", "reporter", "representative", "resident", "reverend",
     "screenwriter", "secretary", "senator", "sergeant", "sheriff", "singer", "spokesman",
     "spokesperson", "spokeswoman", "student", "superintendent", "supervisor", "suspect", "gunman",
     "teacher", "trooper", "uncle", "victim", "victims", "witness", "worker",
     # people of entertainment and sport, and the positions of players written as titles
     # ("Referee Ana Costa", "QB Devon Harlan", "free-agent pitcher Carl Ostrander")
     "actress", "comedian", "filmmaker", "receptionist", "pensioner", "retiree", "referee", "umpire",
     "quarterback", "cornerback", "fullback", "linebacker", "kicker", "receiver", "pitcher", "catcher",
     "outfielder", "shortstop", "goalkeeper", "striker", "midfielder", "defender", "gm", "qb", "rb",
     "wr", "lb", "dt",
     # ranks of a crime family ("ex-Varga underboss Tomas Reyes")
     "underboss", "consigliere", "capo"}
)  # fmt: skip
#: Role nouns that are a person where a fate befalls them ("the police chief was critically
#: injured", "the mayor was shot"); not those that also name a thing or a rank ("chair",
#: "general", "a pitcher of water") nor the players' abbreviations.
_NOT_ONLY_PEOPLE = frozenset(
    {
        "chair",
        "general",
        "major",
        "principal",
        "receiver",
        "pitcher",
        "catcher",
        "kicker",
        "striker",
        "defender",
    }
)
PERSON_ROLE_WORDS = frozenset(
    w for w in ROLE_WORDS if len(w) > 3 and not w.endswith("s") and w not in _NOT_ONLY_PEOPLE
)
#: Abbreviated titles written before a name, and the word each stands for: "Gov. Jane Roe".
TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "sgt": "sergeant", "det": "detective", "capt": "captain", "pres": "president", "supt": "superintendent",
    "atty": "attorney", "insp": "inspector", "cmdr": "commander", "col": "colonel", "maj": "major",
    "cpl": "corporal", "dr": "doctor", "prof": "professor", "rev": "reverend",
}  # fmt: skip
#: Plural nouns for people: the first word of a longer name before "'s" ("the Women's Harbor
#: Prison", "the Children's Health Fund"), never a name of their own, nor a place's.
PEOPLE_PLURALS = frozenset(
    {"men", "women", "children", "people", "veterans", "workers", "teachers", "farmers", "girls", "boys",
     "mothers", "fathers", "seniors", "students", "nurses", "miners", "sailors", "soldiers"}
)  # fmt: skip
#: Nouns that describe one person, with the role they imply (None: the role comes from their fate).
PERSON_NOUNS: dict[str, str | None] = {
    **dict.fromkeys(
        ("man", "woman", "boy", "girl", "teen", "teenager", "child", "toddler", "baby", "infant",
         "person", "adult", "juvenile", "youth", "male", "female", "resident", "driver", "passenger",
         "pedestrian", "student", "father", "mother", "son", "daughter", "husband", "wife", "brother",
         "sister", "girlfriend", "boyfriend", "friend", "neighbor", "neighbour", "relative", "cousin",
         "uncle", "aunt", "grandmother", "grandfather", "employee", "worker", "clerk", "customer",
         "owner", "homeowner", "motorist", "cyclist", "rider", "occupant", "individual", "guard", "bodyguard",
         "teacher", "firefighter", "soldier", "civilian", "patron", "nephew", "niece", "grandson",
         "granddaughter", "fiance", "fiancee", "fiancée"),
        None,
    ),
    **dict.fromkeys(("victim",), "victim"),
    **dict.fromkeys(("bystander",), "bystander"),
    **dict.fromkeys(
        ("suspect", "gunman", "shooter", "assailant", "attacker", "robber", "killer", "perpetrator",
         "intruder", "burglar", "carjacker", "stabber", "bomber", "defendant", "fugitive", "escapee"),
        "suspect",
    ),
    **dict.fromkeys(
        ("officer", "deputy", "trooper", "policeman", "policewoman", "detective", "sergeant",
         "patrolman", "agent", "constable", "cop"),
        "officer",
    ),
}  # fmt: skip
#: Nouns of a parent, whose "of" number counts children, not a fate: "mother of 2 dead in crash"
#: is one death (headline).
PARENT_NOUNS = frozenset(
    {"mother", "father", "mom", "mum", "dad", "parent", "grandmother", "grandfather", "grandparent"}
)
#: Pronouns that stand for one person: "he said", "police arrested him".
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
#: Generational suffixes: "Brian Posley Jr." is "Brian Posley".
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


# ---------------------------------------------------------------------------------------------
# Kinds of event: what happened (extract.kinds reads them in headlines and leads)


@dataclass(frozen=True, slots=True)
class EventKind:
    """One kind of event: `toll` says whether people killed and injured are its own casualties;
    a `generic` kind ("death", "attack") yields to a specific one named in the same sentence
    ("died after a shooting" is a shooting). `developments` are the kinds of date
    (`extract.timeline.KINDS`) that are a later development of a crime story but this kind's own
    day: "marched on Thursday" dates a protest, "was arrested Monday" an arrest. A kind that
    `follows_crime` (an arrest, a charge) has the toll of the crime it follows only while that
    crime is news too: not when the sources date it well before ("the 1967 killings", "last
    summer", "in August"). A `running_toll` grows over days and is told as a running total
    anywhere in a story ("the riots have left at least 70 people injured"), not in the lead only."""

    name: str
    toll: bool
    nouns: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    generic: bool = False
    examples: tuple[str, ...] = ()
    developments: tuple[str, ...] = ()
    follows_crime: bool = False
    running_toll: bool = False


#: The closed vocabulary of `event.kind`, most specific first (the order breaks ties).
EVENT_KINDS: tuple[EventKind, ...] = (
    EventKind(
        "shooting",
        True,
        nouns=("shooting", "gunfire", "gunman", "gunshot", "gunmen"),
        verbs=("shoot", "gun"),
        phrases=("opened fire", "open fire", "opens fire", "drive-by"),
        examples=("Two men were shot outside a bar in Leeds.", "Gunman opens fire at a market"),
    ),
    EventKind(
        "stabbing",
        True,
        nouns=("stabbing", "knife attack", "knifeman"),
        verbs=("stab",),
        phrases=("knife attack", "machete attack"),
        examples=("A teenager was stabbed on a bus in Lyon.",),
    ),
    EventKind(
        "bombing",
        True,
        nouns=("bombing", "bomb", "explosion", "blast", "bomber", "firebomb", "ied"),
        verbs=("explode", "detonate", "bomb", "firebomb"),
        phrases=("car bomb", "suicide bomber", "explosive device"),
        examples=("A car bomb exploded near a mosque in Kirkuk.", "Blast kills 12 at a bus station"),
    ),
    EventKind(
        "air strike",
        True,
        nouns=("airstrike", "air-strike", "shelling", "bombardment", "drone"),
        verbs=("shell",),
        phrases=(
            "air strike",
            "air strikes",
            "drone strike",
            "drone strikes",
            "drone attack",
            "air raid",
            "air raids",
            "missile strike",
            "missile attack",
            "rocket attack",
        ),
        examples=("An air strike hit a school in Idlib.", "Drone attack targets a minister's home"),
        running_toll=True,
    ),
    EventKind(
        "earthquake",
        True,
        nouns=("earthquake", "quake", "tremor", "temblor", "aftershock", "tsunami"),
        examples=("A magnitude 6.1 earthquake struck central Peru.", "Quake kills 40 in Sulawesi"),
        running_toll=True,
    ),
    EventKind(
        "storm",
        True,
        nouns=(
            "storm",
            "hurricane",
            "typhoon",
            "cyclone",
            "tornado",
            "flood",
            "flooding",
            "blizzard",
            "landslide",
            "mudslide",
            "avalanche",
            "monsoon",
        ),
        verbs=("flood",),
        examples=("Typhoon slams into the northern Philippines.", "Floods displace thousands in Kerala"),
        running_toll=True,
    ),
    EventKind(
        "fire",
        True,
        nouns=("fire", "blaze", "wildfire", "bushfire", "inferno", "arson", "flames"),
        phrases=("caught fire", "catches fire", "set fire", "set ablaze", "burned down", "burnt down"),
        examples=("A fire gutted a warehouse in Durban.", "Blaze destroys historic church"),
    ),
    EventKind(
        "crash",
        True,
        nouns=("crash", "collision", "derailment", "accident", "wreck", "pileup", "capsizing", "hit-and-run"),
        verbs=("crash", "collide", "derail", "capsize", "plunge", "overturn"),
        phrases=(
            "fell to his death",
            "fell to her death",
            "falls to his death",
            "falls to her death",
            "fatal fall",
        ),
        examples=(
            "A bus plunged into a ravine in Nepal.",
            "Train derails near Szeged",
            "A climber fell to his death on the north face of the Eiger.",
        ),
    ),
    EventKind(
        "robbery",
        True,  # the guards wounded in a heist are its own casualties
        nouns=("robbery", "heist", "burglary", "theft", "robber"),
        verbs=("rob", "steal", "loot"),
        examples=("Thieves stole jewels worth millions from a Paris store.",),
    ),
    EventKind(
        "escape",
        True,
        nouns=("escape", "jailbreak", "escapee", "breakout"),
        verbs=("escape",),
        examples=("Three inmates escaped from a prison in Ohio.",),
    ),
    EventKind(
        "protest",
        True,
        nouns=(
            "protest",
            "demonstration",
            "riot",
            "unrest",
            "rally",
            "clash",
            "protester",
            "demonstrator",
            "rioter",
            "strike",
        ),
        verbs=("protest", "riot", "march", "clash", "demonstrate", "rally"),
        examples=("Thousands protested in Santiago against fare rises.",),
        developments=("vigil",),
        running_toll=True,
    ),
    EventKind(
        "sentencing",
        False,
        nouns=("sentencing",),
        verbs=("sentence", "jail", "imprison"),
        examples=("A judge sentenced him to 12 years in prison.",),
        developments=("sentencing", "court"),
    ),
    EventKind(
        "verdict",
        False,
        nouns=("verdict", "conviction", "acquittal"),
        verbs=("convict", "acquit"),
        phrases=("found guilty", "pleaded guilty", "pleads guilty", "found not guilty", "guilty plea"),
        examples=("A jury convicted the driver of manslaughter.", "Ex-minister found guilty of bribery"),
        developments=("court",),
    ),
    EventKind(
        "trial",
        False,
        nouns=("trial", "hearing", "testimony", "arraignment"),
        verbs=("testify", "arraign"),
        examples=("The trial of a former mayor opened in Milan.",),
        developments=("court",),
    ),
    EventKind(
        "charge",
        True,
        nouns=("indictment",),
        verbs=("charge", "indict", "accuse"),
        examples=("A woman was charged with fraud in Leeds.",),
        developments=("charge",),
        follows_crime=True,
    ),
    EventKind(
        "arrest",
        True,
        nouns=("arrest", "detention", "manhunt"),
        verbs=("arrest", "detain", "apprehend", "nab", "seize"),
        phrases=("taken into custody", "turned himself in", "turns himself in"),
        examples=("Police arrested a man in Cork on Tuesday.", "Suspect nabbed after manhunt"),
        developments=("arrest",),
        follows_crime=True,
    ),
    EventKind(
        "election",
        False,
        nouns=("election", "vote", "poll", "ballot", "referendum", "runoff", "electorate", "elections"),
        verbs=("elect", "vote", "re-elect"),
        examples=("Voters in Ghana go to the polls on Saturday.", "Incumbent wins election in Chile"),
    ),
    EventKind(
        "appointment",
        False,
        nouns=("appointment", "nomination", "nominee", "successor"),
        verbs=("appoint", "nominate", "hire"),
        examples=("The board appointed a new chief executive.", "Club hires former striker as coach"),
    ),
    EventKind(
        "resignation",
        False,
        nouns=("resignation", "dismissal", "ouster", "firing"),
        verbs=("resign", "quit", "sack", "dismiss", "oust", "depose"),
        phrases=("step down", "steps down", "stepped down"),
        examples=("The finance minister resigned on Friday.", "Coach sacked after five defeats"),
    ),
    EventKind(
        "acquisition",
        False,
        nouns=("acquisition", "merger", "takeover", "buyout", "deal"),
        verbs=("acquire", "buy", "merge", "purchase"),
        examples=("The carmaker agreed to buy a battery maker for $2 billion.",),
    ),
    EventKind(
        "product launch",
        False,
        nouns=("launch", "unveiling", "patch", "debut"),
        verbs=("launch", "unveil", "debut", "patch"),
        examples=("The company unveiled a new phone in Seoul.", "Software maker releases security patch"),
    ),
    EventKind(
        "sports result",
        False,
        nouns=("victory", "win", "defeat", "championship", "playoff", "bout", "knockout"),
        verbs=("win", "beat", "defeat", "clinch", "retain", "rout"),
        phrases=("injured reserve",),
        examples=(
            "Ajax beat Feyenoord 3-1 on Sunday.",
            "Champion retains title with a knockout",
            "The Bears placed their starting quarterback on injured reserve.",
        ),
    ),
    EventKind(
        "death",
        False,
        nouns=("death", "obituary", "funeral"),
        verbs=("die",),
        phrases=("passed away", "has died", "dies at", "died at"),
        generic=True,
        examples=("The novelist died at her home in Lisbon, aged 88.",),
        developments=("death",),
    ),
    EventKind(
        "attack",
        True,
        nouns=(
            "attack",
            "assault",
            "ambush",
            "massacre",
            "murder",
            "killing",
            "homicide",
            "slaying",
            "violence",
            "siege",
            "hostage",
        ),
        verbs=(
            "attack",
            "assault",
            "ambush",
            "kill",
            "murder",
            "slay",
            "massacre",
            "assassinate",
            "behead",
            "strangle",
        ),
        generic=True,
        examples=("Militants attacked an army post in Borno.", "Man killed in attack on a farm"),
    ),
)

KINDS_BY_NAME = {k.name: k for k in EVENT_KINDS}

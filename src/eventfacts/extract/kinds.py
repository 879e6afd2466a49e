"""What happened: the kind of event an article reports, from one closed vocabulary.

A record's other choices depend on what kind of event it is: a verdict or an appointment has
no toll of its own (the crime's dead are a count of that crime, not the event's casualties),
while a quake's or a shooting's toll is the heart of the story. The kind is read where news
states it: the headline and the lead. Each row of `EVENT_KINDS` names a kind with the words
that name it (noun lemmas, verb lemmas, multiword phrases) and sentences that show it; the
rows compile once into a spaCy Matcher, and the extractor yields every trigger it finds with
where it stands (headline or which lead sentence) and whether it is the clause's main word
(the root, its subject, object or conjunct) or only background ("sentenced *for the shooting*").
Choosing one kind for the event from these candidates is `reconcile.kinds`'s work.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..records import KindMention
from .common import doc_index, evidence

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab


@dataclass(frozen=True, slots=True)
class EventKind:
    """One kind of event: `toll` says whether people killed and injured are its own casualties;
    a `generic` kind ("death", "attack") yields to a specific one named in the same sentence
    ("died after a shooting" is a shooting)."""

    name: str
    toll: bool
    nouns: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    generic: bool = False
    examples: tuple[str, ...] = ()


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
        phrases=("car bomb", "suicide bomber"),
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
    ),
    EventKind(
        "earthquake",
        True,
        nouns=("earthquake", "quake", "tremor", "temblor", "aftershock", "tsunami"),
        examples=("A magnitude 6.1 earthquake struck central Peru.", "Quake kills 40 in Sulawesi"),
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
        False,
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
        verbs=("protest", "riot", "march", "clash", "demonstrate"),
        examples=("Thousands protested in Santiago against fare rises.",),
    ),
    EventKind(
        "sentencing",
        False,
        nouns=("sentencing",),
        verbs=("sentence", "jail", "imprison"),
        examples=("A judge sentenced him to 12 years in prison.",),
    ),
    EventKind(
        "verdict",
        False,
        nouns=("verdict", "conviction", "acquittal"),
        verbs=("convict", "acquit"),
        phrases=("found guilty", "pleaded guilty", "pleads guilty", "found not guilty", "guilty plea"),
        examples=("A jury convicted the driver of manslaughter.", "Ex-minister found guilty of bribery"),
    ),
    EventKind(
        "trial",
        False,
        nouns=("trial", "hearing", "testimony", "arraignment"),
        verbs=("testify", "arraign"),
        examples=("The trial of a former mayor opened in Milan.",),
    ),
    EventKind(
        "charge",
        True,
        nouns=("indictment",),
        verbs=("charge", "indict", "accuse"),
        examples=("A woman was charged with fraud in Leeds.",),
    ),
    EventKind(
        "arrest",
        True,
        nouns=("arrest", "detention", "manhunt"),
        verbs=("arrest", "detain", "apprehend", "nab", "seize"),
        phrases=("taken into custody", "turned himself in", "turns himself in"),
        examples=("Police arrested a man in Cork on Tuesday.", "Suspect nabbed after manhunt"),
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
#: Where the kind is read: the headline and the lead sentences.
LEAD_SENTENCES = 3
#: The dependencies that make a word the clause's main matter rather than its background.
_CORE_DEPS = frozenset({"ROOT", "nsubj", "nsubjpass", "dobj", "conj", "attr", "appos", "compound", "amod"})
_NOUN_POS = ["NOUN", "PROPN"]
_FORM_POS = ["NOUN", "PROPN", "ADJ", "X"]
_VERB_POS = ["VERB", "AUX", "ADJ"]


def extract_kinds(doc: Doc, *, source: str, headline: bool = False) -> Iterator[KindMention]:
    """Every word of the headline (when `headline`) or of the lead that names a kind of event."""
    index = doc_index(doc)
    matcher = _matcher(doc.vocab)
    seen: set[tuple[int, int]] = set()
    found = []
    for match_id, start, end in matcher(doc):
        sentence = index.number[start]
        if (not headline and (sentence >= LEAD_SENTENCES or index.headline[start])) or (start, end) in seen:
            continue
        seen.add((start, end))
        name = doc.vocab.strings[match_id]
        head = doc[start:end].root
        found.append((start, end, name, sentence, head))
    # a longer phrase ("car bomb") wins over the word inside it ("bomb")
    spans = sorted(found, key=lambda f: (f[0], -(f[1] - f[0])))
    taken: set[int] = set()
    for start, end, name, sentence, head in spans:
        if any(i in taken for i in range(start, end)):
            continue
        taken.update(range(start, end))
        yield KindMention(
            kind=name,
            text=doc[start:end].text,
            sentence=0 if headline else sentence,
            headline=headline,
            core=head.dep_ in _CORE_DEPS and _in_main_clause(head),
            evidence=evidence(source, index.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)),
        )


def _in_main_clause(token: Token) -> bool:
    """The word hangs from the sentence's root through core links only (not through a
    preposition: "sentenced *for* the shooting", "arrested *after* the blast")."""
    while token.dep_ != "ROOT":
        if token.dep_ not in _CORE_DEPS:
            return False
        if token.head is token:
            break
        token = token.head
    return True


@cache
def _matcher(vocab: Vocab) -> Matcher:
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for kind in EVENT_KINDS:
        patterns: list[list[dict[str, object]]] = []
        if kind.nouns:
            # a participle's lemma is its verb's ("fired" -> "fire"): only a noun's lemma is the noun
            patterns.append([{"LEMMA": {"IN": list(kind.nouns)}, "POS": {"IN": _NOUN_POS}}])
            patterns.append([{"LOWER": {"IN": list(kind.nouns)}, "POS": {"IN": _FORM_POS}}])
        if kind.verbs:
            patterns.append([{"LEMMA": {"IN": list(kind.verbs)}, "POS": {"IN": _VERB_POS}}])
            # a headline's verb that the parser took for a noun: "Train *derails* near Szeged"
            patterns.append(
                [
                    {
                        "LEMMA": {"IN": list(kind.verbs)},
                        "POS": {"IN": ["NOUN", "PROPN"]},
                        "LOWER": {"REGEX": "(?:s|ed)$"},
                    }
                ]
            )
        for phrase in kind.phrases:
            patterns.append([{"LOWER": word} for word in _words(phrase)])
        matcher.add(kind.name, patterns)
    return matcher


def _words(phrase: str) -> list[str]:
    """A phrase as spaCy's English tokenizer splits it ("drive-by" is three tokens)."""
    return [w for part in phrase.split() for w in _hyphenated(part)]


def _hyphenated(word: str) -> list[str]:
    if "-" not in word:
        return [word]
    pieces = word.split("-")
    return [x for piece in pieces[:-1] for x in (piece, "-")] + [pieces[-1]]

"""The people an incident involves, one mention at a time: who they are, their role, what happened to them.

Crime, fire and crash reports most often give a casualty without a number: "a 19-year-old was
found dead", "Smith, 24, and Jones, 31, were wounded", "the gunman killed himself". Each such
mention is read from the parse: a status word (a verb, an adjective, a noun of injury) and the
person it is bound to (its passive subject, its object, the subject of an intransitive), named
or described ("a 16-year-old boy", "the gunman", "an officer"). Rules are tables below, one
name per row; the words of each fate (verbs, states, nouns) are the rows of `lexicon.FATES`,
which the counts and the headline read too. `reconcile.participants` turns the mentions of all
sources into one entry per person and the casualty totals that follow from them.

Sentences about another incident ("the city's 40th homicide this year", "a shooting last month
that killed two") are skipped, so their people never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicon import (
    BACKGROUND_ADVERBS,
    BACKGROUND_MODIFIERS,
    CONVEYED_VERBS,
    EVENT_NOUNS,
    FATAL_WORDS,
    FATE,
    FATE_ROLES,
    HARM_KINDS,
    HARM_VERBS,
    HOSPITAL_NOUNS,
    INTRANSITIVE_VERBS,
    KILLING_VERBS,
    MEDICAL_WORDS,
    NOT_HARM_NOUNS,
    PERPETRATED_VERBS,
    PERSON_NOUNS,
    PERSON_ROLE_WORDS,
    PERSONAL_PRONOUNS,
    PHRASAL_VERBS,
    SPARED_STATUS,
    SPARED_VERBS,
    SPARED_WORDS,
    STATE_WORDS,
    STATUS_ORDER,
    SUFFERED_NOUNS,
    TARGET_ROLE,
    TARGETED_STATUS,
    TARGETING_NOUNS,
    TARGETING_VERBS,
    WOUNDING_KIND,
)
from ..records import CountKind, Evidence, ParticipantMention
from .common import (
    REPORTING_VERBS,
    entity_of,
    evidence,
    in_headline,
    lower_forms,
    lower_lemmas,
    repaired_label,
    sentence_numbers,
    sentence_of,
    text_of,
    trim_name,
)
from .entities import repaired_names
from .repairs import age_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Nouns of violence whose "of" object was killed when a fatal word says so: "the fatal shooting
#: of a man" (a row of the same shape as `lexicon.EVENT_NOUNS`, whose nouns need no fatal word).
FATAL_VIOLENCE_NOUNS: tuple[tuple[str, frozenset[str], str], ...] = (
    ("fatal violence", frozenset({"shooting", "stabbing", "beating"}), "killed"),
)
#: Every verb whose object meets a fate: its active subject is the doer, never the one it befell.
_HARM_LEMMAS = frozenset(lemma for _, lemmas, _ in HARM_VERBS for lemma in lemmas)
#: Verbs of harm to the body, whose denial spares ("was not hurt"); not an arrest's or a charge's
#: ("was not arrested" says nothing of harm).
_BODILY_HARM_LEMMAS = frozenset(
    lemma for _, lemmas, status in HARM_VERBS if status in HARM_KINDS for lemma in lemmas
)
FATAL_MODIFIERS = frozenset({"fatal", "deadly"})
#: Words that make a killing only tried: "the attempted murder of a clerk".
ATTEMPT_WORDS = frozenset({"attempted", "attempt", "tried"})
#: Phrasal verbs of dying, (verb lemma, particle): "passed away", "passed on".
#: Verbs that make the harm they govern unreal: "tried to kill", "threatened to shoot".
IRREALIS_VERBS = frozenset(
    {"try", "attempt", "threaten", "plan", "want", "plot", "intend", "vow", "seek", "refuse", "decline"}
)
#: Modal auxiliaries that make it unreal too: "could have been killed".
MODALS = frozenset({"could", "would", "might", "may", "should", "can", "will"})
#: Verbs that state a person's condition in their complement: "was found dead", "pronounced
#: dead", "left a woman dead", "listed in critical condition", "remains hospitalized".
STATE_VERBS = frozenset(
    {"find", "pronounce", "declare", "leave", "confirm", "report", "list", "remain", "be", "lie", "lay"}
)
#: Verbs whose subject suffers what their object names (`lexicon.SUFFERED_NOUNS`): "suffered
#: non-life-threatening injuries", "was treated for burns".
SUFFER_VERBS = frozenset({"suffer", "sustain", "receive", "treat", "sustained"})
#: Reflexive endings: "killed himself", "shot herself", "turned the gun on himself".
REFLEXIVES = frozenset({"himself", "herself", "themselves"})

GENDER_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("man", "boy", "male", "father", "son", "husband", "brother", "boyfriend", "uncle",
         "grandfather", "policeman", "patrolman", "he", "him", "himself", "mr", "mr."),
        "male",
    ),
    **dict.fromkeys(
        ("woman", "girl", "female", "mother", "daughter", "wife", "sister", "girlfriend", "aunt",
         "grandmother", "policewoman", "she", "her", "herself", "mrs", "mrs.", "ms", "ms."),
        "female",
    ),
}  # fmt: skip
PRONOUNS = PERSONAL_PRONOUNS
#: Cues that a sentence is about another incident, (name, pattern): its people do not count.
ELSEWHERE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("another incident", re.compile(
        r"\b(?:another|a separate|an unrelated|a similar|an earlier|a previous|a prior)\s+"
        r"(?:\w+\s+)?(?:shooting|incident|attack|killing|homicide|crash|fire|case|stabbing)\b", re.I)),
    ("earlier period", re.compile(
        r"\b(?:last|earlier this|previous)\s+(?:month|year|summer|spring|fall|winter)\b", re.I)),
    ("ordinal tally", re.compile(
        r"\b\d+(?:st|nd|rd|th)\s+(?:homicide|murder|killing|shooting|death|fatality)s?\b", re.I)),
    ("years ago", re.compile(r"\b(?:years|months|decades)\s+(?:ago|earlier|before)\b", re.I)),
    # "The same island was hit by a 6.1 quake in September. That temblor killed six people."
    ("that earlier one", re.compile(
        r"\b(?:That|Those)\s+(?:\w+\s+)?(?:quakes?|earthquakes?|temblors?|tremors?|storms?|floods?|attacks?|"
        r"blasts?|bombings?|fires?|crash(?:es)?|shootings?|stabbings?|killings?|riots?)\b")),
    ("a wave of violence", re.compile(
        r"\b(?:rash|spate|wave|string|outbreak|surge|flurry|weekend)\s+of\s+(?:\w+\s+)?"
        r"(?:shootings|violence|homicides|killings|stabbings|attacks|gunfire)\b", re.I)),
    ("came days after", re.compile(
        r"\b(?:came|comes|happened|occurred)\s+(?:just\s+|only\s+)?(?:(?:a|an|one|two|three|four|five|six|"
        r"several|\d+)\s+)?(?:days?|hours?|weeks?)\s+after\b", re.I)),
)  # fmt: skip
_AGE_WORD = re.compile(r"^(\d{1,3})-(?:year|yr)s?-old$", re.I)


def extract_participants(doc: Doc, *, source: str) -> Iterator[ParticipantMention]:
    """Yield one mention per person a status word is bound to, in text order."""
    numbers = sentence_numbers(doc)
    recalled: dict[int, tuple[Token, ...] | None] = {}
    last: ParticipantMention | None = None
    mentions: list[ParticipantMention] = []
    perpetrator = _murder_suicide_perpetrator(doc, source, numbers)
    if perpetrator is not None:
        yield perpetrator
    lemmas = lower_lemmas(doc)
    for token in (doc[i] for i, lemma in enumerate(lemmas) if lemma in _STATUS_OR_SELF_HARM):
        found = [(p, s, None) for p, s in _statuses(token)] + _self_harm(token) + _spared_or_targeted(token)
        found = [(p, s, r) for p, s, r in found if not _background(p)]
        if not found or in_headline(token):
            continue
        start = sentence_of(token).start
        if start not in recalled:
            recalled[start] = _recalled_clauses(sentence_of(token))
        clauses = recalled[start]
        if clauses is None:
            continue
        for person, status, role in found:
            if _in_recalled_clause(person, token, clauses):
                continue
            mention = _mention(person, status, token, source, numbers, last, role=role)
            if mention is not None:
                last = mention
                mentions.append(mention)
                yield mention
    yield from _named_later(doc, source, numbers, mentions, lemmas)


#: How many sentences back a described person can be named: "A man was found shot on Elm
#: Street. ... The victim was identified as Jamal Reed."
NAMED_WITHIN = 3
#: Nouns that fit any described person of a role: "the victim was identified as ...".
ROLE_NOUNS = {"victim": "victim", "suspect": "suspect", "deceased": "victim"}


def _named_later(
    doc: Doc, source: str, numbers: list[int], mentions: list[ParticipantMention], lemmas: list[str]
) -> Iterator[ParticipantMention]:
    """The name a later sentence gives a person the story first described: "The driver was
    identified as Emily Hart", "police identified the man as ...", and the news habit of naming
    the one just described as the next sentence's subject, with an age or, for someone held,
    before any other mention of the name ("A fugitive was arrested on Tuesday. Martin Keller,
    52, will be deported."). Each named mention takes the described person's fate, so the two
    are one participant."""
    described = [m for m in mentions if m.name is None and not m.group]
    if not described:
        return
    named: set[str] = {m.name for m in mentions if m.name is not None}
    for i in (i for i, lemma in enumerate(lemmas) if lemma == "identify"):
        yield from _identified(doc[i], source, numbers, described, named)
    for sent in doc.sents:
        found = _next_sentence_name(sent, source, numbers, described, named)
        if found is not None:
            named.add(found.name or "")
            yield found


def _identified(
    verb: Token, source: str, numbers: list[int], described: list[ParticipantMention], named: set[str]
) -> Iterator[ParticipantMention]:
    """ "The victim was identified as X", "police identified the driver as X"."""
    people = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    objects = [
        obj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as" for obj in prep.children
    ]
    names = [_person_name(obj) for obj in objects if obj.dep_ == "pobj"]
    if any(c.dep_ == "conj" for obj in objects for c in obj.children) or any(p.tag_ == "NNS" for p in people):
        return  # "identified the two victims as A and B": which is which, the words do not say
    if len(people) != 1 or len(names) != 1 or names[0] is None or names[0].text in named:
        return
    person, name = people[0], names[0]
    earlier = _described_as(person, numbers[verb.i], described)
    if earlier is None:
        return
    named.add(name.text)
    start = min(person.left_edge.idx, name.start_char)
    yield _naming(earlier, name, numbers[verb.i], evidence(source, text_of(verb.doc), start, name.end_char))


def _person_name(token: Token) -> Span | None:
    """The person's name a token is part of, as the NER repairs read it ("Jamal Reed", which
    NER may tag ORG)."""
    for named in repaired_names(token.doc):
        if named.dropped is None and named.kind == "person" and named.span.start <= token.i < named.span.end:
            return named.span
    return None


def _described_as(
    person: Token, sentence: int, described: list[ParticipantMention]
) -> ParticipantMention | None:
    """The described person, at most `NAMED_WITHIN` sentences back, whom the words fit: the same
    noun ("the driver" of "a 17-year-old driver"), a noun of their role ("the victim"), or a
    pronoun of no other gender."""
    noun = person.lemma_.lower()
    for mention in reversed(described):
        if not 0 <= sentence - mention.sentence <= NAMED_WITHIN:
            continue
        if person.lower_ in PRONOUNS:
            gender = GENDER_WORDS.get(person.lower_)
            return _gravest(mention, described) if mention.gender in (None, gender) else None
        words = {w.lower() for w in re.findall(r"[\w-]+", mention.description)}
        if noun in words or ROLE_NOUNS.get(noun) == mention.role:
            return _gravest(mention, described)
    return None


def _gravest(mention: ParticipantMention, described: list[ParticipantMention]) -> ParticipantMention:
    """Of the mentions of one described person, the one with the gravest fate ("killed" over
    "injured"): a name given later is theirs whatever sentence told which."""
    same = [m for m in described if m.description == mention.description and m.sentence <= mention.sentence]
    order: dict[str, int] = {status: i for i, status in enumerate(STATUS_ORDER)}
    return min(same, key=lambda m: order.get(m.status, len(order)))


def _next_sentence_name(
    sent: Span, source: str, numbers: list[int], described: list[ParticipantMention], named: set[str]
) -> ParticipantMention | None:
    """A sentence whose subject is a name given for the first time, right after a sentence that
    described someone without a name: the name is theirs when an age agrees ("Derrick Stone,
    36,") or when they were held or charged and the name is no speaker's."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return None
    name = _person_name(subjects[0])
    if name is None or len(name) < 2 or name.start != sent.start or name.text in named:
        return None
    doc = sent.doc
    if name[-1].lower_ in lower_forms(doc)[: sent.start]:
        return None  # named before: someone already in the story
    if root.lemma_.lower() in REPORTING_VERBS and any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None  # "Ana Ruiz said ...": a speaker
    if any(c.dep_ == "appos" and c.like_num is False for c in name.root.children):
        return None  # "Ana Ruiz, a neighbor, ...": someone else, introduced by a noun
    sentence = numbers[sent.start]
    before = [m for m in described if m.sentence == sentence - 1]
    if not before:
        return None
    earlier = before[-1]
    age = age_after(name)
    if age is not None and earlier.age is not None and age != earlier.age:
        return None
    if age is None and earlier.role != "suspect":
        return None
    if age is not None and earlier.age is None and earlier.role != "suspect":
        return None
    text = text_of(doc)
    end = name.end_char if age is None else doc[name.end + 1].idx + len(doc[name.end + 1])
    return _naming(earlier, name, sentence, evidence(source, text, name.start_char, end), age=age)


def _naming(
    earlier: ParticipantMention, name: Span, sentence: int, where: Evidence, *, age: int | None = None
) -> ParticipantMention:
    return ParticipantMention(
        name=name.text,
        description=earlier.description,
        role=earlier.role,
        status=earlier.status,
        age=earlier.age or age or age_after(name),
        gender=earlier.gender,
        sentence=sentence,
        evidence=where,
    )


#: A murder-suicide's perpetrator died by the words themselves; read from the lead only.
MURDER_SUICIDE_SENTENCES = 3


def _murder_suicide_perpetrator(doc: Doc, source: str, numbers: list[int]) -> ParticipantMention | None:
    """ "an apparent murder-suicide": the one who killed took their own life, named or not."""
    text = text_of(doc)
    for match in MURDER_SUICIDE.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or in_headline(span[0]) or numbers[span[0].i] >= MURDER_SUICIDE_SENTENCES:
            continue
        if about_another_incident(sentence_of(span[0])):
            continue
        return ParticipantMention(
            name=None,
            description=match.group(0),
            role="suspect",
            status="killed",
            age=None,
            gender=None,
            sentence=numbers[span[0].i],
            evidence=evidence(source, text, match.start(), match.end()),
        )
    return None


def about_another_incident(sentence: Span) -> bool:
    text = text_of(sentence.doc)[sentence.start_char : sentence.end_char]
    return any(pattern.search(text) for _, pattern in ELSEWHERE_CUES)


#: Clauses that describe a noun: a cue of another incident inside one ("after a crash *that
#: killed a cyclist last month*") recalls that noun's past, not the sentence's own news.
NOUN_CLAUSES = frozenset({"relcl", "acl"})


def _recalled_clauses(sentence: Span) -> tuple[Token, ...] | None:
    """The clauses of a sentence that recall another incident: None when a cue of one sits in
    the sentence's own clauses (its people are all elsewhere), else the clauses describing a
    noun that hold one, so only their people are ("A woman was charged on Thursday after a
    crash that killed a cyclist last month": the woman is this story's, the cyclist the
    crime's); none for a sentence with no cue."""
    doc = sentence.doc
    text = text_of(doc)
    clauses: list[Token] = []
    for _, pattern in ELSEWHERE_CUES:
        for cue in pattern.finditer(text, sentence.start_char, sentence.end_char):
            span = doc.char_span(cue.start(), cue.end(), alignment_mode="expand")
            clause = _noun_clause(span.root) if span is not None else None
            if clause is None:
                return None
            clauses.append(clause)
    return tuple(clauses)


def _noun_clause(token: Token) -> Token | None:
    """The verb of the clause describing a noun that `token` sits in, if any."""
    for ancestor in (token, *token.ancestors):
        if ancestor.dep_ in NOUN_CLAUSES and ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _in_recalled_clause(person: Token, trigger: Token, clauses: tuple[Token, ...]) -> bool:
    """Whether this person's fate is told inside a clause that recalls another incident ("a
    crash that killed a cyclist last month"), or such a clause describes the person ("a man who
    was shot in a separate incident died on Friday")."""
    return any(
        clause.left_edge.i <= trigger.i <= clause.right_edge.i
        or person.left_edge.i <= clause.head.i <= person.right_edge.i
        for clause in clauses
    )


#: Every lemma `_statuses` reads, so that other tokens cost one set lookup.
_STATUS_LEMMAS = frozenset(
    {
        *_HARM_LEMMAS,
        *(lemma for _, lemmas, _ in INTRANSITIVE_VERBS for lemma in lemmas),
        *(verb for verb, _ in PHRASAL_VERBS),
        *STATE_VERBS,
        *SUFFER_VERBS,
        *(lemma for _, lemmas, _ in CONVEYED_VERBS for lemma in lemmas),
        *(lemma for _, lemmas, _ in EVENT_NOUNS + FATAL_VIOLENCE_NOUNS for lemma in lemmas),
    }
)


def _statuses(token: Token) -> list[tuple[Token, str]]:
    """The people a status word is bound to, with the status: [(person token, status)]."""
    lemma = token.lemma_.lower()
    if lemma not in _STATUS_LEMMAS:
        return []
    out: list[tuple[Token, str]] = []
    if token.pos_ in ("VERB", "AUX") and not _unreal(token) and not _told_as_before(token):
        for name, lemmas, status in HARM_VERBS:
            if lemma in lemmas and not (
                _damage_to_things(token) or treated_for_no_harm(token) or _hit_and_run(token)
            ):
                fate = _harm_status(token, status) if name == "violence" else fatal_wound(token, status)
                out.extend((p, fate) for p in _patients(token))
        phrasal = _phrasal(token)
        for _, lemmas, status in INTRANSITIVE_VERBS:
            if lemma in lemmas or phrasal == status:
                out.extend((p, status) for p in _subjects(token, dep="nsubj"))
                if token.dep_ == "acl" and _is_person(token.head):
                    out.append((token.head, status))  # "a toddler drowned", parsed as a modifier
        if lemma in STATE_VERBS:
            state = _state_of(token)
            if state is not None:
                stated = [g for c in token.children if c.dep_ == "ccomp" for g in _subjects(c, dep="nsubj")]
                objects = _objects(token)
                # "the judge found Hiller guilty", "doctors pronounced him dead": with someone
                # else in the state, the subject is the one who found it
                doers = [] if objects or stated else _subjects(token, dep="nsubj")
                people = _subjects(token, dep="nsubjpass") + objects + doers + stated
                out.extend(
                    (p, state) for p in people if p.pos_ != "NOUN" or p.tag_ == "NN" or repaired_label(p)
                )
        cared = care_status(token) if lemma in _CONVEYED_LEMMAS else None
        if cared is not None:
            out.extend((p, cared) for p in _patients(token))  # "a firefighter was taken to hospital"
        suffered = _suffered_status(token) if lemma in SUFFER_VERBS else None
        if suffered is not None:
            out.extend(
                (p, suffered) for p in _subjects(token, dep="nsubj") + _subjects(token, dep="nsubjpass")
            )
    if token.pos_ == "NOUN":
        for rows, fatal in ((EVENT_NOUNS, False), (FATAL_VIOLENCE_NOUNS, True)):
            of = next((status for _, lemmas, status in rows if lemma in lemmas), None)
            if of is not None and (not fatal or any(c.lower_ in FATAL_MODIFIERS for c in token.children)):
                if attempted(token):
                    continue  # "the attempted murder of a clerk": no one died
                out.extend((p, of) for p in _of_objects(token))
    return [(p, s) for p, s in out if p.lower_ not in REFLEXIVES]


#: Particles that make shooting damage to things: "shot up a diner", "shot out the windows".
DAMAGE_PARTICLES = frozenset({"up", "out"})


def _damage_to_things(verb: Token) -> bool:
    return verb.lemma_.lower() == "shoot" and any(
        c.dep_ == "prt" and c.lower_ in DAMAGE_PARTICLES for c in verb.children
    )


_CONVEYED_LEMMAS = frozenset(lemma for _, lemmas, _ in CONVEYED_VERBS for lemma in lemmas)


def care_status(verb: Token) -> CountKind | None:
    """The fate of whom a verb takes to a hospital ("three were taken to hospital", "was
    airlifted to a trauma center") or brings out hurt ("pulled from the rubble with injuries"):
    hurt, as the fates that carry such verbs say; None for any other place or company."""
    lemma = verb.lemma_.lower()
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into") for g in c.children]
    hospitals = [g for g in places if g.dep_ == "pobj" and _hospital(g)]
    if any(_death_there(h) for h in hospitals):
        return None  # "taken to a hospital, where he later died": the dead are counted as dead
    for _, lemmas, fate in CONVEYED_VERBS:
        if lemma in lemmas and hospitals:
            return fate
    with_ = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    for g in (g for g in with_ if g.dep_ == "pobj"):
        for _, _lemmas, suffered in CONVEYED_VERBS:
            if g.lemma_.lower() in FATE[suffered].suffered or g.lower_ in FATE[suffered].suffered:
                return suffered  # "taken to a shelter with burns", "pulled alive with injuries"
    return None


def _death_there(place: Token) -> bool:
    """ "a hospital where she later died", "..., where he was pronounced dead"."""
    clauses = [c for c in place.children if c.dep_ in ("relcl", "acl")]
    return any(
        t.lemma_.lower() in _DEATH_WORDS or t.lower_ in _DEATH_WORDS for c in clauses for t in c.subtree
    )


_DEATH_WORDS = frozenset(w for _, lemmas, fate in INTRANSITIVE_VERBS if fate == "killed" for w in lemmas) | {
    "dead",
    "death",
}


def _hospital(place: Token) -> bool:
    lemma = place.lemma_.lower()
    if lemma in HOSPITAL_NOUNS or place.lower_ in HOSPITAL_NOUNS:
        return True
    return lemma in ("center", "centre") and any(c.lower_ in MEDICAL_WORDS for c in place.children)


#: The name of a crime written with verbs of harm: "a hit and run", "the hit-and-run driver".
HIT_AND_RUN = ("hit", "and", "run")


def _hit_and_run(verb: Token) -> bool:
    """ "charged in a hit and run that killed a woman": the words name the crime, and whoever the
    parse hangs on them was neither hit nor run over."""
    if verb.lower_ not in HIT_AND_RUN:
        return False
    doc = verb.doc
    words = [t for t in doc[max(0, verb.i - 4) : verb.i + 5] if t.text not in ("-", "–")]
    return any(
        tuple(t.lower_ for t in words[i : i + 3]) == HIT_AND_RUN and verb in (words[i], words[i + 2])
        for i in range(len(words) - 2)
    )


def treated_for_no_harm(verb: Token) -> bool:
    """ "was treated for exhaustion", "would not say what she is being treated for": a treatment
    for what no event inflicted, or for what the text leaves untold, is no injury."""
    return verb.lemma_.lower() == "treat" and any(
        g.lower_ in NOT_HARM_NOUNS or g.lemma_.lower() in NOT_HARM_NOUNS
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _phrasal(verb: Token) -> str | None:
    """The fate of a phrasal verb's subject: "passed away", "stepped down"."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in ("prt", "advmod") and (lemma, c.lower_) in PHRASAL_VERBS:
            return PHRASAL_VERBS[(lemma, c.lower_)]
    return None


def _self_harm(verb: Token) -> list[tuple[Token, str, str | None]]:
    """Who harmed themselves: "killed himself", "took her own life"; "shot himself in the leg" and
    "turned the gun on himself" wound unless the text says fatally (some survive). Someone who
    harmed others first ("killed two people before killing himself") is the perpetrator."""
    kind = _self_harm_kind(verb)
    if kind is None or _unreal(verb):
        return []
    people, clauses = _doers(verb)
    perpetrator = any(_harms_others(v) for v in clauses)
    fate = _harm_status(verb, "injured") if kind == "wound" else kind
    if fate == "injured" and perpetrator and MURDER_SUICIDE.search(text_of(verb.doc)):
        fate = "killed"  # "turned the gun on himself" in a story the article calls a murder-suicide
    return [(p, fate, "suspect" if perpetrator else None) for p in people if p.lower_ not in REFLEXIVES]


def _doers(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who does a verb, climbing to the clause that names them ("Smith killed two before killing
    himself", "Jones is accused of shooting three and then killing himself"), and the verbs passed."""
    node, through_prep, passed = verb, False, [verb]
    for _ in range(6):
        found = [c for c in node.children if c.dep_ == "nsubj" or (through_prep and c.dep_ == "nsubjpass")]
        if found:
            return _with_conjuncts(found), passed
        if node.dep_ == "relcl":
            return [node.head], passed
        if node.dep_ == "pcomp" or (node.dep_ in ("advcl", "conj", "xcomp") and node.head.dep_ == "prep"):
            through_prep, node = True, node.head.head  # "accused of shooting": past the preposition
        elif node.dep_ in ("advcl", "conj", "xcomp"):
            node = node.head
        else:
            return [], passed
        passed.append(node)
    return [], passed


#: Phrases that, done to oneself, are a suicide: "took his own life", "ended her life".
SUICIDE_PHRASES: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    ("took own life", frozenset({"take", "end"}), frozenset({"life"})),
)
MURDER_SUICIDE = re.compile(r"\b(?:murder|homicide)[- ]suicide\b", re.I)
#: Turning a weapon on oneself: a wound whose fate the words do not give.
WEAPONS = frozenset({"gun", "weapon", "rifle", "shotgun", "pistol", "handgun", "knife", "firearm"})


def _self_harm_kind(verb: Token) -> str | None:
    """ "killed" for a suicide, "wound" for a self-inflicted harm whose fate the verb does not say."""
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in _SELF_HARM_LEMMAS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    on_self = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.lower_ in REFLEXIVES]
    own = on_self or any(g.lower_ == "own" for o in objects for g in o.children)
    for _, lemmas, nouns in SUICIDE_PHRASES:
        if own and lemma in lemmas and any(o.lemma_.lower() in nouns for o in objects):
            return "killed"
    if lemma == "turn" and on_self and any(o.lemma_.lower() in WEAPONS for o in objects):
        return "wound"
    if lemma in PERPETRATED_VERBS and any(t.lower_ in REFLEXIVES for o in objects for t in (o, *o.conjuncts)):
        return "killed" if lemma in KILLING_VERBS else "wound"  # "shot his wife and then himself"
    return None


#: Every lemma `_self_harm_kind` reads, so that other verbs cost one set lookup.
_SELF_HARM_LEMMAS = frozenset(
    {"turn", *PERPETRATED_VERBS, *(lemma for _, lemmas, _ in SUICIDE_PHRASES for lemma in lemmas)}
)

#: The lemmas `_spared_or_targeted` reads.
_SPARED_OR_TARGETED_LEMMAS = SPARED_VERBS | TARGETING_NOUNS | TARGETING_VERBS | _HARM_LEMMAS
#: The lemmas of the words `_statuses`, `_self_harm` or `_spared_or_targeted` can read anything from.
_STATUS_OR_SELF_HARM = _STATUS_LEMMAS | _SELF_HARM_LEMMAS | _SPARED_OR_TARGETED_LEMMAS


def _spared_or_targeted(token: Token) -> list[tuple[Token, str, str | None]]:
    """The people an attack was aimed at ("X survived an assassination attempt", "an attempt on
    her life", "gunmen ambushed the minister's convoy") and those it passed by ("he was
    unharmed", "the mayor escaped unhurt", "she was not hurt"): participants, not casualties."""
    lemma = token.lemma_.lower()
    out: list[tuple[Token, str, str | None]] = []
    if token.pos_ in ("VERB", "AUX") and not _modal(token):
        if lemma in SPARED_VERBS and not _negated(token) and _spared_complement(token):
            people = _subjects(token, dep="nsubj") + _subjects(token, dep="nsubjpass")
            if token.dep_ == "relcl" and any(p.lower_ in ("who", "that") for p in people):
                people = [token.head]  # "the driver, who was unhurt"
            out.extend((p, SPARED_STATUS, None) for p in people)
        if (
            lemma in _BODILY_HARM_LEMMAS
            and _negated(token)
            and not any(c.dep_ == "advmod" for c in token.children)
        ):
            out.extend((p, SPARED_STATUS, None) for p in _subjects(token, dep="nsubjpass"))  # "was not hurt"
        aimed_at = any(c.dep_ == "dobj" and c.lemma_.lower() in TARGETING_NOUNS for c in token.children)
        if lemma == "survive" and aimed_at and not _negated(token):
            out.extend((p, TARGETED_STATUS, TARGET_ROLE) for p in _subjects(token, dep="nsubj"))
        if lemma in TARGETING_VERBS and not _negated(token):
            targets = _subjects(token, dep="nsubjpass") + _objects(token)
            out.extend((_owner(p), TARGETED_STATUS, TARGET_ROLE) for p in targets)
    if token.pos_ == "NOUN" and lemma in TARGETING_NOUNS:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "against")):
            for aimed in (g for g in prep.children if g.dep_ == "pobj"):
                out.append((_owner(aimed), TARGETED_STATUS, TARGET_ROLE))  # "an attempt on his life"
    return [
        (p, s, r) for p, s, r in out if p.lower_ not in REFLEXIVES and (_is_person(p) or p.lower_ in PRONOUNS)
    ]


def _owner(thing: Token) -> Token:
    """ "his life", "the minister's convoy", "the life of the judge": the person a thing aimed at
    belongs to, else itself."""
    if _is_person(thing):
        return thing
    owners = [c for c in thing.children if c.dep_ == "poss"] + [
        g
        for c in thing.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return owners[0] if owners else thing


def _spared_complement(verb: Token) -> bool:
    return any(
        c.lower_ in SPARED_WORDS
        for c in verb.children
        if c.dep_ in ("acomp", "oprd", "advcl", "xcomp", "advmod", "dobj")
    )


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        g.dep_ == "neg" for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.rights
    )


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def _background(person: Token) -> bool:
    """A person whose fate came before the event told: "his late adviser, X, was killed by
    militiamen" is recalled, not a participant. (Sentences about another incident are skipped
    whole, by `ELSEWHERE_CUES`.)"""
    described = [person, person.head] if person.dep_ == "appos" else [person]
    described += [c for c in person.children if c.dep_ == "appos"]
    return any(c.lower_ in BACKGROUND_MODIFIERS for d in described for c in d.children if c.dep_ == "amod")


def _harms_others(verb: Token) -> bool:
    """ "killed two people", "shot his wife": a harm verb with someone else as its object."""
    if verb.lemma_.lower() not in PERPETRATED_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lower_ not in REFLEXIVES for c in verb.children)


def _of_objects(noun: Token) -> list[Token]:
    return _with_conjuncts(
        [
            g
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
    )


def _unreal(verb: Token) -> bool:
    """Negated, modal or merely intended: "was not hurt", "could have been killed", "tried to kill"."""
    # one walk over the children (each a Token built, its dependency read once): the tests
    # are pure, so their order does not change the answer
    for c in verb.children:
        dep = c.dep_
        if dep == "neg" or (dep == "aux" and c.lower_ in MODALS):
            return True
        if dep in ("aux", "auxpass") and c.n_rights and any(g.dep_ == "neg" for g in c.rights):
            return True  # "was not fatally wounded", the negation parsed onto the auxiliary
        if dep == "nsubj" and c.lower_ in ("no", "nobody", "none"):
            return True
        if dep in ("nsubj", "nsubjpass") and any(g.lower_ == "no" for g in c.children):
            return True
    head = verb.head if verb.dep_ in ("xcomp", "conj") else None
    if head is not None and verb.dep_ == "xcomp" and head.lemma_.lower() in IRREALIS_VERBS:
        return True
    return _subjunctive(verb) or _aim(verb)


def _told_as_before(verb: Token) -> bool:
    """ "three actors were previously treated there": a fate before the event told."""
    return any(c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for c in verb.children)


def _subjunctive(verb: Token) -> bool:
    """ "the jury recommended that he die", "demanded that she be jailed": a "that" clause whose
    verb has the base form with a singular subject is what someone asks for, not what happened
    (not "saw the man die", which has no "that")."""
    children = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children) or any(
        c.dep_ == "aux" for c in children
    ):
        return False
    if any(c.dep_ == "auxpass" and c.lower_ == "be" for c in children):
        return True  # "that she be jailed"
    singular = any(
        c.dep_ == "nsubj" and (c.tag_ in ("NN", "NNP") or c.lower_ in ("he", "she", "it")) for c in children
    )
    return singular and verb.tag_ in ("VB", "VBP")


#: Nouns of an aim, whose "of" or "to" clause is only intended: "with the aim of killing him",
#: "an attempt to kill the judge", "a plot to assassinate her".
IRREALIS_NOUNS = frozenset(
    {"aim", "goal", "intent", "intention", "purpose", "attempt", "bid", "plot", "plan"}
)


def _aim(verb: Token) -> bool:
    """The verb tells what someone aimed at, not what happened."""
    if verb.dep_ in ("acl", "xcomp", "relcl") and verb.head.lemma_.lower() in IRREALIS_NOUNS:
        return True  # "an attempt to kill"
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and to.i > 0 and verb.doc[to.i - 1].lemma_.lower() in IRREALIS_NOUNS:
        return True  # the same, where the parse hangs the infinitive elsewhere: "over a plot to kill"
    return verb.dep_ == "pcomp" and verb.head.head.lemma_.lower() in IRREALIS_NOUNS  # "the aim of killing"


def _harm_status(verb: Token, status: str) -> str:
    """ "shot" wounds; "fatally shot", "shot dead", "shot to death", "shot and killed" kill."""
    if status != WOUNDING_KIND:
        return status
    for child in verb.children:
        if child.lower_ in FATAL_WORDS:
            return "killed"
        if child.dep_ == "prep" and any(g.lower_ == "death" for g in child.children):
            return "killed"
        if (
            child.dep_ == "conj"
            and child.lemma_.lower() in KILLING_VERBS
            and not _both_have_objects(verb, child)
        ):
            return "killed"  # "shot and killed a man"; not "stabbed her neighbor and then killed herself"
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "conj" and verb.head.lemma_.lower() in KILLING_VERBS and not own_subject:
        return "killed"
    return status


def fatal_wound(word: Token, status: str, fatal_words: frozenset[str] = FATAL_WORDS) -> str:
    """ "fatally wounded", "mortally injured": a wound the text says killed."""
    if status == WOUNDING_KIND and any(c.dep_ == "advmod" and c.lower_ in fatal_words for c in word.children):
        return "killed"
    return status


def attempted(word: Token) -> bool:
    """ "the attempted murder(s) of ...": a killing only tried."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in ATTEMPT_WORDS for c in word.children)


def _both_have_objects(first: Token, second: Token) -> bool:
    return all(any(c.dep_ == "dobj" for c in v.children) for v in (first, second))


def _patients(verb: Token) -> list[Token]:
    """Who a harm verb acts on: its passive subject ("was shot"), its object ("shot a man"), or
    the object or passive subject of the verb it is joined to ("shot and killed the man")."""
    if _gapped_passive(verb):
        return _subjects(verb, dep="nsubj")  # "a driver was killed and her passenger injured"
    people = _subjects(verb, dep="nsubjpass") + _objects(verb)
    if not people and verb.dep_ == "conj":
        people = _subjects(verb.head, dep="nsubjpass") + _objects(verb.head)
    if not people:
        people = [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" for g in _objects(c)]
    if not people and _passive_gerund(verb):
        governor = verb.head.head  # "is in the hospital after being shot": the clause's subject
        people = _subjects(governor, dep="nsubj") + _subjects(governor, dep="nsubjpass")
    agent = any(c.dep_ == "nsubj" for c in verb.children)  # "the officer who shot": the shooter
    if verb.dep_ in ("acl", "relcl") and not people and not agent and _is_person(verb.head):
        people = [verb.head]  # "a man shot in the leg", "the woman who was killed"
    return people


def _gapped_passive(verb: Token) -> bool:
    """ "One man was killed and another wounded": a participle joined to a passive verb, its own
    "was" left out, with a subject and no object, which the parser reads as the doer."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBN", "VBD")  # "her son wounded" is tagged either way
        and any(c.dep_ == "auxpass" for c in verb.head.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _passive_gerund(verb: Token) -> bool:
    """ "after being shot", "before being struck": a passive gerund after a time preposition."""
    return (
        verb.dep_ == "pcomp"
        and verb.head.lower_ in ("after", "before", "from")
        and any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children)
    )


def _subjects(verb: Token, *, dep: str) -> list[Token]:
    found = [c for c in verb.children if c.dep_ == dep]
    if not found and verb.dep_ == "conj" and dep in ("nsubj", "nsubjpass"):
        # "was shot and died": the shared subject; but "Smith shot and killed Jones": the agent
        # of an active harm verb is never the one harmed.
        agent = verb.head.lemma_.lower() in _HARM_LEMMAS or verb.lemma_.lower() in _HARM_LEMMAS
        inherit = ("nsubjpass",) if agent or dep == "nsubjpass" else ("nsubj", "nsubjpass")
        found = [c for c in verb.head.children if c.dep_ in inherit]
    if verb.dep_ == "relcl" and not found:
        return []
    return _with_conjuncts([_past_dateline(t) for t in found])


def _past_dateline(subject: Token) -> Token:
    """ "NAPLES, Fla. - A 17-year-old died": the parse makes the dateline's town the subject and
    the person its apposition; the person is the one the verb is about."""
    if repaired_label(subject) not in ("GPE", "LOC", "ORG", "FAC") or _is_person(subject):
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and _is_person(c)), subject)


def _objects(verb: Token) -> list[Token]:
    return _with_conjuncts([c for c in verb.children if c.dep_ == "dobj"])


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out = []
    for t in tokens:
        out.append(t)
        out.extend(c for c in t.subtree if c.dep_ == "conj" and c.head.i in [x.i for x in out])
    if any(t.dep_ == "relcl" or t.lower_ in ("who", "that") for t in out):
        out = [t.head if t.lower_ in ("who", "that") and t.head.dep_ == "relcl" else t for t in out]
    return out


def _state_of(verb: Token) -> str | None:
    """The status the complement of a state verb gives: "found dead", "in critical condition"."""
    for child in verb.children:
        words = [child] if child.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advmod") else []
        if child.dep_ == "prep" and child.lower_ in ("in", "with"):
            words = [g for p in child.children for g in (p, *p.children)]
        for word in words:
            if any(g.dep_ == "neg" for g in word.children):
                continue  # "found not guilty", "pleaded not guilty": the state denied
            for _, lemmas, status in STATE_WORDS:
                if word.lower_ in lemmas:
                    return status
    return None


def _suffered_status(verb: Token) -> str | None:
    """The fate of what a verb's subject suffered: "sustained injuries", "treated for burns"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    lemmas = {o.lemma_.lower() for o in objects}
    return next((status for _, nouns, status in SUFFERED_NOUNS if lemmas & nouns), None)


def _is_person(token: Token) -> bool:
    return _person_noun(token) is not None or _name_of(token) is not None


def _person_noun(token: Token) -> str | None:
    """The person noun a token is ("man", "victim", "19-year-old"), singular only."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NN" and (lemma in PERSON_NOUNS or lemma in PERSON_ROLE_WORDS):
        return lemma
    if _AGE_WORD.match(_hyphenated(token)) or (token.lower_ == "old" and _age_of_words(token) is not None):
        return "person"
    return None


def _name_of(token: Token) -> Span | None:
    """The proper name a token belongs to: a PERSON entity, or any proper noun given an age
    ("Smith, 24,", which NER often tags ORG or GPE).

    Read from NER's own labels on purpose, not the repaired names the other reads here use: the
    repairs name more people, and the casualty figures then lose more than they gain (gva dev
    meta: killed 0.880 -> 0.873, injured 0.860 -> 0.851). What the newly named break: a shooter
    named in full and then found dead by surname alone ("Dale Orr shot his wife ... Orr was
    found dead") becomes a second victim who takes the wife's death; "another victim, Ana
    Ruiz, 14," loses the "another" that kept her apart from the dead; a victim named with her
    age ("the murder of 44-year-old Ana Ruiz") is not paired with the anonymous dead ("killed one
    man") once that entry took the age of a wounded man told later; and a wounded suspect newly
    named in one source outvotes the source that tells of a wounded victim."""
    ent = entity_of(token)
    if ent is not None and ent.label_ == "PERSON":
        return trim_name(ent)
    if token.pos_ == "PROPN":
        span = ent if ent is not None else token.doc[token.i : token.i + 1]
        if age_after(span) is not None:
            return trim_name(span)
    for child in token.children:  # "the victim, John Smith,"
        if child.dep_ == "appos" and child.i > token.i:
            inner = entity_of(child)
            if inner is not None and inner.label_ == "PERSON":
                return trim_name(inner)
    return None


def _mention(
    person: Token,
    status: str,
    trigger: Token,
    source: str,
    numbers: list[int],
    last: ParticipantMention | None,
    *,
    role: str | None = None,
) -> ParticipantMention | None:
    doc = person.doc
    text = text_of(doc)
    if person.lower_ in PRONOUNS:
        gender = GENDER_WORDS.get(person.lower_)
        if role is not None and (last is None or last.role != role):
            return _pronoun_mention(person, status, role, trigger, source, numbers)
        if last is None or numbers[person.i] - last.sentence > 2:
            return None
        if last.gender not in (None, gender) or _role(None, status) != _role(None, last.status):
            return None  # "Jones was killed ... police arrested him": not Jones
        return ParticipantMention(
            name=last.name,
            description=last.description,
            role=_role(last.role, status),
            status=status,
            age=last.age,
            gender=last.gender or gender,
            sentence=numbers[person.i],
            evidence=evidence(source, text, min(person.idx, trigger.idx), _end(person, trigger)),
        )
    name = _name_of(person)
    noun = _person_noun(person)
    if noun is None and role is not None and person.tag_ == "NN":
        noun = person.lemma_.lower()  # "the farmer shot his neighbor": whoever harms others is a person
    if name is None and noun is None:
        return _group_mention(person, status, trigger, source, numbers, role)
    head = person
    if name is not None:
        description = name.text
        age = age_after(name) or _age_from(person)
        start = min(name.start_char, trigger.idx)
    else:
        words = [t for t in person.lefts if t.dep_ in ("det", "amod", "compound", "nummod", "npadvmod")]
        first = min([head.i] + [t.left_edge.i for t in words])
        description = doc[first : head.i + 1].text
        age = _age_from(person)
        start = min(doc[first].idx, trigger.idx)
    role = role or PERSON_NOUNS.get(noun or "") or _title_role(name) or _perpetrator_role(person)
    return ParticipantMention(
        name=name.text if name is not None else None,
        description=description,
        role=_role(role, status),
        status=status,
        age=age,
        gender=GENDER_WORDS.get(noun or "") or _gender_near(person),
        sentence=numbers[person.i],
        evidence=evidence(source, text, start, _end(person, trigger)),
    )


def _group_mention(
    person: Token, status: str, trigger: Token, source: str, numbers: list[int], role: str | None
) -> ParticipantMention | None:
    """ "seven of the minister's guards were injured", "his bodyguards were wounded": people of
    one kind met a fate together; one participant of the record, counted by the counts."""
    noun = person
    if person.like_num:  # "seven of the guards"
        noun = next(
            (g for c in person.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
             if g.dep_ == "pobj"),
            person,
        )  # fmt: skip
    lemma = noun.lemma_.lower()
    if noun.tag_ != "NNS" or lemma not in PERSON_NOUNS or repaired_label(noun):
        return None
    doc = noun.doc
    words = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "poss")]
    first = min([noun.i] + [t.left_edge.i for t in words])
    description = doc[first : noun.i + 1].text
    start = min(doc[first].idx, trigger.idx)
    return ParticipantMention(
        name=None,
        description=description,
        role=_role(role or PERSON_NOUNS.get(lemma), status),
        status=status,
        age=None,
        gender=None,
        sentence=numbers[noun.i],
        evidence=evidence(source, text_of(doc), start, _end(noun, trigger)),
        group=True,
    )


def _perpetrator_role(person: Token) -> str | None:
    """ "a man who shot two coworkers", "a woman accused of stabbing three neighbors": someone
    whose own clause has them harm others is the perpetrator, whatever noun describes them."""
    for clause in person.children:
        if clause.dep_ in ("relcl", "acl") and any(_harms_others(v) for v in _clause_verbs(clause)):
            return "suspect"
    return None


def _clause_verbs(clause: Token) -> list[Token]:
    """A clause's verb and the verbs it governs through a preposition or a complement:
    "suspected of killing", "went on to shoot"."""
    verbs, frontier = [clause], [clause]
    for _ in range(3):
        frontier = [
            g
            for v in frontier
            for c in v.children
            for g in ([c] if c.dep_ in ("xcomp", "conj") else c.children if _act_preposition(c) else [])
            if g.pos_ == "VERB"
        ]
        verbs += frontier
    return verbs


#: Prepositions that introduce what a person did: "accused of killing", "charged with
#: shooting", "after stabbing"; not "killed in a drive-by shooting", where it is the event.
ACT_PREPOSITIONS = frozenset({"of", "with", "for", "after", "before"})


def _act_preposition(token: Token) -> bool:
    return token.dep_ == "prep" and token.lower_ in ACT_PREPOSITIONS


def _pronoun_mention(
    person: Token, status: str, role: str, trigger: Token, source: str, numbers: list[int]
) -> ParticipantMention:
    """ "he killed two people before killing himself": a perpetrator known only by a pronoun."""
    return ParticipantMention(
        name=None,
        description=person.text,
        role=role,
        status=status,
        age=None,
        gender=GENDER_WORDS.get(person.lower_),
        sentence=numbers[person.i],
        evidence=evidence(source, text_of(person.doc), min(person.idx, trigger.idx), _end(person, trigger)),
    )


def _end(person: Token, trigger: Token) -> int:
    last = max(person, trigger, key=lambda t: t.i)
    return last.idx + len(last.text)


def _role(role: str | None, status: str) -> str:
    """A described person's role, else the role their status implies."""
    if role is not None:
        return role
    return FATE_ROLES.get(status, "victim")


def _title_role(name: Span | None) -> str | None:
    """ "Officer John Smith", "Deputy Jane Roe": the title word before the name gives the role."""
    if name is None or name.start == 0:
        return None
    before = name.doc[name.start - 1]
    return PERSON_NOUNS.get(before.lower_.rstrip("."))


def _hyphenated(token: Token) -> str:
    """ "19-year-old" as one string, whether the tokenizer kept it whole or split it."""
    doc = token.doc
    if token.lower_ == "old" and token.i >= 4:
        return "".join(t.text for t in doc[token.i - 4 : token.i + 1])
    return token.text


def _age_of_words(old: Token) -> int | None:
    match = _AGE_WORD.match(_hyphenated(old))
    return int(match.group(1)) if match else None


def _age_from(person: Token) -> int | None:
    """ "a 16-year-old boy", "the 19-year-old", "Smith, 24,", "John Roe, age 30"."""
    for token in (person, *person.lefts):
        if token.lower_ == "old":
            age = _age_of_words(token)
            if age is not None:
                return age
        match = _AGE_WORD.match(token.text)
        if match:
            return int(match.group(1))
    for child in person.children:
        if child.dep_ == "appos" and child.text.isdigit() and 0 < int(child.text) < 120:
            return int(child.text)
    return None


def _gender_near(person: Token) -> str | None:
    """ "Mr. Smith", "Mrs. Jones": an honorific gives the gender of a named person."""
    i = person.left_edge.i
    before = person.doc[i - 1] if i > 0 else None
    for token in (person.doc[i], before):
        if token is not None and token.lower_ in GENDER_WORDS and token.lower_.startswith("m"):
            return GENDER_WORDS[token.lower_]
    return None

"""The headline as part of the story: its names, places, dates and counts.

A headline is often the one place the main actor is named in full ("Zebulon Fairweather wins
the Dunmore marathon", then "the 31-year-old ... he said"), yet it is written in a grammar of its
own: title case, no articles, the present tense for past events ("wins", "dies"), "Name, 34,
charged". The body's NER and parser, trained on running text, read title case as a run of
names, so the headline is parsed on its own, after recasing: each capitalised word that the
body writes in lower case (or that is a function word) is lowered, which keeps every offset.

Where the title stands decides what its evidence offsets index:
- a plain-text article carries it as its first line, so offsets index the article text, as the
  body's do (the line is still a dropped span with reason "title": the body parse skips it);
- a JSON article or HTML page keeps it apart from the text, so its evidence has `part="title"`
  and its offsets index the source's `title`.
Either way `evidence.text` is the headline's characters as they stand in the source.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lexicon import (
    AMOUNT_WORDS,
    HEADLINE_STATES,
    HEADLINE_STATUS,
    HEADLINE_VERBS,
    LEFT_STATES,
    MASTHEAD_WORDS,
    PARENT_NOUNS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
)
from ..records import (
    CleanArticle,
    CountMention,
    DateMention,
    DroppedEntity,
    EntityMention,
    Evidence,
    KindMention,
    PlaceCue,
)
from .common import _INDEX_KEY, REPAIRED_ENTITIES_KEY, doc_index, lower_forms, text_of

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

TITLE_PART = "title"
#: A separator before the site's name in scraped titles: "Man charged in stabbing | Dunmore Herald".
_SITE_SEPARATOR = re.compile(r"\s+(?:\||::|»)\s+")
#: A dash that may stand before the site's name ("Man hurt - KXYZ 9 Marlowe News, Weather"); it
#: does when what follows reads as a site name (`_SITE_NAME`), for a dash also joins two halves
#: of a headline ("Fire guts mill - no one hurt").
_SITE_DASH = re.compile(r"\s+[-–—]\s+")
#: What a site's name holds and a headline's second half does not: a broadcast call sign or
#: network ("KXYZ", "WXYZ-TV", "NBC 5"), a domain ("marlowenews.com"), a masthead word, or the
#: sections a station lists after its name ("News, Weather, Sports").
_SITE_NAME = re.compile(
    r"\b(?:[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?|(?:ABC|NBC|CBS|FOX|Fox|CW|PBS)\d*)\b"
    r"|\b[\w-]+\.(?:com|net|org|tv|co\.uk|com\.au|ca)\b"
    r"|\b(?:News|NewsChannel|Newschannel|Democrat|Weather|Sports|Radio|Television|TV|Patch|Online|"
    + "|".join(sorted(w.capitalize() for w in MASTHEAD_WORDS))
    + r")\b"
)
#: A spaced dash before a trailing part of a scraped title, which may be the site's name and
#: tagline: "Two hurt in crash - WXYZ Action News 9 - Dunmore, Ohio".
_DASH_SEPARATOR = _SITE_DASH
_WEB_ADDRESS = re.compile(r"\b[\w-]+\.(?:com|net|org|tv|us|ca|co\.uk)\b", re.IGNORECASE)
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]{2,}\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: A word that starts a sentence in the body: its capital says nothing about the word.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’(\[—–-]\s*|\n\s*)$")
#: A title is written in title case when at least this share of its content words are capitalised.
TITLE_CASE_SHARE = 0.6
#: Longest title read, in characters: past this it is a standfirst or a whole paragraph.
MAX_HEADLINE_CHARS = 300
_SUFFIXES = ("ing", "ed", "es", "s", "d")


@dataclass(frozen=True, slots=True)
class Headline:
    """Where an article's headline stands: `text` is exactly the source's characters at
    `offset` of the string its evidence indexes (the article text, or the title when `part`)."""

    text: str
    offset: int
    part: str | None


def headline_of(item: CleanArticle) -> Headline | None:
    """The headline of an article, if it has one that the body does not already read."""
    article = item.article
    if article.error is not None:
        return None
    if article.format == "text":
        span = next((d for d in item.dropped if d.reason == "title"), None)
        if span is None:
            return None
        return _trimmed(article.text[span.start : span.end], span.start, None)
    if article.title:
        return _trimmed(article.title, 0, TITLE_PART)
    return None


def _trimmed(raw: str, offset: int, part: str | None) -> Headline | None:
    """The headline proper: no Markdown "#", no surrounding space, no "| Site Name" after it."""
    raw = headline_proper(raw)[:MAX_HEADLINE_CHARS]
    stripped = raw.lstrip().lstrip("#").lstrip()
    lead = len(raw) - len(stripped)
    text = stripped.rstrip()
    return Headline(text, offset + lead, part) if _WORD.search(text) else None


def headline_proper(title: str) -> str:
    """A scraped title without the site's name after it: "Man hurt in Marlowe | Dunmore Herald"
    and "Man hurt in Marlowe - KXYZ 9 Dunmore News, Weather, Sports" are "Man hurt in Marlowe"."""
    site = _SITE_SEPARATOR.search(title)
    if site is not None:
        title = title[: site.start()]
    for dash in _SITE_DASH.finditer(title):
        if _WORD.search(title[: dash.start()]) and _SITE_NAME.search(title, dash.end()):
            title = title[: dash.start()]
            break
    return without_site_segments(title)


def without_site_segments(title: str) -> str:
    """The title without the trailing dash-separated parts that name the site: a part with a
    web address ("WALB.com, South Georgia News, Weather, Sports"), or a part of names only (no
    lower-case word: "WMC Action News 5", "Memphis, Tennessee") after a headline written in
    sentence case. A title-case headline keeps its parts: its words say nothing by their case."""
    while True:
        separators = list(_DASH_SEPARATOR.finditer(title))
        if not separators:
            return title
        last = separators[-1]
        head, part = title[: last.start()], title[last.end() :]
        site = _WEB_ADDRESS.search(part) or (not _LOWER_WORD.search(part) and _LOWER_WORD.search(head))
        if not site:
            return title
        title = head


@dataclass(frozen=True, slots=True)
class Lexicon:
    """English words known to the model, to tell a headline's capitalised common words from
    names when the body does not use them: function words, verbs, and words that are also
    adjectives or adverbs (nouns alone are not enough: "Hamburg" and "Talbot" are nouns)."""

    small: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    common: frozenset[str] = frozenset()


def lexicon_of(small_words: Iterable[str], lemma_index: dict[str, Iterable[str]] | None) -> Lexicon:
    """A Lexicon from the model's stop words and its lemmatizer's index of lemmas by part of
    speech ({"verb": [...], "adj": [...], ...}), when the model has one."""
    index = lemma_index or {}
    verbs = frozenset(index.get("verb", ()))
    common = verbs | frozenset(index.get("adj", ())) | frozenset(index.get("adv", ()))
    return Lexicon(frozenset(w.casefold() for w in small_words), verbs, common)


def headline_text(item: CleanArticle, lexicon: Lexicon) -> str:
    """What to parse for the headline of `item`: the headline recased (same length), or ""."""
    headline = headline_of(item)
    return recased(headline.text, item.body, lexicon) if headline else ""


def recased(title: str, body: str, lexicon: Lexicon) -> str:
    """A title-case (or all-capitals) headline in sentence case, judged word by word: how the
    body writes the word first, then whether it is a function word, an inflected verb
    ("Kills", "Charged"), or a common word with no name beside it. The first word, acronyms and
    words the body capitalises keep their capitals. A sentence-case headline is returned as is."""
    words = list(_WORD.finditer(title))
    letters = [c for c in title if c.isalpha()]
    shouting = bool(letters) and all(c.isupper() for c in letters) and len(words) > 1
    content = [w.group() for w in words if w.group().casefold() not in lexicon.small]
    capitalised = sum(1 for w in content if w[:1].isupper())
    if not shouting and (not content or capitalised / len(content) < TITLE_CASE_SHARE):
        return title
    lower, upper = _casing(body)
    keys = [w.group().casefold() for w in words]
    chars = list(title)
    common: set[int] = set()  # words already found common: not part of a name beside them
    for i, match in enumerate(words):
        word = match.group()
        if (word.isupper() and len(word) > 1 and not shouting) or not word[:1].isupper():
            continue
        if i > 0 and _common_word(i, keys, words, lower, upper, lexicon, common):
            chars[match.start() : match.end()] = word.lower()
            common.add(i)
        elif shouting:
            chars[match.start() + 1 : match.end()] = word[1:].lower()
    return "".join(chars)


def _common_word(
    i: int,
    keys: list[str],
    words: list[re.Match[str]],
    lower: Counter[str],
    upper: Counter[str],
    lexicon: Lexicon,
    common: AbstractSet[int] = frozenset(),
) -> bool:
    """Whether the capitalised headline word `i` is a common word rather than part of a name.
    A neighbour in `common` (found a common word already: "assassination" in "Survives
    Assassination Bid", which the body writes in lower case) is not a name beside it."""
    key = keys[i]
    known_lower = lower[key] + lower[_base(key)]
    if upper[key]:
        return known_lower > upper[key]
    if known_lower or key in lexicon.small:
        return True
    stems = _stems(key)
    if key not in stems and stems & lexicon.verbs:
        return True  # an inflected verb: "Kills", "Charged", "Announces"
    if key in lexicon.verbs and i + 1 < len(keys) and keys[i + 1] in HEADLINE_ROLES:
        return True  # a verb before a role: "Rovers Sack Manager ...", "Firm Hires CEO ..."
    if not ({key} | stems) & lexicon.common:
        return False
    return not any(_name_like(j, keys, words, lexicon) for j in (i - 1, i + 1) if j not in common)


def _name_like(j: int, keys: list[str], words: list[re.Match[str]], lexicon: Lexicon) -> bool:
    """A capitalised neighbour that no lexicon knows: "Port" before "Talbot" is part of a name."""
    if not 0 <= j < len(keys) or not words[j].group()[:1].isupper():
        return False
    key = keys[j]
    if key in lexicon.small or key in HEADLINE_ROLES:
        return False
    return not ({key} | _stems(key)) & lexicon.common


def _stems(key: str) -> set[str]:
    """The forms a word may be inflected from: "announces" -> {"announce", "announc"}."""
    found = set()
    for suffix in ("ing", "ed", "es", "s", "d"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 2:
            stem = key[: -len(suffix)]
            found.update({stem, stem + "e"})
            if len(stem) > 2 and stem[-1] == stem[-2]:
                found.add(stem[:-1])  # "dropped" -> "drop"
    return found


@lru_cache(maxsize=256)
def _casing(body: str) -> tuple[Counter[str], Counter[str]]:
    """How often the body writes each word in lower case (and each base, "~kill"), and
    capitalised inside a sentence. Kept for the last few hundred bodies: recasing the headline
    and reading its entities both ask, a group of articles apart (`eventfacts.annotate` recases
    the headlines of 64 articles before it parses them). The counters are shared: read them,
    never write."""
    # the words of `_WORD` that open with a-z (most of them) are counted in C; the Python loop
    # reads the others
    lower: Counter[str] = Counter(map(str.casefold, _ASCII_LOWER_WORD.findall(body)))
    upper: Counter[str] = Counter()
    for match in _OTHER_WORD.finditer(body):
        word = match.group()
        if word[:1].islower():
            lower[word.casefold()] += 1
        elif not _after_sentence_start(body[max(0, match.start() - 3) : match.start()]):
            upper[word.casefold()] += 1
    for word, count in list(lower.items()):
        lower[_base(word)] += count
    return lower, upper


#: The words `_WORD.finditer` finds, split by their first letter: a-z, or any other. A word
#: begins at a letter with no letter before it, nor a letter and an apostrophe (which join it to
#: the word before: "o'Brien" is one word); the letter is read first, for the engine's fast scan.
_WORD_OPENS = r"(?<![^\W\d_].)(?<![^\W\d_]['’].)"
_WORD_REST = r"[^\W\d_]*(?:['’][^\W\d_]+)*"
_ASCII_LOWER_WORD = re.compile(rf"[a-z]{_WORD_OPENS}{_WORD_REST}")
_OTHER_WORD = re.compile(rf"[^\W\d_a-z]{_WORD_OPENS}{_WORD_REST}")


#: The characters after which (and spaces) a capital starts a sentence, as `_SENTENCE_START` says.
_SENTENCE_OPENERS = frozenset('.!?:;"“”‘’([—–-')


def _after_sentence_start(before: str) -> bool:
    """`_SENTENCE_START.search(before)`, read from the last characters without the regex engine
    (it ran once for each capitalised word of every body): nothing before, a line break in the
    trailing spaces, or an opener as the last character that is not a space."""
    kept = before.rstrip()
    return not before or "\n" in before[len(kept) :] or (bool(kept) and kept[-1] in _SENTENCE_OPENERS)


@lru_cache(maxsize=1 << 16)
def _base(word: str) -> str:
    """A word without its inflection, so that the headline's "kills" meets the body's "killed".
    Kept per word: every body asks it for each word it writes in lower case."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return "~" + (word[:-1] if word.endswith("e") and len(word) > 3 else word)


@dataclass(frozen=True, slots=True)
class HeadlineFacts:
    entities: tuple[EntityMention, ...] = ()
    dropped: tuple[DroppedEntity, ...] = ()
    dates: tuple[DateMention, ...] = ()
    counts: tuple[CountMention, ...] = ()
    places: tuple[PlaceCue, ...] = ()
    kinds: tuple[KindMention, ...] = ()

    @property
    def people(self) -> tuple[str, ...]:
        """The first person the headline names (a headline's subject comes first): who a
        body's "he said" means when the body itself names no one."""
        return tuple(dict.fromkeys(m.text for m in self.entities if m.kind == "person"))[:1]


def headline_facts(item: CleanArticle, doc: Doc | None, *, source: str) -> HeadlineFacts:
    """The entities, dates and counts of an article's headline, parsed as `doc` (the recased
    headline), with evidence that indexes the headline where it stands in the source."""
    headline = headline_of(item)
    if doc is None or headline is None or len(text_of(doc)) != len(headline.text):
        return HeadlineFacts()
    from .counts import extract_counts
    from .dates import extract_dates
    from .kinds import extract_kinds
    from .places import extract_places

    _as_running_text(doc)
    parsed = text_of(doc)
    entities = [
        replace(
            m,
            text=_original(m.text, parsed, headline.text),
            titles=tuple(_original(t, parsed, headline.text) for t in m.titles),
            evidence=_evidence(m.evidence, headline),
            sentence=0,
            headline=True,
        )
        for m in _entities(doc, source)
    ]
    common = [m for m in entities if _common_words_only(m.text, item.body)]
    return HeadlineFacts(
        entities=tuple(m for m in entities if m not in common),
        dropped=tuple(
            DroppedEntity(kind=m.kind, text=m.text, reason=COMMON_WORDS, evidence=m.evidence) for m in common
        ),
        dates=tuple(
            replace(
                m, text=_original(m.text, parsed, headline.text), evidence=_evidence(m.evidence, headline)
            )
            for m in extract_dates(doc, source=source)
        ),
        counts=tuple(
            _with_bare_counts(
                [
                    replace(m, evidence=_evidence(m.evidence, headline), sentence=0, headline=True)
                    for m in extract_counts(doc, source=source)
                ],
                doc,
                headline,
                source,
            )
        ),
        places=tuple(
            replace(
                m, text=_original(m.text, parsed, headline.text), evidence=_evidence(m.evidence, headline)
            )
            for m in extract_places(doc, source=source)
        ),
        kinds=tuple(
            replace(m, evidence=_evidence(m.evidence, headline))
            for m in extract_kinds(doc, source=source, headline=True)
        ),
    )


#: A number in a headline, as one token: digits, digits in groups of three ("5,000"), or a word
#: that stands for an amount alone ("kills twenty"); after a word and a hyphen that the tokenizer
#: leaves joined to digits ("BREAKING NEWS-3 DEAD", "Follow-Up-1 Dead, 2 Injured").
_AMOUNTS = "|".join(sorted(AMOUNT_WORDS, key=lambda w: (-len(w), w)))
_NUMBER_FORM = rf"^(?:[^\W\d_]+-)?(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{_AMOUNTS})$"
_NUMBER_RE = re.compile(_NUMBER_FORM)
#: The number that opens a row may be joined to a word before it; after a verb it stands alone.
_JOINED_NUMBER: dict[str, object] = {"LOWER": {"REGEX": _NUMBER_FORM}}
_NUMBER: dict[str, object] = {"LOWER": {"REGEX": _NUMBER_FORM.replace(r"(?:[^\W\d_]+-)?", "")}}
#: Extra spaces between two words of a scraped title are tokens of their own.
_SPACES: dict[str, object] = {"IS_SPACE": True, "OP": "*"}
#: What may follow the number of "kills 7": the title's end, a stop or dash, or a word that opens
#: where, when or why ("Storm kills 7 in Dunmore"), not the noun that says who ("kills 7 sheep").
_AFTER_MARKS = tuple(",;:.!?|–—-")
_AFTER_WORDS = frozenset(
    {"in", "at", "on", "near", "after", "as", "amid", "and", "off", "outside", "from", "during", "over"}
)
#: Headline counts of people with no noun, which the body extractor (that wants "3 people
#: killed") does not read: the number written with its verb or state. Matcher rows of (name,
#: pattern, titles it counts in, titles it does not); the words of each fate come from
#: `lexicon.FATES`. The number is the token whose LOWER is `_NUMBER`'s, the fate's word the one
#: in the fate's words (see `bare_counts`).
BARE_COUNTS: tuple[tuple[str, list[dict[str, object]], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "number then state",
        [
            _JOINED_NUMBER,
            _SPACES,
            {"LOWER": {"IN": ["people", "persons"]}, "OP": "?"},
            _SPACES,
            {"LOWER": {"IN": list(HEADLINE_STATES)}},
        ],
        ("Ferry fire: 2 dead, 12 injured", "Raid on Dunmore farm: 3 arrested",
         "Ten people missing after flood", "Dunmore mill blast update-4 dead"),
        ("Dunmore mill: 1,000 jobs lost", "Mother of 2 dead in crash"),
    ),
    (
        "verb then number",
        [{"LOWER": {"IN": list(HEADLINE_VERBS)}}, _SPACES, _NUMBER],
        ("Bus crash kills 7 in Dunmore", "Flood displaces 5,000", "Gunman wounds two, flees"),
        ("Storm kills 7 sheep", "Council appoints 3rd deputy"),
    ),
    (
        "leaves number state",
        [
            {"LOWER": {"IN": ["leaves", "leave", "left"]}},
            _SPACES,
            _NUMBER,
            _SPACES,
            {"LOWER": {"IN": ["people"]}, "OP": "?"},
            _SPACES,
            {"LOWER": {"IN": list(LEFT_STATES)}},
        ],
        ("Fire at Dunmore mill leaves 2 dead", "Quake left 40 people homeless"),
        ("Fire leaves 2 families without power", "Storm leaves 2 roads closed"),
    ),
)  # fmt: skip


_PARENT_OF = re.compile(rf"\b(?:{'|'.join(sorted(PARENT_NOUNS))})\s+of\s+$", re.I)
#: Words one of which every row's match holds: its verb or its state.
_NEEDED = frozenset(HEADLINE_STATES) | frozenset(HEADLINE_VERBS) | frozenset(LEFT_STATES)


@lru_cache(maxsize=4)
def _bare_matcher(vocab: Vocab) -> Matcher:
    """The Matcher of `BARE_COUNTS`, once per vocabulary."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    for name, pattern, _, _ in BARE_COUNTS:
        matcher.add(name, [pattern])
    return matcher


@dataclass(frozen=True, slots=True)
class BareCount:
    """A number written with its verb or state in a headline: offsets into the headline's text."""

    rule: str
    start: int  # of the whole match
    end: int
    number: str  # as written, lower case
    number_start: int
    number_end: int
    status: str  # the verb or state word, lower case


def bare_counts(doc: Doc) -> Iterator[BareCount]:
    """The bare counts of a headline's Doc, row by row of `BARE_COUNTS`, in text order within a
    row."""
    if _NEEDED.isdisjoint(lower_forms(doc)):
        return  # most titles hold none of the words every row needs: no Matcher call
    matcher = _bare_matcher(doc.vocab)
    strings = doc.vocab.strings
    found = sorted(matcher(doc), key=lambda m: (m[1], m[2]))
    for name, _, _, _ in BARE_COUNTS:
        last = -1
        for match_id, start, end in found:
            if strings[match_id] != name or start < last:
                continue
            if name == "verb then number" and not _ends_a_phrase(doc, end):
                continue
            last = end
            words = [t for t in doc[start:end] if not t.is_space]
            token, number = next((t, m) for t in words if (m := _NUMBER_RE.match(t.lower_)))
            status = words[0] if name == "verb then number" else words[-1]
            first = token.idx + number.start("n") if token.i == words[0].i else words[0].idx
            if _PARENT_OF.search(doc.text, 0, first):
                continue  # "mother of 2 dead in crash": her children, and one died
            yield BareCount(
                rule=name, start=first, end=doc[end - 1].idx + len(doc[end - 1]),
                number=number["n"], number_start=token.idx + number.start("n"),
                number_end=token.idx + number.end("n"),
                status=status.lower_,
            )  # fmt: skip


def _ends_a_phrase(doc: Doc, end: int) -> bool:
    """Nothing, a stop or dash, or a word of where or when follows the number (`_AFTER_WORDS`)."""
    rest = [t for t in doc[end:] if not t.is_space]
    if not rest:
        return True
    nxt = rest[0]
    return nxt.text.startswith(_AFTER_MARKS) or (
        nxt.lower_ in _AFTER_WORDS and bool(doc[end - 1].whitespace_)
    )


#: What a bare headline count counts until the body says more.
BARE_SUBJECT = "people"


def _with_bare_counts(
    found: list[CountMention], doc: Doc, headline: Headline, source: str
) -> list[CountMention]:
    """The extractor's headline counts, and the bare ones of BARE_COUNTS it did not read. A
    count the parse read of kind "other" gives way to a bare one on the same number: a title's
    grammar defeats the parse ("3 dead after boat capsizes off Lesbos" counted "Lesbos")."""
    counts = list(found)
    bare: list[tuple[int, int]] = []
    for match in bare_counts(doc):
        kind = HEADLINE_STATUS.get(match.status)
        start, end = headline.offset + match.number_start, headline.offset + match.number_end
        overlapping = [m for m in counts if m.evidence.start < end and start < m.evidence.end]
        if kind is None or any(s < end and start < e for s, e in bare):
            continue
        if any(m.kind != "other" for m in overlapping):
            continue
        bare.append((start, end))
        counts = [m for m in counts if m not in overlapping]
        number = match.number.replace(",", "")
        value = float(AMOUNT_WORDS[number] if number in AMOUNT_WORDS else int(number))
        counts.append(
            CountMention(
                value=value, qualifier=None, total=None, kind=kind, subject=BARE_SUBJECT,
                head=BARE_SUBJECT, attributed_to=None, sentence=0, headline=True,
                evidence=Evidence(source, headline.offset + match.start, headline.offset + match.end,
                                  headline.text[match.start : match.end], part=headline.part),
            )
        )  # fmt: skip
    return counts


#: Why a headline "name" is dropped when the body writes each of its words in lower case.
COMMON_WORDS = "common words in a headline"


def _common_words_only(name: str, body: str) -> bool:
    """ "Gang" of "Gang dispute blamed for shooting", "Nightclub" of "Nightclub shooting
    stemmed from feud": a headline's first word keeps its capital, and NER takes it for a name;
    the body writes it in lower case and never capitalised inside a sentence."""
    words = [w.casefold() for w in _WORD.findall(name)]
    return bool(words) and all(lower and not upper for lower, upper in (_word_casing(w, body) for w in words))


def _word_casing(word: str, body: str) -> tuple[int, int]:
    """What `_casing(body)` counts of one word (casefolded): how often the body writes it in
    lower case, and capitalised inside a sentence. An ASCII word is counted by one scan for it
    (a headline's names are a word or two, and its body's counts were built for them alone
    when its headline needed no recasing), unless the body holds a letter that casefolds to
    ASCII or that the scan's case-blind match takes for an ASCII letter ("ß", "ſ", "K")."""
    if not word.isascii() or _FOLDS_TO_ASCII.search(body):
        lower, upper = _casing(body)
        return lower[word], upper[word]
    lower_count = upper_count = 0
    for match in _word_pattern(word).finditer(body):
        start = match.start()
        if body[start] in _ASCII_LOWERCASE:
            lower_count += 1
        elif not _after_sentence_start(body[max(0, start - 3) : start]):
            upper_count += 1
    return lower_count, upper_count


@lru_cache(maxsize=1024)
def _word_pattern(word: str) -> re.Pattern[str]:
    """The whole words of `_WORD` that casefold to the ASCII `word`, in a text without
    `_FOLDS_TO_ASCII`: no letter (or letter and apostrophe) before, none after."""
    # its first letter in either case opens the pattern, for the engine's fast scan
    first = f"[{word[0].lower()}{word[0].upper()}]{_WORD_OPENS}"
    return re.compile(rf"{first}(?i:{re.escape(word[1:])})(?![^\W\d_])(?!['’][^\W\d_])")


#: The letters beyond ASCII whose casefold holds ASCII ("ß" -> "ss", the ligature "ﬁ" -> "fi")
#: or that a case-blind regex matches to an ASCII letter ("ſ" to "s", the Kelvin sign to "k").
_FOLDS_TO_ASCII = re.compile("[\xdf\u0130\u0131\u0149\u017f\u01f0\u1e96-\u1e9a\u1e9e\u212a\ufb00-\ufb06]")
_ASCII_LOWERCASE = frozenset("abcdefghijklmnopqrstuvwxyz")


def _entities(doc: Doc, source: str) -> list[EntityMention]:
    from .entities import extract_entities

    found = [_headline_kind(doc, m) for m in extract_entities(doc, source=source)]
    return found + list(_role_named(doc, found, source))


#: Words before a one-word name in a headline that make it a place: "Shooting in Eastbrook".
PLACE_PREPOSITIONS = frozenset({"in", "near", "at", "outside", "off", "across", "from"})
#: Role nouns that make the name after them a person: "Premier Aldous Finch", "Founder Osei Mensah".
HEADLINE_ROLES = (
    ROLE_WORDS
    | frozenset(TITLE_ABBREVIATIONS)
    | frozenset({"goalkeeper", "striker", "star", "boss", "actress", "rapper", "player"})
)


def _headline_kind(doc: Doc, m: EntityMention) -> EntityMention:
    """A headline's names, whose NER misses the context a body gives, repaired by the word in
    front: a role noun makes a person (and is a title, not part of the name), a preposition of
    place before a lone name makes a place."""
    span = doc.char_span(m.evidence.start, m.evidence.end, alignment_mode="expand")
    if span is None:
        return m
    first = span[0]
    if len(span) >= 3 and first.lower_ in HEADLINE_ROLES:  # "Founder Osei Mensah"
        rest = doc[span.start + 1 : span.end]
        ev = replace(m.evidence, start=rest.start_char, end=rest.end_char, text=rest.text)
        return replace(m, kind="person", text=rest.text, titles=(first.text, *m.titles), evidence=ev)
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in HEADLINE_ROLES and m.kind != "person":
        return replace(m, kind="person", titles=(before.text, *m.titles))
    if before is not None and before.lower_ in PLACE_PREPOSITIONS and len(span) == 1 and m.kind != "place":
        return replace(m, kind="place", locative=True)
    if len(span) == 1 and span.root.dep_ == "compound" and span.root.head.lower_ in RESIDENT_NOUNS:
        return replace(m, kind="place")  # "Dunmore woman": where she is from
    return m


#: People nouns a place name modifies in headlines: "Dunmore woman", "Leeds teenager".
RESIDENT_NOUNS = frozenset(
    {"man", "woman", "teen", "teenager", "boy", "girl", "family", "resident", "couple", "student", "mother",
     "father", "pensioner", "driver", "officer", "firefighter", "nurse", "doctor", "farmer"}
)  # fmt: skip


def _role_named(doc: Doc, found: list[EntityMention], source: str) -> Iterator[EntityMention]:
    """A person NER missed: a role noun followed by two or three capitalised words that no
    entity covers ("Councillor Priya Ramanathan quits")."""
    covered = {i for m in found for i in range(m.evidence.start, m.evidence.end)}
    lowers = lower_forms(doc)  # a Token built only for a role noun, not for every word
    for token in (doc[i] for i in range(len(doc) - 2) if lowers[i] in HEADLINE_ROLES):
        end = token.i + 1
        while end < len(doc) and end - token.i <= 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
        name = doc[token.i + 1 : end]
        if len(name) >= 2 and not any(c in covered for c in range(name.start_char, name.end_char)):
            yield EntityMention(
                kind="person", text=name.text, label="PERSON", titles=(token.text,), aliases=(),
                sentence=0, is_subject=name.root.dep_ in ("nsubj", "nsubjpass"),
                evidence=Evidence(source, name.start_char, name.end_char, name.text),
            )  # fmt: skip


def _as_running_text(doc: Doc) -> None:
    """The headline is parsed on purpose: the extractors' guard against title-case lines (whose
    NER is unreliable in a body) does not apply to it."""
    from .entities import REPAIRED_KEY, names_component
    from .repairs import HEADLINE_DOC

    doc.user_data[HEADLINE_DOC] = True
    index = doc_index(doc)
    doc.user_data[_INDEX_KEY] = replace(index, headline=[False] * len(index.headline))
    doc.user_data.pop(REPAIRED_ENTITIES_KEY, None)  # it kept NER's names on what was a headline line
    pending = doc.user_data.pop(NAMES_PENDING, None) is not None
    if doc.user_data.pop(REPAIRED_KEY, None) is not None or pending:
        names_component(doc)  # the names the pipeline repaired under that guard, again without it


#: Set by `eventfacts.annotate` on a headline parsed without the names component, whose names
#: `_as_running_text` repairs once.
NAMES_PENDING = "eventfacts.names-pending"


def _evidence(ev: Evidence, headline: Headline) -> Evidence:
    return Evidence(
        source=ev.source,
        start=headline.offset + ev.start,
        end=headline.offset + ev.end,
        text=headline.text[ev.start : ev.end],
        part=headline.part,
    )


def _original(text: str, parsed: str, original: str) -> str:
    """`text`, a piece of the recased headline, in the headline's own letters."""
    at = parsed.find(text)
    return original[at : at + len(text)] if at >= 0 else text


def with_body_subjects(
    counts: tuple[CountMention, ...], body: Iterable[CountMention]
) -> tuple[CountMention, ...]:
    """Headline counts of bare "people" ("kills two") take the subject of the body's count of
    the same kind, that value first ("killing two drivers"): the headline counts the same victims."""
    body = list(body)
    moved = []
    for m in counts:
        same = [b for b in body if b.kind == m.kind and not b.share]
        match = next((b for b in same if b.value == m.value), same[0] if same else None)
        if m.head == BARE_SUBJECT and match is not None:
            m = replace(m, subject=match.subject, head=match.head)
        moved.append(m)
    return tuple(moved)

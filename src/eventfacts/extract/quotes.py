"""Direct quotes in one article, each with the speaker the article attributes it to.

Finding quotes is done on characters, paragraph by paragraph, so that curly and straight marks,
quotes broken by an attribution, multi-paragraph quotes (each paragraph opens, only the last
closes) and a missing mark are all handled the same way. Finding the speaker uses the parse:
the subject of the nearest reporting verb outside the quote, in the quote's paragraph, a colon
introduction in the paragraph before, or the speaker of the quote this one continues. Pronouns
and "his office" are resolved to the nearest earlier subject that can take them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicon import PERSONAL_PRONOUNS, ROLE_WORDS
from ..lexicon import TITLE_ABBREVIATIONS as TITLE_WORDS
from ..records import QuoteMention, SpeakerMention
from ..rules import Example as E
from ..rules import Rule
from .common import (
    POSSESSIVE,
    REPORTING_VERBS,
    evidence,
    indexes_where,
    lower_forms,
    lower_lemmas,
    repaired_entity,
    repaired_ents,
    repaired_label,
    sentence_numbers,
    sentence_of,
    span_of,
    subject_of,
    text_of,
    trim_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

OPENERS = {"“": "”", '"': '"', "„": "”"}
CLOSERS = frozenset({"”", '"'})
#: Every character `_quotes_in_line` acts on: the marks that open or close a quotation.
_MARKS = re.compile("[" + re.escape("".join(sorted({*OPENERS, *CLOSERS, "”"}))) + "]")
MIN_WORDS = 4  # shorter quoted phrases are scare quotes ("cowardly"), not quotes
PERSONAL = PERSONAL_PRONOUNS | {"his"}
IMPERSONAL = frozenset({"it", "its"})
#: Abbreviated titles written before a name.
TITLE_ABBREVIATIONS = frozenset(TITLE_WORDS)
_SENTENCE_END = re.compile(r"[.!?][”\"’)]?\s+")
_SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Character offsets of one quote: `start`/`end` enclose the marks, `inner_*` the words."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    paragraph: int
    unbalanced: bool
    continues: bool  # carries on a quote left open at the end of the previous paragraph


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quoted stretches in `text`, paragraph by paragraph (a paragraph is a line)."""
    spans: list[QuoteSpan] = []
    offset = 0
    paragraph = 0
    open_at_end = False
    for line in text.splitlines(keepends=True):
        if line.strip():
            found, open_at_end = _quotes_in_line(line, offset, paragraph, continues=open_at_end)
            spans.extend(found)
            paragraph += 1
        offset += len(line)
    return spans


def _quotes_in_line(line: str, offset: int, number: int, *, continues: bool) -> tuple[list[QuoteSpan], bool]:
    spans: list[QuoteSpan] = []
    opened: int | None = None
    last_close = 0
    for mark in _MARKS.finditer(line):  # every step below starts at a quotation mark
        i, ch = mark.start(), mark.group()
        if opened is None and (
            (ch in OPENERS and (ch != '"' or _opens_straight(line, i)))
            or (ch == "”" and _closer_as_opener(line, i))
        ):
            opened = i
        elif opened is not None and ch in CLOSERS and (ch == '"' or OPENERS.get(line[opened], "”") == ch):
            spans.append(
                _span(offset, opened, i + 1, number, unbalanced=False, continues=continues and not spans)
            )
            opened, last_close = None, i + 1
        elif opened is None and ch == "”":
            start = _recovered_start(line, last_close, i)
            spans.append(
                _span(offset, start, i + 1, number, unbalanced=True, continues=False, mark_open=False)
            )
            last_close = i + 1
    if opened is None:
        return spans, False
    end = len(line.rstrip("\r\n"))
    spans.append(
        _span(
            offset, opened, end, number, unbalanced=False, continues=continues and not spans, mark_close=False
        )
    )
    return spans, True


def _opens_straight(line: str, i: int) -> bool:
    return i == 0 or not line[i - 1].isalnum()


def _closer_as_opener(line: str, i: int) -> bool:
    """A right mark typed where a left one belongs: it follows a space or starts the line and a
    word follows it (`”We will win.”`), which a closing mark never does."""
    return (
        line[i] == "”" and (i == 0 or line[i - 1].isspace()) and i + 1 < len(line) and line[i + 1].isalnum()
    )


def _recovered_start(line: str, after: int, close: int) -> int:
    """A closing mark with no opener: the quote starts at the last sentence start before it."""
    start = after
    for match in _SENTENCE_END.finditer(line, after, close):
        if match.end() < close - 1:
            start = match.end()
    while start < close and line[start].isspace():
        start += 1
    return start


def _span(
    offset: int, start: int, end: int, number: int, *, unbalanced: bool, continues: bool,
    mark_open: bool = True, mark_close: bool = True,
) -> QuoteSpan:  # fmt: skip
    inner_start = start + (1 if mark_open else 0)
    inner_end = end - (1 if mark_close else 0)
    return QuoteSpan(
        offset + start, offset + end, offset + inner_start, offset + inner_end, number, unbalanced, continues
    )


# ---------------------------------------------------------------------------------------------


def extract_quotes(doc: Doc, *, source: str, headline_people: tuple[str, ...] = ()) -> Iterator[QuoteMention]:
    """Yield each quote of at least MIN_WORDS words with its speaker and reporting verb.
    `headline_people` are who the headline names: what "he said" means when the body names no one."""
    text = text_of(doc)
    spans = find_quotes(text)
    if not spans:
        return  # no quotation marks: nobody's words to attribute (and no referents to read)
    quoted = [(s.start, s.end) for s in spans]
    numbers = sentence_numbers(doc)
    referents = _Referents(doc, quoted, headline_people)
    previous: QuoteMention | None = None
    previous_paragraph = -2
    for span in spans:
        words = _inner_text(text, span)
        chars = doc.char_span(span.inner_start, span.inner_end, alignment_mode="expand")
        if chars is None or not words:
            continue
        opens_paragraph = not text[text.rfind("\n", 0, span.start) + 1 : span.start].strip()
        quote = _Quote(
            doc=doc,
            span=span,
            chars=chars,
            referents=referents,
            source=source,
            partial=_is_partial(doc, span, words),
            previous=previous,
            carries_on=previous is not None
            and (span.continues or (opens_paragraph and span.paragraph - previous_paragraph <= 1)),
        )
        short = len(words.split()) < MIN_WORDS
        speaker, cue, rule = _attributed(quote, SHORT_SPEAKER_RULES if short else SPEAKER_RULES)
        if short and speaker is None:
            continue  # a scare quote or a title: nobody in the text says these words
        mention = QuoteMention(
            text=_strip_trailing(evidence(source, text, span.inner_start, span.inner_end).text),
            partial=quote.partial,
            unbalanced=span.unbalanced,
            speaker=speaker,
            cue=cue,
            sentence=numbers[chars.start],
            evidence=evidence(source, text, span.start, span.end),  # the marks too, as printed
            rule=rule,
        )
        previous, previous_paragraph = mention, span.paragraph
        yield mention


@dataclass(frozen=True, slots=True)
class _Quote:
    """One quote and what the speaker rules read around it."""

    doc: Doc
    span: QuoteSpan
    chars: Span  # the quoted words as tokens
    referents: _Referents  # who pronouns point to, and every quote of the article (`quoted`)
    source: str
    partial: bool  # words inside someone's sentence
    previous: QuoteMention | None  # the article's quote before this one
    carries_on: bool  # goes on from that quote: same paragraph, or the paragraph after it


Found = tuple["SpeakerMention | None", "str | None"]  # the speaker, and the reporting verb seen so far
#: A speaker rule: the quote and the reporting verb earlier rules saw -> the speaker (None when the
#: rule finds none) and the reporting verb to keep.
Strategy = Callable[["_Quote", "str | None"], Found]


def _attributed(
    quote: _Quote, rules: tuple[Rule[Strategy], ...]
) -> tuple[SpeakerMention | None, str | None, str | None]:
    """The speaker the first rule that finds one gives, the reporting verb, and that rule's name."""
    cue: str | None = None
    for rule in rules:
        speaker, cue = rule.apply(quote, cue)
        if speaker is not None:
            return speaker, cue, rule.name
    return None, cue, None


def _governing_verb(quote: _Quote, cue: str | None) -> Found:
    """Words inside someone's sentence: the verb of saying or naming they hang from says whose."""
    if not quote.partial:
        return None, cue
    return _speaker_and_cue(_governing_cue(quote.chars), quote.referents, quote.source)


def _speech_tag(quote: _Quote, cue: str | None) -> Found:
    """A speech tag beside the quote, a colon's introduction or "according to": its subject."""
    return _speaker_and_cue(
        _reporting_verb(quote.doc, quote.span, quote.referents.quoted), quote.referents, quote.source
    )


def _signed(quote: _Quote, cue: str | None) -> Found:
    return _signature(quote.doc, quote.span, quote.source) or (None, cue)


def _carried_on(quote: _Quote, cue: str | None) -> Found:
    """A quote that goes on from the one before (the same paragraph, or the next one opened by
    the quote) is the same speaker's, with the same reporting verb."""
    if quote.carries_on and quote.previous is not None:
        return quote.previous.speaker, quote.previous.cue
    return None, cue


def _previous_paragraph(quote: _Quote, cue: str | None) -> Found:
    """A quote that opens a paragraph after one that ends in a verb of saying with its subject."""
    found = _speaker_and_cue(_previous_paragraph_verb(quote.doc, quote.span), quote.referents, quote.source)
    return found if found[0] is not None else (None, cue)


def _subject_of_sentence(quote: _Quote, cue: str | None) -> Found:
    return _sentence_subject(quote.chars, quote.source), cue


def _named_just_before(quote: _Quote, cue: str | None) -> Found:
    if quote.partial:
        return None, cue
    return _person_just_before(quote.doc, quote.span, quote.source), cue


def _short_governing_verb(quote: _Quote, cue: str | None) -> Found:
    """One to three quoted words count when a verb of saying or naming governs them."""
    found = _speaker_and_cue(_governing_cue(quote.chars), quote.referents, quote.source)
    return found if found[0] is not None else (None, None)


def _short_speech_tag(quote: _Quote, cue: str | None) -> Found:
    """A speech tag beside a short quote counts only inside the quote's own sentence."""
    verb = _reporting_verb(quote.doc, quote.span, quote.referents.quoted)
    sentence = sentence_of(quote.chars[0])
    if verb is None or not sentence.start <= verb.i < sentence.end:
        return None, None
    found = _speaker_and_cue(verb, quote.referents, quote.source)
    return found if found[0] is not None else (None, None)


def _q(text: str, words: str, speaker: str | None) -> E:
    """An example: the article, the first words of the quote asked about, and who the rule says
    speaks them (None: the rule does not attribute that quote)."""
    return E(text, words, "quote", speaker)


#: The rules that find a quote's speaker, in the order they are tried; the first that finds one
#: gives it (and its name goes on the quote as `QuoteMention.rule`).
SPEAKER_RULES: tuple[Rule[Strategy], ...] = (
    Rule(
        "verb governing a partial quote",
        _governing_verb,
        (
            _q(
                'The mayor, Ines Varga, called the plan "a betrayal of every family here" on Monday.',
                "a betrayal",
                "Ines Varga",
            ),
            _q('"We will rebuild every house," Ines Varga said.', "We will rebuild", None),
        ),
    ),
    Rule(
        "speech tag",
        _speech_tag,
        (
            _q(
                '"We will rebuild every house on this street," Ines Varga said.',
                "We will rebuild",
                "Ines Varga",
            ),
            _q(
                'After the vote, Senator Ruth Adeyemi told reporters:\n\n"This bill will cut the waiting '
                'lists in half."',
                "This bill will cut",
                "Ruth Adeyemi",
            ),
            _q(
                'Dana Whitfield wants "everyone living near the river to leave tonight."',
                "everyone living",
                None,
            ),
        ),
    ),
    Rule(
        "signature after a dash",
        _signed,
        (
            _q(
                '"The staff treated my father with great kindness." — Harriet Lowe',
                "The staff treated",
                "Harriet Lowe",
            ),
            _q(
                '"The staff treated my father with great kindness," Harriet Lowe wrote.',
                "The staff treated",
                None,
            ),
        ),
    ),
    Rule(
        "quote carrying on the one before",
        _carried_on,
        (
            _q(
                '"The river rose two metres overnight," Tomas Bek said.\n\n"We lost the bakery and the '
                'school."',
                "We lost the bakery",
                "Tomas Bek",
            ),
            _q(
                '"The river rose two metres overnight," Tomas Bek said. "We lost the bakery and the school."',
                "We lost the bakery",
                None,
            ),
        ),
    ),
    Rule(
        "verb ending the paragraph before",
        _previous_paragraph,
        (
            _q(
                'Senator Ruth Adeyemi spoke after the vote, and she said she was hopeful.\n\n"This bill '
                'will cut the waiting lists in half."',
                "This bill will cut",
                "Ruth Adeyemi",
            ),
            _q(
                '"This bill will cut the waiting lists in half," Ruth Adeyemi said.',
                "This bill will cut",
                None,
            ),
        ),
    ),
    Rule(
        "subject of the quote's sentence",
        _subject_of_sentence,
        (
            _q(
                'Dana Whitfield wants "everyone living near the river to leave tonight."',
                "everyone living",
                "Dana Whitfield",
            ),
            _q(
                '"Everyone living near the river must leave tonight," Dana Whitfield said.',
                "Everyone living",
                None,
            ),
        ),
    ),
    Rule(
        "person named just before",
        _named_just_before,
        (
            _q(
                'Governor Alma Reyes opened the new bridge on Friday. "This took eleven years and three '
                'budgets."',
                "This took eleven",
                "Alma Reyes",
            ),
            _q(
                'The new bridge opened on Friday. "This took eleven years and three budgets."',
                "This took eleven",
                None,
            ),
        ),
    ),
)

#: Quotes of one to three words ("cowardly", "a disgrace") count only when their own sentence
#: says whose words they are; otherwise they are scare quotes or titles and are left out.
SHORT_SPEAKER_RULES: tuple[Rule[Strategy], ...] = (
    Rule(
        "verb governing short words",
        _short_governing_verb,
        (
            _q('The minister called the strike "plain blackmail" on Tuesday.', "plain blackmail", "minister"),
            _q('"No comment," Petra Novak told reporters outside the court.', "No comment", "Petra Novak"),
            _q('The sign on the door read "final offer" in red.', "final offer", None),
        ),
    ),
    Rule(
        "speech tag of short words",
        _short_speech_tag,
        (
            _q('Asked about the verdict, Petra Novak answered: "No regrets."', "No regrets", "Petra Novak"),
            _q('"No comment," Petra Novak told reporters outside the court.', "No comment", None),
        ),
    ),
    Rule(
        "signature of short words",
        _signed,
        (
            _q('"Simply the best." — Harriet Lowe', "Simply the best", "Harriet Lowe"),
            _q('The sign read "Simply the best" in red letters.', "Simply the best", None),
        ),
    ),
    Rule(
        "subject of short words' sentence",
        _subject_of_sentence,
        (
            _q(
                'Nadia Karimi wants "pure fiction" banned from the school library.',
                "pure fiction",
                "Nadia Karimi",
            ),
            _q('The report was labelled "pure fiction" by critics.', "pure fiction", None),
        ),
    ),
)


#: Verbs whose object or complement can be someone's quoted words, besides the verbs of saying:
#: "called it “a disgrace”", "accused him of “fanatic recklessness”", "the report found".
NAMING_VERBS = frozenset(
    {
        "call", "dub", "label", "brand", "term", "nickname", "describe", "characterize", "liken",
        "compare", "accuse", "blame", "denounce", "condemn", "criticize", "slam", "blast", "praise",
        "hail", "dismiss", "reject", "decry", "lament", "mock", "deride", "tout", "promise", "pledge",
        "threaten", "suggest", "demand", "question", "defend", "chant", "sing", "cite", "find",
        "complain", "charge", "contend", "maintain", "rule", "deem", "refer", "vow", "rate",
    }
)  # fmt: skip
CUE_LEMMAS = REPORTING_VERBS | NAMING_VERBS


def _governing_cue(quote: Span) -> Token | None:
    """The nearest verb of saying or naming above the quote in the parse, outside the quote:
    whose words these are is that verb's subject."""
    token = quote.root
    for _ in range(12):  # a parse is a tree; the bound only guards against a malformed one
        if token.head is token:
            return None
        token = token.head
        if quote.start <= token.i < quote.end:
            continue
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in CUE_LEMMAS:
            return token
        if _according_to(token):
            return token
    return None


def _leading_proper_nouns(span: Span) -> Span | None:
    """The capitalised words a signature line starts with, when NER did not tag them."""
    end = span.start
    while (
        end < span.end and end - span.start < 6 and span.doc[end].pos_ == "PROPN" and span.doc[end].is_title
    ):
        end += 1
    return span.doc[span.start : end] if end > span.start else None


_SIGNATURE = re.compile(r"[^\S\n]*[―—–-][^\S\n]*")


def _signature(doc: Doc, span: QuoteSpan, source: str) -> tuple[SpeakerMention, str | None] | None:
    """A quote signed after a dash on its own line: `“...” ― Maria Ortiz` (testimonials,
    epigraphs, embedded posts: `— Maria Ortiz (@mortiz) May 2, 2024`)."""
    text = text_of(doc)
    match = _SIGNATURE.match(text, span.end)
    if match is None:
        return None
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    rest = doc.char_span(match.end(), line_end, alignment_mode="expand")
    if rest is None:
        return None
    ent = next(
        (e for e in repaired_ents(doc) if e.label_ in ("PERSON", "ORG") and e.start <= rest.start < e.end),
        None,
    )  # NER sometimes takes the dash into the name
    name = doc[rest.start : ent.end] if ent is not None else _leading_proper_nouns(rest)
    name = _name(name) if name is not None else None
    if name is None:
        return None
    ev = evidence(source, text, name.start_char, name.end_char)
    return SpeakerMention(text=ev.text, name=ev.text, kind="name", evidence=ev), None


def _inner_text(text: str, span: QuoteSpan) -> str:
    return text[span.inner_start : span.inner_end].strip()


def _strip_trailing(text: str) -> str:
    return text.rstrip(" ,")


def _is_partial(doc: Doc, span: QuoteSpan, words: str) -> bool:
    """Part of a sentence: it starts in lower case, or words of its sentence come before it
    (other than an introduction ending in a colon or comma: `He said, "..."`)."""
    if words[:1].islower():
        return True
    opening = doc.char_span(span.start, span.end, alignment_mode="expand")
    if opening is None or len(opening) == 0:
        return False
    sentence = sentence_of(opening[0])
    text = text_of(doc)
    before = text[max(sentence.start_char, text.rfind("\n", 0, span.start) + 1) : span.start].rstrip()
    return bool(before) and before[-1].isalnum()


def _reporting_verb(doc: Doc, span: QuoteSpan, quoted: list[tuple[int, int]]) -> Token | None:
    """The reporting verb for a quote, in its paragraph and outside every quote.

    A quote introduced by "X said:" takes the verb before it. Otherwise the verb in the rest of
    the sentence after it comes first (`"...," he said.`), then the nearest verb before it back
    to the previous quote, then a "He continued:" ending the paragraph before.
    """
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    next_open = min((s for s, _ in quoted if s >= span.end), default=line_end)
    prev_close = max((e for _, e in quoted if e <= span.start), default=line_start)
    before = _verbs_between(doc, max(prev_close, line_start), span.start)
    introduced = text[line_start : span.start].rstrip().endswith(":")
    if introduced and before:
        return before[-1]
    if introduced and prev_close <= line_start:
        return _introducing_verb(doc, len(text[: span.start].rstrip()))
    after = (
        _verbs_between(doc, span.end, min(_sentence_end(doc, span.end), next_open, line_end))
        if _tag_may_follow(text, span)
        else []
    )
    if after:
        return after[0]
    if before:
        return before[-1]
    return _colon_introduction(doc, line_start)


def _tag_may_follow(text: str, span: QuoteSpan) -> bool:
    """A quote that ends its sentence with a full stop (`“We won.” Then ...`) has no speech tag
    after it: a tag follows a comma (`“We won,” she said`), or a ! or ? and a small letter."""
    words = text[span.inner_start : span.inner_end].rstrip()
    if not words.endswith((".", "!", "?")) or words.endswith(".."):
        return True
    if words.endswith("."):
        return False
    rest = text[span.end : span.end + 3].lstrip()
    return rest[:1].islower()


def _sentence_end(doc: Doc, position: int) -> int:
    """Where the sentence holding the first token at or after `position` ends."""
    length = len(text_of(doc))
    rest = doc.char_span(position, length, alignment_mode="expand") if position < length else None
    if rest is None or len(rest) == 0:
        return length
    return sentence_of(rest[0]).end_char


def _previous_paragraph_verb(doc: Doc, span: QuoteSpan) -> Token | None:
    """For a paragraph that opens with an unattributed quote: the last reporting verb of the
    paragraph before, when that paragraph reports the same speaker in indirect speech."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start) + 1
    if text[line_start : span.start].strip():
        return None
    previous = text[:line_start].rstrip()
    start = previous.rfind("\n") + 1
    verbs = _verbs_between(doc, start, len(previous))
    return verbs[-1] if verbs else None


def _verbs_between(doc: Doc, start: int, end: int) -> list[Token]:
    """Reporting verbs, and the "according" of "according to X", between two offsets."""
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    if span is None:
        return []
    # the words are read from the Doc's kept lists: a Token is built for a candidate only
    lemmas, lowers = lower_lemmas(doc), lower_forms(doc)
    found = []
    for i in range(span.start, span.end):
        if lemmas[i] in REPORTING_VERBS and doc[i].pos_ == "VERB":
            found.append(doc[i])
        elif lowers[i] == "according" and i + 1 < len(lowers) and lowers[i + 1] == "to":
            found.append(doc[i])  # `_according_to`
    return found


def _according_to(token: Token) -> bool:
    doc = token.doc
    return token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"


def _colon_introduction(doc: Doc, line_start: int) -> Token | None:
    previous = text_of(doc)[:line_start].rstrip()
    if not previous.endswith(":"):
        return None
    start = previous.rfind("\n") + 1
    verbs = _verbs_between(doc, start, len(previous))
    return verbs[-1] if verbs else _introducing_verb(doc, len(previous))


def _introducing_verb(doc: Doc, colon: int) -> Token | None:
    """ "Senator Adeyemi closed with a warning:": without a verb of saying, the main verb of the
    sentence the colon ends introduces the quote, and its subject is the speaker."""
    before = doc.char_span(max(0, colon - 1), colon, alignment_mode="expand")
    if before is None or len(before) == 0:
        return None
    root = sentence_of(before[0]).root
    return root if root.pos_ in ("VERB", "AUX") and subject_of(root) is not None else None


def _speaker_and_cue(
    verb: Token | None, referents: _Referents, source: str
) -> tuple[SpeakerMention | None, str | None]:
    if verb is None:
        return None, None
    if _according_to(verb):
        source_of = next((c for c in verb.doc[verb.i + 1].children if c.dep_ == "pobj"), None)
        if source_of is None:
            return None, "according to"
        return _speaker(source_of, referents, source), "according to"
    subject = _cue_subject(verb, referents.quoted)
    if subject is None:
        return None, verb.text.lower()
    return _speaker(subject, referents, source), verb.text.lower()


RELATIVE = frozenset({"who", "that", "which"})


def _cue_subject(verb: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """Who does the saying: the verb's subject outside the quotes; for "..., adding that" or
    "going on to say" the subject of the verb it hangs from; for "who said" the noun the clause
    describes; for "Said Ellis:" the name after the verb; for "was called X by Y", Y."""
    for _ in range(4):
        subject = next(
            (
                c for c in verb.children
                if c.dep_ in ("nsubj", "nsubjpass") and not any(s <= c.idx < e for s, e in quoted)
            ),
            None,
        )  # fmt: skip
        if subject is not None and subject.dep_ == "nsubjpass":
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if by is not None:
                return by
        if subject is not None and subject.lower_ in RELATIVE and verb.dep_ == "relcl":
            return verb.head
        if subject is not None:
            return subject
        if verb.dep_ not in ("conj", "advcl", "xcomp", "ccomp") or verb.head is verb:
            break
        verb = verb.head
    doc = verb.doc
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "PROPN" and verb.i == sentence_of(verb).start:
        return following.head if following.head.pos_ == "PROPN" else following  # "Said Ellis: ..."
    return None


def _speaker(subject: Token, referents: _Referents, source: str) -> SpeakerMention | None:
    doc = subject.doc
    tokens = [t for t in subject.subtree if t.dep_ not in ("relcl", "acl") or t == subject]
    phrase = doc[tokens[0].i : tokens[-1].i + 1] if tokens else doc[subject.i : subject.i + 1]
    named_apposition = _apposition_name(subject)
    if named_apposition is not None:  # "the winning candidate, Sofia Marin, told supporters"
        return SpeakerMention(
            text=named_apposition.text,
            name=named_apposition.text,
            kind="name",
            evidence=evidence(source, text_of(doc), named_apposition.start_char, named_apposition.end_char),
        )
    phrase = _cut_apposition(phrase, subject)
    holding = repaired_entity(subject)
    if holding is not None and (holding.start < phrase.start or holding.end > phrase.end):
        phrase = doc[min(holding.start, phrase.start) : max(holding.end, phrase.end)]
    ev = evidence(source, text_of(doc), phrase.start_char, phrase.end_char)
    named = _named_entity(phrase)
    if named is not None:
        return SpeakerMention(text=ev.text, name=named, kind="name", evidence=ev)
    lower = subject.lower_
    if lower in PERSONAL | IMPERSONAL:
        resolved = referents.resolve(subject.idx, personal=lower in PERSONAL)
        if resolved is None:
            return None
        return SpeakerMention(text=ev.text, name=resolved[0], kind=resolved[1], evidence=ev)
    owner = next(
        (c for c in subject.children if c.dep_ == "poss" and c.lower_ in PERSONAL | IMPERSONAL), None
    )
    if owner is not None:
        resolved = referents.resolve(owner.idx, personal=owner.lower_ in PERSONAL)
        if resolved is not None:
            name = f"{resolved[0]}'s {subject.text}"
            return SpeakerMention(text=ev.text, name=name, kind="other", evidence=ev)
    if subject.pos_ == "PROPN":
        bare = _name(phrase)
        return SpeakerMention(text=ev.text, name=_noun_phrase(bare or phrase), kind="name", evidence=ev)
    named_body = _organization_described(subject)
    if named_body is not None:  # "the airline said", just after "Skyways apologized"
        return SpeakerMention(text=ev.text, name=named_body, kind="name", evidence=ev)
    kind = "role" if subject.lemma_.lower() in ROLE_WORDS else "other"
    return SpeakerMention(text=ev.text, name=_noun_phrase(phrase), kind=kind, evidence=ev)


#: Common nouns a report uses for an organization it has just named.
BODY_NOUNS = frozenset(
    {"company", "airline", "firm", "hospital", "agency", "department", "ministry", "union", "group",
     "council", "university", "school", "bank", "carrier", "retailer", "manufacturer", "utility", "club"}
)  # fmt: skip
_BODY_WINDOW = 3  # sentences back that a "the company" may point to


def _could_be_a_body(ent: Span) -> bool:
    """An organization, or a one-word name NER took for a person ("Skyways")."""
    return ent.label_ == "ORG" or (ent.label_ == "PERSON" and len(ent) == 1)


def _organization_described(subject: Token) -> str | None:
    """ "The airline said" names the organization of the closest sentence before that names exactly
    one; further back, or with two candidates, it stays a description."""
    if subject.lemma_.lower() not in BODY_NOUNS or not any(c.lower_ == "the" for c in subject.children):
        return None
    doc = subject.doc
    here = sentence_numbers(doc)[subject.i]
    for back in range(0, _BODY_WINDOW + 1):
        names = {
            e.text for e in repaired_ents(doc)
            if e.end <= subject.i and sentence_numbers(doc)[e.start] == here - back and _could_be_a_body(e)
        }  # fmt: skip
        if len(names) == 1:
            return names.pop()
        if names:
            return None
    return None


def _sentence_subject(quote: Span, source: str) -> SpeakerMention | None:
    """A phrase quoted inside someone's sentence is theirs: "Biden condemned "those using
    violence"". Only a named subject of the main verb counts."""
    root = sentence_of(quote.root).root
    subject = subject_of(root)
    if subject is None or subject.dep_ != "nsubj" or subject.i >= quote.start:
        return None
    ent = repaired_entity(subject)
    if ent is None or ent.label_ not in ("PERSON", "ORG"):
        return None
    trimmed = _name(ent)
    if trimmed is None:
        return None
    ev = evidence(source, text_of(subject.doc), trimmed.start_char, trimmed.end_char)
    return SpeakerMention(text=ev.text, name=trimmed.text, kind="name", evidence=ev)


def _person_just_before(doc: Doc, span: QuoteSpan, source: str) -> SpeakerMention | None:
    """An untagged quote right after a sentence of its paragraph whose subject is a named person
    is that person's: "Mayor Tara Quinn opened the bridge. “This took eleven years.”"."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start) + 1
    before = text[line_start : span.start].rstrip()
    if not before.endswith((".", "!", "?")) or any(
        s < span.start and e > line_start for s, e in _quoted_in(text, line_start, span.start)
    ):
        return None
    last = doc.char_span(
        len(text[: span.start].rstrip()) - 1, len(text[: span.start].rstrip()), alignment_mode="expand"
    )
    if last is None or len(last) == 0:
        return None
    subject = subject_of(sentence_of(last[0]).root)
    ent = repaired_entity(subject) if subject is not None else None
    name = _name(ent) if ent is not None and ent.label_ == "PERSON" else None
    if name is None:
        return None
    ev = evidence(source, text, name.start_char, name.end_char)
    return SpeakerMention(text=ev.text, name=ev.text, kind="name", evidence=ev)


def _quoted_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in find_quotes(text[start:end])]


def _apposition_name(subject: Token) -> Span | None:
    """The name in an apposition to a common-noun subject: "their lawyer, Grace Kim,"."""
    if subject.pos_ != "NOUN":
        return None
    for child in subject.children:
        if child.dep_ == "appos" and repaired_label(child) in ("PERSON", "ORG"):
            ent = repaired_entity(child)
            return _name(ent) if ent is not None else None
    return None


def _cut_apposition(phrase: Span, head: Token) -> Span:
    """ "Ranj Alaaldin, a nonresident fellow at ..." -> "Ranj Alaaldin"."""
    for child in head.children:
        if child.dep_ == "appos" and child.i > head.i:
            end = child.left_edge.i
            while end > phrase.start and phrase.doc[end - 1].is_punct:
                end -= 1
            return phrase.doc[phrase.start : max(end, head.i + 1)]
    return phrase


def _name(ent: Span) -> Span | None:
    """A name without what NER took in with it: "the", a possessive, a leading title ("Mayor
    Ines Valdez", "Farmer Luis Moreno") or the verb of an inverted tag ("Said Harriet Olsen").
    Kept per article by the entity's tokens: the pronoun, speaker and fallback rules ask it of
    the same few entities again and again."""
    doc = ent.doc
    kept = doc.user_data.get(_NAMES_KEY)
    if not isinstance(kept, dict):
        kept = doc.user_data[_NAMES_KEY] = {}
    key = (ent.start, ent.end)
    if key not in kept:
        found = _trimmed_name(ent)
        kept[key] = None if found is None else (found.start, found.end)
    bounds = kept[key]
    return None if bounds is None else span_of(doc, *bounds)


_NAMES_KEY = "eventfacts.quote-names"


def _trimmed_name(ent: Span) -> Span | None:
    trimmed = trim_name(ent)
    if trimmed is None:
        return None
    start = trimmed.start
    doc = trimmed.doc
    while (
        trimmed.end - start > 1
        and all(t.pos_ == "PROPN" for t in doc[start + 1 : trimmed.end])
        and (
            doc[start].lower_.rstrip(".") in ROLE_WORDS | TITLE_ABBREVIATIONS
            or doc[start].lemma_.lower() in REPORTING_VERBS
            or (doc[start].text == "." and start > trimmed.start)
        )
    ):
        start += 1
    return doc[start : trimmed.end]


def _named_entity(phrase: Span) -> str | None:
    """The name in a speaker phrase: the entity holding its head, else a person named in it."""
    ents: list[Span] = []  # Span.ents walks every entity of the document; the index does not
    for token in phrase:
        ent = repaired_entity(token)
        if (
            ent is not None
            and ent.label_ in _SPEAKER_LABELS
            and ent.start >= phrase.start
            and ent.end <= phrase.end
        ) and (not ents or ents[-1] != ent):
            ents.append(ent)
    holding = [e for e in ents if e.start <= phrase.root.i < e.end]
    # a person who owns what the phrase is about is not who spoke: "Ana Ruiz's lawyer"
    people = [e for e in ents if e.label_ == "PERSON" and not _possessor(e)]
    for ent in holding + people:
        trimmed = _name(ent)
        if trimmed is not None:
            return trimmed.text
    return None


def _possessor(ent: Span) -> bool:
    doc = ent.doc
    return ent.root.dep_ == "poss" or (ent.end < len(doc) and doc[ent.end].text in POSSESSIVE)


def _noun_phrase(phrase: Span) -> str:
    """The phrase without its article, as written: "state-run media", never the tokens joined
    with spaces ("state - run media")."""
    tokens = list(phrase)
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct):
        tokens.pop(0)
    if not tokens:
        return phrase.text
    return _original(tokens[0], tokens[-1])


def _word_start(token: Token) -> Token:
    """The first token of the printed word `token` ends: "co-founder" is three tokens, and a
    parse may hang only the last of them on the verb."""
    doc = token.doc
    while (
        token.i > 0
        and not doc[token.i - 1].whitespace_
        and (doc[token.i - 1].text == "-" or doc[token.i - 1].is_alpha)
    ):
        token = doc[token.i - 1]
    return token


def _original(first: Token, last: Token) -> str:
    """The characters of the text from `first` to `last`, spacing and hyphens as printed."""
    return text_of(first.doc)[first.idx : last.idx + len(last.text)]


class _Referents:
    """What "he"/"she" and "it" can point to at each point of the text: the latest subject
    outside quotes that names a person (or a role), and the latest that names a thing or a body."""

    def __init__(self, doc: Doc, quoted: list[tuple[int, int]], headline: tuple[str, ...] = ()) -> None:
        self.quoted = quoted
        self.headline = headline  # the people a headline names, when the body names no one
        self.positions: list[int] = []
        self.personal: list[tuple[str, str] | None] = []
        self.impersonal: list[tuple[str, str] | None] = []
        self.named: list[tuple[str, str] | None] = []  # any proper-name subject, for a last resort
        person: tuple[str, str] | None = None
        thing: tuple[str, str] | None = None
        named: tuple[str, str] | None = None
        from spacy.attrs import DEP

        for token in (doc[i] for i in indexes_where(doc, DEP, ("nsubj", "nsubjpass"))):
            if any(s <= token.idx < e for s, e in quoted):
                continue
            found = self._referent(token, person, thing)
            if found is None:
                continue
            target, is_person = found
            if is_person:
                person = target
            else:
                thing = target
            if (
                target is not None
                and target[1] == "name"
                and repaired_label(token) not in ("GPE", "LOC", "FAC", "NORP")
            ):
                named = target
            self.positions.append(token.idx)
            self.personal.append(person)
            self.impersonal.append(thing)
            self.named.append(named)
        self._fallback = _first_person_entities(doc, quoted)

    @staticmethod
    def _referent(
        token: Token, person: tuple[str, str] | None, thing: tuple[str, str] | None
    ) -> tuple[tuple[str, str] | None, bool] | None:
        lower = token.lower_
        if lower in PERSONAL:
            return person, True
        if lower in IMPERSONAL:
            return thing, False
        if repaired_label(token):
            ent = repaired_entity(token)
            trimmed = _name(ent) if ent is not None else None
            if trimmed is None:
                return None
            return (trimmed.text, "name"), ent is not None and ent.label_ == "PERSON"
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        # the first word of the subject's phrase up to it, past a leading article or mark
        # unless it is the last: read lazily, its first two or three tokens at most
        left = _left_of_subtree(token)
        first = next(left)
        while first.dep_ == "det" or first.is_punct:
            following = next(left, None)
            if following is None:
                break
            first = following
        phrase = _original(_word_start(first), token)
        if token.lemma_.lower() in ROLE_WORDS:
            return (phrase, "role"), True
        return (phrase, "other"), False

    def resolve(self, position: int, *, personal: bool) -> tuple[str, str] | None:
        i = bisect.bisect_left(self.positions, position) - 1
        if i >= 0:
            found = (self.personal if personal else self.impersonal)[i]
            if found is not None:
                return found
        if personal:
            earlier = [name for pos, name in self._fallback if pos < position]
            if earlier:
                return earlier[-1], "name"
            if i >= 0 and self.named[i] is not None:
                return self.named[i]  # "Farmer Jean Dupont" tagged ORG, then "he said"
            if len(self.headline) == 1:
                return self.headline[0], "name"  # "Zebulon Fairweather wins ...", then "he said"
        return None


def _left_of_subtree(token: Token) -> Iterator[Token]:
    """`t for t in token.subtree if t.i <= token.i`, in the subtree's order, without building
    the Tokens of the subtrees right of the token (a subject's relative clause, its apposition):
    a right child's subtree reaches left of the token only where its left edge does (a
    non-projective parse), and only those are read. A generator: its reader wants the first
    words alone, and a subject's left subtree ("the 45-year-old driver of the ...") can be long."""
    i = token.i
    for child in token.lefts:
        for t in child.subtree:
            if t.i <= i:
                yield t
    yield token
    for child in token.rights:
        if child.left_edge.i <= i:
            for t in child.subtree:
                if t.i <= i:
                    yield t


def _first_person_entities(doc: Doc, quoted: list[tuple[int, int]]) -> list[tuple[int, str]]:
    found = []
    for ent in repaired_ents(doc):
        if ent.label_ == "PERSON" and not any(s <= ent.start_char < e for s, e in quoted):
            trimmed = _name(ent)
            if trimmed is not None:
                found.append((ent.start_char, trimmed.text))
    return found

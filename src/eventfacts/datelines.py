"""Datelines: the words that open a story with where, and sometimes when, it was filed.

"MARLOWE, Ore. (AP) —", "MOON LAKE —", "KESTREL BAY, Ruritania, May 3 (Reuters) -" and a
local paper's "Marlowe, Ore. (KXYZ) --" are one form, read by three stages: the place cues
(`extract.places`, the "dateline" cue), the entities (`extract.entities.dateline_places`, the
town as a place mention that reconciliation trusts) and the cleaning (`clean`, where a date alone
on a line past the lead opens a teaser for another story). The grammar lives here once, as rows of
(name, pattern, examples) that one test runs both ways, so the three cannot drift apart again.

It is written over characters, not as spaCy Matcher patterns: cleaning runs before spaCy has a
Doc, and a dateline is made of what the tokenizer splits unevenly (a line's start, "(AP)_",
"--", "Ore.", "N.Y."). The place-name pieces (`NAME`, `REGION`, `UPPER`) are shared with the other
place cues of `extract.places`, which build on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

#: A capitalised word of a place name: "Port", "McKees", "O'Fallon", "Winston-Salem", "St.".
WORD = r"(?:[A-Z][a-z]*(?:['’](?!s\b)[A-Za-z]+|-[A-Za-z]+)+|[A-Z][a-z]+\.?|Mc[A-Z][a-z]+|[A-Z]{2,}\b(?!\.))"
#: Lower-case particles inside a name: "Rio de Janeiro", "Stade de Suisse", "Den Bosch".
PARTICLES = (
    "de", "du", "des", "la", "le", "las", "los", "el", "di", "da", "del", "della", "do", "dos", "das", "van",
    "von", "der", "den", "am", "im", "sur",
)  # fmt: skip
_PARTICLE = rf"(?:{'|'.join(PARTICLES)})"
NAME = rf"(?:{WORD}(?: (?:{_PARTICLE} )?{WORD}){{0,3}})"
#: What follows a town as its state, province or country: "Ore.", "N.Y.", "W.Va.", "OR",
#: "Oregon", "New South Wales". Checked against the gazetteer at reconciliation.
REGION = (
    r"(?:[A-Z][a-z]{1,4}\.(?: ?[A-Z][a-z]?\.)?|[A-Z]\.(?: ?[A-Z][a-z]?\.)+|[A-Z]{2}\b"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
)
#: A name in capitals: "MARLOWE", "NEW HOLLOWAY", "ST. ELLIS", "PORT O'MARA".
UPPER = r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}"
#: A month, written out or cut short: "March", "Mar.", "Sept." (written out here, not read from
#: `calendar`, whose names follow the machine's locale).
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?!\d)"

#: The grammar of a dateline, by part: (name, pattern, examples it matches, examples it does not).
#: The parts are joined in this order into `DATELINE`; each part's examples are lines whose
#: dateline holds or lacks it.
PARTS: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "place",  # at a line's start, in capitals or as a name; the reader decides which it trusts
        rf"(?m)^[ \t]*(?P<place>{UPPER}|{NAME})",
        ("MARLOWE, Ore. (AP) — Two men", "Marlowe, Ore. (KXYZ) -- Two men", "NEW HOLLOWAY — A fire"),
        ("  — A fire broke out", "(AP) — Two men"),
    ),
    (
        "region",  # its state, province or country; never a month with its day ("HOLLOWAY, May 3")
        rf"(?:, (?!{MONTH} {_DAY})(?P<region>{REGION}|{UPPER}))?",
        (
            "SPRINGVILLE, Ill. — A fire",
            "KESTREL BAY, Ruritania, May 3 (Reuters) - Rain",
            "HOLLOWAY, Maryvale (AP) — A",
        ),
        ("HOLLOWAY, May 3 (Reuters) - Shares",),
    ),
    (
        "date",  # a wire's day of filing: "May 3", "Sept. 14"
        rf"(?:,? (?P<date>{MONTH} {_DAY}))?",
        ("HOLLOWAY, May 3 (Reuters) - Shares", "KESTREL BAY, Ruritania, Sept. 14 (Reuters) - Rain"),
        ("MARLOWE, Ore. (AP) — Two men",),
    ),
    (
        "credit",  # the agency or station: "(AP)", "(Reuters)", "(KXYZ)"
        r"[ \t]*(?:\((?P<credit>[^)\n]{1,40})\))?",
        ("MARLOWE, Ore. (AP) — Two men", "Marlowe, Ore. (KXYZ) -- Two men"),
        ("MOON LAKE — A fire",),
    ),
    (
        # a dash, two hyphens, a hyphen apart from the words, an old wire's "_" after the credit,
        # the story after it on that line or the next; or a colon with the story on its line
        # ("KESTREL BAY: The court", not a label's "UPDATE:" over a paragraph)
        "ending",
        r"[ \t]*(?:(?P<ending>—|–|--|(?<=[ \t)])-|-(?=\s)|(?<=\))_)\s*|(?P<colon>:)[ \t]*)(?=\S)",
        (
            "MOON LAKE — A fire",
            "MARLOWE, Ore. (AP)_Two men",
            "KESTREL BAY: The court",
            "MOON LAKE -\n\nA fire",
        ),
        ("MOON LAKE", "MARLOWE, Ore. (AP)", "PHOTOS", "UPDATE:\n\nThe court", "MURDER-SUICIDE IN MOON LAKE"),
    ),
)
DATELINE = re.compile("".join(pattern for _, pattern, _, _ in PARTS))

#: A date alone on a line, with its time perhaps: "May 3, 2021", "3 May 2021 at 10:15 a.m. EDT",
#: "2021-05-03". Past the lead it stamps a teaser for another story (see `clean`).
DATE_LINE = re.compile(
    rf"^\s*(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
    r"(?:\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$"
)
DATE_LINE_EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("May 3, 2021", True),
    ("3 May 2021 at 10:15 a.m. EDT", True),
    ("2021-05-03", True),
    ("Sept. 14, 2019 7:02 pm", True),
    ("May 3, 2021: Floods reach the coast", False),
    ("MARLOWE, Ore. (AP) — Two men", False),
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """One dateline: its place's offsets in the text, and the parts written with it."""

    start: int
    end: int
    place: str
    region: str | None
    date: str | None
    credit: str | None
    ending: str

    @property
    def shouted(self) -> bool:
        """The place in capitals, as a wire writes it: "MARLOWE", not "Marlowe"."""
        return self.place.isupper()


#: How far into a story a dateline is looked for, in characters: a wire's capitals come after a
#: long headline block or a broadcast's transcript as often as not ("ST. ELLIS, Ore. (AP) -" at
#: 1,200), while a name with a dash that far down opens a list or a speaker's line ("Then -",
#: "Judge Ann Lee -") and capitals with a colon a label ("UPDATE:"). Measured on the dev sets:
#: every dateline in capitals with a dash between 600 and 2,000 characters was the story's.
SHOUTED_CHARS = 2000
NAME_CHARS = 600


def datelines(text: str) -> tuple[Dateline, ...]:
    """The datelines of a story, in text order. A place of one or two letters is an acronym
    ("DA —", "AP —") unless a region follows it; and a colon ends a dateline only in capitals
    ("KESTREL BAY:"): "Police: man held", "Photo:", "Update:" are labels. The entities and the
    place cues both ask, one after the other: the text is read once."""
    return _datelines(text)


@lru_cache(maxsize=4)
def _datelines(text: str) -> tuple[Dateline, ...]:
    return tuple(_scan(text))


def _scan(text: str) -> Iterator[Dateline]:
    for match in DATELINE.finditer(text, 0, SHOUTED_CHARS + 200):
        start, end = match.span("place")
        if start > SHOUTED_CHARS:
            return
        place = match.group("place")
        line = Dateline(
            start=start,
            end=end,
            place=place,
            region=match.group("region"),
            date=match.group("date"),
            credit=match.group("credit"),
            ending=match.group("ending") or match.group("colon"),
        )
        if (len(place) < 3 and line.region is None) or (line.ending == ":" and not line.shouted):
            continue
        if start > NAME_CHARS and (not line.shouted or line.ending == ":"):
            continue  # far down, capitals before a colon are a label ("UPDATE:", "RECALL:")
        yield line

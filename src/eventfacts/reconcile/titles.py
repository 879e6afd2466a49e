"""A person's titles and roles, with the variants of one title merged.

Outlets write the same role differently: "nonresident fellow" and "non-resident fellow",
"U.S. President" and "US President", "Gov." and "Governor". Listing each as a title of its own
says nothing new, so titles that differ only in case, hyphenation, punctuation or a standard
abbreviation share one key, and the list keeps the wording most mentions use.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..lexicon import TITLE_ABBREVIATIONS


def title_key(title: str) -> str:
    """What variants of one title have in common: its words, casefolded, abbreviations written
    out, run together so that hyphens, dots and spaces inside a word do not matter.

    "Non-resident Fellow" -> "nonresidentfellow", "U.S. President" -> "uspresident".
    """
    words = re.findall(r"[^\W_]+", title.casefold().replace(".", "").replace("'", "").replace("’", ""))
    return "".join(TITLE_ABBREVIATIONS.get(w, w) for w in words)


def merged_titles(titles: Iterable[str]) -> tuple[str, ...]:
    """Each title once, variants merged: the most common wording of each (case aside; the first
    seen on a tie, as first written), the most mentioned titles first, then by key."""
    per_key: Counter[str] = Counter()
    wordings: dict[str, Counter[str]] = {}
    written: dict[str, str] = {}  # casefolded wording -> as first written
    order: dict[str, int] = {}
    for i, title in enumerate(titles):
        key = title_key(title) or title.casefold()
        folded = title.casefold()
        per_key[key] += 1
        wordings.setdefault(key, Counter())[folded] += 1
        written.setdefault(folded, title)
        order.setdefault(folded, i)
    return tuple(
        written[min(wordings[key], key=lambda w: (-wordings[key][w], order[w]))]
        for key in sorted(per_key, key=lambda k: (-per_key[k], k))
    )

"""Short labels for sources, for the human views.

A source id is a file stem ("000_8888b476199a6f17"), which tells a reader nothing about who
said what. The views show instead the outlet, read from the source's URL, or else its title,
shortened; the id stays as the link target and the tooltip, so nothing is lost.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit

from .records import SourceEntry

#: Longest label shown, in characters; a title is cut at a word before it.
LABEL_CHARS = 40
#: Host prefixes that name a server, not the outlet: "www.bbc.co.uk" is "bbc.co.uk".
HOST_PREFIXES = ("www.", "www1.", "www2.", "m.", "mobile.", "amp.", "edition.")


def outlet(url: str | None) -> str | None:
    """The outlet of a URL, as its host without "www." and the like: "apnews.com"."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
            break
    return host


def shortened(text: str, limit: int = LABEL_CHARS) -> str:
    """`text` on one line, cut at a word boundary to fit `limit` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:-–—") + "…"


def source_labels(sources: Iterable[SourceEntry]) -> dict[str, str]:
    """A short, distinct label for each source id: the outlet; when one outlet has several
    sources, the outlet and the title; the title when there is no URL; the id when neither is
    known or the label is still shared."""
    sources = list(sources)
    outlets = {s.id: outlet(s.url) for s in sources}
    per_outlet = Counter(o for o in outlets.values() if o)
    labels: dict[str, str] = {}
    for s in sources:
        name, title = outlets[s.id], (s.title or "").strip()
        if name and (per_outlet[name] == 1 or not title):
            labels[s.id] = name
        elif name:
            labels[s.id] = f"{name}: {shortened(title, LABEL_CHARS - len(name))}"
        else:
            labels[s.id] = shortened(title) if title else s.id
    shared = Counter(labels.values())
    return {
        sid: (f"{label} ({sid})" if shared[label] > 1 and label != sid else label)
        for sid, label in labels.items()
    }


def with_labels(text: str, labels: dict[str, str]) -> str:
    """`text` (a conflict description that lists source ids) with each id replaced by its label."""
    ids = sorted((sid for sid in labels if labels[sid] != sid), key=len, reverse=True)
    if not ids:
        return text
    pattern = re.compile(r"(?<![\w./:-])(?:" + "|".join(map(re.escape, ids)) + r")(?![\w/:-]|\.\w)")
    return pattern.sub(lambda m: labels[m.group(0)], text)

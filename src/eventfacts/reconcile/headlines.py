"""What a headline adds at reconciliation, and what it must not add twice.

A headline names the story's main actor and states its figures, usually again after the body
has; the body is the fuller and the later word. So a headline mention joins its entity and
adds its source, but counts as a mention only where its source's body does not name the entity
too. An organization no body names at all is left out: a headline's words are capitalised and
cut short, so NER takes its phrases for bodies ("Harbour Row Verdict"), while a body the story
is about is named again in its text. A headline figure is a claim of its own, which decides a
count only where no body states one (`eventfacts.reconcile.counts`).
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import CountMention, EntityMention


def mention_count(mentions: Iterable[EntityMention]) -> int:
    """The mentions of one entity, a headline's counted only where its source's body is silent."""
    found = list(mentions)
    in_body = {m.evidence.source for m in found if not m.headline}
    return sum(1 for m in found if not m.headline or m.evidence.source not in in_body)


def named_in_a_body(mentions: Iterable[EntityMention]) -> bool:
    """Whether some source's body, not only its headline, names the entity."""
    return any(not m.headline for m in mentions)


def body_backed(mentions: Iterable[CountMention], body_sources: set[str]) -> list[str]:
    """The sources that back a value of one count: by its body, or by its headline where its
    body gives no value of that count (`body_sources` are those whose body does)."""
    return sorted(
        {m.evidence.source for m in mentions if not m.headline or m.evidence.source not in body_sources}
    )

"""Rules as named rows that carry their own examples.

A rule family (the NER repairs' trims, drops and retypes, the readings of an entity's kind, ...)
is a tuple of `Rule` rows: a name, the function or pattern that applies it, and sentences written
for it with what it must give on each. The name travels with what the rule made, changed or
dropped (`EntityMention.rules`, `DroppedEntity.reason`), so "why is this a place?" has an answer,
and one parametrized test (`tests/extract/test_repair_rules.py`) runs every row's own examples,
so a rule and its test are found together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

F = TypeVar("F")


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence written for a rule, the words the rule is asked about (their first occurrence
    in `text`), the kind NER gave them ("line" for a rule on lines of text), and what the rule
    must give: for a trim the words left, for a drop whether it drops them, for a retype the new
    kind (None: it leaves them be)."""

    text: str
    span: str
    kind: str
    gives: str | bool | None


@dataclass(frozen=True, slots=True)
class Rule(Generic[F]):
    """One named rule of a family, with the examples that show what it does and does not do."""

    name: str
    apply: F
    examples: tuple[Example, ...]
    #: For a row that changes a name's kind: the one kind it gives. The repairs do not try it
    #: on a name already of that kind (all it could give is no change), which spares most rows
    #: on most names; tests/extract/test_repair_rules.py holds each row to it on its examples.
    gives: str | None = None
    #: For a trim or a drop: the kinds of name it can change or throw out (None: any). The
    #: repairs try it on a name of those kinds only (`by_kind`); most rows read one kind, and
    #: asking the others was a call per name and row that returned at once.
    #: tests/extract/test_repair_rules.py holds each row to it on its examples, asked as every
    #: other kind.
    kinds: frozenset[str] | None = None


def by_kind(rows: tuple[Rule[F], ...], kinds: Iterable[str]) -> dict[str, tuple[Rule[F], ...]]:
    """For each of `kinds`, the rows of a family that can act on a name of that kind
    (`Rule.kinds`), in the family's order."""
    return {kind: tuple(row for row in rows if row.kinds is None or kind in row.kinds) for kind in kinds}


def check_family(rows: Iterable[Rule[F]]) -> None:
    """A family's rows have distinct names and at least one example each; raises ValueError
    naming the row. (Whether a row has an example each way is the family's test to say: what
    "silent" means differs between trims, drops and retypes.)"""
    seen: set[str] = set()
    for row in rows:
        if row.name in seen:
            raise ValueError(f"two rules are named {row.name!r}")
        seen.add(row.name)
        if not row.examples:
            raise ValueError(f"rule {row.name!r} has no examples")

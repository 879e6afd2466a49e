"""How far sources agree on one value: the rule behind every `agreement` field.

- `single`: one source states it.
- `unanimous`: several sources, one value.
- `majority`: several values, but at least three quarters of the sources (and at least three)
  back one of them.
- `conflict`: several values and no such majority.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

MAJORITY_SHARE = 0.75
MAJORITY_MIN_SOURCES = 3


def agreement(sources_by_value: Mapping[object, Sequence[str]]) -> str:
    sizes = sorted((len(set(s)) for s in sources_by_value.values()), reverse=True)
    all_sources = {src for s in sources_by_value.values() for src in s}
    if len(sizes) == 1:
        return "unanimous" if len(all_sources) > 1 else "single"
    top = sizes[0]
    if top >= MAJORITY_MIN_SOURCES and top / len(all_sources) >= MAJORITY_SHARE:
        return "majority"
    return "conflict"

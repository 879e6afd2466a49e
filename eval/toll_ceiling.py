"""The ceiling of `real.py facts` killed and injured without inventing a zero (issue 30).

ecb-dev's gold gives 0 for a toll where "no other injuries were reported", even when no article
says so. The tool gives a 0 only with words that say it ("no one was hurt", "no injuries",
"unharmed"), so those events cannot be right without making up a figure. This lists, for each
toll, the events whose only gold value is 0 while none of their documents words a zero, and the
share of events that can be right at best.

    python eval/toll_ceiling.py ../shared/eval

Reads the dev set only here, never from the package or its tests.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ZERO = re.compile(
    r"\b(no[- ]?one|nobody|none)\b[^.]{0,60}\b(hurt|injur|kill|wound|harm|die|dead)|"
    r"\bno (other |serious |further )?(injur|casualt|death|fatalit|one hurt)|"
    r"\b(unharmed|unhurt|uninjured|unscathed)\b|\bwithout (injur|casualt)",
    re.I,
)


def main() -> int:
    ecb = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval") / "ecb-dev"
    gold = json.loads((ecb / "facts.json").read_text())
    for kind in ("killed", "injured"):
        scored = [k for k, g in gold.items() if g.get(f"{kind}_ok") is not None]
        only_zero = [k for k in scored if gold[k][f"{kind}_ok"] == [0]]
        unworded = [
            k
            for k in only_zero
            if not any(ZERO.search((ecb / f"{d}.txt").read_text()) for d in gold[k]["docs"])
        ]
        n = len(scored)
        print(
            f"{kind}: {n} events; gold only 0: {len(only_zero)} {sorted(only_zero)}; "
            f"no words say 0: {len(unworded)} {sorted(unworded)}; "
            f"ceiling without inventing a 0: {(n - len(unworded)) / n:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The agreement rule."""

from __future__ import annotations

import pytest

from eventfacts.reconcile.agreement import agreement


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        ({7: ["a"]}, "single"),
        ({7: ["a", "b"]}, "unanimous"),
        ({7: ["a", "b", "c"], 6: ["d", "e"]}, "conflict"),
        ({7: ["a", "b", "c"], 6: ["d"]}, "majority"),
        ({2: ["a", "b"], 3: ["c"]}, "conflict"),
    ],
)
def test_agreement(claims: dict[int, list[str]], expected: str) -> None:
    assert agreement(claims) == expected

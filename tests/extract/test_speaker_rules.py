"""Every speaker rule's own examples: the quote the example names gets its speaker from that
rule (`QuoteMention.rule`), or, for an example where the rule stays silent, from another rule or
none. The rows and their sentences live together in `extract.quotes`."""

from __future__ import annotations

import pytest

from eventfacts.extract.quotes import SHORT_SPEAKER_RULES, SPEAKER_RULES, extract_quotes
from eventfacts.records import QuoteMention
from eventfacts.rules import Example, Rule, check_family

FAMILIES = {"speaker rules": SPEAKER_RULES, "short speaker rules": SHORT_SPEAKER_RULES}
CASES = [
    pytest.param(row, example, id=f"{family}: {row.name}: {example.span}")
    for family, rows in FAMILIES.items()
    for row in rows
    for example in row.examples
]


def _quote(nlp, example: Example) -> QuoteMention | None:  # type: ignore[no-untyped-def]
    quotes = list(extract_quotes(nlp(example.text), source="t"))
    return next((q for q in quotes if q.text.startswith(example.span)), None)


@pytest.mark.parametrize(("row", "example"), CASES)
def test_every_speaker_rule_gives_what_its_examples_say(nlp, row: Rule[object], example: Example) -> None:  # type: ignore[no-untyped-def]
    quote = _quote(nlp, example)
    if example.gives is None:
        assert quote is None or quote.rule != row.name
        return
    assert quote is not None and quote.speaker is not None
    assert (quote.rule, quote.speaker.name) == (row.name, example.gives)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_speaker_rule_has_an_example_each_way(family: str) -> None:
    rows = FAMILIES[family]
    check_family(rows)
    for row in rows:
        gives = [e.gives for e in row.examples]
        assert any(g is not None for g in gives) and any(g is None for g in gives), row.name


def test_a_quote_nobody_says_has_no_rule(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'The banner over the gate read "Welcome home to every soldier of the regiment."'
    quotes = list(extract_quotes(nlp(text), source="t"))
    assert [(q.speaker, q.rule) for q in quotes] == [(None, None)]

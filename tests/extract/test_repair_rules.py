"""Every NER repair row's own examples, run through that row alone; and the rule names reaching
the mentions. The rows and their sentences live together in `extract.repairs` and
`extract.entities` (KIND_READINGS); this test is where they are all checked."""

from __future__ import annotations

import pytest

from eventfacts.annotate import NAMES_COMPONENT
from eventfacts.extract import entities, repairs
from eventfacts.extract.entities import entity_candidates
from eventfacts.records import DroppedEntity, EntityMention
from eventfacts.rules import Example, Rule, by_kind, check_family

LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE"}
FAMILIES: dict[str, tuple[Rule[object], ...]] = {
    "kind readings": entities.KIND_READINGS,  # type: ignore[dict-item]
    "first retypes": repairs.FIRST_RETYPES,  # type: ignore[dict-item]
    "trims": repairs.TRIMS,  # type: ignore[dict-item]
    "drops": repairs.DROPS,  # type: ignore[dict-item]
    "retypes": repairs.RETYPES,  # type: ignore[dict-item]
    "bodies": repairs.BODY_PATTERNS,  # type: ignore[dict-item]
}
CASES = [
    pytest.param(family, row, example, id=f"{family}: {row.name}: {example.span}")
    for family, rows in FAMILIES.items()
    for row in rows
    for example in row.examples
]


def _span(nlp, example: Example):  # type: ignore[no-untyped-def]
    doc = nlp(example.text)
    start = example.text.index(example.span)
    span = doc.char_span(
        start, start + len(example.span), label=LABELS[example.kind], alignment_mode="expand"
    )
    assert span is not None and span.text == example.span, example
    return span


@pytest.mark.parametrize(("family", "row", "example"), CASES)
def test_every_row_gives_what_its_examples_say(nlp, family: str, row: Rule[object], example: Example) -> None:  # type: ignore[no-untyped-def]
    span = _span(nlp, example)
    apply = row.apply
    if family == "bodies":  # a row of token patterns: does it find the name in its sentence?
        found = [b for b in repairs.named_bodies(span.doc) if nlp.vocab.strings[b.id] == row.name]
        assert (example.span in {b.text for b in found}) is example.gives
    elif family == "trims":
        assert apply(span, example.kind).text == example.gives  # type: ignore[operator]
    elif family == "drops":
        assert apply(span, example.kind) is example.gives  # type: ignore[operator]
    elif family == "kind readings":
        assert apply(span, span) == example.gives  # type: ignore[operator]
    else:
        assert apply(span, example.kind, LABELS[example.kind], frozenset()) == example.gives  # type: ignore[operator]


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_every_family_has_distinct_names_and_examples_both_ways(family: str) -> None:
    rows = FAMILIES[family]
    check_family(rows)
    for row in rows:
        gives = [e.gives for e in row.examples]
        assert any(g not in (None, False) for g in gives), f"{row.name}: no example where it fires"
        if family == "trims":
            assert any(e.gives == e.span for e in row.examples), f"{row.name}: no example it leaves alone"
        else:
            assert any(g in (None, False) for g in gives), f"{row.name}: no example where it stays silent"


RETYPE_FAMILIES = ("first retypes", "retypes")


@pytest.mark.parametrize(
    ("row", "example", "kind"),
    [
        pytest.param(row, example, kind, id=f"{row.name}: {example.span}: as {kind}")
        for family in RETYPE_FAMILIES
        for row in FAMILIES[family]
        for example in row.examples
        for kind in LABELS
    ],
)
def test_a_retype_gives_only_the_kind_it_declares(
    nlp, row: Rule[object], example: Example, kind: str
) -> None:  # type: ignore[no-untyped-def]
    """`repair` skips a retype on a name already of the kind the row declares it gives: sound
    only if the row gives no other kind, whatever kind the name comes in as."""
    assert row.gives in LABELS, f"{row.name}: no kind declared"
    span = _span(nlp, Example(example.text, example.span, kind, example.gives))
    assert row.apply(span, kind, LABELS[kind], frozenset()) in (None, row.gives)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("family", "row", "example", "kind"),
    [
        pytest.param(family, row, example, kind, id=f"{family}: {row.name}: {example.span}: as {kind}")
        for family in ("trims", "drops")
        for row in FAMILIES[family]
        if row.kinds is not None
        for example in row.examples
        for kind in sorted(set(LABELS) - row.kinds)
    ],
)
def test_a_trim_or_drop_acts_only_on_the_kinds_it_declares(
    nlp, family: str, row: Rule[object], example: Example, kind: str
) -> None:  # type: ignore[no-untyped-def]
    """`repair` asks a trim or a drop only about names of the kinds it declares: sound only if
    the row leaves a name of any other kind as it is."""
    span = _span(nlp, Example(example.text, example.span, kind, example.gives))
    given = row.apply(span, kind)  # type: ignore[operator]
    if family == "trims":
        assert (given.start, given.end) == (span.start, span.end)
    else:
        assert given is False


def test_repair_asks_each_trim_and_drop_only_about_its_kinds(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[str, str]] = []

    def ask(name):  # type: ignore[no-untyped-def]
        def row(span, kind):  # type: ignore[no-untyped-def]
            asked.append((name, kind))
            return span if name == "trim" else False

        return row

    doc = nlp("Tomas Reyes of Varnholm Lumber drove to Ostrava.")  # repaired with the real rows
    trims = (Rule("trim", ask("trim"), (), kinds=frozenset({"person"})),)
    drops = (Rule("drop", ask("drop"), (), kinds=frozenset({"place"})), Rule("any", ask("any"), ()))
    monkeypatch.setattr(repairs, "_TRIMS_BY_KIND", by_kind(trims, repairs.NAME_KINDS))
    monkeypatch.setattr(repairs, "_DROPS_BY_KIND", by_kind(drops, repairs.NAME_KINDS))
    monkeypatch.setattr(repairs, "RETYPES", ())
    repairs.repair(doc[0:2], "person", "PERSON")
    repairs.repair(doc[3:5], "organization", "ORG")
    repairs.repair(doc[7:8], "place", "GPE")
    assert asked == [
        ("trim", "person"),
        ("any", "person"),
        ("any", "organization"),
        ("drop", "place"),
        ("any", "place"),
    ]


def test_repair_does_not_ask_a_retype_about_a_name_of_its_kind(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def ask(span, kind, label, places):  # type: ignore[no-untyped-def]
        asked.append(kind)
        return "place"

    doc = nlp("Tomas Reyes and Varnholm Lumber met in Ostrava.")  # the pipeline repairs with the real rows
    monkeypatch.setattr(repairs, "RETYPES", (Rule("always a place", ask, (), gives="place"),))
    assert repairs.repair(doc[0:2], "person", "PERSON").kind == "place"
    assert repairs.repair(doc[6:7], "place", "GPE").rules == ()
    assert asked == ["person"]


def test_check_family_refuses_a_name_twice_and_a_row_without_examples() -> None:
    example = Example("A car hit a wall.", "car", "organization", True)
    with pytest.raises(ValueError, match="two rules"):
        check_family([Rule("x", len, (example,)), Rule("x", len, (example,))])
    with pytest.raises(ValueError, match="no examples"):
        check_family([Rule("y", len, ())])


def _entities(nlp, text: str) -> tuple[list[EntityMention], list[DroppedEntity]]:  # type: ignore[no-untyped-def]
    found = list(entity_candidates(nlp(text), source="t"))
    return [m for m in found if isinstance(m, EntityMention)], [
        m for m in found if isinstance(m, DroppedEntity)
    ]


def test_a_mention_keeps_the_names_of_the_rules_that_changed_it(nlp) -> None:  # type: ignore[no-untyped-def]
    kept, _ = _entities(nlp, "A man was robbed outside a bakery on Calle Sol in Tucson.")
    street = next(m for m in kept if m.text == "Calle Sol")  # NER calls it a person
    assert (street.kind, street.rules) == ("place", ("street noun first",))
    untouched = [m for m in kept if m.text == "Tucson"]
    assert untouched and untouched[0].rules == ()


def test_a_dropped_candidate_names_the_rule_that_dropped_it(nlp) -> None:  # type: ignore[no-untyped-def]
    _, dropped = _entities(nlp, "The thieves drove off in a maroon Subaru, police in Reno said.")
    reasons = {d.text: d.reason for d in dropped}
    assert reasons.get("Subaru") == "make of vehicle"


def test_a_trimmed_and_retyped_name_lists_every_rule_in_order(nlp) -> None:  # type: ignore[no-untyped-def]
    kept, _ = _entities(nlp, "Lifeguard Peter Voss, 31, pulled the boy from the lake at Lindell Beach.")
    voss = next(m for m in kept if m.text == "Peter Voss")
    assert voss.kind == "person"
    assert voss.rules == ("aged, nicknamed or speaking like a person", "role noun before a name")


def test_the_names_component_writes_the_repaired_names_to_doc_spans(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp.pipe_names.index(NAMES_COMPONENT) == nlp.pipe_names.index("ner") + 1
    doc = nlp(
        "The thieves fled in a maroon Subaru along Calle Sol, and Lifeguard Peter Voss, 31, chased them."
    )
    kept = {(s.text, s.label_) for s in doc.spans[entities.NAMES]}
    assert ("Calle Sol", "place") in kept  # NER: a person
    assert ("Peter Voss", "person") in kept  # the role noun trimmed off
    assert {(s.text, s.label_) for s in doc.spans[entities.DROPPED]} == {("Subaru", "make of vehicle")}


def test_extractors_and_the_component_read_one_repair(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("A man was robbed outside a bakery on Calle Sol in Tucson.")
    mentions = {m.text: m.kind for m in entity_candidates(doc, source="t") if isinstance(m, EntityMention)}
    assert mentions == {s.text: s.label_ for s in doc.spans[entities.NAMES]}


def test_a_doc_of_the_pipeline_saves_with_its_names(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    doc = nlp("A man was robbed outside a bakery on Calle Sol in Tucson.")
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes(exclude=["user_data"]))
    assert [(s.text, s.label_) for s in again.spans[entities.NAMES]] == [
        (s.text, s.label_) for s in doc.spans[entities.NAMES]
    ]
    found = {m.text: m.kind for m in entity_candidates(again, source="t") if isinstance(m, EntityMention)}
    assert found == {"Calle Sol": "place", "Tucson": "place"}


def test_span_repairs_reach_the_mentions(nlp) -> None:  # type: ignore[no-untyped-def]
    """Cut and glued names, as the names component gives them: a name said twice, a legal form
    alone dropped, a platform cut from a team's name, each mention naming its row."""
    kept, dropped = _entities(
        nlp,
        "Fans mourned Ada Quist-Ada Quist, the swimmer, on Monday.\n"
        "Vantor Holdings, LLC plans two films a year.\n"
        "The coach wrote on the Harlow Hawks Twitter account that he was hurt.",
    )
    rules = {m.text: m.rules for m in kept}
    assert rules.get("Ada Quist") == ("name said twice with a hyphen",)
    assert rules.get("Harlow Hawks") == ("platform after a name",)
    assert not rules.keys() & {"Ada Quist-Ada Quist", "Harlow Hawks Twitter", "LLC"}
    assert ("LLC", "legal form alone") in {(d.text, d.reason) for d in dropped}

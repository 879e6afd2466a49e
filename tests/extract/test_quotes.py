"""Quote spans and speakers on text written for these tests."""

from __future__ import annotations

from eventfacts.extract import extract_quotes
from eventfacts.extract.quotes import find_quotes


def _quotes(nlp, text: str):  # type: ignore[no-untyped-def]
    return [
        (q.text, q.speaker.name if q.speaker else None, q.cue) for q in extract_quotes(nlp(text), source="t")
    ]


def test_marks_interruptions_and_continuations(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Jeffrey Mims spoke after the vote.\n\n"
        "\u201cWe owe the families an answer,\u201d Mims said. \u201cAnd we will give them one soon.\u201d\n\n"
        "\u201cNobody should fear a night out in this city.\u201d\n"
    )
    found = _quotes(nlp, text)
    assert found[0] == ("We owe the families an answer", "Mims", "said")
    assert found[1][:2] == ("And we will give them one soon.", "Mims")
    assert found[2][:2] == ("Nobody should fear a night out in this city.", "Mims")


def test_straight_quotes_and_inverted_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    text = '"The evidence was overwhelming from the first day," said prosecutor Linda Park.'
    assert _quotes(nlp, text) == [("The evidence was overwhelming from the first day", "Linda Park", "said")]


def test_colon_introduction_in_the_paragraph_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Senator Maria Lopez addressed the chamber. She continued:\n\n"
        "\u201cThis bill will not pass while I am in this room.\u201d\n"
    )
    assert _quotes(nlp, text) == [
        ("This bill will not pass while I am in this room.", "Maria Lopez", "continued")
    ]


def test_pronouns_follow_the_latest_subject_not_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Coach Dan Rivera praised striker Tom Hale at the press conference.\n\n"
        "\u201cHe carried this team through a hard winter,\u201d he said.\n"
    )
    assert _quotes(nlp, text)[0][1] == "Dan Rivera"


def test_organizations_and_role_nouns_speak(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a statement, the Red Cross said: \u201cOur teams cannot reach the wounded in the north.\u201d\n\n"
        "\u201cThe bridge will reopen within a week,\u201d the governor told reporters.\n"
    )
    found = _quotes(nlp, text)
    assert found[0][1] == "Red Cross"
    assert found[1][1] == "governor"


def test_words_someone_calls_a_thing_are_partial_quotes_and_scare_quotes_are_not(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The minister called the report \u201cbiased\u201d and said officials were \u201cworking around the clock to fix it.\u201d"
    quotes = list(extract_quotes(nlp(text), source="t"))
    assert [(q.text, q.speaker.name if q.speaker else None, q.partial) for q in quotes] == [
        ("biased", "minister", True),
        ("working around the clock to fix it.", "minister", True),
    ]
    scare = "Shops in the \u201cgolden mile\u201d stayed shut on Sunday."
    assert list(extract_quotes(nlp(scare), source="t")) == []


def test_multi_paragraph_quote_and_unbalanced_closer() -> None:
    text = (
        "\u201cFirst paragraph of a long statement.\n\n"
        "\u201cSecond and last paragraph.\u201d\n\n"
        "He said the plan failed. It was too late for us.\u201d\n"
    )
    spans = find_quotes(text)
    assert [text[s.inner_start : s.inner_end] for s in spans] == [
        "First paragraph of a long statement.",
        "Second and last paragraph.",
        "It was too late for us.",
    ]
    assert spans[1].continues and not spans[0].continues
    assert spans[2].unbalanced


def test_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cThe dam could fail within hours,\u201d according to Priya Nair, a hydrologist at the state university."
    assert _quotes(nlp, text) == [("The dam could fail within hours", "Priya Nair", "according to")]


def test_nested_single_quotes_ellipses_and_brackets_stay_inside(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "\u201cThey told us \u2018stay home\u2019 \u2026 and then [the water] came in,\u201d said resident Maya Cole."
    assert _quotes(nlp, text) == [
        ("They told us \u2018stay home\u2019 \u2026 and then [the water] came in", "Maya Cole", "said")
    ]


def test_the_company_said_names_the_organization_just_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Northwind Energy shut the pipeline on Monday. \u201cSafety comes before every barrel we ship,\u201d the company said."
    assert _quotes(nlp, text)[0][1] == "Northwind Energy"
    two = "Acme Corp and Zenith Inc traded blame. \u201cWe did nothing wrong here at all,\u201d the company said."
    assert _quotes(nlp, two)[0][1] == "company"  # two candidates: no guess


def test_words_left_of_a_subject_are_its_subtree_left_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract.quotes import _left_of_subtree

    doc = nlp(
        "The tired old harbour master, who had worked the night shift at the pier for years, said "
        "the crane had failed. A spokeswoman for the port authority in Kelso Bay declined to comment."
    )
    subjects = [t for t in doc if t.dep_ in ("nsubj", "nsubjpass")]
    assert subjects
    for token in subjects:
        assert list(_left_of_subtree(token)) == [t for t in token.subtree if t.i <= token.i]
    master = next(t for t in subjects if t.text == "master")
    assert [t.text for t in _left_of_subtree(master)] == ["The", "tired", "old", "harbour", "master"]


def test_a_name_is_trimmed_once_per_article_and_read_the_same(nlp) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract.common import ents_of
    from eventfacts.extract.quotes import _name, _trimmed_name

    doc = nlp(
        "Mayor Ines Valdez said the bridge would reopen. “We are nearly there,” said Harriet Olsen "
        "of the Dunmore Rowing Club's board."
    )
    ents = ents_of(doc)
    assert ents
    for ent in ents:
        first, again, fresh = _name(ent), _name(ent), _trimmed_name(ent)
        assert first == again == fresh
        assert (first.text if first is not None else None) == (fresh.text if fresh is not None else None)


def test_an_article_without_quotation_marks_has_no_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("The council said the bridge would reopen on Monday. She added that work was nearly done.")
    assert list(extract_quotes(doc, source="t")) == []

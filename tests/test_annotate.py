"""The parse stage: bodies and headlines paired back with their articles, whatever the batching."""

from __future__ import annotations

from eventfacts.annotate import HEADLINE_GROUP, annotate_with_headlines
from eventfacts.clean import clean
from eventfacts.records import Article

STORIES = [
    "Storm Topples Power Lines Across Dunmore\n\nA storm brought down power lines in Dunmore on Monday.",
    "Bridge closed after barge strike\n\nThe Elm River bridge was closed on Tuesday, officials said.",
    "",  # a failed article: no text, an error
    "One line only: a council vote was delayed again on Friday.",  # no headline of its own
    "Two Hurt In Mill Fire\n\nTwo workers were hurt when a fire broke out at a mill in Marlowe.",
    "Ferry Service Resumes\n\nFerries to Port Ellis ran again on Sunday after a week of gales.",
    "Judge Sets Trial Date\n\nA judge set a March trial date for a man charged with arson.",
]


def _articles() -> list:
    out = []
    for n, text in enumerate(STORIES):
        error = "the file is empty" if not text else None
        out.append(clean(Article(id=f"s{n}", path=f"s{n}.txt", text=text, error=error)))
    return out


def _signature(result: list) -> list:
    return [
        (
            item.article.id,
            None if doc is None else [(t.text, t.tag_, t.dep_, t.ent_type_) for t in doc],
            None if title is None else [(t.text, t.tag_, t.dep_, t.ent_type_) for t in title],
        )
        for item, doc, title in result
    ]


def test_every_article_gets_its_own_body_and_headline_in_input_order(nlp) -> None:
    result = list(annotate_with_headlines(_articles(), nlp, batch_size=1))
    assert [item.article.id for item, _, _ in result] == [f"s{n}" for n in range(len(STORIES))]
    by_id = {item.article.id: (doc, title) for item, doc, title in result}
    assert by_id["s2"] == (None, None)  # failed: nothing parsed
    assert by_id["s3"][1] is None  # a one-line article has no headline apart from its body
    assert by_id["s3"][0] is not None and "council" in by_id["s3"][0].text
    assert by_id["s4"][1] is not None and by_id["s4"][1].text.startswith("Two hurt in mill fire")
    assert by_id["s0"][1].text.startswith("Storm")  # type: ignore[union-attr]
    assert "Ferries" in by_id["s5"][0].text  # type: ignore[union-attr]


def test_groups_of_headlines_parse_as_they_would_one_at_a_time(nlp) -> None:
    assert len(STORIES) > HEADLINE_GROUP  # batch size 1: the stories fill more than one group
    grouped = _signature(list(annotate_with_headlines(_articles(), nlp, batch_size=1)))
    alone = [_signature(list(annotate_with_headlines([a], nlp, batch_size=1)))[0] for a in _articles()]
    assert grouped == alone
    big = _signature(list(annotate_with_headlines(_articles(), nlp, batch_size=64)))
    assert big == alone

"""Merging quotes across sources and linking speakers."""

from __future__ import annotations

from eventfacts.reconcile.names import cluster_people
from eventfacts.reconcile.quotes import (
    SpeakerIndex,
    reconcile_quotes,
    reconcile_quotes_and_conflicts,
    same_quote,
)
from eventfacts.records import Evidence, Person, QuoteMention, SpeakerMention
from tests.reconcile.test_names import mention


def quote(
    text: str, source: str, speaker: str | None, kind: str = "name", partial: bool = False
) -> QuoteMention:
    ev = Evidence(source, 0, len(text), text)
    who = SpeakerMention(speaker, speaker, kind, ev) if speaker else None
    return QuoteMention(text, partial, False, who, "said", 0, ev)


def test_same_quote() -> None:
    assert same_quote("we will rebuild every home that was lost", "we will rebuild every home that we lost")
    assert same_quote("rebuild every home that was lost", "we will rebuild every home that was lost tonight")
    assert not same_quote("we will rebuild every home", "we will not rebuild every road")


def _index() -> SpeakerIndex:
    people = cluster_people([mention("Gavin Newsom"), mention("Newsom")])
    record = Person("person-1", "Gavin Newsom", ("Newsom",), ("Governor",), 2, ("a",), ())
    return SpeakerIndex(people, [record], [], [])


def test_variants_merge_and_roles_link_to_the_titled_person() -> None:
    quotes = reconcile_quotes(
        [
            quote("We will rebuild every home that was lost.", "a", "Newsom"),
            quote("We will rebuild every home that we lost", "b", "governor", kind="role"),
            quote("Help is on the way for every family", "b", None),
        ],
        _index(),
    )
    first = quotes[0]
    assert first.sources == ("a", "b")
    assert first.speaker is not None and (first.speaker.name, first.speaker.ref) == (
        "Gavin Newsom",
        "person-1",
    )
    assert len(first.variants) == 1
    assert quotes[1].speaker is None


def test_translations_of_one_speakers_quote_become_variants() -> None:
    quotes = reconcile_quotes(
        [
            quote("Cowardly rocket attacks do not build homes and do not build a future", "a", "Newsom"),
            quote("Cowardly rocket strikes neither build a home nor a future", "b", "Gavin Newsom"),
            quote("We will rebuild every home that was lost", "b", "Newsom"),
            quote("Cowardly attacks will never build a future for anyone", "c", "Dana Ruiz"),
        ],
        _index(),
    )
    by_text = {q.text: q for q in quotes}
    merged = by_text["Cowardly rocket attacks do not build homes and do not build a future"]
    assert merged.sources == ("a", "b")
    assert [v.source for v in merged.variants] == ["b"]
    assert len(quotes) == 3  # another speaker's quote, and another quote of the same speaker, stay apart


def test_an_abbreviated_title_is_found_by_its_role() -> None:
    people = cluster_people([mention("Gavin Newsom")])
    record = Person("person-1", "Gavin Newsom", (), ("Gov.",), 1, ("a",), ())
    index = SpeakerIndex(people, [record], [], [])
    assert index.link("the governor", "role").ref == "person-1"
    assert index.link("the prime minister", "role").ref is None


def test_short_quotes_of_one_speaker_stay_apart() -> None:
    quotes = reconcile_quotes(
        [
            quote("Thirty years I gave them", "a", "Newsom"),
            quote("Thirty years, and a letter", "a", "Newsom"),
        ],
        _index(),
    )
    assert len(quotes) == 2


def _said(text: str, source: str, speaker: str, at: int) -> QuoteMention:
    ev = Evidence(source, 0, len(text), text)
    who = SpeakerMention(speaker, speaker, "name", Evidence(source, at, at + len(speaker), speaker))
    return QuoteMention(text, False, False, who, "said", 0, ev)


def test_same_words_given_to_different_people_stay_apart_with_a_conflict() -> None:
    words = "The bridge will be closed to traffic until the inspection is done"
    people = cluster_people([mention("Gavin Newsom"), mention("Newsom"), mention("Dana Ruiz")])
    records = [
        Person("person-1", "Gavin Newsom", ("Newsom",), (), 2, ("a",), ()),
        Person("person-2", "Dana Ruiz", (), (), 1, ("c",), ()),
    ]
    index = SpeakerIndex(people, records, [], [])
    quotes, conflicts = reconcile_quotes_and_conflicts(
        [
            _said(words, "a", "Newsom", 80),
            _said(words + ".", "b", "Gavin Newsom", 90),
            _said(words, "c", "Dana Ruiz", 70),
            quote(words, "d", "he", kind="other"),
        ],
        index,
    )
    assert [(q.speaker.name if q.speaker else None, q.sources) for q in quotes] == [
        ("Gavin Newsom", ("a", "b", "d")),
        ("Dana Ruiz", ("c",)),
    ]
    assert len(conflicts) == 1
    conflict = conflicts[0]
    assert (conflict.ref, conflict.field) == ("quote-1", "speaker")
    assert "Gavin Newsom" in conflict.description and "Dana Ruiz" in conflict.description
    assert {e.text for e in conflict.evidence} >= {"Newsom", "Gavin Newsom", "Dana Ruiz"}


def test_one_speaker_under_two_spellings_is_no_dispute() -> None:
    words = "We have asked the state for more firefighters and more trucks"
    quotes, conflicts = reconcile_quotes_and_conflicts(
        [_said(words, "a", "Newsom", 10), _said(words, "b", "Gov. Gavin Newsom", 10)], _index()
    )
    assert len(quotes) == 1 and conflicts == []


def test_a_wording_many_sources_quote_keeps_each_unlinked_speakers_spellings_together() -> None:
    # Names the index does not know: a short spelling joins the first fuller one it shares a
    # word with, every time it comes back.
    words = "The ferry will not sail again until the pier has been rebuilt"
    speakers = ["Marta Quill", "Quill", "Tomas Brandt", "Quill", "Brandt", "Marta Quill", "Brandt"]
    mentions = [_said(words, f"s{n}", name, 20) for n, name in enumerate(speakers)]
    quotes, conflicts = reconcile_quotes_and_conflicts(mentions, SpeakerIndex([], [], [], []))
    assert [(q.speaker.name if q.speaker else None, q.sources) for q in quotes] == [
        ("Marta Quill", ("s0", "s1", "s3", "s5")),
        ("Brandt", ("s2", "s4", "s6")),
    ]
    assert len(conflicts) == 1

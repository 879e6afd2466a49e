"""The kind of event an article leads with: every row's own examples, a table of headlines and
leads written for these tests, and the event's kind across a folder of sources."""

from __future__ import annotations

import pytest

from eventfacts.extract import doc_facts
from eventfacts.extract.kinds import extract_kinds
from eventfacts.ingest import select_inputs
from eventfacts.lexicon import EVENT_KINDS, KINDS_BY_NAME
from eventfacts.pipeline import build_record, extract_docs
from eventfacts.reconcile.kinds import source_scores
from eventfacts.records import Article, CleanArticle

from ..conftest import DATA


def lead_kind(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    scores = source_scores(tuple(extract_kinds(nlp(text), source="t")))
    order = [k.name for k in EVENT_KINDS]
    return min(scores, key=lambda k: (-scores[k], order.index(k))) if scores else None


ROW_EXAMPLES = [(kind.name, example) for kind in EVENT_KINDS for example in kind.examples]


@pytest.mark.parametrize(("kind", "example"), ROW_EXAMPLES)
def test_every_row_reads_its_own_examples(nlp, kind: str, example: str) -> None:  # type: ignore[no-untyped-def]
    assert lead_kind(nlp, example) == kind


CASES = [
    ("Magnitude 7.2 quake strikes off the coast of Chile", "earthquake"),
    ("Floods force thousands from their homes in Bangladesh", "storm"),
    ("Hurricane makes landfall on the Gulf coast of Mexico", "storm"),
    ("Wildfire forces evacuations on the Greek island of Evia", "fire"),
    ("Bus plunges into gorge in the Andes, killing 24 passengers", "crash"),
    ("Two trains collided near Bologna early on Tuesday.", "crash"),
    ("Car bomb kills five near a checkpoint in Mogadishu", "bombing"),
    ("Israeli air strike hits apartment block in Gaza City", "air strike"),
    ("A knife attack at a railway station in Marseille injured three people.", "stabbing"),
    ("Man dies after being shot outside a bar in Leeds", "shooting"),
    ("Gunmen assassinated two men at a car wash in Culiacan.", "shooting"),
    ("Militants beheaded two villagers in Cabo Delgado.", "attack"),
    ("Rebels ambushed an army convoy near Gao on Sunday.", "attack"),
    ("Inmates escape from a prison in Port-au-Prince", "escape"),
    ("Protesters clash with riot police in central Nairobi", "protest"),
    ("Three arrested after brawl outside football stadium", "arrest"),
    ("Woman charged with murder of her husband in Dunedin", "charge"),
    ("Trial opens for men accused of jewellery heist", "trial"),
    ("Jury convicts former nurse of poisoning patients", "verdict"),
    ("Man sentenced to life for 2019 nightclub shooting", "sentencing"),
    ("Ex-president jailed for 10 years over bribes", "sentencing"),
    ("Voters in Kenya elect a new parliament", "election"),
    ("Government appoints new central bank governor", "appointment"),
    ("Prime minister resigns after losing a confidence vote", "resignation"),
    ("Firm agrees to buy rival carmaker for $3 billion", "acquisition"),
    ("The airline unveiled its new long-haul jet at the Farnborough show.", "product launch"),
    ("Rovers beat City 2-0 to win the county cup", "sports result"),
    ("Veteran actor dies at 91", "death"),
    ("Thieves stole paintings worth millions from a museum in Oslo.", "robbery"),
    ("A fire gutted a furniture factory in Dhaka overnight.", "fire"),
    ("Typhoon leaves dozens dead in Vietnam", "storm"),
    ("Police released the names of the two men killed in Saturday's crash.", "crash"),
    ("Police named the victim as a 34-year-old father of two.", None),
    # issue 30: a generic word yields to a specific one the lead gives as its main matter
    ("Three killed as tour bus hits wall near Cusco. The bus collided with a wall, killing three.", "crash"),
    ("Veteran who survived 1989 crash dies at 90. The pilot died on Sunday at his home.", "death"),
    # a specific kind a generic word hangs on ("killed in crash") is the whole lead's matter
    ("Woman killed in house fire. A woman was killed on Sunday morning, firefighters said.", "fire"),
    ("Man dies after shooting in Leeds. The man died in hospital on Sunday, police said.", "shooting"),
    # the clause a report hangs on "said" is the sentence's main matter
    (
        "Two dead as lorry hits bus. A lorry collided with a bus outside Kumasi, killing two, police said.",
        "crash",
    ),
    ("Thousands of nurses rallied outside parliament in Wellington.", "protest"),
    ("An explosive device went off outside a bank in Medellin overnight.", "bombing"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_kind_a_lead_names(nlp, text: str, expected: str | None) -> None:  # type: ignore[no-untyped-def]
    assert lead_kind(nlp, text) == expected


def test_a_participle_is_not_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """A dismissed coach is no blaze: "fired" has the lemma "fire", but it is no noun."""
    found = extract_kinds(nlp("The club fired its head coach on Monday."), source="t")
    assert "fire" not in {m.kind for m in found}


def test_a_generic_word_yields_to_a_specific_one_in_its_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    found = tuple(extract_kinds(nlp("A driver died after a collision with a lorry."), source="t"))
    assert {m.kind for m in found} == {"death", "crash"}
    assert set(source_scores(found)) == {"crash"}


def test_background_words_count_less_than_the_main_matter(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {m.kind: m for m in extract_kinds(nlp("A man was sentenced for the shooting."), source="t")}
    assert found["sentencing"].core and not found["shooting"].core


def test_the_lead_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The council met on Monday.\nIt approved a budget.\nIt set a date.\nA storm hit the town last year."
    )
    assert list(extract_kinds(nlp(text), source="t")) == []


def test_every_kind_is_named_once() -> None:
    assert len(KINDS_BY_NAME) == len(EVENT_KINDS)


def test_every_pattern_passes_spacys_validator(nlp) -> None:  # type: ignore[no-untyped-def]
    """The Matcher is built without validation (see `kinds._matcher`): the rows are checked here."""
    from spacy.schemas import validate_token_pattern

    from eventfacts.extract.kinds import _matcher

    matcher = _matcher(nlp.vocab)[0]
    patterns = [pattern for kind in EVENT_KINDS for pattern in matcher.get(kind.name)[1]]
    assert len(patterns) > len(EVENT_KINDS)
    assert [(p, validate_token_pattern(p)) for p in patterns if validate_token_pattern(p)] == []
    assert validate_token_pattern([{"LEMMA": {"IN": "shooting"}}])  # the validator does find a bad row


def test_a_verdict_has_no_toll_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = list(extract_docs(select_inputs([str(DATA / "kinds" / "verdict")]).files, nlp=nlp))
    record = build_record(docs)
    assert record.event.kind is not None
    assert record.event.kind.value == "verdict" and not record.event.kind.toll
    assert record.event.casualties.killed is None and record.event.casualties.injured is None
    # the crime's dead are still counted, as counts of that crime
    assert any(c.kind == "killed" and c.value == 2 for c in record.counts)
    for ev in record.event.kind.evidence:
        path = DATA / "kinds" / "verdict" / f"{ev.source}.txt"
        assert path.read_text()[ev.start : ev.end] == ev.text


def test_a_robbery_keeps_its_wounded(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Robbers held up a jewellery store in Leeds on Friday. Two members of staff were injured."
    article = Article(id="a", path="a.txt", text=text, format="json")
    record = build_record([doc_facts(CleanArticle(article, text, ()), nlp(text))])
    assert record.event.kind is not None and record.event.kind.value == "robbery"
    injured = record.event.casualties.injured
    assert injured is not None and injured.value == 2


@pytest.mark.parametrize(("folder", "kind"), [("quake", "earthquake"), ("fire", "fire")])
def test_events_with_a_toll_keep_it(nlp, folder: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    docs = list(extract_docs(select_inputs([str(DATA / "events" / folder)]).files, nlp=nlp))
    record = build_record(docs)
    assert record.event.kind is not None and record.event.kind.value == kind and record.event.kind.toll


OLD_CRIMES = [
    # an arrest or a charge the lead dates well after its crime: the crime's dead are not its toll
    (
        "Police in Oslo arrested a 58-year-old man on Monday in the 1994 killings of two hikers.",
        "arrest",
        False,
    ),
    ("A woman was charged on Friday with killing her neighbour in Tampere last summer.", "charge", False),
    (
        "Detectives in Perth arrested a man on Tuesday over a stabbing that killed a boy 12 years ago.",
        "arrest",
        False,
    ),
    # days after it: the same folder tells the crime, and its toll stays
    (
        "Police in Leeds arrested a man on Monday in Saturday's shooting that killed two people.",
        "arrest",
        True,
    ),
    ("A man was charged on Friday over the March 3 stabbing that killed a student in Ghent.", "charge", True),
]


@pytest.mark.parametrize(("text", "kind", "toll"), OLD_CRIMES, ids=[t[:40] for t, _, _ in OLD_CRIMES])
def test_an_old_crimes_toll_is_not_an_arrests(nlp, text: str, kind: str, toll: bool) -> None:  # type: ignore[no-untyped-def]
    article = Article(id="a", path="a.txt", text=text, format="json", reference_date="2024-11-15")
    record = build_record([doc_facts(CleanArticle(article, text, ()), nlp(text))])
    assert record.event.kind is not None and record.event.kind.value == kind
    assert record.event.kind.toll is toll
    assert (record.event.casualties.killed is not None) is toll


def _one_list_per_kind(nlp):  # type: ignore[no-untyped-def]
    """The kinds' patterns as one "IN" list per kind and part of speech: what `kinds._matcher`
    writes one word at a time, for speed, must find the same matches in the same order."""
    from spacy.matcher import Matcher

    from eventfacts.extract.kinds import _FORM_POS, _NOUN_POS, _VERB_POS, _words

    matcher = Matcher(nlp.vocab)
    for kind in EVENT_KINDS:
        patterns = []
        if kind.nouns:
            patterns.append([{"LEMMA": {"IN": list(kind.nouns)}, "POS": {"IN": _NOUN_POS}}])
            patterns.append([{"LOWER": {"IN": list(kind.nouns)}, "POS": {"IN": _FORM_POS}}])
        if kind.verbs:
            patterns.append([{"LEMMA": {"IN": list(kind.verbs)}, "POS": {"IN": _VERB_POS}}])
            patterns.append(
                [
                    {
                        "LEMMA": {"IN": list(kind.verbs)},
                        "POS": {"IN": _NOUN_POS},
                        "LOWER": {"REGEX": "(?:s|ed)$"},
                    }
                ]
            )
        patterns.extend([{"LOWER": word} for word in _words(phrase)] for phrase in kind.phrases)
        matcher.add(kind.name, patterns)
    return matcher


@pytest.mark.parametrize(
    "text",
    [
        "Ferry Capsizes Off Kelso Point, Dozens Rescued",
        "A gas explosion tore through a bakery in Dunmore on Monday, and a fire spread to two shops.",
        "Two men were stabbed and a third was shot dead after a brawl outside a bar, police said.",
        "The flood and the landslide that followed displaced 300 families; the quake had struck in May.",
        "Protesters clashed with police as the strike entered its third day and a car bomb went off.",
    ],
)
def test_the_matcher_of_one_word_per_pattern_finds_what_one_list_per_kind_finds(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    from eventfacts.extract.kinds import _matcher

    doc = nlp(text)
    found = _matcher(nlp.vocab)[0](doc)
    assert found == _one_list_per_kind(nlp)(doc)
    assert found  # each text names some kind


def test_matches_read_word_by_word_are_the_matchers_own(nlp) -> None:  # type: ignore[no-untyped-def]
    """`_matches` looks up a word that opens no phrase by its lemma, form and part of speech:
    the same matches, in the same order per token, as the Matcher run over the whole text, the
    second time (looked up) as the first (asked)."""
    from eventfacts.extract.kinds import _matcher, _matches

    doc = nlp(
        "A car bomb exploded near the Harlow Mills depot on Tuesday, and a gunman opened fire as "
        "crowds fled the blast. Police said the shooting and the explosion were linked; two "
        "drivers were killed and a drive-by shooting in Kestrel Bay was not."
    )
    matcher = _matcher(nlp.vocab)[0]

    def by_token(found: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        return sorted(found, key=lambda m: m[1])  # stable: each token's matches in their order

    whole = by_token(list(matcher(doc)))
    assert whole  # the text names kinds
    assert by_token(list(_matches(doc, len(doc)))) == whole
    assert by_token(list(_matches(doc, len(doc)))) == whole
    cut = len(doc) // 2
    assert by_token(list(_matches(doc, cut))) == [m for m in whole if m[1] < cut]

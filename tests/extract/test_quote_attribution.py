"""Who said what: attribution cases written for these tests, in the styles the tool meets
(interviews, press releases, court reports, political speeches, posts on social media).

Each row: a name, the text, the start of the expected quote, its speaker as a careful reader
would give it (None: the text does not say), and whether it is a partial quote.
"""

from __future__ import annotations

import pytest

from eventfacts.extract import extract_quotes

L, R = "\u201c", "\u201d"

CASES: list[tuple[str, str, str, str | None, bool]] = [
    # interviews
    ("interview tag after", f"{L}We were never told the water was unsafe,{R} Rosa Delgado said in an interview.", "We were never told", "Rosa Delgado", False),
    ("interview tag inverted", f"{L}I would do it all again,{R} said Tomas Berg, a retired miner.", "I would do it all again", "Tomas Berg", False),
    ("interview told outlet", f"Hannah Okafor told the Ledger: {L}The clinic saved my daughter's life.{R}", "The clinic saved", "Hannah Okafor", False),
    ("interview pronoun next paragraph", f"Farmer Luis Moreno lost half his herd in the flood.\n\n{L}There is nothing left to sell this year,{R} he said.", "There is nothing left", "Luis Moreno", False),
    ("interview interrupted", f"{L}The first thing I saw was smoke,{R} Amira Haddad said. {L}Then the alarms went off everywhere.{R}", "Then the alarms", "Amira Haddad", False),
    ("interview short answer with tag", f"{L}Never again,{R} the fisherman Jonas Lind said.", "Never again", "Jonas Lind", False),
    ("interview partial after said", f"Kemal Arslan said the new rules were {L}a slow death for small shops.{R}", "a slow death", "Kemal Arslan", True),
    ("interview quote continues next paragraph", f"Nurse Ellen Price described the night shift.\n\n{L}We had four patients in the corridor,{R} she said.\n\n{L}Nobody slept until the morning.{R}", "Nobody slept", "Ellen Price", False),
    ("interview apposition speaker", f"{L}The roof held, but only just,{R} said the owner, Marco Bellini.", "The roof held", "Marco Bellini", False),
    # press releases and organizations
    ("press release statement", f"In a statement, Northwind Airlines said: {L}All passengers have been rebooked on later flights.{R}", "All passengers have been", "Northwind Airlines", False),
    ("press release according to", f"{L}Production will resume on Monday,{R} according to Halvorsen Steel.", "Production will resume", "Halvorsen Steel", False),
    ("press release the company", f"Brightwater Foods recalled 40,000 jars of sauce on Friday. {L}We are acting out of caution,{R} the company said.", "We are acting out", "Brightwater Foods", False),
    ("press release spokesperson", f"{L}The outage affected about 12,000 homes,{R} utility spokeswoman Carla Mendes said.", "The outage affected", "Carla Mendes", False),
    ("report found", f"A report by the state auditor found that the agency had {L}no reliable record of its own spending.{R}", "no reliable record", "report by the state auditor", True),
    ("statement hyphenated description", f"A statement released by the state-run news agency said: {L}The talks will continue next week in Oslo.{R}", "The talks will continue", "statement released by the state-run news agency", False),
    ("union called it", f"The nurses' union called the offer {L}an insult{R} and voted to strike.", "an insult", "nurses' union", True),
    ("agency denied", f"The housing agency denied that it had {L}lost track of the repairs.{R}", "lost track of the repairs", "housing agency", True),
    # court reports
    ("court judge", f"{L}You showed no remorse at any point in this trial,{R} Judge Miriam Stoltz told the defendant.", "You showed no remorse", "Miriam Stoltz", False),
    ("court prosecutor partial", f"Prosecutor Dev Raman described the scheme as {L}theft dressed up as charity.{R}", "theft dressed up", "Dev Raman", True),
    ("court defense lawyer", f"{L}My client will appeal this verdict,{R} said defense attorney Grace Kim.", "My client will appeal", "Grace Kim", False),
    ("court lawyer apposition", f"Their lawyer, Paul Achebe, said the family was {L}relieved but exhausted.{R}", "relieved but exhausted", "Paul Achebe", True),
    ("court ruling short", f"The appeals court called the search {L}plainly unlawful{R} and overturned the conviction.", "plainly unlawful", "appeals court", True),
    ("court defendant denied", f"Bergstrom denied he had {L}ever touched the money{R} during two days of testimony.", "ever touched the money", "Bergstrom", True),
    ("court filing according to", f"The defendant {L}threatened to burn the shop down,{R} according to court records.", "threatened to burn", "court records", True),
    ("court witness role noun", f"Witness Agnes Moyo took the stand on Tuesday. {L}He was holding a knife,{R} the witness said.", "He was holding a knife", "witness", False),
    # political speeches
    ("speech colon intro", f"Senator Ruth Adeyemi closed her speech with a warning:\n\n{L}If we do nothing, the river will decide for us.{R}", "If we do nothing", "Ruth Adeyemi", False),
    ("speech insisted", f"The governor insisted the budget was {L}balanced to the last cent.{R}", "balanced to the last cent", "governor", True),
    ("speech accused", f"Mayor Ines Valdez accused the council of {L}playing games with people's homes.{R}", "playing games", "Ines Valdez", True),
    ("speech dubbed", f"Candidate Omar Sadiq dubbed the plan {L}a tax on breathing.{R}", "a tax on breathing", "Omar Sadiq", True),
    ("speech joked", f"{L}I have more grey hair than when I started,{R} Prime Minister Elin Strand joked.", "I have more grey hair", "Elin Strand", False),
    ("speech noted", f"Finance Minister Kofi Mensah noted that inflation had been {L}falling for six straight months.{R}", "falling for six", "Kofi Mensah", True),
    ("speech called it short", f"President Nadia Ivanova called the election {L}a farce.{R}", "a farce", "Nadia Ivanova", True),
    ("speech who relative", f"The bill was opposed by Senator Carl Jensen, who called it {L}reckless spending.{R}", "reckless spending", "Carl Jensen", True),
    ("speech tag on other person", f"Rivera praised her rival Dana Cole. {L}She ran a clean race,{R} Rivera said.", "She ran a clean race", "Rivera", False),
    ("speech going on to say", f"{L}This is our moment,{R} Mayor Leon Fisher said, going on to say that the city had {L}waited long enough for a new hospital.{R}", "waited long enough", "Leon Fisher", True),
    ("speech quote ends its sentence", f"Mayor Tara Quinn opened the bridge. {L}This took eleven years to build.{R} Engineers said the bridge would last a century.", "This took eleven years", "Tara Quinn", False),
    ("speech said X colon", f"Said Harriet Olsen: {L}Nobody in this room voted for a pay cut.{R}", "Nobody in this room", "Harriet Olsen", False),
    # tweets and posts
    ("tweet wrote on", f"Governor Aaron Pike wrote on X: {L}The roads are closed. Stay home tonight.{R}", "The roads are closed", "Aaron Pike", False),
    ("tweet tweeted", f"{L}Proud of our firefighters tonight,{R} Mayor Lucia Romero tweeted.", "Proud of our firefighters", "Lucia Romero", False),
    ("tweet signature dash", f"{L}Our hearts are with every family in Millbrook tonight.{R} \u2014 Jordan Ellis (@jellis) March 3, 2024", "Our hearts are with", "Jordan Ellis", False),
    ("testimonial signature", f"{L}The new bus line changed my commute completely.{R} \u2015 Priya Raman\n{L}I finally get home before dark.{R} \u2015 Soren Holt", "I finally get home", "Soren Holt", False),
    ("post right mark typed as opener", "\u201dWe will rebuild every school that was damaged.\u201d \u2015 Minister Ana Ruiz", "We will rebuild every", "Ana Ruiz", False),
    # scare quotes and titles: nobody says them
    ("scare quote alone", f"Residents of the {L}old quarter{R} woke to sirens before dawn.", "old quarter", None, True),
    ("title alone", f"The film {L}Night Harbor{R} opens in cinemas on Friday.", "Night Harbor", None, True),
]  # fmt: skip


def _find(nlp, text: str, start: str):  # type: ignore[no-untyped-def]
    return next((q for q in extract_quotes(nlp(text), source="t") if q.text.startswith(start)), None)


@pytest.mark.parametrize(("name", "text", "start", "speaker", "partial"), CASES, ids=[c[0] for c in CASES])
def test_attribution(nlp, name: str, text: str, start: str, speaker: str | None, partial: bool) -> None:  # type: ignore[no-untyped-def]
    found = _find(nlp, text, start)
    if speaker is None:
        assert found is None, f"{name}: nobody says these words, yet {found}"
        return
    assert found is not None, f"{name}: quote not found"
    assert found.speaker is not None, f"{name}: no speaker"
    assert found.speaker.name == speaker
    assert found.partial is partial
    ev = found.evidence
    assert text[ev.start : ev.end] == ev.text and start in ev.text


def test_speaker_text_keeps_the_printed_characters(nlp) -> None:  # type: ignore[no-untyped-def]
    """Issue 19: joined tokens gave "state - run media"; the name is the text as printed."""
    text = f"A statement released by state-run media said: {L}The security forces are taking measures.{R}"
    found = _find(nlp, text, "The security forces")
    assert found is not None and found.speaker is not None
    assert found.speaker.name == "statement released by state-run media"
    text = f"The co-founder of the group said the march would go ahead. {L}Nothing will stop us now,{R} she added."
    found = _find(nlp, text, "Nothing will stop")
    assert found is not None and found.speaker is not None and found.speaker.name == "co-founder"

"""Reprints of one story are found; independent reports are not."""

from __future__ import annotations

from eventfacts.extract import fingerprint
from eventfacts.reconcile.copies import copy_groups, independent
from eventfacts.records import DocFacts, SourceInfo

AGENCY = (
    "A magnitude 6.1 earthquake struck off the coast of northern Chile on Monday, shaking buildings in "
    "the port city of Iquique and cutting power to thousands of homes, the national emergency office said. "
    "There were no immediate reports of deaths. The quake hit at a depth of 35 kilometres about 60 "
    "kilometres west of Iquique, the US Geological Survey said. Authorities briefly ordered an evacuation "
    "of low-lying coastal areas but lifted it after the navy ruled out a tsunami. Residents fled into the "
    "streets as the shaking lasted for nearly a minute. Chile is one of the most seismically active "
    "countries in the world."
)
REPRINT = AGENCY.replace("on Monday", "early on Monday").replace("Residents fled", "Many residents ran")
INDEPENDENT = (
    "Iquique woke to sirens. In the old town, shopkeepers swept broken glass from their doorsteps while "
    "the navy's patrol boats circled the bay. Maria Soto, who runs a bakery near the port, said her ovens "
    "were undamaged but the electricity was still out at noon. Engineers from the regional government "
    "began inspecting schools and the hospital, which treated a dozen people for cuts and bruises."
)


def doc(source: str, text: str) -> DocFacts:
    info = SourceInfo(
        source, source, None, None, None, None, len(text), (), None, fingerprint=fingerprint(text)
    )
    return DocFacts(info)


def test_reprints_group_and_independent_reports_do_not() -> None:
    groups = copy_groups([doc("afp", AGENCY), doc("daily", REPRINT), doc("local", INDEPENDENT)])
    assert groups["afp"] == groups["daily"] != groups["local"]
    assert independent(["afp", "daily", "local"], groups) == 2
    assert independent(["afp", "daily"], groups) == 1


def test_fingerprints_are_deterministic_and_small() -> None:
    assert fingerprint(AGENCY) == fingerprint(AGENCY)
    words = len(AGENCY.split())
    assert 0 < len(fingerprint(AGENCY)) < words / 2


# A second reprint, of the first reprint, that rewrites its opening: it shares enough with the
# reprint to be its copy, whatever it shares with the agency story itself.
SECOND_REPRINT = (
    "Buildings swayed in Iquique on Monday when a strong earthquake hit northern Chile. "
    + REPRINT.split(". ", 2)[2]
)


def test_a_chain_of_reprints_is_one_group_named_by_its_smallest_id_in_any_order() -> None:
    docs = [
        doc("c-wire", SECOND_REPRINT),
        doc("b-daily", REPRINT),
        doc("a-agency", AGENCY),
        doc("z-local", INDEPENDENT),
    ]
    for order in (docs, docs[::-1], [docs[2], docs[0], docs[3], docs[1]]):
        groups = copy_groups(order)
        assert groups == {
            "a-agency": "a-agency",
            "b-daily": "a-agency",
            "c-wire": "a-agency",
            "z-local": "z-local",
        }

"""Words of a document's title printed in capitals inside a sentence ("signed a memorandum named “MEMORANDUM
OF UNDERSTANDING BETWEEN X AND Y”") are no acronyms: no body is made of "AND", "OF" or a place in capitals,
and the document is the pair's. A list of acronyms ("UKM, UPM and USM signed") is still read."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article, parsed

PAIR = ["Marlowe Institute of Technology", "Vesterby University"]
FIRST = "Vesterby University hosted a delegation of Marlowe Institute of Technology on 26 April."


@pytest.mark.parametrize(
    "second",
    [
        "On this occasion, both universities signed a memorandum named “MEMORANDUM OF UNDERSTANDING BETWEEN "
        "MARLOWE INSTITUTE OF TECHNOLOGY KORVAL, RAVONIA AND VESTERBY UNIVERSITY ON STAFF EXCHANGE”.",
        "The two institutions signed the “AGREEMENT FOR ACADEMIC COOPERATION BETWEEN VESTERBY UNIVERSITY, "
        "NORDLAND AND MIT KORVAL, RAVONIA” on 26 April.",
        "Both sides then signed a document entitled “FRAMEWORK AGREEMENT ON JOINT RESEARCH AMONG VESTERBY "
        "UNIVERSITY AND MIT”.",
    ],
)
def test_a_title_in_capitals_makes_no_bodies(second):
    out = parsed(article(FIRST, second))
    names = {i["name"] for i in out["institutions"]}
    assert not names & {"AND", "OF", "RAVONIA", "NORDLAND", "KORVAL", "ON", "AMONG"}
    assert [(a["action"], sorted(a["parties"])) for a in out["agreements"]] == [("signed", PAIR)]


def test_a_list_of_acronyms_is_still_read():
    body = "UKTV, PSRU and QMTU signed a memorandum of understanding with Vesterby University on 26 April."
    parties = actions_and_parties(article(body))[0][1]
    assert {"UKTV", "PSRU", "QMTU"} <= set(parties)

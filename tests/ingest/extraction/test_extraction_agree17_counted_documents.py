"""Documents counted before their noun ("two memoranda", "three bilateral MoUs", even "two Memorandum of
Understandings") are one a partner where several partners follow; "both the MoUs", "these agreements" point
back to the documents told, so the bodies of their sentence (a forum, a venue) are no new parties."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

HUB = "Pellworth University"
ONE, TWO = "Varnholm University", "Tarnowe Institute of Technology"
EACH = sorted([("signed", sorted([HUB, ONE])), ("signed", sorted([HUB, TWO]))])


@pytest.mark.parametrize(
    "body",
    [
        f"{HUB} signed two memoranda of understanding with {ONE} and {TWO} on 16 March.",
        f"{HUB} signs two bilateral Memorandum of Understandings with {ONE} and {TWO} on 16 March.",
        f"{HUB} concluded 2 cooperation agreements, with {ONE} and with {TWO}, on 16 March.",
    ],
)
def test_counted_documents_are_one_a_partner(body):
    assert sorted(actions_and_parties(article(body))) == EACH


@pytest.mark.parametrize(
    "after",
    [
        "Both the MoUs were signed in the presence of the heads of 40 universities in the 5th Nordic Rectors "
        "Summit, held in Bergen.",
        "These agreements were signed at the Baltic Presidents Forum.",
        "Both documents were signed on the sidelines of the Adriatic Deans Conference.",
    ],
)
def test_documents_pointed_back_to_take_no_new_party(after):
    body = f"{HUB} signed two memoranda of understanding with {ONE} and {TWO} on 16 March."
    assert sorted(actions_and_parties(article(body, after))) == EACH

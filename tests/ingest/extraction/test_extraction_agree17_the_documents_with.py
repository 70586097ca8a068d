"""A document's partners are named by its own "with" or "between", the first after its noun that a body
follows, not by an earlier "with" of another verb ("helped with the MoU signing between A and B", "met with C
..., where he signed an MoU with D"); the bodies that other "with" names are met, not signers; and a
where-clause tells of a body only where that body is named just before "where" ("travelled to Brno, where
..." is a city)."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = sorted(["Pellworth University", "Varnholm University"])


@pytest.mark.parametrize(
    "body",
    [
        "In June 2017, the Tarnowe Institute of Technology also helped with the MOU signing between "
        "Pellworth University and Varnholm University.",
        "Ostrava Mining Academy, together with its partners, hosted the signing of an agreement between "
        "Pellworth University and Varnholm University.",
        "The Kessler Foundation, which works with many schools, witnessed the signing of the memorandum of "
        "understanding between Pellworth University and Varnholm University.",
    ],
)
def test_the_between_after_the_document_names_its_parties(body):
    assert actions_and_parties(article(body)) == [("signed", PAIR)]


@pytest.mark.parametrize(
    "body",
    [
        "Pellworth University's president met with officials of the Ostrava Mining Academy in Brno and then "
        "travelled to Kestrel Bay, where he signed a memorandum of understanding with Varnholm University.",
        "Pellworth University's rector visited Brno, where she met with the Ostrava Mining Academy's "
        "leadership, and Kestrel Bay, where she signed a memorandum of understanding with Varnholm "
        "University.",
        "Pellworth University, after talks with Ostrava Mining Academy on Monday, signed a cooperation "
        "agreement with Varnholm University on Tuesday.",
    ],
)
def test_a_body_met_on_the_way_is_no_signer(body):
    assert actions_and_parties(article(body)) == [("signed", PAIR)]


def test_a_signing_with_before_the_document_still_names_the_partner():
    body = "Pellworth University signed with Varnholm University an agreement on joint degrees."
    assert actions_and_parties(article(body)) == [("signed", PAIR)]

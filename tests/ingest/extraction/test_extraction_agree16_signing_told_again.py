"""The signing of a document named by its bare noun, told as an occasion after the document was signed ("The
MoU signing ceremony was attended by officials of C", "Speaking at the signing of the agreement, the director
of C ..."), is that signing again: the bodies its sentence names are guests, witnesses or speakers, not
parties. Partners named right after it ("the signing of the MoU with C") still make a document of their
own."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = ["Eastmere University", "Rostova Academy of Mining"]
FIRST = "Eastmere University signed a memorandum of understanding with Rostova Academy of Mining on 7 July."


@pytest.mark.parametrize(
    "second",
    [
        "The MoU signing ceremony was attended by officials of the Kelby Heritage Trust.",
        "Speaking at the signing of the memorandum, the director of Vantor Polytechnic praised both sides.",
        "Staff from the Ministry of Mines also attended the signing of the agreement.",
        "An MoU signing ceremony was held in the great hall, in which the director of Vantor Polytechnic and "
        "others were present.",
    ],
)
def test_the_signing_told_again_adds_no_party(second):
    assert actions_and_parties(article(FIRST, second)) == [("signed", PAIR)]


def test_partners_right_after_the_signing_make_a_document_of_their_own():
    second = "The signing of the MoU with Vantor Polytechnic followed on 8 July."
    assert actions_and_parties(article(FIRST, second)) == [
        ("signed", PAIR),
        ("signed", ["Eastmere University", "Vantor Polytechnic"]),
    ]


def test_a_document_of_one_party_takes_its_partner_from_the_signing():
    text = article(
        "Eastmere University signed a memorandum of understanding on 7 July.",
        "At the signing of the memorandum, the rector of Rostova Academy of Mining thanked the hosts.",
    )
    assert actions_and_parties(text)[-1] == ("signed", PAIR)

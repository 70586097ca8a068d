"""A body named only as the place of a signing ("at a ceremony held at C", "signed the MoU at C") is its
venue, not a party, where two others sign; a unit "at" its parent and a person's post "at" a body are no
venues, and a venue that is one of only two bodies named stays a party."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = ["Corrow Institute of Technology", "Yelverton University"]


@pytest.mark.parametrize(
    "body",
    [
        "At a ceremony held at the National Academy of Letters on 4 March, Yelverton University and Corrow "
        "Institute of Technology signed a memorandum of understanding.",
        "In a short ceremony at Ferrick College, Corrow Institute of Technology signed a memorandum of "
        "understanding with Yelverton University on 4 March.",
        "Yelverton University and Corrow Institute of Technology signed a memorandum of understanding at the "
        "Ministry of Culture on 4 March.",
    ],
)
def test_the_place_of_a_signing_is_no_party(body):
    assert actions_and_parties(article(body)) == [("signed", PAIR)]


def test_a_venue_that_is_one_of_two_bodies_signs():
    body = "Corrow Institute of Technology signed an MoU at Yelverton University on 4 May."
    assert actions_and_parties(article(body)) == [("signed", PAIR)]


@pytest.mark.parametrize(
    "body",
    [
        "Yelverton University signed a memorandum of understanding with the School of Nursing at Ferrick "
        "College and Corrow Institute of Technology on 4 March.",
        "Dr. Ann Pell, a professor at Ferrick College, signed a memorandum of understanding with Yelverton "
        "University and Corrow Institute of Technology on 4 March.",
        "Yelverton University, Corrow Institute of Technology and Ferrick College signed a memorandum of "
        "understanding on 4 March; the text was drafted by a lecturer at Ferrick College.",
    ],
)
def test_a_unit_or_a_post_at_a_body_makes_no_venue(body):
    assert actions_and_parties(article(body)) == [("signed", sorted([*PAIR, "Ferrick College"]))]

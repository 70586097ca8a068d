"""A document whose sentence names no party takes the bodies the next sentence lists as its signatories ("The
signatories were A and B", "The parties to it are A and B", "It was signed by A and B"); a next sentence
that names no bodies, or one document whose own sentence names its parties, changes nothing."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = ["Darnell College of Forestry", "Yusupova State University"]
FIRST = "A memorandum of understanding on forest research was signed on 30 August."


@pytest.mark.parametrize(
    "second",
    [
        "The signatories were Yusupova State University and Darnell College of Forestry.",
        "The parties to it are Darnell College of Forestry and Yusupova State University.",
        "It was signed by Yusupova State University and Darnell College of Forestry in the main hall.",
    ],
)
def test_the_signatories_told_next_are_the_parties(second):
    assert actions_and_parties(article(FIRST, second)) == [("signed", PAIR)]


def test_signatories_that_are_people_change_nothing():
    text = article(
        "Yusupova State University signed a memorandum of understanding with Darnell College of Forestry on "
        "30 August.",
        "The signatories were the two rectors.",
    )
    assert actions_and_parties(text) == [("signed", PAIR)]

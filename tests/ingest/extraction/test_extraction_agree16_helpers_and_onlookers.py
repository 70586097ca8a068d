"""A body told as the helper or proposer of a signing ("with the assistance of C", "thanks to the efforts of
C", "at the initiative of C", "through the mediation of C", "with the backing of C") or as an onlooker
("Representatives of C looked on as A and B signed") is none of its parties."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = ["Ambleford University", "Tanaka Institute of Design"]


@pytest.mark.parametrize(
    "body",
    [
        "With the assistance of the Brightwater Trust, Ambleford University and Tanaka Institute of Design "
        "signed a memorandum of understanding on 14 May.",
        "Thanks to the efforts of the Ministry of Culture, Tanaka Institute of Design and Ambleford "
        "University signed a memorandum of understanding on 14 May.",
        "At the initiative of the Embassy of Ruritania, Ambleford University signed a memorandum of "
        "understanding with Tanaka Institute of Design on 14 May.",
        "Ambleford University and Tanaka Institute of Design signed a memorandum of understanding on 14 May "
        "through the mediation of Halvard College.",
        "Ambleford University and Tanaka Institute of Design, with the backing of the Brightwater Trust, "
        "signed a memorandum of understanding on 14 May.",
        "Officials of the Brightwater Trust looked on as Ambleford University and Tanaka Institute of Design "
        "signed a memorandum of understanding on 14 May.",
    ],
)
def test_helpers_proposers_and_onlookers_are_no_parties(body):
    assert actions_and_parties(article(body)) == [("signed", PAIR)]


def test_a_third_signer_after_looked_on_as_stays():
    body = (
        "Officials of the Brightwater Trust looked on as Ambleford University, Halvard College and Tanaka "
        "Institute of Design signed a memorandum of understanding on 14 May."
    )
    assert actions_and_parties(article(body)) == [("signed", sorted([*PAIR, "Halvard College"]))]

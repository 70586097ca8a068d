"""Whom visitors met right after visiting a place acts for that place: "the delegates visited X and met with
A", "they visited X and held talks with leaders including President B", "a delegation visited X and called
upon Vice Chancellor C". Seen on pages of two tuning sets (two sites): a dean and a vice chancellor left with
no body, and a president given the first host of a three-stop tour. Nothing but the meeting's words may
stand between the place and the person: a comma, a clause of its own or another person ends the reading.
Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

MARLOW = "University of Marlowfield"


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "On 3 June the guests visited the University of Marlowfield "
            "and met with Odile Varnsby, Director of the Centre for Coastal Studies.",
            "Odile Varnsby",
        ),
        (
            "Next morning the team visited the University of Marlowfield "
            "and held talks with senior staff including Provost Professor Jasper Tulliver.",
            "Jasper Tulliver",
        ),
        (
            "On 4 June they visited the University of Marlowfield and called upon Vice Chancellor Prof "
            "Harriet Quenby in her office.",
            "Harriet Quenby",
        ),
    ],
)
def test_the_person_met_acts_for_the_place_just_visited(sentence, person):
    first_stop = (
        "A delegation of Corvane Institute of Technology visited Presland Agricultural University on 2 June."
    )
    # without the reading, the first host (or the visitors) would be given: the tour's other stop
    assert institutions_of(article(first_stop, sentence))[person] == MARLOW


def test_a_second_tour_stop_gives_its_own_host_not_the_first():
    text = article(
        "A delegation of Corvane Institute of Technology visited the University of Marlowfield on 3 June.",
        "On 4 June the delegates visited Presland Agricultural University and held talks with academic "
        "leaders including Rector Professor Ivo Brannock.",
    )
    assert institutions_of(text)["Ivo Brannock"] == "Presland Agricultural University"


def test_a_meeting_told_as_a_clause_of_its_own_is_not_read_this_way():
    text = article(
        "The delegates visited the University of Marlowfield, and later they met with Dr Selma Orrick in the "
        "city hall.",
    )
    assert institutions_of(text).get("Selma Orrick") != MARLOW

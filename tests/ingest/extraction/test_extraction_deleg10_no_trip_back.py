"""A visit is not read backwards: where a sentence tells A's trip to X, the meeting of that visit (or an
agreement signed during it) does not make a trip of X to A as well. A trip back that a sentence tells
itself stays. Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips_with_none as trips

article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The delegation of Ghent University met with a delegation from Lund University on 3 May.",
            "A delegation of Lund University, led by Rector Prof. Anna de Wit, visited Ghent University "
            "from 2 to 4 May.",
        ),
        (
            "Ghent University welcomed a delegation from Lund University on 3 May.",
            "The delegation of Ghent University and the guests from Lund University discussed joint degrees.",
            "Ghent University's team also met with Lund University's researchers.",
        ),
    ],
)
def test_the_meeting_of_a_visit_makes_no_trip_back(sentences):
    assert trips(article(*sentences)) == [("Lund University", "Ghent University")]


def test_the_hosts_hopes_for_the_visit_make_no_trips_to_the_guests():
    text = article(
        "On 3 May, Rector Prof. Jan Peeters of Ghent University held talks with delegations from Lund "
        "University and Uppsala University.",
        "Rector Peeters hoped that the working visit of the Swedish universities would bring new joint "
        "programmes.",
    )
    assert trips(text) == [
        ("Lund University", "Ghent University"),
        ("Uppsala University", "Ghent University"),
    ]


def test_a_trip_back_told_in_its_own_sentence_stays():
    text = article(
        "In May, a delegation of Lund University visited Ghent University.",
        "In September, a delegation of Ghent University visited Lund University.",
    )
    assert trips(text) == [("Ghent University", "Lund University"), ("Lund University", "Ghent University")]

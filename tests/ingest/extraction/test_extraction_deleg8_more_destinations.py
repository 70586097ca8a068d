"""One more destination after a clause about the first: "visited X, where ..., as well as to Y" is a trip to
Y too. Three phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import trips_in_order as trips


@pytest.mark.parametrize(
    "sentence",
    [
        "A delegation of Lund University visited Ghent University, where it discussed a joint degree, "
        "as well as to Leiden University.",
        "The delegation of Lund University also made a stop at Ghent University where it toured the library, "
        "as well as at Leiden University.",
        "A team from Lund University travelled to Ghent University in order to plan a summer school, as well "
        "as to Leiden University.",
    ],
)
def test_a_destination_added_after_a_clause_about_the_first_is_a_trip_too(sentence):
    assert trips(article(sentence)) == [
        ("Lund University", "Ghent University"),
        ("Lund University", "Leiden University"),
    ]


def test_an_institution_named_inside_the_clause_is_no_destination():
    sentence = (
        "A delegation of Lund University visited Ghent University, where it discussed a joint degree with "
        "Leiden University."
    )
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]

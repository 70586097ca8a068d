"""A laboratory, museum or firm a delegation is shown on a trip already told to another host is part of that
visit, not a trip of its own. Three phrasings, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips_with_none as trips

article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "tour",
    [
        "After the talks, the delegation visited the Jackson Laboratory.",
        "After lunch, the delegation also visited the Dalian Shipbuilding Industry Company.",
        "Later, the delegation toured the Seabed Mining Company of the Coastal Technology Incubator.",
    ],
)
def test_a_facility_shown_on_the_trip_is_no_host(tour):
    text = article("On 9 May, a delegation of Ghent University visited Dalian Maritime University.", tour)
    assert trips(text) == [("Ghent University", "Dalian Maritime University")]


def test_a_laboratory_visited_as_the_trip_itself_is_its_host():
    text = article("On 9 May, a delegation of Ghent University visited Argonne National Laboratory.")
    assert trips(text) == [("Ghent University", "Argonne National Laboratory")]


def test_a_second_university_visited_on_the_trip_is_a_host_of_its_own():
    text = article(
        "On 9 May, a delegation of Ghent University visited Dalian Maritime University.",
        "After the talks, the delegation visited Dalian University of Technology.",
    )
    assert trips(text) == [
        ("Ghent University", "Dalian Maritime University"),
        ("Ghent University", "Dalian University of Technology"),
    ]

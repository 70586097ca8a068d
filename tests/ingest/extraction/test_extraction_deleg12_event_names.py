"""A body named as the name of an event is no party to a trip: "the NCR Study Visit", "the EUA annual
conference was hosted by X" tell an event the body organises, not a place a delegation called on nor a
trip of the body to the venue. Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "A delegation of Lund University visited Oslo from 3 to 6 May for the Nordic Council of Rectors "
        "(NCR) Study Visit and Strategic Meeting.",
        "In May, a team from Lund University visited Leuven for the European University Association (EUA) "
        "Study Visit on doctoral education.",
        "Last week the Lund University delegation travelled to the Nordic Council of Rectors (NCR) annual "
        "meeting in Bergen.",
    ],
)
def test_a_body_named_for_the_event_attended_is_no_host(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This year's European University Association annual conference was hosted by Ghent University and "
        "brought together rectors from 40 countries.",
        "The European University Association conference, hosted by Ghent University, gathered 400 rectors.",
        "Last year the European University Association's 5th annual forum was hosted by Ghent University.",
    ],
)
def test_the_organiser_of_an_event_at_a_university_makes_no_trip_there(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentences",
    [
        ("A delegation of Lund University visited Ghent University on 4 May.",),
        (
            "A Lund University delegation visited Ghent University during the Ghent University Research "
            "Forum.",
        ),
        (
            "A delegation of Lund University visited Ghent University on 4 May.",
            "The delegation also visited the Ghent University Conference Centre.",
        ),
    ],
)
def test_a_trip_named_first_by_its_parties_stays(sentences):
    assert trips(article(*sentences)) == [("Lund University", "Ghent University")]

"""A trip told with no host ("led a delegation visiting three universities in Norway") calls on each place a
later clause takes the travellers to, wherever that clause stands in its sentence: "the busy week took the
delegation to A, B and C", "the first stop was A", "one of her first stops on the trip was a meeting with A".
A stop still to come is no trip."""

from tests.ingest.extraction.reading import article, trips

_TOUR = (
    "The rector of Tavira Polytechnic of Design, Prof. Anneli Vostrup, led a six-member delegation visiting "
    "three universities abroad from 3 to 7 April 2023."
)


def test_the_week_took_the_delegation_to_three_universities():
    text = article(
        _TOUR,
        "The busy week took the delegation to Quillabamba National University, Altiplano Sur University "
        "and the Kestrelmoor Institute of Technology.",
    )
    assert trips(text) == [
        ("Tavira Polytechnic of Design", "Altiplano Sur University"),
        ("Tavira Polytechnic of Design", "Kestrelmoor Institute of Technology"),
        ("Tavira Polytechnic of Design", "Quillabamba National University"),
    ]


def test_the_first_stop_of_the_tour_is_a_trip():
    text = article(
        _TOUR,
        "On 4 April the first stop was Quillabamba National University and its new library.",
    )
    assert trips(text) == [("Tavira Polytechnic of Design", "Quillabamba National University")]


def test_one_of_the_first_stops_was_a_meeting_with_a_university():
    text = article(
        _TOUR,
        "One of her first stops on the trip was a meeting with Altiplano Sur University on research "
        "exchanges.",
    )
    assert trips(text) == [("Tavira Polytechnic of Design", "Altiplano Sur University")]


def test_a_stop_still_to_come_is_no_trip():
    text = article(
        _TOUR,
        "Next year a second tour will take the delegation to Quillabamba National University.",
    )
    assert trips(text) == [("Tavira Polytechnic of Design", "")]

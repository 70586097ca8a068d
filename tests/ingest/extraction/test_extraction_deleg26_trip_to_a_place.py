"""A trip told as a noun ("during a visit to Estonia", "on a working trip to Estonia", "during a mission to
Estonia") whose destination is a place, not an institution: the main clause's traveller calls on each
institution it meets or signs with, one trip per host (extraction-format.md: a trip to several hosts is one
record per host). The host of such a trip is never the traveller named after the comma, and "visit" is not
the only noun of travel. Phrasings written for these tests, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, trips


@pytest.mark.parametrize(
    "sentence",
    [
        "During a visit to Estonia on 3 May 2023, Rector Jan Peeters of Ghent University signed agreements "
        "with the University of Tartu and Tallinn University.",
        "During a trip to Estonia on 3 May 2023, Rector Jan Peeters of Ghent University signed agreements "
        "with the University of Tartu and Tallinn University.",
        "In the course of a mission to Estonia on 3 May 2023, Ghent University Rector Jan Peeters held talks "
        "with the University of Tartu and Tallinn University.",
    ],
)
def test_the_traveller_after_the_comma_calls_on_each_institution_it_meets(sentence):
    assert trips(article(sentence)) == [
        ("Ghent University", "Tallinn University"),
        ("Ghent University", "University of Tartu"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "On a working trip to Estonia in May 2023, Ghent University Rector Jan Peeters signed an agreement "
        "with the University of Tartu.",
        "During a journey to Estonia in May 2023, Professor Jan Peeters, rector of Ghent University, met "
        "with the rector of the University of Tartu.",
        "During a week-long tour to Estonia in May 2023, the Ghent University delegation held talks with the "
        "University of Tartu.",
    ],
)
def test_the_institution_named_after_the_comma_is_the_visitor_not_the_host(sentence):
    assert trips(article(sentence)) == [("Ghent University", "University of Tartu")]


def test_a_trip_whose_main_clause_meets_no_one_names_no_host_from_the_main_clause():
    text = article(
        "During a visit to Estonia on 3 May 2023, Rector Jan Peeters of Ghent University gave a lecture "
        "on maritime law."
    )
    assert ("University of Tartu", "Ghent University") not in trips(text)
    assert not [trip for trip in trips(text) if trip[1] == "Ghent University"]


def test_a_trip_to_an_institution_still_has_that_institution_as_host():
    text = article(
        "During their trip to the University of Tartu on 3 May 2023, the Ghent University delegation toured "
        "the library."
    )
    assert trips(text) == [("Ghent University", "University of Tartu")]

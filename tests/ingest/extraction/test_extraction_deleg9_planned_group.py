"""A delegation told with a verb of the future after it ("The delegation will also meet ...") is on a trip
still to come: no visit. Three phrasings, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips_with_none as trips

article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation of Ghent University will also hold meetings with officials of Lund University.",
        "A Ghent University delegation would then meet the leadership of Lund University, the office said.",
        "The Ghent University delegation shall present its programmes to Lund University in June.",
    ],
)
def test_a_delegation_with_a_verb_of_the_future_makes_no_visit(sentence):
    assert trips(article(sentence)) == []


def test_a_delegation_that_met_someone_and_will_return_made_its_visit():
    text = article(
        "The delegation of Ghent University met the leadership of Lund University on 12 May and will "
        "return in the autumn."
    )
    assert trips(text) == [("Ghent University", "Lund University")]


def test_a_delegation_that_visited_and_will_return_made_its_visit():
    text = article(
        "The delegation of Ghent University that visited Lund University on 12 May will return in June."
    )
    assert trips(text) == [("Ghent University", "Lund University")]


def test_visits_named_after_the_plans_of_a_delegation_are_planned_too():
    text = article(
        "The Ghent University delegation will also meet officials of Lund University, teachers and "
        "students during school visits, the statement added."
    )
    assert trips(text) == []

"""What happens as a habit ("each year", "regularly") is no one trip: no delegation is recorded for it.
Three phrasings per rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import trips_in_order as trips


@pytest.mark.parametrize(
    "sentence",
    [
        "Every summer, Ghent University receives a delegation from Lund University for its language school.",
        "Each year, besides many delegations of partner schools, Lund University sends students to Ghent "
        "University.",
        "Ghent University regularly hosts visitors from Lund University in its botanical garden.",
    ],
)
def test_a_visit_told_as_a_habit_is_no_delegation(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, Ghent University received a delegation from Lund University for its language school.",
        "A delegation of Lund University visited Ghent University on 3 May, the first of many such trips.",
        "Ghent University hosted visitors from Lund University in its botanical garden on 3 May.",
    ],
)
def test_one_visit_on_a_day_is_still_a_delegation(sentence):
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]

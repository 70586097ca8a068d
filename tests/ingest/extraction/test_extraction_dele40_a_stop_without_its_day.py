"""A stop of a trip abroad told without a day of its own ("The delegation also took this opportunity to
visit C") is dated by the trip it belongs to: the records of one trip to several hosts share its span, not
just its month. Three phrasings, none taken from an article; every body is invented."""

import pytest

from tests.ingest.extraction.reading import article, parsed


@pytest.mark.parametrize(
    "second",
    [
        "The delegation also took this opportunity to visit Tarnvale University.",
        "With the support of the embassy, the Dean Dr. Olaf Ruud went to Tarnvale University.",
        "From Nairobi, Professor Olaf Ruud proceeded to Tarnvale University.",
    ],
)
def test_a_stop_told_without_its_day_has_the_span_of_the_trip(second):
    text = article(
        "A delegation of Brackwater University, Australia, visited Kenya from 15 to 22 March 2024.", second
    )
    stop = next(d for d in parsed(text)["delegations"] if d["host"] == "Tarnvale University")
    assert (stop["start"], stop["end"]) == ("2024-03-15", "2024-03-22")

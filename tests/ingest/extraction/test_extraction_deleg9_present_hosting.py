"""Hosting told in the present tense, as news and headlines often tell it: "X receives", "welcomes",
"hosts" a guest are read as "received", "welcomed", "hosted" are. Three phrasings, none taken from an
article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips_with_none as trips

article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "Today the rector of Ghent University, Prof. Rik Peeters, receives Dr. Anna de Wit, president of "
        "Lund University, in his office.",
        "The Vice-Chancellor of Ghent University welcomes Prof. Anna de Wit, Rector of Lund University, and "
        "her team.",
        "Ghent University hosts Prof. Anna de Wit, Rector of Lund University, for two days of talks.",
    ],
)
def test_a_guest_received_in_the_present_tense_visits(sentence):
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]


def test_welcoming_an_idea_in_the_present_tense_is_no_visit():
    text = article("The rector said Ghent University welcomes closer cooperation with Lund University.")
    assert trips(text) == []

"""A trip told only by the place it went to ("was in Belize", "visited Melbourne", "travelled to Poland") was
the guest of the one institution the article names in that place; with two there, or none, the host stays
unnamed. The visitors' own countries are where they come from. Phrasings written for these tests, none taken
from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    ("visit", "there", "host"),
    [
        (
            "A delegation from Lund University, Sweden, was in Poland from 3 to 5 May 2023.",
            "Jagiellonian University has been a partner of Swedish universities since 2001.",
            "Jagiellonian University",
        ),
        (
            "On 3 May 2023, the Lund University delegation visited Melbourne to discuss research.",
            "The University of Melbourne offered places in its summer school.",
            "The University of Melbourne",
        ),
        (
            "A team from Lund University travelled to Japan on 3 May 2023 to strengthen ties.",
            "Kyoto University has sent students to Sweden since 2015.",
            "Kyoto University",
        ),
    ],
)
def test_the_one_institution_of_the_place_hosts(visit, there, host):
    assert trips(article(visit, there)) == [("Lund University", host)]


def test_two_institutions_in_the_place_leave_the_host_unnamed():
    text = article(
        "A delegation from Lund University, Sweden, was in Poland from 3 to 5 May 2023.",
        "Jagiellonian University and the University of Warsaw have been partners of Swedish universities "
        "since 2001.",
    )
    assert trips(text) == [("Lund University", "")]


def test_the_visitors_own_country_is_not_where_they_went():
    text = article(
        "A delegation from three universities in Sweden, Lund University, Uppsala University and Umeå "
        "University, was in Poland from 3 to 5 May 2023.",
        "Jagiellonian University has been a partner of Swedish universities since 2001.",
    )
    assert {host for _visitor, host in trips(text)} == {"Jagiellonian University"}

"""A delegation travelling to a town is received by the institution its where-clause names: "travelled
to Kumasi, where X's Vice-Chancellor welcomed them" makes X the host of that stop and gives it the day
the sentence tells. Three phrasings, none taken from an article."""

from functools import partial

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction import reading


def trips(text):
    return sorted(
        (d["visitor"], d["host"], d["start"]) for d in parse_article(text, file="t.txt")["delegations"]
    )


article = partial(reading.article, title="Partnership news", published="2023-09-20")


OPENING = (
    "A delegation from Aarhus University visited Stellenbosch University and Rhodes University last week."
)


@pytest.mark.parametrize(
    "stop",
    [
        "On 12 September the guests travelled to Makhanda, where Rhodes University's Vice-Chancellor hosted "
        "them.",
        "On 12 September the visitors flew on to Makhanda, where they were received by Rhodes University.",
        "On 12 September the delegation arrived in Makhanda, where the Rector of Rhodes University, Prof. "
        "Thandi Mokoena, welcomed them.",
    ],
)
def test_a_town_whose_where_clause_names_the_host_is_that_hosts_stop(stop):
    first = "On 11 September the delegation held talks with Stellenbosch University in Stellenbosch."
    assert trips(article(OPENING, first, stop)) == [
        ("Aarhus University", "Rhodes University", "2023-09-12"),
        ("Aarhus University", "Stellenbosch University", "2023-09-11"),
    ]


def test_a_where_clause_naming_no_institution_gives_no_host():
    text = article(
        "A delegation from Aarhus University travelled to Makhanda, where the weather was fine, "
        "on 12 September."
    )
    assert trips(text) == []  # a trip that names no host is no record (dele31)

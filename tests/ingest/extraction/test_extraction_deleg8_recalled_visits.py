"""Earlier trips told in passing ("the visits to X by Y in 2006 and 2009"): one record per year named,
dated by its year, with no leader taken from the trip the article tells. Three phrasings, none taken from
an article."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.reading import article


def trips(text):
    return [(d["visitor"], d["host"], d["start"]) for d in parse_article(text, file="t.txt")["delegations"]]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        (
            "Both rectors recalled that the visits to Ghent University by Lund University in 2015 and 2019 "
            "laid the ground for the new agreement.",
            ["2015", "2019"],
        ),
        (
            "The exchange builds on the visiting to Ghent University by Lund University in 2012, 2014 "
            "and 2018.",
            ["2012", "2014", "2018"],
        ),
        (
            "Officials noted that the visit to Ghent University by Lund University in 2011 opened the first "
            "joint programme.",
            ["2011"],
        ),
    ],
)
def test_each_year_of_an_earlier_visit_recalled_is_a_trip_of_its_own(sentence, years):
    assert trips(article(sentence)) == [("Lund University", "Ghent University", year) for year in years]


def test_a_recalled_trip_takes_no_leader_from_the_trip_the_article_tells():
    text = article(
        "On 3 May 2023, Prof. Erik Holm, President of Lund University, was welcomed by the rector of Ghent "
        "University.",
        "Both recalled that the visits to Ghent University by Lund University in 2015 and 2019 laid the "
        "ground for the new agreement.",
    )
    leaders = {d["start"]: d["leader"] for d in parse_article(text, file="t.txt")["delegations"]}
    assert leaders == {"2023-05-03": "Erik Holm", "2015": None, "2019": None}

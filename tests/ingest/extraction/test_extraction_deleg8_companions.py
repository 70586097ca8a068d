"""Who went along on a visit: "visited X with the Rector of Y" is a trip of Y to X too, not a visit to Y.
Three phrasings per rule, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import trips_in_order as trips


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University's rector visited Leiden University with the Rector of Lund University, Prof. Erik "
        "Holm.",
        "The rector of Ghent University toured Leiden University on 3 May, accompanied by a delegation from "
        "Lund University.",
        "A delegation of Ghent University visited Leiden University, together with the deans of Lund "
        "University, in May.",
    ],
)
def test_an_institution_whose_people_went_along_makes_the_trip_too(sentence):
    assert sorted(trips(article(sentence))) == [
        ("Ghent University", "Leiden University"),
        ("Lund University", "Leiden University"),
    ]


def test_the_companion_leads_its_own_institutions_trip():
    text = article(
        "Ghent University's rector visited Leiden University with the Rector of Lund University, "
        "Prof. Erik Holm."
    )
    leaders = {d["visitor"]: d["leader"] for d in parse_article(text, file="t.txt")["delegations"]}
    assert leaders["Lund University"] == "Erik Holm"


@pytest.mark.parametrize(
    "sentence",
    [
        "A delegation of Ghent University visited Leiden University and held talks with the President of "
        "Lund University.",
        "A delegation of Ghent University visited Leiden University, with the aim of meeting scholars of "
        "Lund University.",
        "Ghent University's rector visited Leiden University and signed an agreement with the Rector of "
        "Lund University.",
    ],
)
def test_someone_met_or_worked_with_did_not_go_along(sentence):
    assert trips(article(sentence)) == [("Ghent University", "Leiden University")]

"""A sentence that opens with a side ("On the university side were A and B", "From the host side, the meeting
included C", "On the Dutch part the meeting was attended by D", "On the side of X") names people who act for
that side. Three phrasings per rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import institutions_of as people

EMBASSY_VISIT = "A delegation of the Embassy of France in The Hague visited Leiden University on 3 May."
TRIP = "A delegation from Ghent University visited Leiden University on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "On the university side were the Rector; the Deans of Law and Arts, Dr Jan Smit and Professor Anna "
        "Verbeek; and senior staff.",
        "From the university side, the meeting included Dr. Jan Smit, head of partnerships, and Prof. Anna "
        "Verbeek.",
        "On the university's side, Dr. Jan Smit and Prof. Anna Verbeek took part in the talks.",
    ],
)
def test_the_university_side_is_the_one_university_of_the_visit(sentence):
    found = people(article(EMBASSY_VISIT, sentence))
    assert found["Jan Smit"] == found["Anna Verbeek"] == "Leiden University"


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        (
            "On the host side, the talks were attended by Dr. Jan Smit and Prof. Anna Verbeek.",
            "Leiden University",
        ),
        ("From the visiting side were Dr. Jan Smit and Prof. Anna Verbeek.", "Ghent University"),
        (
            "On the Dutch part the meeting was also attended by Dr. Jan Smit and Prof. Anna Verbeek.",
            "Leiden University",
        ),
    ],
)
def test_the_host_visitor_or_nationality_side_is_that_end_of_the_visit(sentence, side):
    text = article(
        "A delegation from Ghent University, Belgium visited Leiden University, Netherlands on 3 May.",
        sentence,
    )
    found = people(text)
    assert found["Jan Smit"] == found["Anna Verbeek"] == side


@pytest.mark.parametrize(
    "sentence",
    [
        "For his part, Dr. Jan Smit spoke of the partnership.",
        "On the other side, Dr. Jan Smit saw new chances.",
        "On both sides, Dr. Jan Smit saw great promise.",
    ],
)
def test_a_side_that_names_no_one_gives_no_institution(sentence):
    assert people(article(EMBASSY_VISIT, sentence))["Jan Smit"] is None

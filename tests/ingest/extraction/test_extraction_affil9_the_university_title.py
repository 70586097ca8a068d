"""A title said of "the university" after a name ("A the university deputy for research", "A, the University
Vice President for Planning") refers back to the university named before, with or without the comma and
whatever the noun's case; "A, the University of X" is a name, not such a reference. Three phrasings per
rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import institutions_of as people


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were attended by Dr. Jan Smit the university deputy for research and innovation.",
        "The guests were shown the campus by Prof. Jan Smit, the University Vice President for Planning and "
        "Development.",
        "Also present was Dr. Jan Smit the university’s head of international relations.",
    ],
)
def test_a_title_of_the_university_after_the_name_refers_back(sentence):
    opening = "Leiden University received a delegation from the Embassy of France in The Hague on Monday."
    assert people(article(opening, sentence))["Jan Smit"] == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were chaired by Dr. Jan Smit the university library's new reading room.",
        "The guests thanked Prof. Jan Smit, the University of Ghent having sent him.",
        "Also present was Dr. Jan Smit the university had invited.",
    ],
)
def test_no_title_after_the_university_names_no_institution(sentence):
    opening = "Leiden University received a delegation from the Embassy of France in The Hague on Monday."
    assert people(article(opening, sentence)).get("Jan Smit") != "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were attended by Dr. Jan Smit the university deputy for research and innovation.",
        "The guests were shown the campus by Prof. Jan Smit, the University Vice President for Planning.",
        "Also present was Dr. Jan Smit the university’s head of international relations.",
    ],
)
def test_said_loosely_it_names_no_university_of_two(sentence):
    # no visit told (people present at a visit are its host's: test_extraction_affil10_present_at_the_visit)
    opening = "Leiden University and Ghent University, represented by its rector, signed an agreement."
    assert people(article(opening, sentence))["Jan Smit"] is None

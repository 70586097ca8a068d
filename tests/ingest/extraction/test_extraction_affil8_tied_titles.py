"""A bare title the article ties to one institution elsewhere ("the Vice Chancellor of Leiden University" in
the headline, "Leiden University's Rector", "Leiden University President A") names the institution of the
person who holds it, unless someone else already holds that title there. Three phrasings per rule, none
taken from an article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import institutions_of as people


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        (
            "Leiden University Vice Chancellor meets French ambassador",
            "The Vice-Chancellor, Professor Jan Smit, spoke about the scholarships on Monday.",
        ),
        (
            "Ambassador calls on the Rector of Leiden University",
            "The Rector, Prof. Jan Smit, spoke about the scholarships on Monday.",
        ),
        (
            "Leiden University's President discusses grants with French envoy",
            "President Jan Smit said the scholarships open new doors.",
        ),
    ],
)
def test_a_title_tied_to_an_institution_in_the_headline_names_the_holders_institution(title, sentence):
    first = "The Embassy of France in The Hague and Leiden University discussed scholarships."
    assert people(article(first, sentence, title=title))["Jan Smit"] == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice Chancellor Jan Smit thanked the Deputy Vice Chancellor of Leiden University, Dr. Anna Verbeek.",
        "Prof. Anna Verbeek, Pro-Vice-Chancellor of Leiden University, met Vice-Chancellor Jan Smit.",
        "Dr. Anna Verbeek, Assistant Vice Chancellor of Leiden University, thanked Vice Chancellor Jan Smit.",
    ],
)
def test_a_higher_title_ties_no_lower_one(sentence):
    text = article("Ghent University and Leiden University held talks on 3 May.", sentence)
    assert people(text)["Jan Smit"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "President Anna Verbeek of Leiden University welcomed President Jan Smit on 3 May.",
        "Leiden University President Anna Verbeek met President Jan Smit on 3 May.",
        "The President of Leiden University, Prof. Anna Verbeek, greeted President Jan Smit.",
    ],
)
def test_a_title_already_held_at_the_institution_is_not_given_again(sentence):
    text = article("Ghent University and Leiden University held talks.", sentence)
    assert people(text)["Jan Smit"] != "Leiden University"

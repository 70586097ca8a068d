"""A title that names a unit of an institution by a possessive ("Leiden University's Faculty of Law Dean,
Professor A", "Director of LU's Centre for Global Studies A") gives the person that institution; a verb
between the possessive and the person breaks the tie. Three phrasings per rule, none taken from an
article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import institutions_of as people

OPENING = "Leiden University (LU) received a delegation from the Embassy of France in The Hague."


@pytest.mark.parametrize(
    "sentence",
    [
        "The guests lunched with Leiden University’s Faculty of Law Dean, Professor Anna Verbeek, and "
        "students.",
        "Talks continued with Director of LU’s Centre for Global Studies Anna Verbeek on joint projects.",
        "The programme was presented by LU's School of Arts and Humanities Head, Dr. Anna Verbeek, to the "
        "guests.",
    ],
)
def test_a_title_naming_a_unit_by_a_possessive_gives_its_institution(sentence):
    assert people(article(OPENING, sentence))["Anna Verbeek"] == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Leiden University’s Faculty of Law welcomed Professor Anna Verbeek on Monday.",
        "LU’s Centre for Global Studies hosted Dr. Anna Verbeek for a lecture.",
        "Leiden University's School of Arts invited Prof. Anna Verbeek to speak.",
    ],
)
def test_a_verb_after_the_unit_ties_no_one_to_it(sentence):
    assert people(article(OPENING, sentence)).get("Anna Verbeek") != "Leiden University"

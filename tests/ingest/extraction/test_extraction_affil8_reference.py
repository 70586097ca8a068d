"""A title that names its institution by reference ("vice chancellor of the university", "the Vice-Rector of
this university") refers back to the university named before; an institution named after such a title, past
"and", is another's, not the person's. Three phrasings per rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import institutions_of as people


@pytest.mark.parametrize(
    "sentence",
    [
        "Leiden University held a meeting between Prof Jan Smit, vice chancellor of the university, and the "
        "Embassy of France in The Hague, represented by its first secretary.",
        "Leiden University arranged talks between Dr. Jan Smit, dean of law of the university, and the "
        "Embassy of France in The Hague.",
        "Leiden University hosted a dialogue of Prof. Jan Smit, rector of the university, and the Embassy of "
        "France in The Hague on culture.",
    ],
)
def test_a_title_of_the_university_is_not_carried_to_the_institution_after_it(sentence):
    assert people(article(sentence))["Jan Smit"] == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Leiden University's rector received the Rector of Ghent University, Prof. Anna Verbeek and the "
        "Vice-Rector for International Relations of this university Prof. Dr. Jan Smit.",
        "Leiden University's dean welcomed the President of Ghent University, Dr. Anna Verbeek and the "
        "Head of Research of this university Dr. Jan Smit.",
        "Leiden University's rector met the Rector of Ghent University, Prof. Anna Verbeek, and the Dean of "
        "Arts and Humanities of this university, Prof. Jan Smit.",
    ],
)
def test_this_university_refers_back_to_the_one_named_before(sentence):
    assert people(article(sentence))["Jan Smit"] == "Ghent University"

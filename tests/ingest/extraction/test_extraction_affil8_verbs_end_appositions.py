"""A verb of travelling, hosting or exchanging ends what is said beside a name: the institution after it is
the place visited or the other side's, not the person's ("A, vice president, traveled to X", "A from
Antwerp visited X", "A, the university president, hosts B of X", "A, exchanging the MoU with X's rector").
Three phrasings per rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import institutions_of as people


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Jan Smit, associate vice president of research, traveled to Leiden University in May.",
        "Prof. Jan Smit, head of international affairs, travelled to Leiden University for talks.",
        "Dr. Jan Smit, director of the partnerships office, toured Leiden University last week.",
    ],
)
def test_a_title_then_a_trip_names_the_place_visited_not_the_persons_institution(sentence):
    assert people(article(sentence))["Jan Smit"] != "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector of Ghent University Jan Smit from Antwerp visited Leiden University.",
        "President of Ghent University Jan Smit from Belgium visited Leiden University on 3 May.",
        "The Dean of Ghent University Jan Smit from Antwerp met Leiden University's rector.",
    ],
)
def test_a_town_after_the_name_does_not_carry_the_person_to_the_place_visited(sentence):
    assert people(article(sentence))["Jan Smit"] == "Ghent University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Prof. Jan Smit, the university president hosts Prof. Anna Verbeek, the vice president of Leiden "
        "University.",
        "Dr. Jan Smit, exchanging the MoU with Leiden University Vice Rector, Prof. Anna Verbeek.",
        "Prof. Jan Smit, the university rector welcomes Dr. Anna Verbeek, the dean of Leiden University.",
    ],
)
def test_the_institution_of_the_person_on_the_other_side_is_not_the_first_ones(sentence):
    found = people(article(sentence))
    assert found["Jan Smit"] != "Leiden University"
    assert found["Anna Verbeek"] == "Leiden University"

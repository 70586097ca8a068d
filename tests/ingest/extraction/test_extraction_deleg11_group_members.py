"""A visiting group whose members come from several institutions is one trip of each (extraction-format.md:
one trip of one visiting institution to one host): the members listed in the sentence of the visit, or in
the next sentences when the visit names no institution. A group of one institution whose members include
someone of another stays that institution's trip. Phrasings written for these tests, none taken from an
article."""

from functools import partial

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

article = partial(reading.article, published="2023-05-20")


EACH_TO_GHENT = [
    ("Charles University", "Ghent University"),
    ("Lund University", "Ghent University"),
    ("University of Coimbra", "Ghent University"),
]


@pytest.mark.parametrize(
    "visit",
    [
        "On 2 May 2023, a delegation consisting of Prof. Anna Berg, rector of Lund University; Prof. Jan "
        "Novak, rector of Charles University and Prof. Maria Costa, rector of the University of Coimbra, "
        "visited Ghent University.",
        "On 2 May 2023, a team of three, comprising Dr. Anna Berg of Lund University, Dr. Jan Novak of "
        "Charles University and Ms. Maria Costa, a lecturer at the University of Coimbra, visited Ghent "
        "University.",
        "On 2 May 2023, a group made up of representatives of Lund University, Charles University and the "
        "University of Coimbra paid a visit to Ghent University.",
    ],
)
def test_each_members_institution_makes_a_trip(visit):
    assert trips(article(visit)) == EACH_TO_GHENT


def test_each_trip_is_led_by_its_own_member():
    text = article(
        "A delegation including Lund University's rector, Prof. Anna Berg, and Charles University's dean "
        "of law, Prof. Jan Novak, paid a visit to Ghent University on 2 May 2023."
    )
    leaders = {d["visitor"]: d["leader"] for d in parse_article(text, file="t.txt")["delegations"]}
    assert leaders == {"Lund University": "Anna Berg", "Charles University": "Jan Novak"}


def test_a_group_of_one_institution_stays_its_trip():
    text = article(
        "On 2 May 2023, a delegation of Lund University comprising its rector, Prof. Anna Berg, and "
        "Prof. Jan Novak of Charles University visited Ghent University."
    )
    assert trips(text) == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "listed",
    [
        "The delegation included the rectors of Lund University, Charles University and the University of "
        "Coimbra.",
        "The visiting group was made up of Prof. Anna Berg of Lund University, Prof. Jan Novak of Charles "
        "University and Prof. Maria Costa of the University of Coimbra.",
        "This delegation, organised by a European network, comprised Lund University, Charles University "
        "and the University of Coimbra, all of which have exchanges with Ghent University.",
    ],
)
def test_members_listed_after_a_visit_that_names_none(listed):
    text = article(
        "On 2 May 2023, a delegation of twelve rectors from three countries visited Ghent University.",
        listed,
    )
    assert trips(text) == EACH_TO_GHENT

"""One capitalised word joined by "and" or "of" to the capitalised words before it ends the name of a thing
("the School of Marine Science and Oceanography", "Outreach, Engagement and Partnerships (VP OEP)"), not a
person's name; a one-word name after "and" following a person ("Prof. A B and Kitti, President of X"), or
one the article names as a person, stays a person. Three phrasings per rule, none taken from an
article."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.reading import article


def people(text):
    return {p["name"] for p in parse_article(text, file="t.txt")["people"]}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        (
            "The rector's presentation about the School of Marine Science and Oceanography highlighted the "
            "potential of Ghent University.",
            "Oceanography",
        ),
        (
            "The dean's talk on the Faculty of Law and Criminology highlighted the links with Ghent "
            "University.",
            "Criminology",
        ),
        (
            "Present were Dr. Anna Verbeek, Vice President of Outreach, Engagement and Partnerships (VP OEP) "
            "and other Leiden University officials.",
            "Partnerships",
        ),
    ],
)
def test_the_last_word_of_a_phrase_is_no_person(sentence, word):
    assert word not in people(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Present were Prof. Anna Verbeek and Kitti, President of Ghent University.",
        "The MoU was signed by Rector Anna Verbeek and Sukarno, Dean of Law at Ghent University.",
        "Guests included Dr. Anna Verbeek and Amiwarti, Vice Rector of Ghent University.",
    ],
)
def test_a_one_word_name_after_a_person_and_and_stays_a_person(sentence):
    assert any(" " not in name for name in people(article(sentence)))

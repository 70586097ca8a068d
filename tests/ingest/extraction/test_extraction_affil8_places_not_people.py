"""A place's name with a title printed only after it is the place, not a person: "talks in Moscow, President
A", "X University, Zaria, the Vice-Chancellor". A one-word name after a title stays a person. Three phrasings
per rule, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.reading import article


def names(text):
    return {p["name"] for p in parse_article(text, file="t.txt")["people"]}


@pytest.mark.parametrize(
    "sentence",
    [
        "During the recent talks in Berlin, President Anna Verbeek and I noted the close ties of Leiden "
        "University.",
        "The agreement was signed at Leiden University, Amsterdam, the Vice-Chancellor, Prof. Jan Smit, "
        "said.",
        "After the forum in Vienna, Rector Jan Smit of Leiden University thanked the guests.",
    ],
)
def test_a_place_with_a_title_after_it_is_no_person(sentence):
    found = names(article(sentence))
    assert not found & {"Berlin", "Amsterdam", "Vienna"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Leiden University welcomed President Berlin and his team.",
        "Rector Vienna of Leiden University signed the agreement.",
        "Leiden University's Dean Amsterdam thanked the guests.",
    ],
)
def test_a_one_word_name_after_a_title_is_still_a_person(sentence):
    assert names(article(sentence)) & {"Berlin", "Amsterdam", "Vienna"}

"""A plural noun of a body or a scheme ("Programmes", "Programs", "Doctors") ends a unit's name and is never a
word of a person's: the person named after it is read under their own name, and no person is made of the
unit's words. Three phrasings, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.reading import article


def people(text):
    return [p["name"] for p in parse_article(text, file="t.txt")["people"]]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The talks were joined by Coordinator Exchange Programmes Karl Vogt of the DAAD.", "Karl Vogt"),
        (
            "The Guild of Rural Doctors and Leiden University signed an accord; Secretary General of the "
            "Guild of Rural Doctors Karl Vogt spoke.",
            "Karl Vogt",
        ),
        (
            "Vice President of the Guild of Rural Doctors, President of Leiden University, Anna Verbeek, "
            "arrived on 2 May.",
            "Anna Verbeek",
        ),
    ],
)
def test_a_plural_noun_of_a_body_is_no_word_of_a_name(sentence, person):
    found = people(article("Leiden University and the DAAD held talks on 3 May.", sentence))
    assert person in found
    assert not any(word in name for name in found for word in ("Programmes", "Doctors"))

"""A one-word "name" is a person only on evidence of its own: a title read after it that runs into another
person ("Lately, Vice President A B led", "the Museum and Archives, where Professor A B", "Secretary of
State, Minister A. B") is that person's title, and the word before it is no name. A one-word name with a
title of its own after it stays a person. Three phrasings per rule, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.reading import article


def people(text):
    return {p["name"]: p["title"] for p in parse_article(text, file="t.txt")["people"]}


@pytest.mark.parametrize(
    ("sentence", "word", "person"),
    [
        (
            "Thereafter, Vice President Maria Lopez led a delegation to Ghent University.",
            "Thereafter",
            "Maria Lopez",
        ),
        (
            "The guests then toured the Leiden Library and Collections, where Professor Anna Verbeek, Deputy "
            "Director of the Library, showed them the manuscripts.",
            "Collections",
            "Anna Verbeek",
        ),
        (
            "Special guests were invited: the Secretary of State, Minister J. Peeters, and the Rector of "
            "Ghent University.",
            "State",
            "J. Peeters",
        ),
        (
            "Additionally, Deputy Rector Pieter Peeters signed the agreement with Ghent University.",
            "Additionally",
            "Pieter Peeters",
        ),
    ],
)
def test_a_title_that_runs_into_another_person_names_no_one_word_person(sentence, word, person):
    found = people(article(sentence))
    assert word not in found
    assert person in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kitti, President of Ubon Ratchathani University, welcomed the guests from Ghent University.",
        "Sukarno, Dean of Law at Leiden University, received the delegation from Ghent University.",
        "The agreement was signed by Amiwarti, Rector of Ghent University, on Monday.",
    ],
)
def test_a_one_word_name_with_its_own_title_after_it_stays_a_person(sentence):
    assert any(" " not in name and title for name, title in people(article(sentence)).items())

"""A title is no person's name, also when its words are joined by a hyphen ("Director-General",
"Vice-Dean", "Secretary-General") or printed in the plural ("the Chancellors", "the Provosts"): "Deputy
Director-General of X, A" is one person, A, not a second one called "Director-General". Invented phrasings,
none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, parsed

SIGNED = "Varnholt University (VU) and Quessary Institute of Technology (QIT) signed an agreement on 3 May."


def names(sentence):
    return [person["name"] for person in parsed(article(SIGNED, sentence))["people"]]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Opening remarks were given by Olga Zennik, Deputy Director-General of the Nordic Mobility "
            "Trust.",
            "Olga Zennik",
        ),
        ("The guests were welcomed by Ivo Brandl, deputy Vice-Dean of Varnholt University.", "Ivo Brandl"),
        (
            "The guests were received by the deputy Secretary-General of Varnholt University, Ivo Brandl.",
            "Ivo Brandl",
        ),
    ],
)
def test_a_hyphenated_title_is_no_second_person(sentence, person):
    assert names(sentence) == [person]


@pytest.mark.parametrize(
    "sentence",
    [
        "In this meeting the universities' Chancellors gave their opinions on the plan.",
        "In this meeting the two schools' Provosts said they would meet again.",
    ],
)
def test_a_title_in_the_plural_is_no_person(sentence):
    assert names(sentence) == []


def test_a_surname_that_holds_a_title_word_is_still_a_name():
    sentence = "The agreement was signed by Rector Olga Dean-Varga of Varnholt University."
    assert names(sentence) == ["Olga Dean-Varga"]

"""One capitalised word printed right after a word that can be no part of a person's name (a unit's,
a body's or a place's word) ends the name of a thing, not a person's: "the Task Force on Campus
Renovation, Associate Professor of Law", "Pro-Rector for University Planning (Professor of Law)", "the Kyrgyz
Republic".
Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, parsed

SIGNED = "Varnholt University (VU) and Quessary Institute of Technology (QIT) signed an agreement on 3 May."


def names(sentence):
    return [person["name"] for person in parsed(article(SIGNED, sentence))["people"]]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "Olga Zennik, Chair of the Task Force on Campus Renovation, Associate Professor of Law, "
            "spoke at the ceremony.",
            "Olga Zennik",
        ),
        (
            "The Pro-Rector for University Planning (Professor of Law) Dr. Olga Zennik also attended.",
            "Olga Zennik",
        ),
        (
            "Mira Tessant, counsellor for culture of the Embassy of Norway in the Kyrgyz Republic, visited "
            "Varnholt University.",
            "Mira Tessant",
        ),
    ],
)
def test_the_last_word_of_a_name_is_no_person(sentence, person):
    assert names(sentence) == [person]


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement was signed by Rector Ivo Brandl of Varnholt University.",
        "Varnholt University Rector Ivo Brandl signed the agreement.",
        "The agreement was signed by Ivo Brandl, Rector of Varnholt University.",
    ],
)
def test_a_name_after_a_title_or_a_body_is_still_read(sentence):
    assert names(sentence) == ["Ivo Brandl"]

"""Honours and fellowships printed after a person's name ("Professor A B, OON, FAS", "Dame C D, DBE,
FRS") are letters of that person, not bodies, however often the page prints them: no institution is
made of them, and nobody acts for them. Three phrasings, none taken from an article; an acronym of the
same letters that acts as a body stays one."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import parsed as read

article = partial(reading.article, title="Partnership news", published="2024-03-12")


@pytest.mark.parametrize(
    ("sentences", "letters"),
    [
        (
            (
                "The delegation from Lund University was received by the Vice-Chancellor of Ahmadu Bello "
                "University, Professor Kemi Adeyemi, CON, FNAS, and her deputies.",
                "In her remarks, Professor Kemi Adeyemi, CON, FNAS thanked the guests for the visit.",
            ),
            {"CON", "FNAS"},
        ),
        (
            (
                "Professor Helen Marsh, DBE, FRS, Principal of the University of Dundee, signed the "
                "agreement with Lund University on Monday.",
                "Professor Helen Marsh, DBE, FRS said the two universities share a long history.",
            ),
            {"DBE", "FRS"},
        ),
        (
            (
                "Lund University's team met Professor Musa Bello, OFR, mni, Vice-Chancellor of Bayero "
                "University Kano, to discuss joint research.",
                "Closing the meeting, Professor Musa Bello, OFR, mni pledged support for the exchange.",
            ),
            {"OFR", "mni"},
        ),
    ],
)
def test_honours_after_a_name_are_no_institutions(sentences, letters):
    result = read(article(*sentences))
    names = {item["name"] for item in result["institutions"]}
    assert not names & letters
    assert "Lund University" in names
    assert not {p["institution"] for p in result["people"]} & letters


def test_the_same_letters_acting_as_a_body_stay_an_institution():
    result = read(
        article(
            "The Federation of American Scientists (FAS) signed a memorandum with Lund University.",
            "FAS will fund two fellowships at Lund University from next year.",
        )
    )
    names = {item["name"] for item in result["institutions"]}
    assert "Federation of American Scientists" in names

"""Two titles joined by "and" before a comma and a name: "Kelvar University's President and Vice-Chancellor,
A" reads the whole title, and the institution before it. Every name is invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The forum on 3 May 2024 was attended by officials; and Kelvar University’s President and "
            "Vice-Chancellor, Anja Morrel.",
            "President and Vice-Chancellor",
        ),
        (
            "Ostravel College signed the agreement with Kelvar University on 3 May 2024. Kelvar University's "
            "Rector and President, Prof. Anja Morrel, thanked the guests.",
            "Rector and President",
        ),
        (
            "Among the speakers on 3 May 2024 at Ostravel College was Kelvar University's Provost and "
            "Deputy Director, Dr. Anja Morrel.",
            "Provost and Deputy Director",
        ),
    ],
)
def test_two_joined_titles_after_a_possessive_give_the_title_and_the_institution(sentence, title):
    result = parse(f"Forum in Ostravel\n\n{sentence}")
    morrel = next(p for p in result["people"] if p["name"] == "Anja Morrel")
    assert morrel["institution"] == "Kelvar University"
    assert morrel["title"] == title

"""In "A and Vice President of X B" the institution belongs to B, whose title names it; "A and B C of X" still
gives X to both. Three phrasings, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article


def institutions_of(*sentences):
    text = "Cooperation news\n\ndate 2023-05-10\n\n" + "\n\n".join(sentences) + "\n"
    return {p["name"]: p["institution"] for p in parse_article(text, file="t.txt")["people"]}


OPENING = "Leiden University and Ghent University signed an exchange agreement on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement was signed by Rector Jan Smit and Vice President of Ghent University Ms Anna Verbeek.",
        "It was signed by Prof. Jan Smit and Dean of Ghent University Dr Anna Verbeek.",
        "Present were Rector Jan Smit and Deputy Director of Ghent University Anna Verbeek.",
    ],
)
def test_the_next_persons_title_names_their_own_institution(sentence):
    people = institutions_of(OPENING, sentence)
    assert people["Anna Verbeek"] == "Ghent University"
    assert people.get("Jan Smit") != "Ghent University"


def test_two_people_of_one_institution_still_share_it():
    people = institutions_of(
        OPENING, "The guests were Prof. Jan Smit and Dr. Anna Verbeek of Ghent University."
    )
    assert people["Jan Smit"] == people["Anna Verbeek"] == "Ghent University"

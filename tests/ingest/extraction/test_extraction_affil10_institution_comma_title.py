"""An institution's name, a comma, then a title and a name: the person acts for that institution
("University of X, President Professor A and University of Y Provost B", "the representative of the
Ministry of X, Assistant Professor Dr. C"). Three phrasings, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article


def institutions_of(*sentences):
    text = "Cooperation news\n\ndate 2023-05-10\n\n" + "\n\n".join(sentences) + "\n"
    return {p["name"]: p["institution"] for p in parse_article(text, file="t.txt")["people"]}


OPENING = "Leiden University and Ghent University signed an exchange agreement on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University, Rector Professor Anna Verbeek and Leiden University Dean Jan Smit at the signing.",
        "Present was the delegate of Ghent University, Vice-Rector Dr. Anna Verbeek, with her team.",
        "The guests from Ghent University, Dean Anna Verbeek and her deputy, toured the campus.",
        "Present were the guests from Ghent University, the Dean of the Faculty of Law Prof. Anna Verbeek.",
    ],
)
def test_a_title_after_an_institutions_comma_is_its_officers(sentence):
    assert institutions_of(OPENING, sentence)["Anna Verbeek"] == "Ghent University"


def test_a_verb_between_keeps_them_apart():
    people = institutions_of(OPENING, "Ghent University welcomed them, and Rector Anna Verbeek spoke.")
    assert people.get("Anna Verbeek") != "Ghent University"

"""A school's or a company's head goes by other titles than president or rector: "Principal", "Vice
Principal", "Chief Executive", "CEO". They are titles like the others: the name they stand beside is a
person, and the body they name ("Principal of X", "X principal", "X's Chief Executive") is the one the
person acts for. Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of, parsed

SIGNED = "Varnholt University (VU) and Quessary Institute of Technology (QIT) signed an agreement on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Olga Brenn, Principal of QIT, expressed her thanks to the hosts.",
        "In an interview, QIT principal Olga Brenn said she hoped for more exchanges.",
        "Olga Brenn, vice principal (international) at Quessary Institute of Technology, signed it.",
        "QIT Chief Executive Olga Brenn signed for her side.",
        "Quessary Institute of Technology CEO Olga Brenn signed for her side.",
    ],
)
def test_a_principal_or_chief_executive_acts_for_the_body_the_title_names(sentence):
    assert institutions_of(article(SIGNED, sentence))["Olga Brenn"] == "Quessary Institute of Technology"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("Olga Brenn, Principal of QIT, expressed her thanks to the hosts.", "Principal"),
        ("The agreement was signed by Chief Executive Olga Brenn for QIT.", "Chief Executive"),
        ("The agreement was signed by Vice-Principal Olga Brenn for QIT.", "Vice-Principal"),
    ],
)
def test_the_title_is_kept(sentence, title):
    people = {p["name"]: p["title"] for p in parsed(article(SIGNED, sentence))["people"]}
    assert people["Olga Brenn"] == title

"""A country named by a name's last "of" phrase gives its country, however many "of" phrases come first:
"Council of University Presidents of Thailand", "Association of Rectors of Private Universities of Peru".
Every name and sentence is invented."""

from tests.ingest.extraction.test_extraction import parse


def country_of(text, name):
    result = parse(text)
    return next(i["country"] for i in result["institutions"] if i["name"] == name)


def test_a_council_of_a_country_after_another_of_phrase():
    text = (
        "Rectors visit Kelvar\n\n"
        "The Council of Rectors of Technical Universities of Ghana signed a memorandum of understanding "
        "with Kelvar University on 4 March 2024."
    )
    assert country_of(text, "Council of Rectors of Technical Universities of Ghana") == "GH"


def test_an_association_of_a_country_after_two_of_phrases():
    text = (
        "New partner\n\n"
        "Kelvar University signed an agreement with the Association of Deans of Schools of Engineering of "
        "Peru on 12 May 2023."
    )
    assert country_of(text, "Association of Deans of Schools of Engineering of Peru") == "PE"


def test_a_union_of_a_country_after_its_members():
    text = (
        "Exchange agreed\n\n"
        "Kelvar University signed an exchange agreement with the Union of Rectors of Private Universities of "
        "Chile on 3 June 2022."
    )
    assert country_of(text, "Union of Rectors of Private Universities of Chile") == "CL"

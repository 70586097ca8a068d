"""A country's national body named by its sector and the country's name, with no head word, is an institution
of that country: "Universities Canada" (the universities' association), "Education New Zealand" (the
government's agency), "Universities UK International". Where a capitalised word or "of" comes before, the
words belong to another name ("Ministry of Higher Education Malta", "the Partnership in Research Indonesia").
Every sentence is invented."""

import pytest

from registry.ingest.extraction.names import find_names
from tests.ingest.extraction.test_extraction import parse


def printed(sentence):
    return {m.text: m.country for m in find_names(sentence, 0)}


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        ("Universities Canada said in a statement that the mission went well.", "Universities Canada", "CA"),
        ("Tarvel University and Education New Zealand signed a memorandum.", "Education New Zealand", "NZ"),
        ("He travelled with Universities UK International to Abuja.", "Universities UK International", "GB"),
        ("The talks included Study Australia and two colleges.", "Study Australia", "AU"),
    ],
)
def test_a_sector_and_a_country_name_a_national_body(sentence, name, country):
    assert printed(sentence).get(name) == country


@pytest.mark.parametrize(
    ("sentence", "not_a_body"),
    [
        ("The Ministry of Higher Education Malta said so.", "Education Malta"),
        ("It follows the Partnership in Research Indonesia framework.", "Research Indonesia"),
        ("Staff of the Department of Education Finland met them.", "Education Finland"),
        ("They discussed research Canada needs.", "research Canada"),
    ],
)
def test_words_of_another_name_are_no_national_body(sentence, not_a_body):
    assert not_a_body not in printed(sentence)


def test_the_kind_follows_the_sector():
    result = parse(
        "Partners meet\n\nMarch 3, 2024\n\nUniversities Canada and Education New Zealand signed an agreement "
        "with Tarvel University on 2 March 2024."
    )
    kinds = {i["name"]: (i["kind"], i["country"]) for i in result["institutions"]}
    assert kinds["Universities Canada"] == ("alliance", "CA")
    assert kinds["Education New Zealand"] == ("government", "NZ")

"""A person's surname printed in capitals after the given name or a title ("President Lin BARO", "Prime
Minister TAKEVA"), or a whole name in capitals ("ODILE BARO"), is no acronym of an institution: nobody
defines it, and it names a person, not a school."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(text):
    found = parse_article(f"Harbourside University news\n\n{text}\n", file="t.txt")["institutions"]
    return {item["name"] for item in found}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        (
            "President Lin BARO of Harbourside University signed a memorandum with Tolvane University on "
            "3 May 2024. Lin BARO said the agreement marks a new start.",
            "BARO",
        ),
        (
            "Harbourside University hosted Tolvane University on 3 May 2024. President Wen TAKEVA had talks "
            "with the guests. Wen TAKEVA said the visit marks a new start.",
            "TAKEVA",
        ),
        (
            "Harbourside University signed a memorandum with Tolvane University on 3 May 2024, witnessed by "
            "Prime Minister ANDOVA. PM ANDOVA welcomed the agreement.",
            "ANDOVA",
        ),
        (
            "On 3 May 2024, ODILE MERANU, President of Tolvane University, visited Harbourside University. "
            "ODILE MERANU met the rector.",
            "MERANU",
        ),
    ],
)
def test_a_surname_in_capitals_names_no_institution(text, surname):
    names = _names(text)
    assert surname not in names
    assert not any(name.isupper() for name in names)
    assert {"Harbourside University", "Tolvane University"} <= names


def test_an_acronym_that_signs_is_still_an_institution():
    names = _names("KTVU signed a memorandum with Tolvane University on 3 May 2024. Its rector spoke.")
    assert "KTVU" in names

"""A bare "the" with a head word on either side ends one name or opens another ("Harbourside University the
College of Law", "Dr. Anna Bell the University deputy"); only an epithet joins a name across it ("Peter the
Great St. Petersburg Polytechnic University")."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(body):
    result = parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")
    return [item["name"] for item in result["institutions"]]


@pytest.mark.parametrize(
    "body",
    [
        "On 3 March 2024 Qarlen University hosted Dr. Anna Bell, the Associate Dean of Harbourside "
        "University the College of Marine Law, who signed a memorandum of understanding.",
        "Harbourside University and Qarlen University signed a memorandum of understanding on 3 March 2024, "
        "witnessed by Dr. Anna Bell the University deputy for International Cooperation.",
        "On 3 March 2024 a delegation of Harbourside University visited Qarlen University, led by Dr. Omar "
        "Tarik the University advisor for partnerships.",
    ],
)
def test_a_name_does_not_run_on_across_the(body):
    assert sorted(_names(body)) == ["Harbourside University", "Qarlen University"]


def test_an_epithet_still_joins_across_the():
    names = _names(
        "On 3 March 2024 Peter the Great St. Petersburg Polytechnic University and Harbourside University "
        "signed a memorandum of understanding."
    )
    assert "Peter the Great St. Petersburg Polytechnic University" in names

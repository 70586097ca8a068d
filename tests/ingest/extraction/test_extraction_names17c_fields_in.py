"""An organisation's name that says what it is for goes on through the field it works "in": "Organization for
Excellence in Education", "Centre for Research in Higher Education", "Institute of Studies in Medicine". A
university's name does not ("University of A in Science and Technology" says what they cooperate in)."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(sentence):
    found = parse_article(f"Cooperation news\n\n{sentence}\n", file="t.txt")["institutions"]
    return {item["name"] for item in found}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Harbourside University signed an MoU with the Kelvarra Organization for Excellence in Education "
            "on 3 May 2024.",
            "Kelvarra Organization for Excellence in Education",
        ),
        (
            "A delegation of the Quellaro Centre for Research in Higher Education visited Harbourside "
            "University on 3 May 2024.",
            "Quellaro Centre for Research in Higher Education",
        ),
        (
            "Harbourside University and the Tumbesa Foundation for Cooperation in Medicine of Peru signed an "
            "agreement on 3 May 2024.",
            "Tumbesa Foundation for Cooperation in Medicine of Peru",
        ),
    ],
)
def test_the_field_after_in_is_part_of_the_name(sentence, name):
    assert name in _names(sentence)


def test_a_university_name_ends_before_in():
    names = _names(
        "Harbourside University signed an MoU with the University of Quellaro in Science and Technology on "
        "3 May 2024."
    )
    assert "University of Quellaro" in names

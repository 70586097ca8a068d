"""A college, school or faculty named by nothing but what it teaches ("Foreign Languages College", "Business
School", "Clinical College of Harbourside University") is a unit of a university, never an institution of its
own; a school with a place or a person in its name ("Tarnovia Business School") is one."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(body):
    result = parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")
    return [item["name"] for item in result["institutions"]]


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        (
            "On 3 March 2024 a delegation from Qarlen University visited Harbourside University. The "
            "deans of the Foreign Languages College and the Marine Engineering School spoke.",
            "Foreign Languages College",
        ),
        (
            "Harbourside University and Qarlen University signed a memorandum of understanding on 3 March "
            "2024. Students of the Business School will be the first to take part.",
            "Business School",
        ),
        (
            "Harbourside University and Qarlen University signed a memorandum of understanding on 3 March "
            "2024. Anna Bell, dean of the Clinical College of Harbourside University, attended the ceremony.",
            "Clinical College of Harbourside University",
        ),
        (
            "On 3 March 2024 Qarlen University hosted a delegation from Harbourside University, whose Social "
            "and Behavioural Sciences Faculty will run the exchange.",
            "Social and Behavioural Sciences Faculty",
        ),
    ],
)
def test_a_unit_named_by_its_subject_is_no_institution(body, unit):
    names = _names(body)
    assert unit not in names
    assert {"Harbourside University", "Qarlen University"} <= set(names)


@pytest.mark.parametrize(
    ("body", "school"),
    [
        (
            "Harbourside University and Tarnovia Business School signed a memorandum of understanding on "
            "3 March 2024.",
            "Tarnovia Business School",
        ),
        (
            "On 3 March 2024 a delegation from the Medical College of Tarnovia visited Harbourside "
            "University.",
            "Medical College of Tarnovia",
        ),
    ],
)
def test_a_school_with_a_place_in_its_name_stays_an_institution(body, school):
    assert school in _names(body)

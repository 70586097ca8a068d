"""A campus or city printed after a name is part of it ("Indian Institute of Technology (IIT) Hyderabad",
"University of California, Davis") when the gazetteer knows the longer name exactly or the article prints the
campus again after the acronym ("NIT Rampur"); otherwise the city is only where the institution is."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _parse(body):
    return parse_article(f"Campus news\n\n{body}\n", file="t.txt")


def _names(result):
    return [item["name"] for item in result["institutions"]]


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2024 Harbourside University signed a memorandum of understanding with the Northfield "
        "Institute of Technology (NIT) Rampur. The Director of NIT Rampur, Prof. Arun Mehta, signed it.",
        "The Northfield Institute of Technology (NIT) Rampur hosted a delegation of Harbourside University "
        "on 2 June 2024. Students of NIT-Rampur showed the guests their robots.",
        "A delegation of Harbourside University visited the Northfield Institute of Technology (NIT) Rampur "
        "on 2 June 2024, and NIT Rampur Director Arun Mehta welcomed it.",
    ],
)
def test_a_campus_after_a_bracketed_acronym_printed_again_with_it_is_part_of_the_name(body):
    names = _names(_parse(body))
    assert "Northfield Institute of Technology Rampur" in names
    assert "Northfield Institute of Technology" not in names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "On 2 June 2024 the University of California, Davis signed an exchange agreement with "
            "Harbourside University.",
            "University of California, Davis",
        ),
        (
            "A delegation from the University of Illinois at Springfield visited Harbourside University on "
            "2 June 2024.",
            "University of Illinois at Springfield",
        ),
        (
            "Harbourside University signed a memorandum of understanding with the Indian Institute of "
            "Technology (IIT) Hyderabad on 2 June 2024.",
            "Indian Institute of Technology Hyderabad",
        ),
    ],
)
def test_a_campus_the_gazetteer_knows_with_the_name_is_part_of_it(body, name):
    assert name in _names(_parse(body))


def test_a_city_after_a_name_nobody_prints_again_is_only_where_it_is():
    result = _parse(
        "On 2 June 2024 Harbourside University (HU) Lisbon signed a memorandum of understanding with "
        "Kestrel College."
    )
    assert "Harbourside University" in _names(result)

"""A committee or a conference of rectors, vice-chancellors or universities is a body of its own ("Committee
of Vice-Chancellors of Northern Universities", "Conference of Rectors of Coastal Schools"), an alliance of
its members; an organising committee or a conference held is none."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _institutions(body):
    result = parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")
    return {item["name"]: item for item in result["institutions"]}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "On 6 June 2024 the Committee of Vice-Chancellors of Northern Universities (CVCNU) met with "
            "Harbourside University to plan exchanges.",
            "Committee of Vice-Chancellors of Northern Universities",
        ),
        (
            "A delegation of the Conference of Rectors of Coastal Schools visited Harbourside University on "
            "6 June 2024.",
            "Conference of Rectors of Coastal Schools",
        ),
        (
            "Harbourside University signed a memorandum of understanding with the Lakeland Committee of "
            "Universities for International Exchange on 6 June 2024.",
            "Lakeland Committee of Universities for International Exchange",
        ),
    ],
)
def test_a_committee_or_conference_of_school_heads_is_an_alliance(body, name):
    institutions = _institutions(body)
    assert name in institutions
    assert institutions[name]["kind"] == "alliance"


@pytest.mark.parametrize(
    "body",
    [
        "The organizing committee of the summer school welcomed Harbourside University on 6 June 2024.",
        "The International Conference on Robotics was held at Harbourside University on 6 June 2024.",
    ],
)
def test_an_organising_committee_or_a_conference_held_is_no_body(body):
    assert set(_institutions(body)) == {"Harbourside University"}

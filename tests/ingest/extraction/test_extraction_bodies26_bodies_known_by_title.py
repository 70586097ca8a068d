"""A ministry the article knows only from its minister's title ("the Minister of Higher Education, A") is an
institution only where it takes part: it signs, or sends or hosts a visit. A minister who only looks on,
speaks or is thanked acts for no body the article names, so no ministry is listed for him."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _parse(body):
    return parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")


@pytest.mark.parametrize(
    "body",
    [
        "Lakemoor University and Harbourside University signed an MoU on 6 June 2024 in the presence of the "
        "Minister of Higher Education, Arvo Kessel.",
        "On 6 June 2024 Lakemoor University renewed its exchange agreement with Harbourside University. "
        "Minister for Education Petra Vallin welcomed the renewal in a speech.",
        "Lakemoor University hosted a forum with Harbourside University on 6 June 2024, opened by the Deputy "
        "Minister of Science and Technology Oskar Lindqvist.",
    ],
)
def test_a_minister_looking_on_gives_no_ministry(body):
    result = _parse(body)
    assert not [item["name"] for item in result["institutions"] if "Ministry" in item["name"]]
    assert all("Ministry" not in (person["institution"] or "") for person in result["people"])


def test_a_minister_leading_a_visit_acts_for_the_ministry_his_title_names():
    result = _parse(
        "A delegation led by the Minister of Trade and Industry of Ghana, Arvo Kessel, visited Lakemoor "
        "University on 6 June 2024."
    )
    assert [(d["visitor"], d["host"]) for d in result["delegations"]] == [
        ("Ministry of Trade and Industry of Ghana", "Lakemoor University")
    ]
    assert {p["name"]: p["institution"] for p in result["people"]}["Arvo Kessel"] == (
        "Ministry of Trade and Industry of Ghana"
    )

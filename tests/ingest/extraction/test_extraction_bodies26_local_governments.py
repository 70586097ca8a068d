"""A local government printed in small letters is named by its place and its level ("the Brookmere county
government", "Tandor Wetan (Tawet) regency goverment", "the government of the northern Tandor province"): a
government body that signs and visits like any other. Without a place ("the national government") it is
none."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _parse(body):
    return parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")


def _institutions(result):
    return {item["name"]: item for item in result["institutions"]}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "On 6 June 2024, Harbourside University and the Brookmere county government signed a five-year "
            "memorandum on water research.",
            "Brookmere County Government",
        ),
        (
            "On 6 June 2024 the Ostvale prefectural government signed a cooperation agreement with "
            "Harbourside University.",
            "Ostvale Prefectural Government",
        ),
        (
            "The government of the northern Tandor province and Harbourside University signed a cooperation "
            "accord on 6 June 2024.",
            "Government of the northern Tandor Province",
        ),
    ],
)
def test_a_local_government_in_small_letters_signs(body, name):
    result = _parse(body)
    assert _institutions(result)[name]["kind"] == "government"
    assert [sorted(a["parties"]) for a in result["agreements"]] == [sorted([name, "Harbourside University"])]


def test_an_acronym_in_brackets_after_the_place_names_the_same_government():
    result = _parse(
        "Officials of the Tandor Wetan (Tawet) regency goverment came to Harbourside University on 6 June "
        "2024 to put the memorandum with Harbourside into practice. Tawet regency government sent its "
        "planning head and two district officers."
    )
    institutions = _institutions(result)
    assert "Tandor Wetan Regency Government" in institutions
    assert "Tawet" in institutions["Tandor Wetan Regency Government"]["aliases"]
    assert not any(name.startswith("Tawet") for name in institutions)
    assert {(d["visitor"], d["host"]) for d in result["delegations"]} == {
        ("Tandor Wetan Regency Government", "Harbourside University")
    }


@pytest.mark.parametrize(
    "body",
    [
        "The national government and the university government met at Harbourside University on 6 June 2024.",
        "Harbourside University thanked the state government for its grant on 6 June 2024.",
    ],
)
def test_a_government_without_a_place_is_no_body(body):
    assert list(_institutions(_parse(body))) == ["Harbourside University"]

"""A minister's title names the ministry with all its portfolio: the portfolios listed with commas and "and"
("Minister of Trade, Industry, and Investment", "Minister of Foreign Affairs and International
Cooperation") are one ministry's name, and a state printed after the portfolio ("... of Fiji") ends the name
and gives its country."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _institutions(sentence):
    found = parse_article(f"Cooperation news\n\n{sentence}\n", file="t.txt")["institutions"]
    return {item["name"]: item["country"] for item in found}


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "On 3 May 2024, Dr. Ilse Varnholt, the Minister of Trade, Industry, and Investment of "
            "Namibia, led a delegation to visit Harbourside University.",
            "Ministry of Trade, Industry, and Investment of Namibia",
            "NA",
        ),
        (
            "On 3 May 2024, Dr. Ilse Varnholt, Minister of Foreign Affairs and International "
            "Cooperation, visited Harbourside University.",
            "Ministry of Foreign Affairs and International Cooperation",
            None,
        ),
        (
            "On 3 May 2024, the Minister of Trade and Investment of New Zealand, Dr. Paora Whetu, visited "
            "Harbourside University.",
            "Ministry of Trade and Investment of New Zealand",
            "NZ",
        ),
        (
            "On 3 May 2024, the Minister of Health of the Maldives visited Harbourside University.",
            "Ministry of Health of the Maldives",
            "MV",
        ),
    ],
)
def test_the_title_names_the_whole_portfolio_and_its_state(sentence, name, country):
    institutions = _institutions(sentence)
    assert name in institutions
    assert institutions[name] == country


def test_a_place_that_is_no_state_stays_out_of_the_name():
    """ "Minister of Education of Kelvarra Province": a province is no state the ministry is named with."""
    institutions = _institutions(
        "On 3 May 2024, the Minister of Education of Kelvarra Province visited Harbourside University."
    )
    assert "Ministry of Education" in institutions

"""A school whose country nothing else gives, printed in a list of three or more schools whose other members
all lie in one country, is in that country; a pair of partners, or a list of several countries, says
nothing."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _country_of(body, name):
    result = parse_article(f"Partners news\n\n{body}\n", file="t.txt")
    return next(item["country"] for item in result["institutions"] if item["name"] == name)


@pytest.mark.parametrize(
    "body",
    [
        "On 2 May 2024 the delegation visited the University of Antioquia, Marlowe Pontifical University and "
        "the National University of Colombia to sign exchange agreements.",
        "Rectors of the National University of Colombia, the University of Antioquia and Marlowe Pontifical "
        "University met the delegation from Harbourside University on 2 May 2024.",
        "The agreements signed on 2 May 2024 link Harbourside University with Marlowe Pontifical University, "
        "the University of Antioquia, and the National University of Colombia.",
    ],
)
def test_a_school_in_a_list_of_one_countrys_schools_is_in_that_country(body):
    assert _country_of(body, "Marlowe Pontifical University") == "CO"


def test_a_pair_of_partners_gives_no_country():
    body = "On 2 May 2024 Marlowe Pontifical University and the University of Antioquia signed an agreement."
    assert _country_of(body, "Marlowe Pontifical University") is None


def test_a_list_of_several_countries_gives_no_country():
    body = (
        "On 2 May 2024 the delegation visited Marlowe Pontifical University, the University of Antioquia and "
        "the University of Tokyo."
    )
    assert _country_of(body, "Marlowe Pontifical University") is None

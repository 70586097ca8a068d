"""Two readings of an institution's country where the gazetteer gives none: a country's name that closes the
body's name ("Polytechnics Network Ireland"), and a ministry, commission or council of a country it does
not name, read in sentences whose other institutions all lie in one country."""

import pytest

from registry.ingest.extraction.parser import parse_article
from registry.ingest.extraction.places import country_in_name


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Polytechnics Network Ireland", "IE"),
        ("Alliance of Maritime Colleges Canada", "CA"),
        ("Council of Teaching Hospitals New Zealand", "NZ"),
    ],
)
def test_a_country_closing_the_name_is_its_country(name, code):
    assert country_in_name(name) == code


@pytest.mark.parametrize(
    "name",
    [
        "Embassy of Peru in Canada",  # two countries: the sending state is read elsewhere
        "Brazil-Norway Ocean Forum",
        "Quarry Hill College",
    ],
)
def test_no_single_closing_country_gives_none(name):
    assert country_in_name(name) is None


@pytest.mark.parametrize(
    ("text", "body", "code"),
    [
        (
            "On 4 March 2025 the Ministry of Fisheries and Kyoto University signed an agreement on "
            "coastal surveys.",
            "Ministry of Fisheries",
            "JP",
        ),
        (
            "The Council of Rectors welcomed the rectors of Seoul National University and Yonsei "
            "University to its meeting on 9 June 2024.",
            "Council of Rectors",
            "KR",
        ),
        (
            "Representatives of the Water Commission visited the University of Ghana on 2 February 2025 "
            "to discuss a joint laboratory.",
            "Water Commission",
            "GH",
        ),
    ],
)
def test_a_national_body_takes_the_country_of_the_institutions_beside_it(text, body, code):
    assert _countries(text).get(body) == code


def test_a_national_body_beside_institutions_of_two_countries_stays_unread():
    text = (
        "On 4 March 2025 the Ministry of Fisheries hosted Kyoto University and the University of Ghana to "
        "discuss coastal surveys."
    )
    assert _countries(text).get("Ministry of Fisheries") is None

"""An institution's country where the gazetteer gives none: a ministry, commission, council, centre or
foundation of a country it does not name, read in sentences whose other institutions all lie in one
country."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


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
            "On 9 June 2024 the Higher Education Commission hosted the rectors of Seoul National University "
            "and Yonsei University.",
            "Higher Education Commission",
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


@pytest.mark.parametrize(
    ("text", "body", "code"),
    [
        (
            "The Tamarind Centre for Rural Studies and the University of Ghana agreed on 2 February 2025 to "
            "share their field data.",
            "Tamarind Centre for Rural Studies",
            "GH",
        ),
        (
            "Kyoto University signed a memorandum with the Maplewood Foundation for Oral History on 9 June "
            "2024.",
            "Maplewood Foundation for Oral History",
            "JP",
        ),
    ],
)
def test_a_centre_or_foundation_takes_the_country_of_the_institutions_beside_it(text, body, code):
    assert _countries(text).get(body) == code


def test_a_network_of_schools_beside_a_partner_takes_no_country_from_it():
    text = "Officials of the Lagoon Colleges Network visited Kyoto University on 9 June 2024."
    assert _countries(text).get("Lagoon Colleges Network") is None


def test_a_national_body_beside_institutions_of_two_countries_stays_unread():
    text = (
        "On 4 March 2025 the Ministry of Fisheries hosted Kyoto University and the University of Ghana to "
        "discuss coastal surveys."
    )
    assert _countries(text).get("Ministry of Fisheries") is None


def test_another_states_ministry_beside_it_gives_no_country():
    text = (
        "On 4 March 2025 the Ministry of Fisheries of Ghana and the Ministry of Lighthouses signed a "
        "programme with Lakeshore Polytechnic."
    )
    assert _countries(text).get("Ministry of Lighthouses") is None

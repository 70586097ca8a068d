"""An institution's country where the gazetteer gives none: a ministry, commission or council of a country
it does not name, read in sentences whose other institutions all lie in one country."""

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

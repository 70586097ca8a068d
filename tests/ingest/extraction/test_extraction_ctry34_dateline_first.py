"""The publisher's country from the dateline: a page filed from a city ("KAMPALA: ...", "DOHA - ...", or a
city state's own name) tells where the first body its lead names is, when the gazetteer does not know that
body. The dateline is read before the words of the body's name, which may recall another country (a
friendship centre named for its partner country, a college named for a donor) without saying where it
stands. A lead that tells a visit is no publisher's: its first body is the guest."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "KAMPALA: Orvane College of Nursing signed an exchange accord with Tarsen Polytechnic on 3 May "
            "2024.",
            "Orvane College of Nursing",
            "UG",
        ),
        (
            "SINGAPORE, 3 May - Orvane College of Nursing signed an exchange accord with Tarsen Polytechnic.",
            "Orvane College of Nursing",
            "SG",
        ),
        (
            "DOHA: An accord on language courses was signed on 3 May 2024 between India Window, a friendship "
            "centre of the city, and Tarsen Polytechnic.",
            "India Window",
            "QA",
        ),
    ],
)
def test_the_dateline_places_the_first_body_of_the_lead(text, name, code):
    assert _countries(text)[name] == code


def test_a_lead_that_tells_a_visit_is_left_alone():
    countries = _countries(
        "KAMPALA: A delegation of Orvane College of Nursing visited Tarsen Polytechnic on 3 May 2024 and "
        "signed an exchange accord."
    )
    assert countries["Orvane College of Nursing"] != "UG"

"""A body whose name the gazetteer does not settle, and whose name closes with a country's name ("Colleges
and Institutes Ruritania", "Council of Rectors of Chile"), is of that country: the name says so, before any
namesake of its other words in the gazetteer's places. A name that names two countries takes no country
from such a namesake word unless it is one of the two. "New" before a country's name makes it a region's
("New South Wales")."""

import pytest

from registry.ingest.extraction.parser import parse_article
from registry.ingest.extraction.places import countries_in_name, country_closing_name


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "On 3 May 2024 Kyoto University signed an accord with the Association of "
            "Quellmark Polytechnics Canada.",
            "Association of Quellmark Polytechnics Canada",
            "CA",
        ),
        (
            "The Federation of Vintor Colleges Ireland and the University of Ghana signed an agreement on 9 "
            "on 9 June 2024.",
            "Federation of Vintor Colleges Ireland",
            "IE",
        ),
        (
            "Seoul National University signed a partnership agreement with the Council of Orlen Academies "
            "New Zealand on 2 February 2025.",
            "Council of Orlen Academies New Zealand",
            "NZ",
        ),
    ],
)
def test_a_country_closing_the_name_gives_its_country(text, name, code):
    assert _countries(text).get(name) == code


@pytest.mark.parametrize(
    ("name", "codes", "closing"),
    [
        ("Guild of Tarnwick Schools Northern Ireland", {"GB"}, "GB"),
        ("Council of Brenvale Rectors of Chile", {"CL"}, "CL"),
        ("Brenvale Kenya Nursing School", {"KE"}, None),
        ("Brenvale Teachers College of New South Wales", set(), None),
        ("Portugal-Kenya Brenvale Chamber", {"PT", "KE"}, None),
    ],
)
def test_the_countries_a_name_names(name, codes, closing):
    assert countries_in_name(name) == codes
    assert country_closing_name(name) == closing


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "On 4 April 2024 the University of Ghana signed an agreement with the Portugal-Kenya Eight "
            "Chamber of Commerce.",
            "Portugal-Kenya Eight Chamber of Commerce",
        ),
        (
            "The University of Ghana signed a memorandum with the Brazil-Chile Tarnwick Eight Foundation "
            "on 9 June 2024.",
            "Brazil-Chile Tarnwick Eight Foundation",
        ),
        (
            "The Chile Peru Eight Orlen Council visited the University of Ghana on 2 February 2025.",
            "Chile Peru Eight Orlen Council",
        ),
    ],
)
def test_a_name_naming_two_countries_takes_no_namesake_country(text, name):
    """Two countries' names in one body's name: a word of it that the gazetteer's names share in one other
    country ("Eight", in Japanese names) does not place it there."""
    countries = _countries(text)
    assert name in countries
    assert countries[name] != "JP"

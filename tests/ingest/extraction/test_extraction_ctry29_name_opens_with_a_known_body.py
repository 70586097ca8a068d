"""A name the gazetteer does not settle, whose opening words it knows exactly as one body's name, is of
that body's country: a school told twice ("<German name> University of Applied Sciences"), a unit printed
after its school's name with no "of" between ("<School> Business School of ..."). The record stays
unsettled: the unit is not the school. A body of many states or of none ("World", "Asian" in its name)
takes no country from such an opening."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: (item["country"], item["ror"]) for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "On 2 May 2024 Orvendale Polytechnic and Technische Hochschule Mittelhessen Graduate School of "
            "Engineering Practice sealed an exchange accord.",
            "Technische Hochschule Mittelhessen Graduate School of Engineering Practice",
            "DE",
        ),
        (
            "Orvendale Polytechnic and Universidad EAFIT Business School of Leadership sealed an exchange "
            "accord on 3 March 2024.",
            "Universidad EAFIT Business School of Leadership",
            "CO",
        ),
        (
            "Orvendale Polytechnic and the Kaimosi Friends University College of Quiet Farming sealed an "
            "exchange accord on 3 March 2024.",
            "Kaimosi Friends University College of Quiet Farming",
            "KE",
        ),
    ],
)
def test_the_country_of_the_known_body_the_name_opens_with(text, name, code):
    assert _countries(text).get(name) == (code, None)


def test_a_body_of_many_states_takes_none():
    text = (
        "Orvendale Polytechnic and the World Bank Group Office of Quiet Farming sealed an exchange accord "
        "on 3 March 2024."
    )
    countries = _countries(text)
    assert all(country is None for country, _ in countries.values())

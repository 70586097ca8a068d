"""A name the gazetteer does not know takes the country of the article's institutions whose names hold its
first distinctive word, where they are all of one country: a short form of one of them, or a school of the
same city."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "On 3 May 2024 Kyoto University signed an agreement with Pemberton Vocational College. Kyoto "
            "University and Pemberton Vocational College, Japan, will exchange teachers. Pemberton Arts "
            "Academy joined the talks.",
            "Pemberton Arts Academy",
            "JP",
        ),
        (
            "The University of Ghana and Ollerbrook College, Ghana, signed an accord on 9 June 2024. On 10 "
            "June the Ollerbrook Institute of Nursing signed it as well.",
            "Ollerbrook Institute of Nursing",
            "GH",
        ),
        (
            "Seoul National University hosted Quillmarsh University, Korea, on 2 February 2025. Teachers of "
            "Quillmarsh Polytechnic College came as well.",
            "Quillmarsh Polytechnic College",
            "KR",
        ),
    ],
)
def test_a_kin_of_one_country_gives_the_country(text, name, code):
    assert _countries(text).get(name) == code


def test_kin_of_two_countries_give_none():
    text = (
        "Thornvale College, Japan, and Thornvale University, Ghana, met on 3 May 2024 with the Thornvale "
        "Music School."
    )
    assert _countries(text).get("Thornvale Music School") is None

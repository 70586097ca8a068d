"""A body's country from the place printed in or right beside its name, where the gazetteer does not know
the body: a city of the hand-kept list inside the name ("Velmora Heart Foundation of Bogotá"), a country's
name in a spelling without its hyphen ("of Timor Leste"), and the place printed right after a body the
article names by its acronym alone ("the talks were held at KVT in Prague"), read as a spelt-out name's place
is."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Orvane Heart Foundation of Bogota and Tarsen Polytechnic signed a nursing accord on 3 May "
            "2024.",
            "Orvane Heart Foundation of Bogota",
            "CO",
        ),
        (
            "Tarsen Polytechnic signed a teaching accord with the Orvane Conservatory of Medellín on 3 May "
            "2024.",
            "Orvane Conservatory of Medellín",
            "CO",
        ),
        (
            "The Ministry of Fisheries and Forests of Timor Leste signed an accord with Tarsen Polytechnic "
            "on 3 May 2024.",
            "Ministry of Fisheries and Forests of Timor Leste",
            "TL",
        ),
    ],
)
def test_a_place_in_the_name(text, name, code):
    assert _countries(text)[name] == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "A delegation of Tarsen Polytechnic met the rector of KVTX in Prague on 3 May 2024, and KVTX and "
            "Tarsen Polytechnic signed an exchange accord.",
            "KVTX",
            "CZ",
        ),
        (
            "KVTX in Bogota signed an exchange accord with Tarsen Polytechnic on 3 May 2024. KVTX will send "
            "six students.",
            "KVTX",
            "CO",
        ),
        (
            "The talks were held at KVTX in Nairobi on 3 May 2024, where KVTX signed an exchange accord "
            "with Tarsen Polytechnic.",
            "KVTX",
            "KE",
        ),
    ],
)
def test_the_place_after_an_acronym(text, name, code):
    assert _countries(text)[name] == code

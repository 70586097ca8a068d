"""A country printed after a name's bracketed acronym is the name's country whatever the link: "X (XU),
Chile", "X (XU) in Chile", and also "X (XU) of Chile" and "X (XU) from Chile"."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _country(text, name):
    return next(
        item["country"] for item in parse_article(text, file="t.txt")["institutions"] if item["name"] == name
    )


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Harbourside University signed a memorandum with the Quellaro Soil Research Institute (QSRI) of "
            "Chile on 3 May 2024.",
            "Quellaro Soil Research Institute",
            "CL",
        ),
        (
            "A delegation of the Tumbesa Highland University (THU) from Peru visited Harbourside University "
            "on 3 May 2024.",
            "Tumbesa Highland University",
            "PE",
        ),
        (
            "Harbourside University and the Vestavik Fjord University (VFU) of Norway signed an agreement on "
            "3 May 2024.",
            "Vestavik Fjord University",
            "NO",
        ),
    ],
)
def test_a_country_after_the_acronym_is_the_names(sentence, name, country):
    assert _country(f"Cooperation news\n\n{sentence}\n", name) == country

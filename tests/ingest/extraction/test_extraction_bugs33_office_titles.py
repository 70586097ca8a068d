"""Titles of public offices and of a university's purse ("Commissioner", "Councillor", "Attaché", "Chargé
d'Affaires", "Bursar", "Treasurer") are titles like "President": printed right before a name they say the
name is a person's, and they are never a word of the name itself. Every sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse

_OPENING = (
    "Brannoch Academy signs MoU\n\nBrannoch Academy signed an MoU with Quellmire Polytechnic on 3 May 2023. "
)


def _people(sentence):
    return {p["name"]: p["title"] for p in parse(_OPENING + sentence)["people"]}


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("The ceremony was witnessed by Commissioner Ostrava Pellweather of the county.", "Commissioner"),
        ("Councillor Ostrava Pellweather welcomed the guests to the town hall.", "Councillor"),
        ("The city's Councilor Ostrava Pellweather also attended.", "Councilor"),
        ("Ruritania's Chargé d'Affaires Ostrava Pellweather attended the signing.", "Chargé d'Affaires"),
        ("The document was countersigned by Bursar Ostrava Pellweather.", "Bursar"),
        ("The cultural Attache Ostrava Pellweather joined the talks.", "Attache"),
    ],
)
def test_an_office_before_a_name_makes_a_person(sentence, title):
    people = _people(sentence)
    assert "Ostrava Pellweather" in people
    assert title in (people["Ostrava Pellweather"] or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "He toured the campus with Education Attaché Wendell Okonkwo-Saari.",
        "He toured the campus with Chargé d'Affaires Wendell Okonkwo-Saari.",
        "He toured the campus with Treasurer Wendell Okonkwo-Saari.",
    ],
)
def test_the_office_is_no_word_of_the_name(sentence):
    names = set(_people(sentence))
    assert "Wendell Okonkwo-Saari" in names
    assert not any(name.startswith(("Attaché", "Education", "Chargé", "Treasurer")) for name in names)

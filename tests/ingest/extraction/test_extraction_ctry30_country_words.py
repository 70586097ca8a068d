"""Every state of the world is a country word: its name, its formal name ("Democratic Republic of the
Congo") and its nationality word ("Kosovar", "Nepalese"), so that a country printed after a name or a
nationality opening a body's name is read whichever state it is. Territories are not listed: their names
are places of other states too. A state printed as initials ("the U.S. Embassy", "U.K. partners") counts
among the countries an article names, full stop and all."""

import pytest

from registry.ingest.extraction.parser import parse_article
from registry.ingest.extraction.places import countries_named, country_code


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Democratic Republic of the Congo", "CD"),
        ("DR Congo", "CD"),
        ("Kosovar", "XK"),
        ("Nepalese", "NP"),
        ("Macedonian", "MK"),
        ("Lesotho", "LS"),
        ("Turkiye", "TR"),
        ("Uzbekistani", "UZ"),
    ],
)
def test_every_state_has_its_country_words(word, code):
    assert country_code(word) == code


def test_a_territory_and_a_first_name_are_no_country_words():
    assert country_code("New Caledonia") is None
    assert country_code("Chad") is None


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Rector Ana Lima of the University of Brevonne (Democratic Republic of the Congo) and Rector "
            "Tomas Erl of the University of Quellmark (Zambia) spoke at the forum on 4 June 2024.",
            "University of Brevonne",
            "CD",
        ),
        (
            "On 9 May 2024 Quellmark Polytechnic, Kosovo, sealed an exchange accord with Orvendale College.",
            "Quellmark Polytechnic",
            "XK",
        ),
        (
            "The Nepalese Council of Highland Studies and Orvendale College sealed an exchange accord on 2 "
            "March 2024.",
            "Nepalese Council of Highland Studies",
            "NP",
        ),
    ],
)
def test_a_state_the_old_list_lacked_gives_its_country(text, name, code):
    assert _countries(text)[name] == code


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Officials of the U.S. Consulate met the rector.", {"US"}),
        ("The U.K. partners and a Velmoran delegation arrived.", {"GB"}),
        ("The fair drew U.S. and Kenyan schools.", {"US", "KE"}),
    ],
)
def test_a_state_printed_as_initials_is_named(text, codes):
    assert countries_named(text) == codes


def test_a_word_ending_a_sentence_keeps_no_full_stop():
    assert countries_named("The team flew to Vietnam. Then it rained.") == {"VN"}

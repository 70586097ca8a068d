"""The institution grammar: head words in the languages names come in, one head shared by a coordination,
plural heads over a list of places, bodies named with an acronym. Three phrasings per rule, none from an
article."""

import pytest

from registry.ingest.extraction import parse_article


def names(sentence):
    text = f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n"
    return [item["name"] for item in parse_article(text, file="t.txt", gazetteer=None)["institutions"]]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Kolej Komuniti Selayang signed an agreement with Lund University on 3 May 2023.",
            "Kolej Komuniti Selayang",
        ),
        (
            "Politeknik Negeri Bandung and Lund University signed an agreement on 3 May 2023.",
            "Politeknik Negeri Bandung",
        ),
        ("Lund University signed an agreement with Ankara Üniversitesi on 3 May 2023.", "Ankara"),
    ],
)
def test_head_words_of_other_languages(sentence, name):
    assert any(found.startswith(name) for found in names(sentence))  # the gazetteer may give the English name


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Harbin Music and Culture University signed an agreement with Lund University on 3 May 2023.",
            "Harbin Music and Culture University",
        ),
        (
            "Lund University hosted Dalian Sports and Tourism College on 3 May 2023.",
            "Dalian Sports and Tourism College",
        ),
        (
            "Nanchang Finance and Economics Institute signed an MoU with Lund University on 3 May 2023.",
            "Nanchang Finance and Economics Institute",
        ),
    ],
)
def test_one_head_for_two_fields_before_it(sentence, name):
    assert name in names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University signed an agreement on 3 May 2023.",
        "ECNU and Haifa University signed an agreement on 3 May 2023.",
        "The Institute of Technology and Ghent University signed an agreement on 3 May 2023.",
    ],
)
def test_two_names_joined_by_and_stay_two(sentence):
    assert not any(" and " in name for name in names(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Universities of Leeds, York and Sheffield signed "
            "an agreement with Lund University on 3 May 2023.",
            ["University of Leeds", "University of York", "University of Sheffield"],
        ),
        (
            "Delegates from the Colleges of Wooster and Holy Cross visited Lund University on 3 May 2023.",
            ["College of Wooster", "College of Holy Cross"],
        ),
        (
            "Lund University signed agreements with the Institutes "
            "of Lyon, Nantes, and Rennes on 3 May 2023.",
            ["Institute of Lyon", "Institute of Nantes", "Institute of Rennes"],
        ),
    ],
)
def test_a_plural_head_names_each_place(sentence, expected):
    found = names(sentence)
    assert all(name in found for name in expected), found


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Aga Khan Foundation (AKF) signed a memorandum with Lund University on 3 May 2023.",
            "Aga Khan Foundation",
        ),
        (
            "The Nordic Research Consortium (NRC) signed an agreement with Lund University on 3 May 2023.",
            "Nordic Research Consortium",
        ),
        (
            "The Baltic Science Council (BSC) signed an agreement with Lund University on 3 May 2023.",
            "Baltic Science Council",
        ),
    ],
)
def test_a_body_defined_with_an_acronym_is_an_institution(sentence, name):
    assert name in names(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Osaka Medical and Dental University signed an agreement with Lund University on 3 May 2023.",
            "Osaka Medical and Dental University",
        ),
        (
            "Lund University hosted Sichuan Film and Television College on 3 May 2023.",
            "Sichuan Film and Television College",
        ),
        (
            "Hubei Chemical and Textile Institute signed an MoU with Lund University on 3 May 2023.",
            "Hubei Chemical and Textile Institute",
        ),
    ],
)
def test_one_head_for_two_field_adjectives(sentence, name):
    assert name in names(sentence)

"""Small words inside a school's name. A ruler's name and regnal number printed right after an English head
("University Hassan II of ...") are part of the name, and the "of" phrase after them goes on with it. A place
whose name holds a lower-case link ("es", "al", "el" between two capitalised words) is named whole before an
English head ("Dar es Salaam University"); an English "as" links nothing. Invented schools, rulers and
places; three phrasings per rule."""

import pytest

from tests.ingest.extraction.reading import article, parsed


def names(text):
    return {i["name"] for i in parsed(text)["institutions"]}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The University Tomas Rama IV of Kelvo signed an agreement with Ghent University.",
            "University Tomas Rama IV of Kelvo",
        ),
        (
            "Ghent University welcomed a delegation from the College Idrissan III of Morvanne.",
            "College Idrissan III of Morvanne",
        ),
        (
            "The Institute Karel Vostran II of Pellavar signed a memorandum with Leiden University.",
            "Institute Karel Vostran II of Pellavar",
        ),
    ],
)
def test_a_ruler_and_regnal_number_after_the_head_are_the_name(sentence, name):
    assert name in names(article(sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Officials of Borro es Tavelle University signed an agreement with Ghent University.",
            "Borro es Tavelle University",
        ),
        (
            "The Mirto al Quesh Polytechnic signed a memorandum of understanding with Ghent University.",
            "Mirto al Quesh Polytechnic",
        ),
        (
            "Ghent University signed an agreement with Ras el Torvano College during the visit.",
            "Ras el Torvano College",
        ),
    ],
)
def test_a_place_name_link_before_the_head_keeps_the_whole_place(sentence, name):
    assert name in names(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Known in Tarvello as Kelvarra University, the school signed an agreement with Ghent University.",
        "Ghent University signed an agreement with what Tarvello knows as Kelvarra University.",
        "Ghent University, as Kelvarra University did, signed an agreement with Leiden University.",
    ],
)
def test_an_english_as_before_the_head_links_nothing(sentence):
    found = names(article(sentence))
    assert "Kelvarra University" in found
    assert not any(" as " in n for n in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Rector of the University of Kel es Varro signed an agreement with Ghent University.",
            "University of Kel es Varro",
        ),
        (
            "La Universidad de Mirto al Quesh firmó un convenio con Ghent University, and both signed it.",
            "La Universidad de Mirto al Quesh",
        ),
        (
            "The Rector of the Polytechnic of Ras el Torvano signed a memorandum with Ghent University.",
            "Polytechnic of Ras el Torvano",
        ),
    ],
)
def test_a_place_name_link_after_of_keeps_the_whole_place(sentence, name):
    assert name in names(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The University of Tarvello as Host signed an agreement with Ghent University.",
        "Ghent University, as Partner, signed an agreement with the University of Tarvello.",
        "Ghent University signed an agreement with the University of Tarvello as Lead Partner.",
    ],
)
def test_an_english_as_after_of_links_nothing(sentence):
    found = names(article(sentence))
    assert not any(" as " in n for n in found)
    assert any("Tarvello" in n for n in found)

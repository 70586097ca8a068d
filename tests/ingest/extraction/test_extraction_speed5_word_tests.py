"""Two per-word tests made cheap, with the same answers: a word is tested for a head glued onto a name
only when it is long enough to hold one (_GLUED_MIN letters), and a word is inside an institution's name
when its first character is among the name's characters (a set), not found by walking the names' spans.
Every sentence is invented."""

import pytest

from registry.ingest.extraction.names import _GLUED_MIN, _glued_head, find_names
from tests.ingest.extraction.test_extraction import parse


def people(result):
    return [p["name"] for p in result["people"]]


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("On 3 May, XuCollege signed a memorandum with Ostrava.", "XuCollege"),
        ("The rector of TavraUniversity spoke first.", "TavraUniversity"),
        ("A team from QuelmarInstitute’s campus arrived.", "QuelmarInstitute"),
    ],
)
def test_a_glued_head_is_read_from_the_shortest_word_that_holds_one(sentence, name):
    assert name in [m.text for m in find_names(sentence, 0)]


def test_words_shorter_than_the_shortest_glued_name_hold_no_glued_head():
    assert _GLUED_MIN == 9
    assert all(_glued_head(word) is None for word in ("XCollege", "Academy", "Brenn", "UniCity"))


@pytest.mark.parametrize(
    "text, person, not_a_person",
    [
        (
            "Talks in Ostravel\n\nRector Halvor Enqvist of Velmora Tarnwick University met guests on 4 March "
            "2024.",
            "Halvor Enqvist",
            "Velmora Tarnwick",
        ),
        (
            "A visit to Brenmoor\n\nThe Quillan Marsh Institute hosted Dean Anja Morrel on 12 May 2023.",
            "Anja Morrel",
            "Quillan Marsh",
        ),
        (
            "Guests at Corvane\n\nProfessor Idris Velloran, who holds a PhD from Ostrel Harrow College, "
            "spoke at Corvane Polytechnic on 2 June 2024.",
            "Idris Velloran",
            "Ostrel Harrow",
        ),
    ],
)
def test_the_words_of_an_institutions_name_are_nobodys_name(text, person, not_a_person):
    found = people(parse(text))
    assert person in found
    assert not any(not_a_person in name for name in found)

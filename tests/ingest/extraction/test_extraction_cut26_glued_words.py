"""A word glued before a school's name is no part of it: a sentence that opens on a verb in "-ing"
("Welcoming X University delegation ..."), a compound that says where the school is ("the
Lisbon-headquartered X University"), or the field of one of its units printed before it ("Faculty of
Medicine X University"). The name starts at its first distinctive word; a place in "-ing" ("Nanjing X
University"), an honorific ("King X University") and a field word that opens the name ("Jinmar Medical
University") stay in it."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(text):
    found = parse_article(f"Harbourside University news\n\n{text}\n", file="t.txt")["institutions"]
    return {item["name"] for item in found}


@pytest.mark.parametrize(
    ("text", "school", "glued"),
    [
        (
            "Harbourside University signed a memorandum with Tolvane University on 3 May 2024. Welcoming "
            "Tolvane University delegation at the campus, the rector spoke of new programmes.",
            "Tolvane University",
            "Welcoming Tolvane University",
        ),
        (
            "Harbourside University signed a memorandum with Quelmar University on 3 May 2024. Hosting "
            "Quelmar University guests for a week, the dean showed them the laboratories.",
            "Quelmar University",
            "Hosting Quelmar University",
        ),
        (
            "Harbourside University signed a memorandum on 3 May 2024 with the Lisbon-headquartered "
            "Brenholt University.",
            "Brenholt University",
            "Lisbon-headquartered Brenholt University",
        ),
        (
            "Harbourside University and the Oslo-based Vardemo University signed a memorandum on 3 May 2024.",
            "Vardemo University",
            "Oslo-based Vardemo University",
        ),
        (
            "A memorandum between Faculty of Medicine Tolvane University and Harbourside University was "
            "signed on 3 May 2024.",
            "Tolvane University",
            "Medicine Tolvane University",
        ),
        (
            "The memorandum was signed on 3 May 2024 by Harbourside University and Department of Chemistry "
            "Quelmar University.",
            "Quelmar University",
            "Chemistry Quelmar University",
        ),
    ],
)
def test_a_glued_word_is_no_part_of_the_name(text, school, glued):
    names = _names(text)
    assert school in names
    assert glued not in names


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Nanjing Vardemo University signed a memorandum with Harbourside University in 2024.", "Nanjing"),
        ("King Tolvar University signed a memorandum with Harbourside University in May 2024.", "King"),
        ("Jinmar Medical University signed a memorandum with Harbourside University in May 2024.", "Jinmar"),
    ],
)
def test_a_word_of_the_name_in_ing_stays(text, school):
    assert any(name.startswith(school + " ") for name in _names(text))

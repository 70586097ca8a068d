"""An institution named after a person keeps the small words of the person's name: "bin", "bint", "ibn",
"van der", "von", "dos" join the parts of the name, and the name runs on to its first capitalised word
("Princess Lamya bint Faisal University", not "Faisal University")."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(sentence):
    return {
        item["name"]
        for item in parse_article(f"Cooperation news\n\n{sentence}\n", file="t.txt")["institutions"]
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Harbourside University signed a memorandum with Princess Lamya bint Faisal University on "
            "3 May 2024.",
            "Princess Lamya bint Faisal University",
        ),
        (
            "A delegation from King Rashid bin Omar University visited Harbourside University on 3 May 2024.",
            "King Rashid bin Omar University",
        ),
        (
            "Harbourside University signed an agreement with the Mohammed ibn Rashid College of Medicine on "
            "3 May 2024.",
            "Mohammed ibn Rashid College of Medicine",
        ),
        (
            "Harbourside University and Johannes van der Meerloo University signed an MoU on 3 May 2024.",
            "Johannes van der Meerloo University",
        ),
        (
            "Harbourside University hosted a delegation of the Clemente dos Varanda Institute on 3 May 2024.",
            "Clemente dos Varanda Institute",
        ),
    ],
)
def test_a_name_particle_keeps_the_name_going(sentence, name):
    assert name in _names(sentence)


def test_a_particle_after_a_stop_word_opens_nothing():
    """ "with van Meerloo University": a name cannot begin with its particle, and the word before it
    here is no part of a name."""
    names = _names("Harbourside University signed an MoU with van Meerloo University on 3 May 2024.")
    assert "Meerloo University" in names
    assert not any(name.startswith(("with", "van")) for name in names)


def test_people_with_particles_keep_their_own_institutions():
    text = (
        "Dr. Tariq bin Salem, rector of Harbourside University, met Dr. Anna van Berkel, president of "
        "Quellaro University, on 3 May 2024."
    )
    people = {p["name"]: p["institution"] for p in parse_article(f"News\n\n{text}\n", file="t.txt")["people"]}
    assert people == {"Tariq bin Salem": "Harbourside University", "Anna van Berkel": "Quellaro University"}

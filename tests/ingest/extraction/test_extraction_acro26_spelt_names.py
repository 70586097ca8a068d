"""An acronym in brackets after a name confirms how far left the name goes: a word that usually opens no
name ("Our", "Her") belongs to it when the acronym spells the whole name from that word on ("Our Lady of
Meridel University (OLMU)"); where the acronym does not start with that word's letter, the word stays
outside the name."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _parsed(text):
    return parse_article(f"Harbourside University news\n\n{text}\n", file="t.txt")


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Our Lady of Meridel University (OLMU) signed a memorandum of understanding with Tolvane "
            "University on 3 May 2024.",
            "Our Lady of Meridel University",
            "OLMU",
        ),
        (
            "On 3 May 2024, Tolvane University signed an exchange agreement with Our Lady of Sorvik College "
            "(OLSC). The rector of OLSC thanked the guests.",
            "Our Lady of Sorvik College",
            "OLSC",
        ),
        (
            "A delegation of Her Majesty's Varnholm Polytechnic (HMVP) visited Tolvane University on 3 May "
            "2024 to discuss student exchange.",
            "Her Majesty's Varnholm Polytechnic",
            "HMVP",
        ),
    ],
)
def test_the_acronym_takes_the_name_from_its_first_word(text, name, acronym):
    institutions = _parsed(text)["institutions"]
    found = {item["name"]: item["aliases"] for item in institutions}
    assert name in found
    assert acronym in found[name]
    assert name.split(" ", 1)[1] not in found


def test_a_word_the_acronym_does_not_spell_stays_outside():
    institutions = _parsed(
        "Our partner Meridel University (MU) signed a memorandum of understanding with Tolvane University "
        "on 3 May 2024."
    )["institutions"]
    names = {item["name"] for item in institutions}
    assert not any(name.startswith("Our") for name in names)
    assert "Meridel University" in names

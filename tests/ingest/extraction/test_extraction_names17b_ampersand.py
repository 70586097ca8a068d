"""An "&" between two words that each end a name of their own ("Marrowfield University & Tellmoor College")
joins two institutions; an "&" between the letters or fields of one name ("Texas A&M University",
"Science & Technology") stays inside it."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(text):
    return [item["name"] for item in parse_article(text, file="t.txt")["institutions"]]


@pytest.mark.parametrize(
    ("pair", "first", "second"),
    [
        ("Marrowfield University & Tellmoor College", "Marrowfield University", "Tellmoor College"),
        ("Quennick Institute & Ostervik University", "Quennick Institute", "Ostervik University"),
        ("Dunmore College & Halvard Polytechnic", "Dunmore College", "Halvard Polytechnic"),
    ],
)
def test_an_ampersand_between_two_heads_joins_two_names(pair, first, second):
    text = f"Cooperation news\n\n{pair} signed a memorandum of understanding on 3 May 2024.\n"
    names = _names(text)
    assert first in names and second in names
    assert pair not in names


@pytest.mark.parametrize(
    "name",
    [
        "Calloway University of Science & Technology",
        "Brightwater Institute of Arts & Design",
        "Ostervik University of Agriculture & Forestry",
    ],
)
def test_an_ampersand_between_fields_stays_in_the_name(name):
    text = f"Cooperation news\n\n{name} signed an agreement with Dunmore College on 3 May 2024.\n"
    assert name in _names(text)

"""Two bodies may claim the same printed words (a hyphenated short form the gazetteer resolves, read both as
a name and as an acronym of its own). The parser reads on: the lists it finds in a sentence order their
members by place alone, never by comparing the bodies, and the same words count as one place."""

import pytest

from registry.ingest.extraction import parse_article

PHRASINGS = [
    "The pact will help staff too, said IIT-H.\n"
    "On the pact with IIT-Hyderabad, the Ghent University's provost, Prof Ivo Marek said, "
    "“This agreement links us with one of India's best schools.",
    "Both sides will share data, said IIT-M.\n"
    "On the agreement with IIT-Madras, Leiden University's dean, Prof Ana Vuk said, “It is a good day.",
    "Students gain most, said IIT-G.\n"
    "Talking about the tie-up with IIT-Guwahati, the Aalto University's president, Prof Mika Lind said, "
    "“A fine step for both.",
]


@pytest.mark.parametrize("text", PHRASINGS)
def test_a_short_form_claimed_twice_is_read_without_failing(text):
    result = parse_article(text, file="quoted.txt")

    names = [institution["name"] for institution in result["institutions"]]
    assert len(names) == 2
    assert any(name.startswith("Indian Institute of Technology") for name in names)

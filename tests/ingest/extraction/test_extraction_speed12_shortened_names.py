"""A name printed again without some of its words is the same body, as before; a pair of names that share
neither the first word nor the end, and print no initials, is now passed over before any word is compared,
since none of the ways a name is shortened can join them. Every sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import names, parse


def _names(body):
    return names(parse("Partnership news\n\n" + body + "\n"))


@pytest.mark.parametrize(
    "body, full",
    [
        (
            "Tarnwick Maritime University signed an agreement with Ostravel University on 3 May 2031. "
            "Tarnwick University will host the first students.",
            "Tarnwick Maritime University",
        ),
        (
            "The Saint Odile Pedagogical University of Brenmoor signed an agreement with Ostravel University "
            "on 3 May 2031. The Pedagogical University of Brenmoor will host the first students.",
            "Saint Odile Pedagogical University of Brenmoor",
        ),
        (
            "The R. K. Vellan Global University signed an agreement with Ostravel University on 3 May 2031. "
            "RK Vellan University will host the first students.",
            "R. K. Vellan Global University",
        ),
    ],
)
def test_a_name_printed_shorter_is_the_same_body(body, full):
    assert _names(body) == {full, "Ostravel University"}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Velmora Technical University signed an agreement with Brenmoor Technical University on 3 May "
            "2031.",
            {"Velmora Technical University", "Brenmoor Technical University"},
        ),
        (
            "Quellmoor Institute of Arts and Ostravel University signed an agreement on 3 May 2031.",
            {"Quellmoor Institute of Arts", "Ostravel University"},
        ),
        (
            "Tarnwick Maritime Academy met Dunkett Maritime Academy on 3 May 2031 to sign a memorandum.",
            {"Tarnwick Maritime Academy", "Dunkett Maritime Academy"},
        ),
    ],
)
def test_names_with_neither_first_word_nor_end_in_common_stay_apart(body, expected):
    assert expected <= _names(body)

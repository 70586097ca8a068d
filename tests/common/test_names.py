"""normalize_name: spellings differing only in case, accents, punctuation or a leading 'the' are one name."""

import pytest

from registry.common.names import normalize_name


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Hong Kong Polytechnic University", "Hong Kong Polytechnic University"),
        ("CentraleSupélec", "centralesupelec"),
        ("Xi’an Jiaotong University", "Xi'an Jiaotong University"),
        ("Texas A&M University", "Texas A and M University"),
        ("I.Arabaev  Kyrgyz State University", "I Arabaev Kyrgyz State University"),
        ("Osnabrück University", "OSNABRUCK UNIVERSITY"),
    ],
)
def test_spellings_that_are_the_same_name_normalise_alike(a, b):
    assert normalize_name(a) == normalize_name(b)


def test_different_names_stay_different():
    assert normalize_name("University of Haifa") != normalize_name("Haifa University")
    assert normalize_name("Theological University") == "theological university"

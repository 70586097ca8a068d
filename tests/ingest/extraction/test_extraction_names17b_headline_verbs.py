"""A Title-Case headline prints its verb with a capital, right after a name: "University of Valdoria Broadens
the Scope ...". Whatever the verb, a capitalised word in "-s" just before the article or possessive that
opens its object ends the name; a plural that ends a real name ("... of Applied Sciences") is never followed
by one, so such names stay whole."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(text):
    return [item["name"] for item in parse_article(text, file="t.txt")["institutions"]]


@pytest.mark.parametrize(
    ("headline", "name"),
    [
        ("University of Valdoria Broadens the Scope of Its Exchanges", "University of Valdoria"),
        (
            "Dunmore Institute of Technology Deepens Its Ties With Two Schools",
            "Dunmore Institute of Technology",
        ),
        (
            "Tellmoor University of Music Widens a Programme for Visiting Scholars",
            "Tellmoor University of Music",
        ),
        ("University of Quennick Celebrates The Tenth Year of Its Exchange", "University of Quennick"),
    ],
)
def test_a_headline_verb_ends_the_name_before_it(headline, name):
    body = f"{name} received a delegation from Brightwater Polytechnic on 3 May 2024."
    names = _names(f"{headline}\n\n{body}\n")
    assert name in names
    assert not any(other.startswith(name + " ") for other in names)


@pytest.mark.parametrize(
    "name",
    [
        "Dunmore University of Applied Sciences",
        "Calloway Institute of Foreign Studies",
        "Ostervik University of Economics",
    ],
)
def test_a_plural_that_ends_a_name_stays_in_it(name):
    headline = f"{name} Signs Agreement With Brightwater Polytechnic"
    body = f"{name} and Brightwater Polytechnic signed an agreement on 3 May 2024."
    assert name in _names(f"{headline}\n\n{body}\n")

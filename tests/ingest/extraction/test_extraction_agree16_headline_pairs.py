"""Two names set off by a comma in a pair that signs ("University of X, Y University sign MoU") are two
bodies; a member university named for its field ("University of Foreign Languages, Y University") stays one
name."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article, parsed

BODY = "The two universities signed a memorandum of understanding on 3 April."


@pytest.mark.parametrize(
    ("title", "pair"),
    [
        (
            "University of Castelmarr, Penwick University sign MoU",
            ["Penwick University", "University of Castelmarr"],
        ),
        (
            "University of Oriel Bay, Thornbury University ink pact",
            ["Thornbury University", "University of Oriel Bay"],
        ),
        (
            "Penwick University, University of Castelmarr sign MoU on research",
            ["Penwick University", "University of Castelmarr"],
        ),
    ],
)
def test_a_headline_pair_is_two_bodies(title, pair):
    assert actions_and_parties(article(BODY, title=title)) == [("signed", pair)]


def test_a_list_with_a_closing_comma_keeps_its_members_apart():
    body = (
        "Halden Polytechnic signed MoUs with three partners on 3 April: the University of Castelmarr, "
        "Penwick University, and Thornbury University."
    )
    names = [i["name"] for i in parsed(article(body))["institutions"]]
    assert "University of Castelmarr" in names and "Penwick University" in names


def test_a_member_university_named_for_its_field_is_one_name():
    body = "Halden Polytechnic visited the University of Marine Sciences, Penwick University on 3 April."
    names = [i["name"] for i in parsed(article(body))["institutions"]]
    assert "University of Marine Sciences, Penwick University" in names

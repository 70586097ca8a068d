"""Several documents with a group of partners are one a partner: a counted group the next sentence lists
("Three universities signed MoUs with X. They are A, B and C"), a group noun that announces the list after
"with" ("MoUs with three universities on 4 May: A, B and C"), and signers who "each" or "separately" sign
with one body; a list through semicolons that ends on the signing's day is one list. One document told for a
listed group stays one."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

HUB = "Quarrington University"
MEMBERS = ["Ashdown College of Art", "Moravec Institute of Physics", "University of Tellurin"]
EACH = [("signed", sorted([HUB, member])) for member in MEMBERS]
LIST = "University of Tellurin, Ashdown College of Art and Moravec Institute of Physics"


@pytest.mark.parametrize(
    "body",
    [
        f"Three foreign institutions signed separate memoranda of understanding with {HUB} on 9 October. "
        f"They are {LIST}.",
        f"{HUB} signed memoranda of understanding with three partner institutions on 9 October. "
        f"The three are {LIST}.",
        f"{HUB} signed MoUs with three foreign universities on 9 October. The universities are--- {LIST}.",
    ],
)
def test_a_counted_group_listed_next_signs_one_document_each(body):
    assert sorted(actions_and_parties(article(body))) == EACH


@pytest.mark.parametrize(
    "body",
    [
        f"{HUB} signed memoranda of understanding with three universities on 9 October: {LIST}.",
        f"{HUB} has signed cooperation agreements with several partners abroad, including {LIST}.",
        f"{LIST} each signed a memorandum of understanding with {HUB} on 9 October.",
        f"{LIST} separately signed exchange agreements with {HUB} on 9 October.",
    ],
)
def test_a_group_announced_or_each_signer_signs_its_own(body):
    assert sorted(actions_and_parties(article(body))) == EACH


def test_one_document_of_a_listed_group_stays_one():
    body = f"Three institutions signed a joint memorandum of understanding on 9 October. They are {LIST}."
    assert actions_and_parties(article(body)) == [("signed", sorted(MEMBERS))]


@pytest.mark.parametrize(
    "day",
    ["on 9 October", "on Monday, 9 October", "on October 9th, 2023"],
)
def test_a_list_through_semicolons_ending_on_its_day_is_one_list(day):
    body = (
        f"{HUB} signed separate memoranda of understanding with University of Tellurin; Ashdown College of "
        f"Art; and Moravec Institute of Physics {day}."
    )
    assert sorted(actions_and_parties(article(body))) == EACH

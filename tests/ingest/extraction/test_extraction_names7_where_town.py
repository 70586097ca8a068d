"""The people of a where-clause act for the place it follows, also when the host's town is printed between
the two: "visited X in Valcourt, where it met chancellor A". Every name is invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kelvar University delegation then visited the Ostravel Institute of Law in Valcourt, where it "
        "met chancellor Anja Morrel on 3 May 2024.",
        "Delegates of Kelvar University went on to the Ostravel Institute of Law in Sainte Orle, where they "
        "talked with dean Anja Morrel on 3 May 2024.",
        "On 3 May 2024 Kelvar University staff toured the Ostravel Institute of Law (OIL) in New Valcourt, "
        "where the talks with vice-rector Anja Morrel covered joint degrees.",
    ],
)
def test_the_people_of_a_where_clause_after_the_hosts_town_act_for_the_host(sentence):
    result = parse(f"Guests from Kelvar\n\n{sentence}")
    morrel = next(p for p in result["people"] if p["name"] == "Anja Morrel")
    assert morrel["institution"] == "Ostravel Institute of Law"


def test_a_where_clause_after_a_country_is_not_the_hosts():
    result = parse(
        "Guests from Kelvar\n\nKelvar University signed an agreement with Ostravel Institute of Law on "
        "3 May 2024, in a ceremony where Rector Anja Morrel of Brenmoor College spoke."
    )
    morrel = next(p for p in result["people"] if p["name"] == "Anja Morrel")
    assert morrel["institution"] == "Brenmoor College"

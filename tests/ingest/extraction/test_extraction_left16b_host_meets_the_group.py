"""A titled person who meets or welcomes the visiting group is its host, not its leader."""

from tests.ingest.extraction.reading import article, parsed


def leaders(text):
    return [d["leader"] for d in parsed(text)["delegations"]]


def test_a_rector_meeting_the_visiting_delegation_does_not_lead_it():
    text = article(
        "Rector Professor Ilse Dorn meets the Varnholt University visiting delegation at Quorra "
        "Institute of Technology on 3 May 2023."
    )
    assert "Ilse Dorn" not in leaders(text)


def test_a_dean_who_welcomed_the_visiting_team_does_not_lead_it():
    text = article(
        "Dean Dr. Maren Oskby welcomed the Lindqvar College visiting team at Tessaly University "
        "on 12 June 2023."
    )
    assert "Maren Oskby" not in leaders(text)


def test_a_provost_who_hosted_the_group_does_not_lead_it():
    text = article(
        "Provost Professor Kasimir Vell hosted the Ostrand Polytechnic visiting group at Bellmoor "
        "University on 20 April 2023."
    )
    assert "Kasimir Vell" not in leaders(text)

"""Visitors told other than as the subject of "visited": a possessive name ("the University of X's team"),
the host between "paid" and "a visit", the delegates someone met."""

from tests.ingest.extraction.reading import article, parsed, trips

V, H = "University of Brennmoor", "Tavistock Institute of Science"


def test_a_name_ending_in_an_of_phrase_keeps_it_before_a_possessive():
    for told in (
        f"{V}'s delegation visited {H} on 21 November 2023.",
        f"{H} welcomed {V}’s team on 21 November 2023.",
        f"Orrin Institute of Technology's team visited {H} on 21 November 2023.",
    ):
        names = [i["name"] for i in parsed(article(told))["institutions"]]
        assert V in names or "Orrin Institute of Technology" in names, told
        assert len(trips(article(told))) == 1, told


def test_the_host_between_paid_and_a_visit():
    for told in (
        f"Prof. Mira Lund, dean of law at {V}, and her entourage paid {H} a visit on 21 November 2023.",
        f"A delegation from {V} paid {H} a working visit on 21 November 2023.",
        f"Rector Aldo Serra of {V} paid {H} a courtesy call last week.",
    ):
        assert trips(article(told)) == [(V, H)], told


def test_paying_tribute_or_a_visit_still_to_come_is_no_trip():
    assert trips(article(f"Prof. Mira Lund of {V} paid tribute to {H} for a decade of cooperation.")) == []
    assert trips(article(f"{V} will pay {H} a visit in June.")) == []


def test_the_delegates_of_a_school_met_by_the_hosts_came_on_a_trip():
    for told in (
        f"The president of {H} attended the meeting with {V}'s delegates to discuss joint degrees.",
        f"The provost of {H} met with the delegates of {V} on 3 June.",
    ):
        assert trips(article(told)) == [(V, H)], told


def test_delegates_taking_part_in_something_made_no_trip():
    assert trips(article(f"The rector of {H} met {V} delegates to the assembly in Lisbon.")) == []
    assert trips(article(f"Delegates from {V} and {H} announced a joint programme at the forum.")) == []
    assert trips(article(f"The rector of {H} met with delegates at the annual congress in Lisbon.")) == []

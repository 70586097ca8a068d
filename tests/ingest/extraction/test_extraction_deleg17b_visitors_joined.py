"""Visitors joined by "and" each make a trip ("A and B visited Z"; "Prof. X, President of A, and Dr. Y,
Chairman of B, visited Z"), one delegation per visiting institution as the format records them; and "the two
universities" told next are the lead traveller (the one named first) and the host, not the second
traveller and the host."""

from tests.ingest.extraction.reading import actions_and_parties, article, parsed, trips


def _leaders(text):
    return sorted((d["visitor"], d["leader"]) for d in parsed(text)["delegations"])


def test_two_institutions_joined_by_and_visit_one_host():
    text = article(
        "Wrenfield University and the Kestrelmoor Institute of Technology visited Brenholt University on "
        "3 May 2023 to discuss a joint summer school."
    )
    assert trips(text) == [
        ("Kestrelmoor Institute of Technology", "Brenholt University"),
        ("Wrenfield University", "Brenholt University"),
    ]


def test_two_officers_each_told_with_their_institution_visit_one_host():
    text = article(
        "Professor Maro Telvik, President of Wrenfield University, and Dr Ilse Vanterpool, Chairman of the "
        "Kestrelmoor Institute of Technology, visited Brenholt University on 3 May 2023."
    )
    assert trips(text) == [
        ("Kestrelmoor Institute of Technology", "Brenholt University"),
        ("Wrenfield University", "Brenholt University"),
    ]
    assert _leaders(text) == [
        ("Kestrelmoor Institute of Technology", "Ilse Vanterpool"),
        ("Wrenfield University", "Maro Telvik"),
    ]


def test_the_two_universities_are_the_lead_traveller_and_the_host():
    text = article(
        "Rector Oren Baldacchi of Altiplano Sur University and Dean Kalle Morstad of Ostervik University "
        "of Applied Sciences paid a visit to Quillabamba National University on 12 June 2023.",
        "The two universities signed a memorandum of understanding on joint doctoral supervision.",
    )
    assert ("Ostervik University of Applied Sciences", "Quillabamba National University") in trips(text)
    assert actions_and_parties(text) == [
        ("signed", ["Altiplano Sur University", "Quillabamba National University"])
    ]


def test_both_sides_after_a_bare_coordination_are_the_first_visitor_and_the_host():
    text = article(
        "Harrowmere College and Lindqvist Polytechnic visited Brenholt University on 9 March 2023.",
        "Both sides signed a cooperation agreement on staff exchange.",
    )
    assert len(trips(text)) == 2
    assert actions_and_parties(text) == [("signed", ["Brenholt University", "Harrowmere College"])]


def test_a_host_named_next_to_the_visitor_is_no_second_traveller():
    text = article(
        "Professor Maro Telvik of Wrenfield University visited Brenholt University, where Dr Ilse "
        "Vanterpool, rector of Brenholt University, received him on 3 May 2023."
    )
    assert trips(text) == [("Wrenfield University", "Brenholt University")]

"""A trip told while it is under way ("is leading a delegation to X", "heads the delegation to X") is a trip,
led by the person the sentence names, as much as one told as done ("led a delegation to X")."""

from tests.ingest.extraction.reading import article, parsed, trips


def _leaders(text):
    return [(d["visitor"], d["host"], d["leader"]) for d in parsed(text)["delegations"]]


def test_a_president_is_leading_a_delegation_to_a_university():
    text = article(
        "The president of Brenholt University, Dr Maro Telvik, is leading a university delegation to "
        "Quillabamba National University this week to widen their exchange of students."
    )
    assert _leaders(text) == [("Brenholt University", "Quillabamba National University", "Maro Telvik")]


def test_a_rector_who_is_currently_leading_a_delegation_of_scientists():
    text = article(
        "Rector Ilse Vanterpool of the Kestrelmoor Institute of Technology, who is currently leading a "
        "delegation of 12 scientists to Altiplano Sur University, opened a joint laboratory on Monday."
    )
    assert trips(text) == [("Kestrelmoor Institute of Technology", "Altiplano Sur University")]
    assert _leaders(text)[0][2] == "Ilse Vanterpool"


def test_a_dean_heads_the_delegation_to_a_country_then_its_stop_is_told():
    text = article(
        "Professor Oren Baldacchi, Dean of Medicine at Wrenfield University, heads the faculty delegation "
        "to Peru in May 2023.",
        "During the visit the delegation signed an agreement with Quillabamba National University.",
    )
    assert ("Wrenfield University", "Quillabamba National University") in trips(text)


def test_a_delegation_that_will_be_led_is_still_no_trip():
    text = article(
        "Dr Maro Telvik of Brenholt University will be leading a delegation to Quillabamba National "
        "University next spring."
    )
    assert trips(text) == []

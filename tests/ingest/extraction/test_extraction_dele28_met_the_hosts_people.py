"""Meeting the people who speak for one named body (its representatives, officials, authorities) is a call on
that body: the ones who met them travelled there. Meeting the people of several bodies at once is an event's
business, not a trip to each. Three phrasings per rule, none taken from an article; every body is invented."""

import pytest

from tests.ingest.extraction.reading import article, trips


@pytest.mark.parametrize(
    "sentence",
    [
        "Anna Vell, the Head of Quellmoor Polytechnic, met with the representatives of Brackwater University "
        "to talk about joint degrees.",
        "On Tuesday, guests from Quellmoor Polytechnic in Bergen met with Brackwater University officials to "
        "sign a three-year agreement.",
        "Last week the Dean of Quellmoor Polytechnic, Olaf Ruud, met the authorities of "
        "Brackwater University for a dialogue on research.",
    ],
)
def test_meeting_one_bodys_people_is_a_call_on_it(sentence):
    assert trips(article(sentence)) == [("Quellmoor Polytechnic", "Brackwater University")]


def test_each_traveller_named_with_their_own_body_calls_on_it():
    sentence = (
        "Anna Vell, the Head of Quellmoor Polytechnic, and Olaf Ruud, the Head of Tarnvale Academy, "
        "met with the representatives of Brackwater University to discuss exchanges."
    )
    assert trips(article(sentence)) == [
        ("Quellmoor Polytechnic", "Brackwater University"),
        ("Tarnvale Academy", "Brackwater University"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Later, Dr. Anna Vell of Quellmoor Polytechnic met with representatives of Brackwater University, "
        "Tarnvale Academy and Ostrander College.",
        "At the fair, Quellmoor Polytechnic's rector met the officials of Brackwater University and Tarnvale "
        "Academy.",
        "Olaf Ruud, Dean of Quellmoor Polytechnic, met with representatives from Brackwater University, "
        "Ostrander College and others.",
    ],
)
def test_meeting_several_bodies_people_is_no_trip(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Anna Vell of Quellmoor Polytechnic will meet with the representatives of Brackwater University "
        "next month.",
        "Dr. Anna Vell of Quellmoor Polytechnic met with Professor Olaf Ruud of Brackwater University "
        "online.",
        "Dr. Anna Vell of Quellmoor Polytechnic met with Professor Olaf Ruud to discuss the exhibition.",
    ],
)
def test_a_planned_meeting_or_one_with_a_person_is_no_trip(sentence):
    assert trips(article(sentence)) == []

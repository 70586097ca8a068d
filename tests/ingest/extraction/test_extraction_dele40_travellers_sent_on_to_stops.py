"""The stops of a trip abroad told as its travellers going on to them. "X visited Kenya. ... the Dean A and
the Coordinator B went to C and D", "The delegation also took this opportunity to visit C and D", "Professor
A proceeded to C and D": on a trip whose first telling named no host, each institution named right after the
verb that sends the travellers on is one host of the trip (extraction-format.md: "A trip to several hosts is
one record per host"), led by the first traveller the sentence names. Three phrasings each, none taken from
an article; every body and person is invented."""

import pytest

from tests.ingest.extraction.reading import article, parsed, trips

TWO_STOPS = [
    ("Brackwater University", "Tarnvale University"),
    ("Brackwater University", "Wexmoor University"),
]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "A delegation of Brackwater University, Australia, visited Kenya on 3 May 2024.",
            "With the support of the embassy, the Dean Dr. Olaf Ruud and the Coordinator Ines Kamau went to "
            "Tarnvale University and Wexmoor University.",
        ),
        (
            "A delegation of Brackwater University (Australia) travelled to Kenya on 3 May 2024.",
            "The delegation also took this opportunity to visit Tarnvale University and Wexmoor University.",
        ),
        (
            "Brackwater University, Australia, sent a delegation to Kenya in May 2024.",
            "From Nairobi, Professor Olaf Ruud proceeded to Tarnvale University and Wexmoor University.",
        ),
    ],
)
def test_each_institution_the_travellers_go_on_to_is_a_host(sentences):
    assert trips(article(*sentences)) == TWO_STOPS


@pytest.mark.parametrize(
    "second, leader",
    [
        (
            "Afterwards, the Dean Dr. Olaf Ruud and the Coordinator Ines Kamau went to Tarnvale University "
            "and Wexmoor University.",
            "Olaf Ruud",
        ),
        (
            "From Nairobi, Professor Olaf Ruud proceeded to Tarnvale University and Wexmoor University.",
            "Olaf Ruud",
        ),
        (
            "Then Rector Ines Kamau and Professor Olaf Ruud travelled to Tarnvale University and Wexmoor "
            "University.",
            "Ines Kamau",
        ),
    ],
)
def test_the_first_traveller_named_leads_each_stop(second, leader):
    text = article("A delegation of Brackwater University, Australia, visited Kenya on 3 May 2024.", second)
    assert [d["leader"] for d in parsed(text)["delegations"]] == [leader, leader]


@pytest.mark.parametrize(
    "second",
    [
        "Officials of Tarnvale University went to Wexmoor University the same week.",
        "Afterwards, Tarnvale University and its partners went to Wexmoor University.",
        "Tarnvale University took the opportunity to visit Wexmoor University.",
    ],
)
def test_another_body_going_somewhere_is_no_stop_of_the_trip(second):
    text = article("A delegation of Brackwater University, Australia, visited Kenya on 3 May 2024.", second)
    assert ("Brackwater University", "Wexmoor University") not in trips(text)

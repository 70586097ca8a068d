"""A hospital the travellers are shown on a trip already told to another host is part of that visit (its
teaching or affiliated hospital), as a laboratory or a museum is: no trip of its own. A hospital that is the
only place a group called on stays a host. Three phrasings, none taken from an article; every body is
invented."""

import pytest

from tests.ingest.extraction.reading import article, trips


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "On 4 May, a delegation from Quellmoor Polytechnic visited Brackwater University.",
            "The delegation also visited the Tarnvale Memorial Hospital, where they were shown the wards.",
        ),
        (
            "A delegation of Quellmoor Polytechnic led by Rector Olaf Ruud visited Brackwater University "
            "on 4 May.",
            "Afterwards, the guests toured the Second Affiliated Hospital and Saint Ormond Hospital.",
        ),
        (
            "Professors from Quellmoor Polytechnic visited Brackwater University on 4 May.",
            "They also visited Saint Ormond Hospital.",
        ),
        (
            "Rector Olaf Ruud of Quellmoor Polytechnic visited Brackwater University and the Ostrander "
            "Teaching Hospital on 4 May.",
        ),
    ],
)
def test_a_hospital_shown_on_a_visit_is_no_stop_of_its_own(sentences):
    assert trips(article(*sentences)) == [("Quellmoor Polytechnic", "Brackwater University")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A delegation from Quellmoor Polytechnic visited the Ostrander Teaching Hospital on 4 May.",
        "On 4 May, Rector Olaf Ruud of Quellmoor Polytechnic paid a visit to Saint Ormond Hospital.",
        "Saint Ormond Hospital received a delegation from Quellmoor Polytechnic on 4 May.",
    ],
)
def test_a_hospital_called_on_alone_is_the_host(sentence):
    (visitor, host), *_ = trips(article(sentence))
    assert visitor == "Quellmoor Polytechnic"
    assert host.endswith("Hospital")

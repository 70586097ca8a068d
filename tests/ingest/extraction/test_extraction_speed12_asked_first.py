"""Two finishing readings ask what they can of the records before searching sentences, and read as before. A
trip whose size no sentence gives is as large as the visitor's people named (no sentence is searched for a
listed group when no trip lacks a size); a sentence that only says who took part names parties of the meeting
told before it (no sentence before the first meeting, or telling its own, is searched). Every sentence is
invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse


def _read(body):
    return parse("Visit news\n\n" + body + "\n")


@pytest.mark.parametrize(
    "body",
    [
        "On 3 May 2031 President Orrin Vale and Prof. Mara Teel of Ostravel University visited Kelvar State "
        "University.",
        "Prof. Lena Fisk and Dr. Omar Haddel from Ostravel University visited Kelvar State University on 3 "
        "May 2031.",
        "Ostravel University Rector Ilse Brandt and Dean Tomas Okri visited Kelvar State University on 3 May "
        "2031.",
    ],
)
def test_a_trip_of_unsaid_size_is_as_large_as_the_visitors_named(body):
    assert [trip["size"] for trip in _read(body)["delegations"]] == [2]


def test_a_size_the_sentence_gives_stays():
    body = (
        "A delegation of eight from Ostravel University, led by President Orrin Vale with Prof. Mara Teel, "
        "visited Kelvar State University on 3 May 2031."
    )
    assert [trip["size"] for trip in _read(body)["delegations"]] == [8]


@pytest.mark.parametrize(
    "body",
    [
        "The joint committee of Ostravel University and Kelvar State University met in Brenmoor on 3 May "
        "2031. Members from Tarnwick Maritime University also took part.",
        "Ostravel University and Kelvar State University held talks in Brenmoor on 3 May 2031. Lecturers of "
        "Tarnwick Maritime University participated as well.",
        "Ostravel University hosted a seminar with Kelvar State University on 3 May 2031. Staff from "
        "Tarnwick Maritime University joined the seminar.",
    ],
)
def test_those_who_took_part_after_a_meeting_are_its_parties(body):
    parties = [set(meeting["parties"]) for meeting in _read(body)["meetings"]]
    assert parties == [{"Ostravel University", "Kelvar State University", "Tarnwick Maritime University"}]

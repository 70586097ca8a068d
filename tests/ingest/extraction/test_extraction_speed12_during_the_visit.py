"""A sentence "during the visit" with no date of its own is on some day of a trip of several days, so it takes
no day; after a visit of one day it takes that day. The dates read so far are asked first (a trip of several
days is rare) and the sentence searched for the phrase only after one. Every sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse


def _meeting_dates(body):
    return [meeting["date"] for meeting in parse("Visit news\n\n" + body + "\n")["meetings"]]


@pytest.mark.parametrize(
    "trip",
    [
        "A delegation of Ostravel University visited Kelvar State University from 3 to 7 May 2031.",
        "From 3 to 7 May 2031 a team from Ostravel University toured Kelvar State University.",
        "Kelvar State University hosted a delegation of Ostravel University from 3 to 7 May 2031.",
    ],
)
@pytest.mark.parametrize(
    "talks",
    [
        "During the visit, the two universities held talks on joint degrees.",
        "In the course of their stay the rectors held talks on research.",
    ],
)
def test_talks_during_a_trip_of_several_days_take_no_day(trip, talks):
    assert _meeting_dates(trip + " " + talks) == [None]


@pytest.mark.parametrize(
    "visit",
    [
        "A delegation of Ostravel University visited Kelvar State University on 3 May 2031.",
        "On 3 May 2031 a team from Ostravel University toured Kelvar State University.",
        "Guests from Ostravel University came to Kelvar State University on 3 May 2031.",
    ],
)
def test_talks_during_a_visit_of_one_day_take_its_day(visit):
    assert _meeting_dates(visit + " During the visit, the rectors held talks on research.") == ["2031-05-03"]

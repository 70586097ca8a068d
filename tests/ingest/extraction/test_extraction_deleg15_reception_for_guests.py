"""A reception, dinner or banquet a host gives for a group of guests tells their visit, whatever the verb
that offers it ("hosted", "held", "gave", "organised"): the host is its subject, the guests' institution
visits. Given for the host's own people (students, donors), it tells none.
Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

article = partial(reading.article, published="2023-05-20")

GHENT, LUND = "Ghent University", "Lund University"


@pytest.mark.parametrize(
    "reception",
    [
        f"On 3 May, {GHENT} gave a dinner in honour of guests from {LUND}.",
        f"On 3 May, the rector of {GHENT} held a welcome reception for a delegation from {LUND}.",
        f"On 3 May, {GHENT} organised a banquet for the {LUND} team.",
    ],
)
def test_a_reception_for_guests_tells_their_visit(reception):
    assert trips(article(reception)) == [(LUND, GHENT)]


@pytest.mark.parametrize(
    "own",
    [
        f"On 3 May, {GHENT} held a reception for new students from {LUND}.",
        f"On 3 May, {GHENT} held a dinner for its donors and for {LUND} alumni.",
        f"On 3 May, {GHENT} gave a lunch for the winners of a prize awarded by {LUND}.",
    ],
)
def test_a_reception_for_the_hosts_own_people_tells_no_visit(own):
    assert trips(article(own)) == []


@pytest.mark.parametrize(
    "met",
    [
        f"On 3 May, the dean of {GHENT} met visitors from {LUND}.",
        f"On 3 May, Prof. Ines Varga, rector of {GHENT}, met with a delegation from {LUND}.",
        f"On 3 May, {GHENT} staff met a group of guests from {LUND} in the main hall.",
    ],
)
def test_meeting_guests_from_elsewhere_is_hosting_them(met):
    assert trips(article(met)) == [(LUND, GHENT)]


def test_meeting_a_person_of_another_institution_tells_no_host():
    assert trips(article(f"On 3 May, the dean of {GHENT} met the rector of {LUND} in Brussels.")) == []

"""A tour of several hosts told in one sentence is one trip per host, whatever stands between the stops:
the first stop's day ("visited A on 3 May and B on 4 May"), a repeated preposition ("at A and at B") or a
move on ("A and then travelled to B"). A list never runs on into a new clause about someone else.
Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

article = partial(reading.article, published="2023-05-20")

GHENT, LUND, TARTU = "Ghent University", "Lund University", "University of Tartu"


@pytest.mark.parametrize(
    "tour",
    [
        f"A delegation from {GHENT} visited {LUND} on 3 May 2023 and {TARTU} on 5 May 2023.",
        f"On 3 May, a delegation from {GHENT} held meetings at {LUND} and at {TARTU}.",
        f"A delegation from {GHENT} visited {LUND} on 3 May and then travelled to {TARTU}.",
    ],
)
def test_each_stop_of_a_tour_is_a_trip(tour):
    assert trips(article(tour)) == [(GHENT, LUND), (GHENT, TARTU)]


@pytest.mark.parametrize(
    "clause",
    [
        f"A delegation from {GHENT} visited {LUND} on 3 May and {TARTU} announced a new rector.",
        f"A delegation from {GHENT} visited {LUND} on 3 May, and then {TARTU} opened its new library.",
        f"A delegation from {GHENT} visited {LUND} on 3 May, while {TARTU} hosted a conference.",
    ],
)
def test_a_new_clause_after_the_stop_adds_no_host(clause):
    assert trips(article(clause)) == [(GHENT, LUND)]


@pytest.mark.parametrize(
    "tour",
    [
        f"A delegation from {GHENT} visited {LUND} on 3 May 2023 and {TARTU} on 5 May 2023.",
        f"Guests from {GHENT} called on {LUND} on Wednesday, 3 May, and on {TARTU} on Friday, 5 May.",
        f"A {GHENT} team toured {LUND} (Sweden) on May 3 and {TARTU} (Estonia) on May 5.",
    ],
)
def test_each_stop_keeps_the_day_told_after_it(tour):
    days = {d["host"]: d["start"] for d in reading.parsed(article(tour))["delegations"]}
    assert days == {LUND: "2023-05-03", TARTU: "2023-05-05"}

"""A trip told naming no host (a country, "the team") calls on each institution a later sentence shows its
travellers signing or meeting with, even where another sentence, before or after, names one host of the
trip: that host fills the trip in, the other stops are trips of their own.
Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

article = partial(reading.article, published="2023-05-20")

GHENT, LUND, TARTU = "Ghent University", "Lund University", "University of Tartu"


@pytest.mark.parametrize(
    "story",
    [
        f"A {GHENT} delegation led by Vice-Rector Jan Peeters was in Estonia on 3 May. A memorandum was "
        f"signed with {TARTU}. Vice-Rector Peeters also visited {LUND}.",
        f"A team from {GHENT} travelled to the Baltic states on 3 May. Talks were held with {TARTU} on "
        f"doctoral schools. The team then visited {LUND}.",
        f"On 3 May, a {GHENT} delegation arrived in Estonia. Meetings were held with {TARTU} on joint "
        f"degrees. The delegation also visited {LUND}.",
    ],
)
def test_a_stop_signed_or_met_with_is_a_trip_beside_the_named_host(story):
    assert trips(article(story)) == [(GHENT, LUND), (GHENT, TARTU)]

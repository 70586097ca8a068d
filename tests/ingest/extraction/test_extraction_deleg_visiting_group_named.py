"""A group told by "visiting" with its own institution after it ("the visiting delegation of deans from X
was received by ..."): X is named as the one who travels, not as the place it went to, so the trip stands
(and the later sentences that tell the group on, "the delegates then toured Y", find it). The adjective
changes nothing the plain "the delegation of X" tells. Phrasings written for these tests, none taken from an
article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

GUEST = "Brennmoor State University"
HOST = "Tallon Institute of Technology"

RECEIVED = [
    f"The visiting delegation of deans from {GUEST} was received by the Governor of Marrow County"
    " at the county hall on 12 May.",
    f"This visiting team of researchers from {GUEST} were welcomed by the deputy mayor of Eldby on 12 May.",
    f"The visiting group of rectors of {GUEST} was greeted by the Mayor of Ostvik"
    " at the city hall on 12 May.",
]
TOLD_ON = "The next day, the delegates visited " + HOST + " and met its faculty."


article = partial(reading.article, title="Campus news", published="2023-05-20", joiner=" ")


@pytest.mark.parametrize("sentence", RECEIVED)
def test_a_visiting_group_named_by_its_institution_is_on_a_trip(sentence):
    # received by a county's or a town's officer the parser lists as no body: the trip has no host to record
    # (dele31), but its own institution is read as the one who travels, never as a place it went to
    assert GUEST not in [host for _visitor, host in trips(article(sentence))]
    assert GUEST in [visitor for visitor, _host in trips(article(sentence, TOLD_ON))]


@pytest.mark.parametrize("sentence", RECEIVED)
def test_the_group_told_on_later_calls_on_the_place_it_visits(sentence):
    assert (GUEST, HOST) in trips(article(sentence, TOLD_ON))


@pytest.mark.parametrize("sentence", RECEIVED)
def test_the_adjective_visiting_changes_no_trip(sentence):
    plain = sentence.replace("visiting ", "", 1)
    assert trips(article(sentence, TOLD_ON)) == trips(article(plain, TOLD_ON))

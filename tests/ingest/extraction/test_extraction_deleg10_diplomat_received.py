"""A diplomat received by an institution's people: the host is the one named before the verb of hosting
(or as the place it happened), never a university the sentence names after the guest as a topic of the
talks or as another guest; and "the ambassador" welcomed again later is the same call, not a second trip.
Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips


def hosts_of_the_talks(text):
    """The first party of each meeting: the host of a diplomat's call whose mission is not named."""
    return [m["parties"][0] for m in parse_article(text, file="t.txt")["meetings"]]


article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vice-Chancellor, Prof. Jan Peeters, received the Ambassador of Chile, Mr. Pablo Soto, and spoke "
        "of the ties between the University of Chile and Ghent University.",
        "Rector Jan Peeters welcomed the Ambassador of Chile, Mr. Pablo Soto, whose country hopes to send "
        "students from the University of Chile to Ghent University.",
        "The Minister of Education hosted the Ambassador of Chile, Mr. Pablo Soto, and a delegation "
        "from the University of Chile, to discuss exchanges.",
    ],
)
def test_a_university_named_after_the_diplomat_received_is_not_his_host(sentence):
    assert ("", "University of Chile") not in trips(article(sentence))


def test_the_host_named_before_the_verb_still_receives_the_diplomat():
    text = article(
        "Prof. Jan Peeters, Rector of Ghent University, received the Ambassador of Chile, Mr. Pablo Soto, "
        "and discussed exchanges with the University of Chile."
    )
    assert trips(text) == []  # no mission named: no visitor to record (deleg11_diplomats_mission)
    assert hosts_of_the_talks(text) == ["Ghent University"]


def test_the_place_of_the_reception_named_after_the_guest_hosts():
    text = article(
        "Rector Jan Peeters received the Ambassador of Chile, Mr. Pablo Soto, at Ghent University."
    )
    assert trips(text) == []
    assert hosts_of_the_talks(text) == ["Ghent University"]


def test_the_ambassador_welcomed_again_is_the_same_call():
    text = article(
        "On 3 May the Ambassador of Chile, Mr. Pablo Soto, and staff of the Embassy of Chile in Belgium "
        "visited Ghent University.",
        "Rector Prof. Jan Peeters of Ghent University warmly welcomed the ambassador and praised the "
        "students from the University of Chile.",
    )
    assert trips(text) == [("Embassy of Chile in Belgium", "Ghent University")]

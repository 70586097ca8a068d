"""A delegation's leader acts for the visiting institution, also when the leader is chosen late: where the
article says nobody led the trip and ties nobody to the visitor, the first head it ties to no body leads it
("A delegation from X visited Y. President A said ..."), and that leader acts for X, not for no body; the
list the leader opens then shares X along. Seen on pages of six tuning sets (six sites): a leader left with
no body though the trip's visitor was read. A leader a narrower reading ties to a body keeps it. Invented
phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of, parsed

BRENLOW = "Brenlow Polytechnic University"
HARTWELL = "Hartwell Marine University"


def _leaders(text):
    return [d["leader"] for d in parsed(text)["delegations"]]


@pytest.mark.parametrize(
    ("sentences", "leader"),
    [
        (
            (
                "A delegation from Brenlow Polytechnic University visited Hartwell Marine University on "
                "2 May.",
                "President Odile Mervaux said the partnership would grow.",
            ),
            "Odile Mervaux",
        ),
        (
            (
                "Brenlow Polytechnic University sent a delegation to Hartwell Marine University on 2 May.",
                "Rector Jesper Landvik praised the hosts for their warm welcome.",
            ),
            "Jesper Landvik",
        ),
        (
            (
                "On 2 May a delegation of Brenlow Polytechnic University came to Hartwell Marine University "
                "to discuss joint research.",
                "Chancellor Ines Corvalho noted that the two campuses share many interests.",
            ),
            "Ines Corvalho",
        ),
    ],
)
def test_a_head_chosen_to_lead_acts_for_the_visitors(sentences, leader):
    text = article(*sentences)
    assert _leaders(text) == [leader]
    assert institutions_of(text)[leader] == BRENLOW


def test_a_leader_tied_to_a_body_keeps_it():
    text = article(
        "A delegation from Brenlow Polytechnic University visited Hartwell Marine University on 2 May.",
        "Rector Jesper Landvik of Hartwell Marine University welcomed the guests.",
    )
    assert institutions_of(text).get("Jesper Landvik") == HARTWELL

"""A place a tour called on is no visitor: a leader read as acting for one of the institutions the
sentence lists as visited does not make it travel, an institution hosting the article's trip does not
also travel to the tour's other stops, and a host's short name in brackets does not end the list of
stops. Phrasings written for these tests, none taken from an article."""

from functools import partial
from types import SimpleNamespace

import pytest

from registry.ingest.extraction.delegations import no_host_of_the_tour_travels_on_it
from registry.ingest.extraction.records import DelegationRecord
from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

STOPS = ["Ghent University", "Universidade do Porto", "Uppsala University"]


article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "From May 3 to 9, a delegation of four led by President Anna Berg visited Ghent University, "
            "the University of Porto and Uppsala University.",
            "At Ghent University, President Anna Berg met with Vice-Rector Jan Peeters and discussed joint "
            "degrees.",
        ),
        (
            "Last week a five-member team headed by Rector Hans Olsen toured Ghent University, the "
            "University of Porto and Uppsala University.",
            "At Ghent University, Rector Hans Olsen held talks with Vice-Rector Jan Peeters on exchanges.",
        ),
        (
            "In March, Vice President Maria Costa led a delegation to visit Ghent University, the University "
            "of Porto, Uppsala University and other partners.",
            "In Ghent University, Vice President Maria Costa and Rector Eva Lind signed a memorandum on "
            "student exchange.",
        ),
    ],
)
def test_a_leader_read_as_a_stops_officer_does_not_make_the_stop_travel(sentences):
    found = trips(article(*sentences))
    assert all(visitor != "Ghent University" for visitor, _host in found)
    assert found == [("", host) for host in sorted(STOPS)]


def test_a_leader_whose_institution_is_named_before_the_verb_still_travels():
    text = article(
        "Rector Hans Olsen of Aarhus University visited Ghent University and Uppsala University in May.",
        "At Ghent University, Rector Hans Olsen held talks with Vice-Rector Jan Peeters on exchanges.",
    )
    assert trips(text) == [
        ("Aarhus University", "Ghent University"),
        ("Aarhus University", "Uppsala University"),
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "From May 3 to 9, a delegation of four led by President Anna Berg visited Ghent University "
            "(UGent), the University of Porto and Uppsala University.",
            "At UGent, President Anna Berg met with Vice-Rector Jan Peeters and discussed joint degrees.",
        ),
        (
            "Last week a team headed by Rector Hans Olsen toured Ghent University (UGent), the University of "
            "Porto and Uppsala University.",
            "In UGent, Rector Hans Olsen held talks with Vice-Rector Jan Peeters on exchanges.",
        ),
        (
            "In March, Vice President Maria Costa led a delegation to visit Ghent University (UGent), the "
            "University of Porto and Uppsala University.",
            "At UGent, Vice President Maria Costa and Rector Eva Lind signed a memorandum on exchanges.",
        ),
    ],
)
def test_a_short_name_in_brackets_does_not_end_the_list_of_stops(sentences):
    assert trips(article(*sentences)) == [("", host) for host in sorted(STOPS)]


def institution(name):
    return SimpleNamespace(name=name)


def test_a_host_of_the_tour_read_as_travelling_to_its_other_stops_is_dropped():
    touring, first, second, third = map(institution, ["Tour", "First stop", "Second stop", "Third stop"])
    told = [
        DelegationRecord(touring, first),
        DelegationRecord(touring, second),
        DelegationRecord(touring, third),
    ]
    misread = [DelegationRecord(first, second), DelegationRecord(first, third), DelegationRecord(first, None)]
    ctx = SimpleNamespace(delegations=told + misread)
    no_host_of_the_tour_travels_on_it(ctx)
    assert ctx.delegations == told


def test_a_host_that_travels_elsewhere_or_back_keeps_its_trip():
    touring, host, elsewhere = map(institution, ["Tour", "Host", "Elsewhere"])
    told = [
        DelegationRecord(touring, host),
        DelegationRecord(host, elsewhere),  # the host's own trip, somewhere the tour did not go
        DelegationRecord(host, touring),  # the visit returned
    ]
    ctx = SimpleNamespace(delegations=list(told))
    no_host_of_the_tour_travels_on_it(ctx)
    assert ctx.delegations == told

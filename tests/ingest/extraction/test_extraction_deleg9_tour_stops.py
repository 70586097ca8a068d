"""A trip whose sentence names no host (a country, a region, "three universities") calls on the institutions
later sentences show its travellers meeting or signing with, or name as the heading of a stop: one record per
host. Three phrasings per rule, none taken from an article."""

from functools import partial

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips_with_none as trips

article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "later",
    [
        "In Kraków, the delegation held talks with the leadership of Jagiellonian University.",
        "Ghent University also had meetings with Jagiellonian University, whose rector showed the guests "
        "around.",
        "An agreement on joint doctorates was signed with Prof. Anna Nowak, Vice-Rector of Jagiellonian "
        "University.",
    ],
)
def test_a_later_meeting_or_signing_names_a_host_of_the_trip(later):
    text = article(
        "From 8 to 12 May, a delegation of Ghent University led by Rector Rik Peeters visited Poland.",
        later,
    )
    assert trips(text) == [("Ghent University", "Jagiellonian University")]


@pytest.mark.parametrize(
    "later",
    [
        "The rector met with the presidents of Jagiellonian University and Warsaw University of Technology.",
        "He then held negotiations with Jagiellonian University and Warsaw University of Technology.",
        "Over the following days, talks took place with Jagiellonian University, Warsaw University of "
        "Technology.",
    ],
)
def test_every_institution_listed_after_the_meeting_is_a_host(later):
    text = article(
        "In May, the Rector of Ghent University, Rik Peeters, paid a working visit to Poland.", later
    )
    assert trips(text) == [
        ("Ghent University", "Jagiellonian University"),
        ("Ghent University", "Warsaw University of Technology"),
    ]


def test_a_stop_told_as_a_heading_is_a_host_on_its_own_day():
    text = article(
        "From 8 to 12 May 2023, a delegation of Ghent University visited three universities in Poland.",
        "Jagiellonian University (9 May 2023):",
        "The talks focused on joint doctorates.",
        "University of Warsaw (11 May):",
        "Both sides discussed summer schools.",
    )
    days = {d["host"]: d["start"] for d in parse_article(text, file="t.txt")["delegations"]}
    assert days == {"Jagiellonian University": "2023-05-09", "University of Warsaw": "2023-05-11"}


@pytest.mark.parametrize(
    "later",
    [
        "Next year, the delegation will hold talks with Jagiellonian University.",
        "The University of Warsaw met with Jagiellonian University to prepare the visit.",
        "Before the visit, the University of Warsaw had signed an accord with Jagiellonian University.",
    ],
)
def test_a_meeting_planned_or_of_someone_else_names_no_host(later):
    text = article(
        "From 8 to 12 May, a delegation of Ghent University led by Rector Rik Peeters visited Poland.", later
    )
    assert ("Ghent University", "Jagiellonian University") not in trips(text)


def test_an_institution_of_the_visitors_own_country_is_no_stop_of_its_trip_abroad():
    text = article(
        "From 8 to 12 May 2023, a delegation of Ghent University visited three universities in Poland.",
        "KU Leuven (7 May 2023):",
        "The delegation prepared the trip with its Flemish partner.",
        "University of Warsaw (11 May):",
        "Both sides discussed summer schools.",
    )
    assert trips(text) == [("Ghent University", "University of Warsaw")]


def test_a_stop_heading_on_the_day_the_page_was_published_still_gives_that_day():
    text = (
        "Cooperation news\n\ndate 2023-05-09\n\n"
        "From 9 to 12 May 2023, a delegation of Ghent University visited two universities in Poland.\n\n"
        "Jagiellonian University (9 May 2023):\n\nThe talks focused on joint doctorates.\n\n"
        "University of Warsaw (11 May 2023):\n\nBoth sides discussed summer schools.\n"
    )
    days = {d["host"]: d["start"] for d in parse_article(text, file="t.txt")["delegations"]}
    assert days == {"Jagiellonian University": "2023-05-09", "University of Warsaw": "2023-05-11"}

"""How a trip is told: "visits" as a plural noun ("exchange visits", "an exchange of visits") tells a topic,
not a trip; "proceeded to X" is a stop of a trip; "During the visit to Y, the delegation of X ..." tells X's
trip to Y; "according to X" names the source of the news, never a host; a diplomat whose mission the
article does not name makes no trip with an empty visitor, only talks at the host.
Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import parsed, trips

article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "topic",
    [
        "On 3 May, Ghent University held talks with Lund University on joint degrees, staff exchange visits "
        "and summer schools.",
        "On 3 May, Ghent University and Lund University agreed on an exchange of visits by doctoral "
        "students.",
        "On 3 May, the rectors of Ghent University and Lund University spoke of the mutual visits of their "
        "researchers.",
    ],
)
def test_visits_as_a_plural_noun_tell_no_trip(topic):
    assert trips(article(topic)) == []


def test_visits_as_a_verb_still_tell_a_trip():
    text = article("On 3 May 2023, a delegation of Lund University visits Ghent University for two days.")
    assert trips(text) == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "stop",
    [
        "The delegation then proceeded to Ghent University and met its rector.",
        "From there the guests proceeded to the University of Antwerp for talks on joint research.",
        "The delegation moved on to Ghent University, where the rector showed its laboratories.",
    ],
)
def test_proceeding_to_an_institution_is_a_stop_of_the_trip(stop):
    text = article(
        "On 3 May 2023, a delegation of Lund University led by Rector Anna Berg visited Hasselt University.",
        stop,
    )
    hosts = {host for visitor, host in trips(text) if visitor == "Lund University"}
    assert "Hasselt University" in hosts
    assert hosts & {"Ghent University", "University of Antwerp"}


def test_proceeding_to_do_something_is_no_trip():
    text = article("On 3 May 2023, Ghent University and Lund University proceeded to sign a memorandum.")
    assert trips(text) == []


@pytest.mark.parametrize(
    "visit",
    [
        "During the visit to Ghent University on 3 May 2023, the delegation of Lund University met the "
        "rector.",
        "During the two-day visit to Ghent University, the Lund University delegation toured its "
        "laboratories.",
        "In the course of the working visit to Ghent University, the delegation of Lund University, headed "
        "by Rector Anna Berg, discussed joint degrees.",
    ],
)
def test_during_the_visit_to_a_host_the_delegation_named_is_the_visitor(visit):
    assert ("Lund University", "Ghent University") in trips(article(visit))


@pytest.mark.parametrize(
    "sentence",
    [
        "Prof. Anna Berg of Lund University visited the city on 3 May, according to NORDWIRE.",
        "Rector Anna Berg of Lund University visited the region on 3 May 2023, according to NORDWIRE.",
        "A delegation of Lund University travelled to the city last week, according to NORDWIRE reports.",
    ],
)
def test_the_source_of_the_news_is_no_host(sentence):
    assert "NORDWIRE" not in {host for _visitor, host in trips(article(sentence))}


@pytest.mark.parametrize(
    "call",
    [
        "The Peruvian Ambassador to Poland, Mr. Luis Vega, visited the University of Warsaw on 3 May 2023.",
        "On 3 May 2023, Ambassador of Peru Luis Vega paid a courtesy visit to the University of Warsaw.",
        "On 3 May 2023, the Rector of the University of Warsaw received the Ambassador of Peru, Mr. Luis "
        "Vega.",
    ],
)
def test_a_diplomat_with_no_mission_named_makes_no_trip_but_talks_at_the_host(call):
    result = parsed(article(call))
    assert result["delegations"] == []
    assert [(m["kind"], m["parties"]) for m in result["meetings"]] == [("talk", ["University of Warsaw"])]

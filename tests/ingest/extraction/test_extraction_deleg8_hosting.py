"""Hosting told with more than a verb and its guest: where and when the hosting took place between the verb
and the guest ("received here today", "welcomed on Tuesday 4/6/2024 a delegation"). Three phrasings per
rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import trips_in_order as trips


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University received here yesterday a delegation from Lund University to discuss degrees.",
        "Ghent University welcomed on Tuesday 9/5/2023 a delegation of Lund University, led by its rector.",
        "Ghent University hosted warmly last week the visitors from Lund University.",
    ],
)
def test_where_or_when_between_the_hosting_verb_and_its_guest_still_tells_the_visit(sentence):
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University received today Prof. Erik Holm, rector of Lund University.",
        "Ghent University welcomed on 8 May Dr. Anna Berg, dean of Lund University.",
        "Ghent University hosted this morning Prof. Erik Holm, vice-rector of Lund University.",
    ],
)
def test_a_person_received_after_a_time_word_visits_for_his_institution(sentence):
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University received on Monday a grant from Lund University for joint degrees.",
        "Ghent University received here the news that Lund University had opened a campus.",
        "Ghent University welcomed today the decision of Lund University to join the network.",
    ],
)
def test_a_time_word_after_the_verb_does_not_make_a_thing_received_a_visit(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Participating delegates from Lund University and Uppsala University presented new agreements "
        "with Ghent University.",
        "Delegates of Lund University took part in the Ghent University summer forum on water policy.",
        "Several delegates from Lund University spoke at the opening of the Ghent University library.",
    ],
)
def test_delegates_doing_something_other_than_travelling_tell_no_visit(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates from Lund University visited Ghent University to discuss joint degrees.",
        "A delegation from Lund University was received by the rector of Ghent University.",
        "Three delegates of Lund University paid a visit to Ghent University on 8 May.",
    ],
)
def test_delegates_travelling_or_a_delegation_still_tell_a_visit(sentence):
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rector of Ghent University received this morning, in her office on the campus, Prof. Erik Holm, "
        "President of Lund University.",
        "Ghent University hosted on Monday, in the senate hall, the visitors from Lund University.",
        "Ghent University welcomed yesterday, at its new library, Dr. Anna Berg, dean of Lund University.",
    ],
)
def test_a_place_set_off_by_commas_after_the_hosting_verb_still_tells_the_visit(sentence):
    assert trips(article(sentence)) == [("Lund University", "Ghent University")]


def test_a_place_set_off_by_commas_does_not_make_a_thing_received_a_visit():
    sentence = "Ghent University received, in its annual review, praise from Lund University."
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Ghent University and Lund University held their annual forum in Ghent.",
            "Rector Jan Peeters of Ghent University welcomed the Swedish delegates to the opening session.",
        ),
        (
            "Ghent University and Lund University met in Ghent on 3 May.",
            "Prof. Anna de Vries, dean of Ghent University, welcomed the Swedish delegates for taking part.",
        ),
        (
            "Ghent University and Lund University opened a joint school.",
            "The Dean of Ghent University, Prof. Anna de Vries, hosted the Swedish delegates at a dinner.",
        ),
    ],
)
def test_delegates_welcomed_by_nationality_visit_the_welcomers_institution(sentences):
    assert trips(article(*sentences)) == [("Lund University", "Ghent University")]

"""The host's people named only by a title: whom the visitors paid a call on, went to meet, had a meeting
with, were expected by, or who welcomed or met them, act for the host of the visit. Three phrasings per
rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of


def institution_of(text, name):
    return institutions_of(text)[name]


VISIT = "A delegation from Ghent University visited Leiden University on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation paid a courtesy call on the Vice-Rector, Prof. Anna Verbeek, at her office.",
        "The guests paid a visit to the Dean of Sciences, Dr. Anna Verbeek, in the afternoon.",
        "They came to meet with Rector Anna Verbeek and the deans of the faculties.",
    ],
)
def test_the_person_a_visit_is_paid_to_acts_for_the_host(sentence):
    assert institution_of(article(VISIT, sentence), "Anna Verbeek") == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "A meeting with the Deputy Rector for Research Anna Verbeek was held in the senate hall.",
        "The delegation was expected by the Vice-Rector for Teaching, Prof. Dr. Anna Verbeek and her team.",
        "The visitors were met by the Head of International Affairs, Dr. Anna Verbeek, at the station.",
    ],
)
def test_the_person_the_visitors_meet_or_are_expected_by_acts_for_the_host(sentence):
    assert institution_of(article(VISIT, sentence), "Anna Verbeek") == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Prof. Anna Verbeek and Prof. Jan Smit extended a warm welcome to the foreign guests.",
        "The Vice-Rector, Prof. Anna Verbeek, has met with a delegation from Ghent University.",
        "Dr. Anna Verbeek extended her sincere welcome to the visitors on behalf of the rector.",
    ],
)
def test_who_welcomes_or_meets_the_delegation_acts_for_the_host(sentence):
    assert institution_of(article(VISIT, sentence), "Anna Verbeek") == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "During the visit to Leiden University, Prof. Anna Verbeek presented her research group.",
        "The call on Leiden University, Prof. Anna Verbeek said, opened a new chapter.",
        "A meeting with Leiden University followed, where Prof. Anna Verbeek spoke about mobility.",
    ],
)
def test_a_visit_paid_to_a_place_puts_nobody_on_the_hosts_side(sentence):
    assert institution_of(article(VISIT, sentence), "Anna Verbeek") != "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "A meeting with the Deputy Rector Anna Verbeek as well as the Project Manager Jan Smit was held.",
        "The visitors met with the Vice-Rector Anna Verbeek, as well as Dean Jan Smit.",
        "The guests paid a call on Rector Anna Verbeek as well as a Head of Office Jan Smit.",
    ],
)
def test_people_joined_by_as_well_as_act_for_the_same_institution(sentence):
    assert institution_of(article(VISIT, sentence), "Jan Smit") == "Leiden University"

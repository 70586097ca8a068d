"""A person's whole name printed in capitals ("MARTA OSKARSDOTTIR, President of X"), as some pages print
every name, is a person's name where a title follows its comma or comes right before it: the leader of a
visit so named is read, not left empty. One word in capitals is an acronym, and a body's or a place's words
in capitals ("UNIVERSITY", "NORWAY") are no name. Phrasings written for these tests, none taken from an
article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import parsed

article = partial(reading.article, published="2023-05-20")


def leaders(text):
    return {(d["visitor"], d["host"]): d["leader"] for d in parsed(text)["delegations"]}


def people(text):
    return {p["name"]: (p["institution"], p["title"]) for p in parsed(text)["people"]}


@pytest.mark.parametrize(
    "words",
    [
        "On 4 May 2023, TOMAS VELLKARI, President of Quellbrook University, and his delegation visited "
        "Ostmere Polytechnic.",
        "On 4 May 2023, a delegation from Quellbrook University headed by its Rector TOMAS VELLKARI paid a "
        "visit to Ostmere Polytechnic.",
        "TOMAS VELLKARI, the Vice-Chancellor of Quellbrook University, led a delegation to Ostmere "
        "Polytechnic on 4 May 2023.",
    ],
)
def test_a_leader_whose_name_is_printed_in_capitals_is_read(words):
    assert leaders(article(words))[("Quellbrook University", "Ostmere Polytechnic")] == "TOMAS VELLKARI"


def test_every_name_of_a_list_printed_in_capitals_is_a_person():
    text = article(
        "On 4 May 2023, HANNE LOVSTRAND, Director of International Affairs of Quellbrook University, and "
        "Senior Lecturer BRODERIK AMSEL visited Ostmere Polytechnic."
    )
    found = people(text)
    assert found["HANNE LOVSTRAND"] == ("Quellbrook University", "Director of International Affairs")
    assert "BRODERIK AMSEL" in found


@pytest.mark.parametrize(
    "words",
    [
        "QUELLBROOK UNIVERSITY, President Tomas Vellkari said, welcomes partners from Ostmere Polytechnic.",
        "OSLO NORWAY, President Tomas Vellkari of Quellbrook University met Ostmere Polytechnic's rector.",
        "The QU and OP teams met on 4 May 2023, President Tomas Vellkari of Quellbrook University said.",
    ],
)
def test_a_bodys_or_a_places_words_or_an_acronym_in_capitals_are_no_person(words):
    assert set(people(article(words))) <= {"Tomas Vellkari"}

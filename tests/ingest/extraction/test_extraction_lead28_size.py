"""A delegation whose size no sentence gives is as large as the visiting institution's people the article
names taking part, where they are two or more, the visitor made one trip and no sentence lists the group's
members (a list is the group: its count stands, though the article may not tie each member to the
visitor). Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import parsed

article = partial(reading.article, published="2023-05-20")


def sizes(text):
    return {(d["visitor"], d["host"]): d["size"] for d in parsed(text)["delegations"]}


@pytest.mark.parametrize(
    "visit",
    [
        "On 3 May 2023, Rector Anna Lindqvist and Professor Pieter Boon of Ghent University visited the "
        "University of Kelaniya.",
        "Prof. Anna Lindqvist, Vice-Rector of Ghent University, and Dr. Pieter Boon, Head of Mobility at "
        "Ghent University, visited the University of Kelaniya on 3 May 2023.",
        "The University of Kelaniya received Vice-Rector Anna Lindqvist of Ghent University and Dr. Pieter "
        "Boon of Ghent University on 3 May 2023.",
    ],
)
def test_two_people_of_the_visitor_make_a_group_of_two(visit):
    text = article(visit, "The guests toured the library and the botanical garden.")
    assert sizes(text)[("Ghent University", "University of Kelaniya")] == 2


@pytest.mark.parametrize(
    "members",
    [
        "The delegation comprised Rector Anna Lindqvist, Professor Pieter Boon, Dr. Sofie Claes and "
        "Mr. Jonas Wouters.",
        "The delegation consisted of Rector Anna Lindqvist, Professor Pieter Boon, Dr. Sofie Claes and "
        "Mr. Jonas Wouters.",
        "The team was made up of Rector Anna Lindqvist, Professor Pieter Boon, Dr. Sofie Claes and "
        "Mr. Jonas Wouters.",
    ],
)
def test_a_listed_group_keeps_the_count_of_its_list(members):
    visit = "A delegation from Ghent University visited the University of Kelaniya on 3 May 2023."
    text = article(visit, members, "Rector Anna Lindqvist of Ghent University thanked the hosts.")
    assert sizes(text)[("Ghent University", "University of Kelaniya")] in (4, None)


@pytest.mark.parametrize(
    "second",
    [
        "On 9 May 2023, Ms. Sofie Claes of Ghent University visited the University of Moratuwa.",
        "On 5 May 2023, Dr. Sofie Claes of Ghent University visited the University of Peradeniya.",
        "Dr. Sofie Claes of Ghent University travelled to the University of Ruhuna on 12 May 2023.",
    ],
)
def test_people_of_a_visitor_with_several_trips_give_no_size(second):
    visit = (
        "On 3 May 2023, Rector Anna Lindqvist and Professor Pieter Boon of Ghent University visited the "
        "University of Kelaniya."
    )
    text = article(visit, second)
    assert sizes(text)[("Ghent University", "University of Kelaniya")] in (None, 1)


@pytest.mark.parametrize(
    "others",
    [
        "Dr. Pieter Boon, Head of Mobility at Ghent University, and Ms. Sofie Claes, Project Officer of "
        "Ghent University, joined the talks.",
        "Dr. Pieter Boon of Ghent University and Ms. Sofie Claes of Ghent University also took part in the "
        "talks.",
        "Also present were Dr. Pieter Boon of Ghent University and Ms. Sofie Claes of Ghent University.",
    ],
)
def test_a_visit_by_one_person_is_not_told_where_more_of_the_visitor_take_part(others):
    visit = (
        "The University of Kelaniya welcomed Dr. Anna Lindqvist, Dean of Science at Ghent University, on "
        "3 May 2023."
    )
    text = article(visit, others)
    assert sizes(text)[("Ghent University", "University of Kelaniya")] == 3

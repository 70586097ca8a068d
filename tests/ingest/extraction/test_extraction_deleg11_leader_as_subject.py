"""The one person the subject of a visit names leads it, even where his title is printed before the
institution ("The Vice Chancellor of X, Dr. Y, paid a courtesy call on ...", "X's head, Y, visited ...") so
that no title is read next to his name; with two such people, neither is chosen. Phrasings written for
these tests, none taken from an article."""

from functools import partial

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction import reading


def leaders(text):
    return [(d["visitor"], d["leader"]) for d in parse_article(text, file="t.txt")["delegations"]]


article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "visit",
    [
        "The President of Lund University (LU) in Sweden, Erik Holm, visited Ghent University on 3 May 2023.",
        "Lund University's long-serving head, Erik Holm, visited Ghent University on 3 May 2023.",
        "On 3 May 2023 the chief of Lund University, Erik Holm, made a courtesy call to Ghent University.",
    ],
)
def test_the_one_person_of_the_subject_leads(visit):
    assert leaders(article(visit)) == [("Lund University", "Erik Holm")]


def test_two_people_of_the_subject_leave_the_leader_to_other_rules():
    text = article(
        "On 3 May 2023 Erik Holm and Anna Berg of the international office of Lund University visited "
        "Ghent University."
    )
    assert leaders(text) == [("Lund University", None)]

"""A delegation for which the article ties nobody to the visiting institution is led by the first head
(a president, rector, chancellor or their deputy) whom the article ties to no institution: the visitor's
head is often named only by a title ("noted the acting president of the guest college"), while the host's
is mostly named with the host. A lesser title (a professor, a lecturer) is no head and leads nothing by
this rule. Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import parsed

article = partial(reading.article, published="2023-05-20")

VISIT = (
    "On 3 May 2023, guests from Quellbrook University came to Ostmere Polytechnic to sign a memorandum on "
    "joint research."
)


def leaders(text):
    return {(d["visitor"], d["host"]): d["leader"] for d in parsed(text)["delegations"]}


@pytest.mark.parametrize(
    "words",
    [
        '"Our students will gain a great deal from this exchange," noted the acting president of the guest '
        "college, Marta Oskarsdottir.",
        '"I first came here two years ago," recalled Rector Marta Oskarsdottir, "and the campus impressed '
        'me."',
        "Speaking for the guests, Vice-Chancellor Marta Oskarsdottir thanked everyone for a warm welcome.",
    ],
)
def test_the_head_tied_to_no_institution_leads_a_visit_nobody_is_tied_to(words):
    text = article(VISIT, words)
    assert leaders(text)[("Quellbrook University", "Ostmere Polytechnic")] == "Marta Oskarsdottir"


@pytest.mark.parametrize(
    "words",
    [
        '"I first came here two years ago," recalled Professor Marta Oskarsdottir.',
        "Speaking for the guests, Dr. Marta Oskarsdottir thanked everyone for a warm welcome.",
        "Marta Oskarsdottir, a lecturer in botany, thanked everyone for a warm welcome.",
    ],
)
def test_a_lesser_title_tied_to_no_institution_leads_nothing(words):
    text = article(VISIT, words)
    assert leaders(text)[("Quellbrook University", "Ostmere Polytechnic")] is None

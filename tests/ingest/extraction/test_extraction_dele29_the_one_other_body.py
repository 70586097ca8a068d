"""A trip read with no host, in an article that names exactly one other institution (no side of any trip,
named outside a plan), was that institution's guest: nothing better is known, and a story of one visit
names the two bodies it joins. A page that says "our university" keeps its unnamed host, and a second body
besides leaves the host unknown. Three phrasings per rule, none taken from an article; every body is
invented."""

import pytest

from tests.ingest.extraction.reading import article, trips_with_none


@pytest.mark.parametrize(
    ("title", "sentences"),
    [
        (
            "Quellmoor Polytechnic pays courtesy visit to President Ruud",
            (
                "On 3 May, President Olaf Ruud and Dean Anna Vell received a courtesy visit from a group of "
                "five delegates from Quellmoor Polytechnic.",
                "Brackwater University and Quellmoor Polytechnic have exchanged students since 1990.",
            ),
        ),
        (
            "Ties deepen",
            (
                "Last week, a group of six professors from Quellmoor Polytechnic paid a courtesy visit to "
                "President Olaf Ruud.",
                "Brackwater University has hosted students of Quellmoor Polytechnic since 2001.",
            ),
        ),
        (
            "Ties deepen",
            (
                "Dean Anna Vell of Quellmoor Polytechnic was in Tarnby for two days last week and held talks "
                "with the staff.",
                "Since 1995, Brackwater University and Quellmoor Polytechnic have run a joint master's "
                "programme.",
            ),
        ),
    ],
)
def test_a_trip_without_a_host_calls_on_the_one_other_body(title, sentences):
    assert trips_with_none(article(*sentences, title=title)) == [
        ("Quellmoor Polytechnic", "Brackwater University")
    ]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "A delegation from Quellmoor Polytechnic visited our university on 4 May.",
            "Brackwater University and Quellmoor Polytechnic have run a joint programme since 1995.",
        ),
        (
            "A delegation from Quellmoor Polytechnic paid a courtesy visit to President Olaf Ruud on 4 May.",
            "Brackwater University and Tarnvale Academy signed an agreement in 2019.",
        ),
        (
            "Last week, a group of six professors from Quellmoor Polytechnic paid a courtesy visit to "
            "President Olaf Ruud.",
            "Ostrander College and Brackwater University are its oldest partners.",
        ),
    ],
)
def test_the_host_stays_unknown_on_an_unnamed_publishers_page_or_beside_two_bodies(sentences):
    assert trips_with_none(article(*sentences, title="Ties deepen")) == [("Quellmoor Polytechnic", None)]

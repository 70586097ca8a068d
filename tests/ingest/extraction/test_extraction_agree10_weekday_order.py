"""A numeric date whose day and month could be swapped ("7/8/2019") is read the way the weekday printed with
it says: 7 August 2019 was a Wednesday and 8 July 2019 a Monday, so "Wednesday (7/8/2019)" is 7 August. With
no weekday, or one that fits neither reading, the date stays null with a warning. Each rule in three phrasings
no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(sentence):
    return parse_article(f"Cooperation news\n\n{sentence}\n", file="t.txt")


def dates(result):
    return [a["date"] for a in result["agreements"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lund University and Ghent University signed a memorandum of understanding on Wednesday "
            "(7/8/2019) in Lund.",
            "2019-08-07",
        ),
        (
            "Lund University signed an exchange agreement with Ghent University today, Monday, 6/5/2024, in "
            "the rector's office.",
            "2024-05-06",
        ),
        (
            "On Tuesday 11/4/2023 Lund University and Ghent University signed a cooperation agreement.",
            "2023-04-11",
        ),
    ],
)
def test_the_weekday_tells_which_numeric_reading_is_meant(sentence, expected):
    result = read(sentence)
    assert dates(result) == [expected]
    assert not [w for w in result["warnings"] if "day/month" in w]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University signed a memorandum of understanding on 7/8/2019 in Lund.",
        "Lund University and Ghent University signed a memorandum of understanding on Friday (7/8/2019).",
        "On Sunday, 6/5/2024, Lund University signed an exchange agreement with Ghent University.",
    ],
)
def test_without_a_weekday_that_decides_the_date_stays_null(sentence):
    result = read(sentence)
    assert dates(result) == [None]
    assert [w for w in result["warnings"] if "day/month" in w]

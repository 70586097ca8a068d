"""A day a speaker mentions inside a quotation dates that sentence only: the narrative does not move to it, so
a signing told after it, with no day of its own, is not dated by the quoted day."""

from tests.ingest.extraction.reading import article, parsed

A, B = "Lindqvist University", "Qorvina University"
SIGNED = f"{A} also signed a memorandum of understanding with {B} to develop joint degrees."


def _agreement_dates(*sentences):
    return [a["date"] for a in parsed(article(*sentences, published="2023-05-10"))["agreements"]]


def test_a_day_in_a_quotation_closed_after_it_does_not_date_the_next_signing():
    assert _agreement_dates(
        "“Our partnership with industry keeps growing.",
        "It is in line with the national research policy launched on July 1, 2021,” the statement said.",
        SIGNED,
    ) == [None]


def test_a_day_inside_curly_quotes_does_not_date_the_next_signing():
    assert _agreement_dates(
        "The rector recalled: “We first met our colleagues abroad on 3 March 2019 at a fair.”", SIGNED
    ) == [None]


def test_a_day_inside_straight_quotes_does_not_date_the_next_signing():
    assert _agreement_dates(
        '"Since the conference of 12 June 2018 our ties have grown every year," the dean said.', SIGNED
    ) == [None]


def test_a_day_told_outside_quotes_still_dates_the_next_signing():
    assert _agreement_dates(f"On 3 March 2023, the rector of {A} received guests from {B}.", SIGNED) == [
        "2023-03-03"
    ]

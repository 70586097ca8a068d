"""A signing a clause aims at ("with a view to signing", "paving the way for the signing of") or puts after
something still to come ("will meet again before signing") is discussed, not done; "held talks before
signing" and "toured the campus before the signing of" tell a signing that happened."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = ["Lindqvist College of Music", "Oranmore Technical University"]


@pytest.mark.parametrize(
    "body",
    [
        "Oranmore Technical University and Lindqvist College of Music met on 12 June with a view to signing "
        "a memorandum of understanding.",
        "The talks between Lindqvist College of Music and Oranmore Technical University on 12 June paved the "
        "way for the signing of an exchange agreement.",
        "After the tour, Oranmore Technical University and Lindqvist College of Music will compare their "
        "curricula before signing a cooperation agreement.",
        "Lindqvist College of Music and Oranmore Technical University are expected to meet twice more "
        "ahead of signing a memorandum of understanding.",
    ],
)
def test_a_signing_still_ahead_is_discussed(body):
    assert actions_and_parties(article(body)) == [("discussed", PAIR)]


@pytest.mark.parametrize(
    "body",
    [
        "Oranmore Technical University and Lindqvist College of Music held talks on 12 June before signing a "
        "memorandum of understanding.",
        "Lindqvist College of Music and Oranmore Technical University toured the studios on 12 June "
        "before the signing of a memorandum of understanding.",
        "Before signing the memorandum of understanding on 12 June, Oranmore Technical University and "
        "Lindqvist College of Music held talks.",
    ],
)
def test_a_signing_after_something_done_happened(body):
    assert actions_and_parties(article(body)) == [("signed", PAIR)]

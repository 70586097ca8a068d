"""Where a sentence leaves one side of a document unsaid ("the MoU was signed by B's rector"), the
article's most named body is a fair guess for it. Where the sentence names both sides after "between" but
one of them is a name the reading did not list as a body, the guess is another body than the one printed:
on the real pages measured it was wrong in each such case. No body is guessed there, and a document left
with one side is no record. A guess the sentence itself prints, and a guess for a side left unsaid, stay."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

OPENING = (
    "Ostrelin Polytechnic opened its spring school on 2 May.",
    "Ostrelin Polytechnic welcomed forty students from abroad.",
)


@pytest.mark.parametrize(
    "sentence",
    [
        "An MoU between Halvard Seafreight Partners and Brisdane Maritime College was signed on 3 May.",
        "A memorandum between Brisdane Maritime College and Tarnwick Dockyards was inked on 3 May.",
        "Brisdane Maritime College signed a memorandum between itself and Corvel Shipping Lines on 3 May.",
    ],
)
def test_a_side_printed_but_not_read_is_not_guessed(sentence):
    assert actions_and_parties(article(*OPENING, sentence)) == []


def test_a_side_left_unsaid_is_still_guessed():
    text = article(*OPENING, "The memorandum got signed by the rector of Brisdane Maritime College on 3 May.")
    pair = sorted(["Brisdane Maritime College", "Ostrelin Polytechnic"])
    assert actions_and_parties(text) == [("signed", pair)]


def test_a_guess_the_sentence_prints_stays():
    text = article(
        *OPENING,
        "A memorandum between Brisdane Maritime College, Tarnwick Dockyards and Ostrelin Polytechnic was "
        "inked on 3 May.",
    )
    parties = [parties for _action, parties in actions_and_parties(text)]
    assert all("Ostrelin Polytechnic" in each for each in parties)

"""A name's apposition ends where the next item of a list opens: in "A, and Director of X Dr. B" or "A, and
his counterpart from X, Prof. B", X is in B's title, not A's; a body A's own words name before the ", and"
stays A's, and so does a body closing the sentence when no other name follows ("A, dean of law, and other
staff of X attended"). On the tuning sets the apposition reading took the next person's body this way 6
times. Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

SIGNED = "Tarnwick University and Olvessa Institute of Technology signed an agreement on 3 May."
BRENNHOLT = "Brennholt Heritage Foundation"


@pytest.mark.parametrize(
    "sentence",
    [
        "Present were Prof. Ada Pemberly, and Director of the Brennholt Heritage Foundation Dr. Tomas Vilk.",
        "The guests met Prof. Ada Pemberly, and her counterpart from Brennholt Heritage Foundation, Prof. "
        "Tomas Vilk.",
        "Present were Dr. Ada Pemberly, and Chief Executive of the Brennholt Heritage Foundation Mr. Tomas "
        "Vilk.",
    ],
)
def test_a_body_in_the_next_persons_title_is_not_the_first_ones(sentence):
    found = institutions_of(article(SIGNED, sentence))
    assert found.get("Ada Pemberly") != BRENNHOLT


@pytest.mark.parametrize(
    "sentence",
    [
        "Present were Dr. Ada Pemberly, Dean of Music at Tarnwick University, and Director of the Brennholt "
        "Heritage Foundation Dr. Tomas Vilk.",
        "Speaking were Prof. Ada Pemberly, Vice-Rector of Tarnwick University, and her counterpart from "
        "Brennholt Heritage Foundation, Dr. Tomas Vilk.",
        "Dr. Ada Pemberly, dean of law, and other members of staff of Tarnwick University attended.",
    ],
)
def test_a_body_the_first_ones_words_name_stays_theirs(sentence):
    found = institutions_of(article(SIGNED, sentence))
    assert found["Ada Pemberly"] == "Tarnwick University"

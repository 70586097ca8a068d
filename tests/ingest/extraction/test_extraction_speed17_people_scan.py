"""The people reader visits only the tokens that open with a capital, and goes on after each name it reads
(or after a place of two words): the names after runs of small words, two names in a row, and a name right
after a place of two words are read as before. Every name and sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse


def _people(body):
    result = parse("Partnership news\n\n" + body + "\n")
    return {person["name"] for person in result["people"]}


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Dunbrae Lyceum signed an agreement with Quellmarsh Conservatory on 3 May 2031. Putting their "
            "names to it were the lyceum's rector, Professor Anneliese Vorkamp, and next to her the "
            "conservatory's dean, Dr Tobiah Quennell.",
            {"Anneliese Vorkamp", "Tobiah Quennell"},
        ),
        (
            "A delegation from the United Kingdom led by Professor Iskander Wolloby visited Dunbrae Lyceum "
            "on 3 May 2031 and signed an agreement with it.",
            {"Iskander Wolloby"},
        ),
        (
            "Dunbrae Lyceum and Quellmarsh Conservatory signed an agreement on 3 May 2031. Rector Marisol "
            "Brenhaven and Vice-Rector Oskar Pellinore signed it for the two schools.",
            {"Marisol Brenhaven", "Oskar Pellinore"},
        ),
    ],
)
def test_the_people_after_small_words_places_and_each_other_are_read(body, expected):
    assert expected <= _people(body)

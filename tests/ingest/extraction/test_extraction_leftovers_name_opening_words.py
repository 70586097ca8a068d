"""A name may open with a word that elsewhere is only an adjective or a sentence opener: "the New Zealand
Embassy", "New York University", "North Carolina State University". In a sentence the capital says the word
is part of the name; only a headline's first word, set in title case, may be an adjective ("New MoU Signed
With ..."). Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction import reading


def names(text):
    return sorted(i["name"] for i in parse_article(text, file="t.txt")["institutions"])


article = partial(reading.article, title="Partners meet in Pokhara", published="2023-05-20")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "On 12 May 2023 a delegation from the New Zealand Embassy visited Pokhara Valley University.",
            "New Zealand Embassy",
        ),
        (
            "Pokhara Valley University and New York University signed a memorandum on 14 May.",
            "New York University",
        ),
        (
            "Officials of the New South Wales Ministry of Health met Pokhara Valley University on 15 May.",
            "New South Wales Ministry of Health",
        ),
        (
            "Pokhara Valley University welcomed guests from New Mexico State University on 16 May 2023.",
            "New Mexico State University",
        ),
    ],
)
def test_a_capital_new_in_a_sentence_is_part_of_the_name(sentence, name):
    assert name in names(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "North Carolina State University signed an agreement with Pokhara Valley University on 15 May 2023.",
        "Southern Cross University hosted a team from Pokhara Valley University on 16 May 2023.",
        "Royal Holloway University of London and Pokhara Valley University signed a memorandum on 17 May.",
        "National Taiwan Normal University and Pokhara Valley University held talks on 18 May 2023.",
    ],
)
def test_other_opening_words_stay_in_the_name(sentence):
    first = sentence.split(" and ")[0].split(" signed")[0].split(" hosted")[0]
    assert first in names(article(sentence))


def test_a_headlines_first_word_may_still_be_an_adjective():
    text = article(
        "Pokhara Valley University signed a memorandum with Lund University on 14 May 2023.",
        title="New MoU Signed With Lund University",
    )
    assert names(text) == ["Lund University", "Pokhara Valley University"]


def test_new_inside_a_headline_opens_a_name():
    text = article(
        "Pokhara Valley University signed a memorandum with New Mexico State University on 14 May 2023.",
        title="Pokhara Valley University Signs MoU With New Mexico State University",
    )
    assert "Mexico State University" not in names(text)

"""An acronym the article never defines is taken for a short form of a school named in it only when it
spells the name from its first or second word, or starts at its head word (a language that puts the head
first); an acronym that would drop more of the name's opening words is some other body, not that school."""

from functools import partial

import pytest

from tests.ingest.extraction.reading import article, names_and_aliases

harbourside_news = partial(article, title="Harbourside University news", published="2024-05-06")


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Tolvane Vocational College signed a memorandum with Harbourside University on 3 May 2024. "
            "TVC will send ten students a year.",
            "Tolvane Vocational College",
            "TVC",
        ),
        (
            "On 3 May 2024 Harbourside University signed an exchange agreement with Saint Brannoc Marine "
            "Academy. BMA students will spend a term at Harbourside.",
            "Saint Brannoc Marine Academy",
            "BMA",
        ),
    ],
)
def test_an_acronym_spelt_from_the_first_or_second_word_is_the_school(text, name, acronym):
    assert acronym in names_and_aliases(harbourside_news(text))[name]


@pytest.mark.parametrize(
    "text",
    [
        "Meridel Vocational and Technical College signed a memorandum with Harbourside University on "
        "3 May 2024. The rector of TCC was also present.",
        "On 3 May 2024 Harbourside University signed an exchange agreement with Ostvale Northern Technical "
        "College, and TCC sent its dean.",
        "Harbourside University and Brannoc Regional Technical College signed a memorandum on 3 May 2024; "
        "TCC looked on.",
    ],
)
def test_an_acronym_that_drops_the_names_opening_words_is_not_that_school(text):
    assert not any("TCC" in aliases for aliases in names_and_aliases(harbourside_news(text)).values())

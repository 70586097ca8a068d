"""An acronym the article never spells out and the gazetteer knows for several schools is the one school
whose name has a word the page prints (its city, its field); where no such word tells them apart, it stays
unread."""

from functools import partial

import pytest

from tests.ingest.extraction.reading import article, names_and_aliases

harbourside_news = partial(article, title="Harbourside University news", published="2024-05-06")


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "RTU signed a memorandum with Harbourside University on 3 May 2024. The RTU rector flew in from "
            "Riga for the ceremony and invited the dean back for the autumn.",
            "Riga Technical University",
            "RTU",
        ),
        (
            "A delegation from DCU visited Harbourside University on 3 May 2024. DCU, which opened its "
            "first Dublin campus in the eighties, hopes to share a summer school.",
            "Dublin City University",
            "DCU",
        ),
        (
            "MMU and Harbourside University agreed on 3 May 2024 to build a shared multimedia studio. MMU "
            "will send two animators to fit it out.",
            "Multimedia University",
            "MMU",
        ),
    ],
)
def test_the_school_with_a_word_the_page_prints_is_the_acronym(text, name, acronym):
    assert acronym in names_and_aliases(harbourside_news(text)).get(name, set())


def test_no_word_of_the_page_leaves_the_acronym_unread():
    found = names_and_aliases(
        harbourside_news(
            "RTU signed a memorandum with Harbourside University on 3 May 2024. The RTU rector praised the "
            "harbour laboratories and invited the dean back for the autumn."
        )
    )
    assert not any(name != "RTU" and "RTU" in aliases for name, aliases in found.items())

"""The names reader looks for head words only among the tokens that may be one (opening with a head's
initial, hyphenated, or long enough for a head glued on): a head after small words, a hyphenated head, a
glued head and a possessive head are read as before. Every name and sentence is invented."""

import pytest

from registry.ingest.extraction.names import _maybe_heads, find_names
from registry.ingest.extraction.text import word_tokens


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Students of the small and quiet Quellmarsh Conservatory came.", "Quellmarsh Conservatory"),
        ("A team from Dravenholt-Universität arrived in the spring.", "Dravenholt-Universität"),
        ("Yesterday the rector of BrenUniversity welcomed the visitors.", "BrenUniversity"),
        ("The visitors toured Tollerby Polytechnic’s new library.", "Tollerby Polytechnic"),
    ],
)
def test_a_head_among_small_words_is_read_as_before(sentence, name):
    assert name in [mention.text for mention in find_names(sentence, 0)]


def test_short_words_in_small_letters_are_no_candidates():
    tokens = word_tokens("the small and quiet ones came, then went home.")
    assert _maybe_heads(tokens) == []

"""A small word glued to "the", "our" or "their" ("teamfromthe") is set apart by text.clean, as before; the
pattern is now matched only at the start of a word that ends in a small letter and one of those three words,
which every match does, so its replacements are those of its sub over the whole text. Every sentence is
invented."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction.lexicon import _GLUED_SMALL_WORDS
from registry.ingest.extraction.text import _unglue_small_words, clean


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The envoys walked overfromthe Quillmarsh Conservatory at noon.",
            "The envoys walked over from the Quillmarsh Conservatory at noon.",
        ),
        (
            "Guests from Brellany Polytechnic visitedour laboratories and toured the docks.",
            "Guests from Brellany Polytechnic visited our laboratories and toured the docks.",
        ),
        (
            "The wardens spoke withtheir hosts, then signedthe charter of Ostrevane Lyceum.",
            "The wardens spoke with their hosts, then signed the charter of Ostrevane Lyceum.",
        ),
    ],
)
def test_a_small_word_glued_to_the_next_is_set_apart(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "An absinthe tasting closed the evening at Quillmarsh Conservatory.",
        "Our tour of the harbour took four hours; their labour and honour were praised.",
        "Brellany Polytechnic hosted XfromtheY and Éwiththe, two invented mascots.",
    ],
)
def test_words_that_only_end_alike_stay_as_printed(text):
    assert clean(text) == text


def _sub(text):
    pattern = _GLUED_SMALL_WORDS.compiled() if hasattr(_GLUED_SMALL_WORDS, "compiled") else _GLUED_SMALL_WORDS
    return pattern.sub(lambda m: " ".join(part for part in m.groups() if part), text)


_PARTS = st.sampled_from(
    ["the", "our", "their", "from", "with", "visited", "signed", "of", "at", "to", "by", "for", "and", "in"]
    + ["absinthe", "x", "é", "É", "_", "1", "-", " ", ".", "\n", "X", "h", "n"]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_PARTS, max_size=12).map("".join))
def test_the_replacements_are_those_of_the_patterns_sub(text):
    assert _unglue_small_words(text) == _sub(text)

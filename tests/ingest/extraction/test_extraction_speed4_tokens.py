"""A sentence's words with their places, built with three calls a word: the same (word, start, end) tuples."""

import pytest

from registry.ingest.extraction.lexicon import _WORD
from registry.ingest.extraction.names import _tokens


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 May, the Brenmoor Institute (BRI) hosted ‘Velanor University’s’ rector.",
        "Dr. Ysolde Varnak—dean of the Quessel College—signed 2 MoUs & a letter; talks went on.",
        "“Tarnwick Polytechnic” and Oskela-Marr Academy: a plan for 2030-2035!",
    ],
)
def test_each_word_is_given_with_its_place(sentence):
    tokens = _tokens(sentence)
    assert tokens == [(m.group(), *m.span()) for m in _WORD.finditer(sentence)]
    assert all(sentence[start:end] == word for word, start, end in tokens)
    assert all(type(token) is tuple and len(token) == 3 for token in tokens)


def test_a_sentence_of_spaces_has_no_words():
    assert _tokens("   ") == []

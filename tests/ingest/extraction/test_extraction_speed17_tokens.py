"""The names reader's tokens are the same as before its pattern was reordered for speed: a word with an
opening quote glued on, a quote on its own, the signs that stand alone, a number, any other printed character;
an underscore or a space is no token. Every sentence is invented."""

import random
import re

import pytest

from registry.ingest.extraction.text import forget_tokens, word_tokens

# The pattern as it was written before: an optional quote in front of the word branch.
_BEFORE = re.compile(r"[‘'\"“]?[^\W\d_][\w’'‘.\-]*|\(|\)|,|;|:|&|\d[\w\-]*|[^\w\s]")


@pytest.mark.parametrize(
    "text, some",
    [
        (
            "Staff of ‘Velbridge Hall’ and “Quellmarsh” met (twice) on 3-4 May.",
            ["‘Velbridge", "“Quellmarsh", "("],
        ),
        (
            "The ' lone quote, the \" other one & a dash – stand alone; 12th-grade pupils came.",
            ["'", '"', "12th-grade"],
        ),
        (
            "Tollerby_Academy's e-mail: dean@tollerby.example, rank #1 in Marrowgate!",
            ["#", "@", "Marrowgate"],
        ),
    ],
)
def test_the_tokens_are_those_of_the_pattern_before(text, some):
    forget_tokens()
    tokens = word_tokens(text)
    assert tokens == [(m[0], m.start(), m.end()) for m in _BEFORE.finditer(text)]
    assert all(word in [token[0] for token in tokens] for word in some)


def test_an_underscore_and_spaces_are_no_tokens():
    forget_tokens()
    assert [word for word, _start, _end in word_tokens("Dunbrae _ Lyceum\t \u00a0(old)")] == [
        "Dunbrae",
        "Lyceum",
        "(",
        "old",
        ")",
    ]


def test_any_mix_of_letters_signs_quotes_and_spaces_gives_the_same_tokens():
    letters = list("aZé_ \t\n\u00a0‘'\"“’.-–(),;:&1²٣\u0301#@") + ["\U0001f600", "\u2003", "ǅ"]
    draw = random.Random(17)
    for _ in range(2000):
        text = "".join(draw.choice(letters) for _ in range(draw.randrange(1, 24)))
        forget_tokens()
        assert word_tokens(text) == [(m[0], m.start(), m.end()) for m in _BEFORE.finditer(text)], text

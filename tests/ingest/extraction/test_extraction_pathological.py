"""The parser's work grows in step with its input, whatever the input's shape.

A pattern with nested quantifiers over the same characters, a walk over the whole sentence from every word,
or a comparison of every record with every other turns a long input into minutes. These tests compare the
parser's CPU time on a shape at two lengths, four times apart: linear work grows about four times, quadratic
work sixteen. No test here depends on how fast the machine is, only on how the cost grows.
"""

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction import parse_article
from registry.ingest.extraction.gazetteer import Gazetteer
from registry.ingest.extraction.parser import MAX_TEXT

SMALL = 6_000
GROWTH = 4
# Linear work grows GROWTH times; allow generous noise, far below the GROWTH ** 2 of quadratic work.
LIMIT = GROWTH * 2.5

SHAPES = {
    "a company name repeated": "Acme Holdings Sdn Bhd ",
    "a head word, then many spaces": None,  # built below: the spaces are what grows
    "one capitalised word": "A",
    "one signing sentence repeated, no full stop that ends it": (
        "On May 1, 2024, our school signed an MOU with the University of X. "
    ),
    "acronym definitions": "Alpha Beta University (ABU) and ",
    "parentheses and capitals": "(A ",
    "a list of universities": "the University of Oslo, ",
    "titles": "Prof.Dr. ",
    "dates": "March 3,2022 ",
    "visits": "a delegation from Lund University visited Gadjah Mada University and ",
    # Every paragraph names institutions: each capitalised run is compared with its own sentence's names only.
    "paragraphs each naming two institutions": "The Delta Institute and Omega College signed.\n\n",
    "quotes and dashes": "“X” – ‘Y’ — ",
    # Each line leaves a name open ("of"), so every line is joined to the paragraph before it.
    "hard-wrapped lines, each ending in an open word": "Rector of\n",
}


def _text(shape, size):
    if shape == "a head word, then many spaces":
        return "University" + " " * size + "of Tokyo"
    unit = SHAPES[shape]
    return unit * (size // len(unit) + 1)


@pytest.fixture(scope="module")
def gazetteer():
    found = Gazetteer.default()
    parse_article(
        "Tsinghua University signed an MOU with Peking University.", file="warm.txt", gazetteer=found
    )
    return found


def _cost(text, gazetteer):
    """The least CPU time of three runs (the least is the one least disturbed by other work)."""
    best = None
    for _ in range(3):
        start = time.process_time()
        parse_article(text, file="shape.txt", gazetteer=gazetteer)
        spent = time.process_time() - start
        best = spent if best is None else min(best, spent)
    return max(best, 0.002)  # below the clock's resolution, growth says nothing


def _growth(text_of, gazetteer):
    small, large = _cost(text_of(SMALL), gazetteer), _cost(text_of(SMALL * GROWTH), gazetteer)
    return large / small, small, large


def test_the_larger_input_stays_below_the_reading_limit():
    assert SMALL * GROWTH < MAX_TEXT  # else the limit, not the parser, would make the growth linear


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_work_grows_linearly_with_a_repeated_shape(shape, gazetteer):
    ratio, small, large = _growth(lambda size: _text(shape, size), gazetteer)
    assert ratio < LIMIT, f"{shape}: {small:.3f}s -> {large:.3f}s"


_PIECES = st.sampled_from(
    [
        "University",
        "Universiti",
        "of",
        "and",
        "the",
        "(",
        ")",
        "ABC",
        " ",
        "  ",
        ",",
        ".",
        "Prof.",
        "A.",
        "signed",
        "visited",
        "MoU",
        "2024",
        "May",
        "Kolej",
        "’s",
        "-",
        "\n",
        "Dr",
        "Foundation",
        "Sdn Bhd",
        "led by",
        "delegation",
    ]
)


@settings(max_examples=12, deadline=None, database=None)
@given(st.lists(_PIECES, min_size=1, max_size=6))
def test_work_grows_linearly_with_a_generated_shape(pieces):
    from registry.ingest.extraction.gazetteer import Gazetteer as _Gazetteer

    unit = " ".join(pieces) + " "
    ratio, small, large = _growth(lambda size: unit * (size // len(unit) + 1), _Gazetteer.default())
    assert ratio < LIMIT, f"{unit!r}: {small:.3f}s -> {large:.3f}s"


class _CountingSearch:
    """A pattern that counts the characters it is asked to search."""

    def __init__(self, pattern):
        self.pattern, self.characters = pattern, 0

    def search(self, text, *positions):
        self.characters += len(text)
        return self.pattern.search(text, *positions)

    def finditer(self, text, *positions):
        self.characters += len(text)
        return self.pattern.finditer(text, *positions)


@pytest.mark.parametrize("agreements", [4, 16])
def test_the_text_is_searched_for_an_unnamed_publisher_once_however_many_agreements_it_tells(
    agreements, gazetteer, monkeypatch
):
    """Each agreement whose other party is unnamed asks whether the article says "our university": the
    whole text was searched again for each, work that grew with the square of the article's length."""
    from registry.ingest.extraction import context

    counting = _CountingSearch(context.UNNAMED_HOME)
    monkeypatch.setattr(context, "UNNAMED_HOME", counting)
    sentence = "Our school signed an agreement with Tallinn Maritime College. "
    text = "Ties with the Baltic\n\n" + sentence * agreements
    parse_article(text, file="unnamed.txt", gazetteer=gazetteer)
    assert counting.characters <= len(text)

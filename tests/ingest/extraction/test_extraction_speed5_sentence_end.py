"""A sentence ends at a stop ('.', '!' or '?'), a closing quote, a space and a capital, a digit or an opening
quote (the closing quote goes with the space between the two): the stop is matched, so that the engine scans
for it, and the sentences are those the lookbehind found."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction.lexicon import _ABBREVIATIONS
from registry.ingest.extraction.text import _INITIALS, split_sentences

# The pattern as it was before: a lookbehind for the stop, tried at every character.
_LOOKBEHIND = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“‘(]?[A-Z0-9])")


def _by_lookbehind(paragraph):
    pieces, start = [], 0
    for match in _LOOKBEHIND.finditer(paragraph):
        before = paragraph[max(start, match.start() - 40) : match.start()].rstrip('"”’')
        word = re.search(r"([\w.]+)\.$", before)
        if word:
            token = word.group(1).lower()
            if token in _ABBREVIATIONS or _INITIALS.fullmatch(token) and len(token.replace(".", "")) <= 2:
                continue
        pieces.append(paragraph[start : match.start()].strip())
        start = match.end()
    pieces.append(paragraph[start:].strip())
    return [piece for piece in pieces if piece]


@pytest.mark.parametrize(
    "paragraph, sentences",
    [
        (
            "Marlow Polytechnic signed the deal. Its rector spoke first!",
            ["Marlow Polytechnic signed the deal.", "Its rector spoke first!"],
        ),
        (
            "Who will host the next round? “Ostrel College,” he said.",
            ["Who will host the next round?", "“Ostrel College,” he said."],
        ),
        (
            "The visit ended on a Friday.” 12 students stayed on at Quenby Institute.",
            ["The visit ended on a Friday.", "12 students stayed on at Quenby Institute."],
        ),
    ],
)
def test_a_stop_a_space_and_a_capital_end_a_sentence(paragraph, sentences):
    assert split_sentences(paragraph) == sentences


def test_a_title_before_a_name_ends_no_sentence():
    assert split_sentences("They met Dr. Tovan Serreck at Halbridge.") == [
        "They met Dr. Tovan Serreck at Halbridge."
    ]


def test_a_stop_before_a_small_letter_ends_no_sentence():
    assert split_sentences("It costs 4.5 million. and more") == ["It costs 4.5 million. and more"]


_PIECES = ["Dr.", "word", ". ", "! ", "? ", "” ", '"', "A", "7", "(", "  ", "..", "x.", "‘", "\n"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@settings(max_examples=500, deadline=None)
def test_the_stops_found_are_the_lookbehinds(paragraph):
    assert split_sentences(paragraph) == _by_lookbehind(paragraph)

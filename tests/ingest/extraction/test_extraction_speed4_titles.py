"""The title right before a name is matched only where one of its 72 starts is printed, and finds what the
lexicon's pattern finds: the same span and the same title, case-blind, with a qualifier in brackets."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction import people
from registry.ingest.extraction.lexicon import _TITLE_BEFORE_NAME as LEXICON_TITLE

_FASTER = people._TITLE_BEFORE_NAME
_COMPILED = LEXICON_TITLE.compiled()


def test_the_title_pattern_is_matched_from_its_starts():
    assert _FASTER._starts is not None and len(_FASTER._starts) > 64


@pytest.mark.parametrize(
    "before, title",
    [
        ("the ceremony at Halvory opened with a word from Acting Vice-Rector ", "Acting Vice-Rector"),
        (
            "guests were met by the DEPUTY DEAN (in-charge) Assoc. Prof. ",
            "the DEPUTY DEAN (in-charge) Assoc. Prof.",
        ),
        ("after lunch the former vice president Dr. ", "the former vice president Dr."),
    ],
)
def test_a_title_printed_before_a_name_is_read_whole(before, title):
    found = _FASTER.search(before[-60:])
    assert found is not None and found.group(1) == title
    assert found.span() == _COMPILED.search(before[-60:]).span()


def test_no_title_before_the_name_is_none():
    assert _FASTER.search("the students of Quarnel Polytechnic thanked ") is None


_PIECES = [
    "Dean",
    "vice",
    "-",
    " ",
    "former ",
    "Prof.",
    "Dr",
    "(acting)",
    "the ",
    "Head",
    "x",
    "SIR ",
    "dra.",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=9).map("".join))
@settings(max_examples=400, deadline=None)
def test_the_search_from_the_starts_is_the_patterns_own(text):
    found, expected = _FASTER.search(text), _COMPILED.search(text)
    assert (found and (found.span(), found.group(1))) == (expected and (expected.span(), expected.group(1)))

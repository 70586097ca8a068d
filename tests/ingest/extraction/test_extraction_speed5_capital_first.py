"""Two patterns that open on a capital after a word boundary print the capital first and the boundary as a
lookbehind after it, so that the engine skips to the next capital: they find what the boundary-first patterns
found, the same spans and the same groups."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction.lexicon import NATIONALITY_SCHOOLS
from registry.ingest.extraction.places import _COUNTRY_TOKEN

_SCHOOLS_BEFORE = re.compile(
    r"\b(?P<nation>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+"
    r"(?P<noun>(?i:universit(?:y|ies)|institutions?|colleges?|varsit(?:y|ies)))\b"
)
# (initials keep their last full stop, "U.K.", since ctry30: the boundary-first form of that token too)
_COUNTRY_TOKEN_BEFORE = re.compile(r"(?:\b[A-Z][\w.]*[a-zA-Z]|\b[A-Z])(?:(?<=\.[A-Z])\.)?")


def _found(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "sentence, nation, noun",
    [
        ("The deal links Brenmoor with a Velmoran university in the north.", "Velmoran", "university"),
        ("Five Ostrel Marish Colleges sent students.", "Ostrel Marish", "Colleges"),
        ("It is the first Quarnish institution to do so.", "Quarnish", "institution"),
    ],
)
def test_a_nationality_before_a_schools_noun_is_read(sentence, nation, noun):
    found = NATIONALITY_SCHOOLS.search(sentence)
    assert found is not None and (found["nation"], found["noun"]) == (nation, noun)
    assert _found(NATIONALITY_SCHOOLS, sentence) == _found(_SCHOOLS_BEFORE, sentence)


def test_a_capital_inside_a_word_opens_no_nationality():
    assert NATIONALITY_SCHOOLS.search("the eVelmoran university") is None


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Talks in Tarnwick, Ostravel and U.K. went on", ["Talks", "Tarnwick", "Ostravel", "U.K."]),
        ("a Quelmar-based team met X. Ruddock", ["Quelmar", "X", "Ruddock"]),
        ("iPhone makers in BRENMOOR", ["BRENMOOR"]),
    ],
)
def test_the_capitalised_words_are_the_boundary_first_patterns(text, tokens):
    assert _COUNTRY_TOKEN.findall(text) == tokens == _COUNTRY_TOKEN_BEFORE.findall(text)


_PIECES = [
    "Velmoran ",
    "Ostrel ",
    "university",
    " Colleges",
    "e",
    "A",
    ".",
    " ",
    "-",
    "é",
    "x1",
    "INSTITUTIONS",
    "\n",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
@settings(max_examples=500, deadline=None)
def test_the_capital_first_patterns_find_what_the_boundary_first_ones_found(text):
    assert _found(NATIONALITY_SCHOOLS, text) == _found(_SCHOOLS_BEFORE, text)
    assert _COUNTRY_TOKEN.findall(text) == _COUNTRY_TOKEN_BEFORE.findall(text)

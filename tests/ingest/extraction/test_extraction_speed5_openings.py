"""A pattern is matched from its starts when the strings looked for, its starts cut to their openings, are few
enough: the visit verbs' 111 starts are 36 openings ("arriv", "heade", "visit"), so a sentence is searched
from the places those are printed, and the search finds what the lexicon's pattern finds."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction import delegations, lexicon
from registry.ingest.extraction.prefilter import prefiltered

_FASTER = delegations.VISIT
_COMPILED = lexicon.VISIT.compiled()


def test_the_visit_verbs_are_matched_from_their_openings():
    assert _FASTER._starts is not None and len(_FASTER._starts) <= 64
    assert "visit" in _FASTER._starts and "arriv" in _FASTER._starts


@pytest.mark.parametrize(
    "sentence, verb",
    [
        (
            "A team from Brenmoor Polytechnic paid a two-day visit to the Ostrava campus.",
            "paid a two-day visit to",
        ),
        ("Last spring the rector of Quillan College HEADED TO Velmora for talks.", "HEADED TO"),
        ("Officials of the Tarnwick Academy held talks at Corvane Institute on Monday.", "held talks at"),
    ],
)
def test_a_visit_verb_is_found_where_it_is_printed(sentence, verb):
    found = _FASTER.search(sentence)
    assert found is not None and found.group(0) == verb
    assert found.span() == _COMPILED.search(sentence).span()


def test_a_visit_after_the_is_not_the_verb():
    sentence = "The visit of the Halvenor delegation was short."
    assert _FASTER.search(sentence) is _COMPILED.search(sentence) is None


def test_a_pattern_with_too_many_openings_keeps_the_engines_walk():
    many = prefiltered(lexicon.re.compile("|".join(f"{a}{b}lmnx" for a in "abcdefghij" for b in "abcdefgh")))
    assert many._starts is None


_PIECES = ["visit", "the ", "paid ", "a ", "made ", "arrived ", "at ", "Velmora", "to ", "headed ", "x", ". "]


@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
@settings(max_examples=400, deadline=None)
def test_the_search_from_the_openings_is_the_patterns_own(text):
    found, expected = _FASTER.search(text), _COMPILED.search(text)
    assert (found and found.span()) == (expected and expected.span())

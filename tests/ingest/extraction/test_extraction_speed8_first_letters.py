"""A pattern matched from its starts looks for the next place one of them is printed with one search of a tree
of their letters ("vi(?:sit|ce)"), not one str.find a start: the places, and so the matches, are the same."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction.prefilter import _first_letters, prefiltered


def _printed_at(text, strings):
    return sorted(at for s in strings for at in range(len(text)) if text.startswith(s, at))


def test_strings_sharing_letters_share_a_branch():
    assert _first_letters(("visit", "vice", "held")) == "(?:vi(?:sit|ce)|held)"
    assert _first_letters(("hosted",)) == "hosted"


@pytest.mark.parametrize(
    "strings, text",
    [
        (("visit", "vice", "hoste"), "The vice rector of Quarnell College hosted a visit to Dunmere."),
        (("sign", "inked", "seal"), "Brevik Polytechnic inked and sealed it; Olden Academy will sign."),
        (("a.b", "(x", "c+"), "Marks a.b, (x and c+ stand in Tarrow Institute notes."),
    ],
)
def test_the_tree_finds_every_place_a_string_is_printed(strings, text):
    search = re.compile(_first_letters(strings)).search
    places, found = [], search(text)
    while found is not None:
        places.append(found.start())
        found = search(text, found.start() + 1)
    assert places == _printed_at(text, strings)


_VERBS = re.compile(r"\b(?:visited|hosted|welcomed|received)\s+(?:the\s+)?([A-Z]\w+)")
_FAST = prefiltered(_VERBS)


def test_the_verbs_are_matched_from_their_starts():
    assert _FAST._starts is not None and _FAST._next_start is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Ilse Varga of Harnwell University visited the Corbeck Institute in May.",
        "Welcomed by staff, the team then hosted Pellmark College and received Tarvo Academy.",
        "No verb of the list is printed in this line about Osterlin Polytechnic.",
    ],
)
def test_search_finditer_and_sub_find_what_the_engine_finds(sentence):
    assert (_FAST.search(sentence) and _FAST.search(sentence).span()) == (
        _VERBS.search(sentence) and _VERBS.search(sentence).span()
    )
    assert [m.span() for m in _FAST.finditer(sentence)] == [m.span() for m in _VERBS.finditer(sentence)]
    assert _FAST.sub("<\\1>", sentence) == _VERBS.sub("<\\1>", sentence)


_PIECES = ["visited ", "hosted ", "the ", "Velmora ", "welcomed", "received ", "x", ". ", "vis", "Hosted "]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
@settings(max_examples=300, deadline=None)
def test_the_matches_from_the_tree_are_the_engines(text):
    assert [m.span() for m in _FAST.finditer(text)] == [m.span() for m in _VERBS.finditer(text)]
    found, expected = _FAST.search(text), _VERBS.search(text)
    assert (found and found.span()) == (expected and expected.span())

"""A country stated after a name is matched with the country words grouped by their first letter: the same
match and the same country as the flat list of three hundred words."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction.places import _COUNTRY_WORDS, COUNTRY_AFTER, _by_first_letter

_FLAT = re.compile(
    COUNTRY_AFTER.pattern.replace(
        _by_first_letter(_COUNTRY_WORDS), "|".join(re.escape(w) for w in _COUNTRY_WORDS)
    ),
    re.I,
)


def test_the_grouped_pattern_differs_from_the_flat_one_only_in_its_grouping():
    assert _FLAT.pattern != COUNTRY_AFTER.pattern
    assert len(_by_first_letter(_COUNTRY_WORDS)) < len("|".join(re.escape(w) for w in _COUNTRY_WORDS))


@pytest.mark.parametrize(
    "after, country",
    [
        (" in Varnholt, the Netherlands, signed", "Netherlands"),
        (" (Kesmora Tech), based in Kenya", "Kenya"),
        (", SOUTH KOREA, and the Quillon Institute", "SOUTH KOREA"),
    ],
)
def test_a_country_after_a_name_is_read_as_before(after, country):
    found = COUNTRY_AFTER.match(after)
    assert found is not None and found.group(1) == country
    assert found.span() == _FLAT.match(after).span()


def test_a_country_word_opening_the_next_name_is_no_country_after_it():
    after = ", Kenya Tarvel University and the Brosk Institute"
    assert COUNTRY_AFTER.match(after) is None and _FLAT.match(after) is None


_PIECES = [
    ", ",
    " in ",
    " of ",
    "(",
    ")",
    " the ",
    "Ghana",
    "guinea",
    "Guinea-Bissau",
    "Niger",
    "Nigeria",
    "Vornel",
    " University",
    " ",
    "-",
    "South Sudan",
    "sudan",
    "Oman",
    "india",
    "Indian",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
@settings(max_examples=500, deadline=None)
def test_the_grouped_words_match_as_the_flat_list(text):
    found, expected = COUNTRY_AFTER.match(text), _FLAT.match(text)
    assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))

"""A title glued to the name before it by a hyphen ("Mr. Olek Varsa-Vice Rector") is set apart by text.clean;
a title's own first word before its hyphen ("Vice-Rector", "Co-Director") is not a name. The pattern opens on
the name's capital, with the word boundary and those first words tested behind it, so the engine skips from
capital to capital; the places it finds are those of the pattern written with a boundary first."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction.lexicon import _GLUED_TITLE
from registry.ingest.extraction.text import clean

# The pattern as it was written first: what it finds, said plainly.
_BOUNDARY_FIRST = re.compile(
    r"\b(?!(?:Vice|Deputy|Pro|Assistant|Executive|Acting|Ex|Co|Sub|Under)-)([A-Z][a-z]+)-"
    r"(?=(?:Vice|Deputy|Rector|President|Dean|Director|Head|Chancellor)\b)"
)


def test_a_name_glued_to_a_title_is_set_apart():
    assert clean("Mr. Olek Varsa-Vice Rector of Brannock Academy spoke.") == (
        "Mr. Olek Varsa - Vice Rector of Brannock Academy spoke."
    )


def test_a_title_opening_with_its_own_first_word_stays():
    text = "The Co-Director and the Pro-Rector of Quillan College met the Deputy-Head of Tollen Institute."
    assert clean(text) == text


def test_a_name_ending_in_a_title_word_is_still_a_name():
    assert (
        clean("Ms. Ilsa Novice-Dean of Velmora Polytechnic")
        == "Ms. Ilsa Novice - Dean of Velmora Polytechnic"
    )


_PARTS = st.sampled_from(
    ["Vice", "Deputy", "Pro", "Co", "Ex", "Under", "Rector", "Dean", "Head", "Novice", "Cox", "Ana", "-", " "]
    + ["a", "É", "é", "_", "1", "’", "'"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_PARTS, max_size=10).map("".join))
def test_the_places_are_the_boundary_first_patterns(text):
    pattern = _GLUED_TITLE.compiled() if hasattr(_GLUED_TITLE, "compiled") else _GLUED_TITLE
    assert [m.span(1) for m in pattern.finditer(text)] == [m.span(1) for m in _BOUNDARY_FIRST.finditer(text)]
    assert _GLUED_TITLE.sub(r"\1 - ", text) == _BOUNDARY_FIRST.sub(r"\1 - ", text)

"""A pattern whose every match opens a line (an agency's dateline) is tried only where a line begins.

The engine's search tries "^" under re.MULTILINE at every character of an article; the line-start walk tries
the pattern at the text's start and after each line break, and must find, substitute and iterate exactly as
the engine does.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction import lexicon
from registry.ingest.extraction.prefilter import prefiltered
from registry.ingest.extraction.text import clean, dateline_day, dateline_place

_SAID = re.compile(r"^[A-Z]\w+ (?:said|says)\b:?", re.M)


def test_a_dateline_pattern_is_walked_from_line_starts():
    assert lexicon._DATELINE._opens_lines
    assert prefiltered(_SAID)._opens_lines


def _opens_lines(pattern):
    return getattr(prefiltered(pattern), "_opens_lines", False)


def test_a_pattern_not_opening_every_line_is_left_to_the_engine():
    assert not _opens_lines(re.compile(r"^[A-Z]b said|[A-Z]d said", re.M))  # one branch has no "^"
    assert not _opens_lines(re.compile(r"^[A-Z]\w+ said"))  # no re.M: the start of the text alone
    assert not _opens_lines(re.compile(r"^(?:said)?", re.M))  # a match may be empty


def test_a_dateline_on_the_third_line_is_found_and_stripped():
    text = "Tovrena Polytechnic news\n\nMARVELLO, March 3 (Quillpress) -- Tovrena Polytechnic signed a plan."
    assert dateline_place(text) == "MARVELLO"
    assert dateline_day(text) == "March 3"
    assert clean(text) == "Tovrena Polytechnic news\n\nTovrena Polytechnic signed a plan."


def test_a_dateline_with_the_day_first_opens_the_first_line():
    text = "14 June 2024, Quenford - The Brellan Institute welcomed guests.\nNot one here, Quenford - none."
    assert dateline_place(text) == "Quenford"
    assert clean(text).startswith("The Brellan Institute welcomed guests.")


def test_a_place_in_the_middle_of_a_line_is_no_dateline():
    text = "The Ostravel Academy met in ZELMORA, May 9 (Kitewire) - to sign an accord.\nIt ended."
    assert dateline_place(text) is None
    assert clean(text) == text


_LINES = st.lists(
    st.sampled_from(
        [
            "Ab said",
            "Cd says:",
            "KORVELL, April 2 (Tidewire) - ",
            "7 May 2023, Lanvor - ",
            "x",
            " ",
            "\n",
            "\n\n",
            "said",
            "Ef",
        ]
    ),
    max_size=12,
).map("".join)


@given(_LINES)
@settings(max_examples=400, deadline=None)
def test_the_line_start_walk_finds_what_the_engine_finds(text):
    for pattern in (prefiltered(_SAID), lexicon._DATELINE):
        compiled = pattern.compiled()
        found, expected = pattern.search(text), compiled.search(text)
        assert (found and found.span()) == (expected and expected.span()), text
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert pattern.sub("#", text) == compiled.sub("#", text)
        assert pattern.sub("", text, 1) == compiled.sub("", text, 1)

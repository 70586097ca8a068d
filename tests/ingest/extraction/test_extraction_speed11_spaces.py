"""Runs of spaces read as one space (text.clean): two or more spaces of any width in a row, or one space that
is not a plain one. The pattern opens on the class of spaces, so the engine skips from space to space; the
runs it finds are the ones the two alternatives found."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction.lexicon import _SPACES
from registry.ingest.extraction.text import clean

# The pattern as it was written first: what the runs are, said plainly.
_AS_ALTERNATIVES = re.compile(
    r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
)


def test_doubled_spaces_read_as_one():
    assert clean("Velmora  Polytechnic signed   with Karsby Institute.") == (
        "Velmora Polytechnic signed with Karsby Institute."
    )


def test_a_lone_odd_space_reads_as_a_plain_one():
    assert (
        clean("Rector\u00a0Anna Vell of Quillan\u2009College spoke.")
        == "Rector Anna Vell of Quillan College spoke."
    )


def test_mixed_widths_in_a_row_read_as_one():
    assert (
        clean("Tollen University \u3000 \tand Brannock Academy met.")
        == "Tollen University and Brannock Academy met."
    )


_CHARACTERS = st.sampled_from(list(" \t\u00a0\u2000\u2005\u200a\u200b\u202f\u205f\u3000ab\n."))


@settings(max_examples=500, deadline=None)
@given(st.lists(_CHARACTERS, max_size=30).map("".join))
def test_the_runs_are_the_alternatives_runs(text):
    assert [m.span() for m in _SPACES.finditer(text)] == [m.span() for m in _AS_ALTERNATIVES.finditer(text)]
    assert _SPACES.sub(" ", text) == _AS_ALTERNATIVES.sub(" ", text)

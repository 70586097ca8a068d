"""An agency's tag after the last sentence ("... said.-QNA", "... said. (TPX)") is cut off by text.clean.
It ends its line with two capitals, or a capital and a bracket: clean looks for that first, with one search
the engine runs from capital to capital, and tries the tag's own pattern (a lookbehind tried at every
character) only when some line ends so. The text it returns is the same."""

from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction.lexicon import _TAG_AT_LINE_END, _TRAILING_TAG
from registry.ingest.extraction.text import clean


def test_a_tag_after_a_dash_is_cut():
    text = "Brevik Polytechnic and Olden Academy signed a pact, the rector said.-QNA"
    assert clean(text) == "Brevik Polytechnic and Olden Academy signed a pact, the rector said."


def test_a_tag_in_brackets_is_cut():
    text = "Tarrow Institute students arrive.\nThe talks went well, officials said. (TPX)\n"
    assert clean(text) == "Tarrow Institute students arrive.\nThe talks went well, officials said.\n"


def test_a_line_ending_in_capitals_without_a_tag_stays():
    text = "Quarnell College and Dunmere Institute Sign MoU\nThe deal covers exchanges with the KTU.\n"
    assert clean(text) == text


_LETTERS = st.sampled_from(list('aZQ .-–—()!?"”\n\t') + ["VNA", "ANI", "said.", " (XNA)", "-TPX", "MoU"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_LETTERS, max_size=40).map("".join))
def test_no_tag_where_no_line_ends_as_one(text):
    if _TAG_AT_LINE_END.search(text) is None:
        assert _TRAILING_TAG.sub("", text) == text

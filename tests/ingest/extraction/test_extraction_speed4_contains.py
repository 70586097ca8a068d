"""The literal test's loop in C: `contains_any` answers as `any(word in text for word in words)`."""

from hypothesis import given, settings
from hypothesis import strategies as st

from registry.ingest.extraction.prefilter import contains_any


def test_a_word_printed_anywhere_is_found():
    assert contains_any("the Quorvell Institute will host", ("plans to", "will", "shall"))


def test_no_word_printed_is_no_find():
    assert not contains_any("the Quorvell Institute hosted", ("plans to", "will", "shall"))


def test_no_words_find_nothing_and_the_empty_word_finds_everything():
    assert not contains_any("Brannock College", ())
    assert contains_any("", ("",))


@given(st.text(alphabet="ab c", max_size=12), st.lists(st.text(alphabet="ab c", max_size=3), max_size=5))
@settings(max_examples=300, deadline=None)
def test_the_c_loop_answers_as_the_python_loop(text, words):
    assert contains_any(text, words) == any(word in text for word in words)

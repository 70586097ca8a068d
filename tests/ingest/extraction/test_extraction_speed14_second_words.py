"""A pattern whose every match holds one of two sets of words ("received ... on a visit") is tried by the
engine only on a text holding one word of each: the second set spares the engine's walk over a text that
holds the first for nothing; the answers are the engine's."""

import re

import pytest

from registry.ingest.extraction.prefilter import prefiltered, second_words

_ON_A_VISIT = re.compile(r"\b(?:received|welcomed|hosted)\b[^.;]{3,120}?\bon (?:a|an|their) (?:\w+ )?visit\b")


def test_the_second_set_is_read_from_the_parse_tree():
    fast = prefiltered(_ON_A_VISIT)
    assert fast._also is not None
    # the shorter set is tested first
    verbs, visits = sorted((fast._words, fast._also), key=len, reverse=True)
    assert set(verbs) == {"received", "welcomed", "hosted"}
    assert all("visit" in word for word in visits)


def test_a_pattern_with_one_set_of_words_has_no_second():
    pattern = re.compile(r"\b(?:signed|inked)\b")
    assert second_words(pattern, ("signed", "inked"), False) is None


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Harnwell University received the Corbeck delegation on a working visit.", True),
        ("Pellmark College welcomed Rector Ilse Varga, who came on their first visit.", True),
        ("Tarvo Academy hosted a forum; the Quessant team was received warmly.", False),  # no "visit"
    ],
)
def test_the_engine_is_tried_only_where_both_sets_are_printed(sentence, found):
    fast = prefiltered(_ON_A_VISIT)
    assert bool(fast.search(sentence)) is found
    assert (fast.search(sentence) and fast.search(sentence).span()) == (
        _ON_A_VISIT.search(sentence) and _ON_A_VISIT.search(sentence).span()
    )
    assert [m.span() for m in fast.finditer(sentence)] == [m.span() for m in _ON_A_VISIT.finditer(sentence)]

"""A case-blind pattern's literal test reads the lowered text; the lowerings of the texts read lately are
kept, so that patterns tried on a sentence, its clauses and the next sentence in turn lower each text once.
What a pattern finds does not depend on the texts tried before it."""

import re

import pytest

from registry.ingest.extraction import prefilter
from registry.ingest.extraction.prefilter import _lowered, prefiltered

_SIGNED = re.compile(r"\b(?:signed|inked)\s+(?:an?\s+)?(?:MoU|agreement)\b", re.I)
_FAST = prefiltered(_SIGNED)


@pytest.mark.parametrize(
    "first, second",
    [
        ("Harnwell University SIGNED an MoU with Tarvo.", "No deal was printed for Pellmark College."),
        ("Nothing was signed by Corbeck Institute.", "Osterlin Academy inked an Agreement on Friday."),
        ("Dunmere Polytechnic signed AN agreement.", "Quarnell College Inked a MoU in Velmora."),
    ],
)
def test_texts_tried_in_turn_each_find_their_own_match(first, second):
    for text in (first, second, first, second[:-1], second):
        assert (_FAST.search(text) and _FAST.search(text).span()) == (
            _SIGNED.search(text) and _SIGNED.search(text).span()
        )


def test_a_text_is_lowered_as_before():
    assert _lowered("İzmir Institute of Technology") == "izmir institute of technology"
    assert _lowered("SIGNED") == "signed"
    assert _lowered("") == ""


def test_the_lowerings_kept_are_bounded():
    for n in range(prefilter._LOWERED_KEPT + 10):
        _lowered(f"Sentence {n} about Brevik Academy.")
    assert len(prefilter._LOWERED) <= prefilter._LOWERED_KEPT
    assert _lowered("Sentence 3 about Brevik Academy.") == "sentence 3 about brevik academy."

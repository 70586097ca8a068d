"""The literal test in front of a pattern scans fewer characters and answers as before: words that open or end
alike are tested by the piece they share, the shorter of two required sets is tested first, and a text found
without the words is let go at once when the same pattern is tried on it again. The engine's answers are the
answers: each case compares the prefiltered pattern with the compiled one."""

import re

import pytest

from registry.ingest.extraction.prefilter import _shared_pieces, prefiltered

_MADE_UP_OF = re.compile(
    r"\b(?:comprising|comprised of|consisting of|consisted of|including|included)\s+"
    r"(?:Dr\.?|Prof\.?)\s+[A-Z]\w+"
)
_GREETED_ON_A_TOUR = re.compile(
    r"\b(?:received|welcomed|hosted|greeted)\b[^.;]{3,120}?\bon (?:a|an|their) (?:\w+ )?(?:visit|tour)\b"
)


def test_phrases_that_open_alike_are_tested_by_their_opening():
    assert _shared_pieces(("on behalf of the host side", "on behalf of the guest side")) == (
        "on behalf of the ",
    )
    assert _shared_pieces(("consisting of", "consisted of", "made up of")) == ("consist", "made up of")


def test_words_that_end_alike_are_tested_by_their_ending():
    assert _shared_pieces(("this charter", "the charter", "our charter")) == (" charter",)


def test_words_sharing_fewer_letters_are_kept_whole():
    assert _shared_pieces(("met the dean", "meets a dean", "pact")) == (
        "meets a dean",
        "met the dean",
        "pact",
    )


def test_words_without_a_space_are_kept_whole():
    # their piece could be a word every article prints ("signed" of "signedthe")
    assert _shared_pieces(("signedthe", "signedour", "including", "included")) == (
        "included",
        "including",
        "signedour",
        "signedthe",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quorvel team, comprising Prof. Annick Dallemagne and two lecturers, toured the labs.",
        "A panel consisting of Dr Teodor Vasquelin met the Brannoch committee.",
        "The Yselde visitors included the registrar and a librarian.",  # a piece found, no match
        "Nobody from Ostrevia Polytechnic came to the fair.",  # no piece at all
    ],
)
def test_a_pattern_tested_by_pieces_answers_as_the_engine(sentence):
    fast = prefiltered(_MADE_UP_OF)
    assert len(fast._words) < 6  # six alternatives, four openings
    assert _span(fast.search(sentence)) == _span(_MADE_UP_OF.search(sentence))
    assert [m.span() for m in fast.finditer(sentence)] == [m.span() for m in _MADE_UP_OF.finditer(sentence)]
    assert fast.sub("#", sentence) == _MADE_UP_OF.sub("#", sentence)


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Harrowgate Conservatory greeted the Pellucid choir on a spring tour.", True),
        ("Tamsworth Institute received two deans, who came on their first visit.", True),
        ("Merrowfield College hosted a gala; the Brisane guests were welcomed warmly.", False),  # no trip
        ("The Quillon delegation went on a visit to the harbour.", False),  # nobody received
    ],
)
def test_the_shorter_set_of_words_is_tested_first(sentence, found):
    fast = prefiltered(_GREETED_ON_A_TOUR)
    assert fast._also is not None and len(fast._words) < len(fast._also)  # "tour", "visit" before four verbs
    assert bool(fast.search(sentence)) is found
    assert _span(fast.search(sentence)) == _span(_GREETED_ON_A_TOUR.search(sentence))


def test_a_text_tried_again_gets_the_same_answer():
    fast = prefiltered(_MADE_UP_OF)
    without = "The Glenmarra choir sang at the opening."
    with_one = "The jury, including Prof. Odalys Fenwright, met at noon."
    for text in (without, without, with_one, without, with_one, with_one):
        assert _span(fast.search(text)) == _span(_MADE_UP_OF.search(text))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in _MADE_UP_OF.finditer(text)]
    # a text of the same letters but another object is tested on its own
    copy = "".join(list(with_one))
    assert _span(fast.search(copy)) == _span(_MADE_UP_OF.search(copy))


def _span(match):
    return match.span() if match is not None else None

"""A literal test scans the text once per word. Where the words joined from a pattern's items are more than
the test is worth ("the academy", "this academy", ... for every head word), and they would be tested, the
one item every match holds is tested instead ("academy", ...): half the scans, and still a word of every
match, so the answers are the pattern's own."""

import re

import pytest

from registry.ingest.extraction.prefilter import _MAX_TESTED, prefiltered, required_words

_HEADS = [
    "Abbey",
    "Arboretum",
    "Bureau",
    "Chapter",
    "Circle",
    "Conservatory",
    "Directorate",
    "Guild",
    "Lyceum",
    "Observatory",
    "Orchestra",
    "Quorum",
    "Seminary",
    "Syndicate",
]
_ALTERNATION = "|".join(f"[{h[0]}{h[0].lower()}]{h[1:]}" for h in _HEADS)


def test_the_item_alone_where_the_joined_words_are_too_many():
    pattern = re.compile(r"\b(?:[Tt]he|[Tt]his) (" + _ALTERNATION + r")\b")
    assert 2 * len(_HEADS) > _MAX_TESTED
    assert required_words(pattern) == tuple(sorted(h.lower() for h in _HEADS))


def test_the_joined_words_where_they_are_few():
    pattern = re.compile(r"\bof (?:the|this) (?:Bureau|Guild|Lyceum)\b")
    assert required_words(pattern) == (
        "of the Bureau",
        "of the Guild",
        "of the Lyceum",
        "of this Bureau",
        "of this Guild",
        "of this Lyceum",
    )


def test_a_short_common_item_is_never_tested_alone():
    # joined, the glued forms are few once those holding another are dropped: "the"/"our" would pass nearly
    # every text
    pattern = re.compile(r"\b([a-z]*?)(from|with|after|near|of|at|to|by|for|and|in)(the|our|their)\b")
    words = required_words(pattern)
    assert "the" not in words and "our" not in words and "fromthe" in words


_PATTERN = prefiltered(re.compile(r"\b(?:[Tt]he|[Tt]his) (" + _ALTERNATION + r")\b(?!-|\s+of\b)"))


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Seminary would open a joint lab with Velmora Polytechnic next spring.",
        "Under the new charter this observatory shares its telescopes with Karsby Institute of Optics.",
        "A seminary group and an orchestra from Tollen toured; the Guild of Brannock hosted them.",
        "The arboretum-based team from Quillan met the head of the Conservatory of Ostrava.",
        "No head word is printed here at all, only the visit itself.",
    ],
)
def test_the_matches_are_the_patterns_own(text):
    raw = _PATTERN.compiled()
    assert [m.span() for m in _PATTERN.finditer(text)] == [m.span() for m in raw.finditer(text)]
    found, expected = _PATTERN.search(text), raw.search(text)
    assert (found and found.span()) == (expected and expected.span())

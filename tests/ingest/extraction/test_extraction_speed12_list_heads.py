"""A list of places before one plural head ("Tarnwick and Oselby universities") names a school for each place,
as before; the pattern that finds the list now opens on the first place's capital, so that the engine skips
from capital to capital instead of trying a test of the character before at every position. It finds what
the pattern written as "(place, )* place and place" finds. Every sentence is invented."""

import re

import pytest

from registry.ingest.extraction.lexicon import _HEADS_AFTER_LIST, _PLACE_WORD
from registry.ingest.extraction.names import find_names

_WRITTEN_BEFORE = re.compile(
    r"(?<![\w’'-])((?:" + _PLACE_WORD + r",\s)*" + _PLACE_WORD + r",?\s(?:and|&)\s" + _PLACE_WORD + r")"
    r"\s(universities|Universities|institutes|Institutes|colleges|Colleges)\b"
)


def _names(sentence):
    return {mention.text for mention in find_names(sentence, 0)}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Students from Tarnwick and Oselby universities met in the library.",
            {"Tarnwick University", "Oselby University"},
        ),
        (
            "Delegates of the Quellmoor, Brastow Vale & Ferrinby Institutes spoke on 3 May.",
            {"Quellmoor Institute", "Brastow Vale Institute", "Ferrinby Institute"},
        ),
        (
            "The grant went to Hollowmere, Dunkett, and Pravholt colleges this year.",
            {"Hollowmere College", "Dunkett College", "Pravholt College"},
        ),
    ],
)
def test_each_place_of_a_list_before_a_plural_head_is_a_school(sentence, expected):
    assert expected <= _names(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Students from Tarnwick and Oselby universities met in the library.",
        "Delegates of the Quellmoor, Brastow Vale & Ferrinby Institutes spoke on 3 May.",
        "The grant went to Hollowmere, Dunkett, and Pravholt colleges this year.",
        "Non-Tarnwick and Oselby universities, x-Quellmoor and Ferrinby Institutes",
        "O’Dunkett & Pravholt colleges, then Tarnwick, Oselby Vale, and Ferrinby universities",
        "Tarnwick and and Oselby universities; Quellmoor Brastow Vale and Ferrinby Institutes Colleges",
        "no capitals before these universities and institutes, nor these colleges",
    ],
)
def test_the_list_pattern_finds_what_the_pattern_written_before_found(sentence):
    def read(pattern):
        return [(found.span(), found.span(1), found.groups()) for found in pattern.finditer(sentence)]

    assert read(_HEADS_AFTER_LIST) == read(_WRITTEN_BEFORE)

"""The readers of bodies named without a head word (a province's department, a people's committee, a local
government, a company with its legal form first, a mission in small letters, a national sector body) are tried
on a sentence only when it prints one of the words their patterns require, tested once for all of them: a
sentence with one is read as before, and one without any is read by none of them. Every sentence is
invented."""

import re

import pytest

from registry.ingest.extraction import names as names_module
from registry.ingest.extraction.names import find_names
from registry.ingest.extraction.prefilter import prefiltered, words_of_any

_GATED = (
    names_module._PROVINCE_DEPT,
    names_module._GOVERNMENT_DEPARTMENT,
    names_module._COMMITTEE,
    names_module._LOCAL_GOVERNMENT,
    names_module._LEGAL_FORM_FIRST,
    names_module._MISSION_IN_SMALL_LETTERS,
    names_module._NATIONAL_SECTOR_BODY,
)


@pytest.mark.parametrize(
    "sentence, name, head",
    [
        (
            "The Tavrel Provincial Department of Education signed a memorandum with Dunbrae Lyceum.",
            "Tavrel Provincial Department of Education",
            "Government",
        ),
        (
            "Officials of the People's Committee of Hollin Province met the rector of Dunbrae Lyceum.",
            "People's Committee of Hollin Province",
            "Committee",
        ),
        (
            "Guests from the Turkish embassy in Quellport toured the Dunbrae Lyceum campus on Monday.",
            "Turkish embassy in Quellport",
            "Embassy",
        ),
        (
            "Universities Canada and the Quellmarsh Conservatory agreed to share their staff.",
            "Universities Canada",
            "Universities",
        ),
    ],
)
def test_a_sentence_printing_a_body_without_a_head_word_is_read_as_before(sentence, name, head):
    assert (name, head) in {(m.text, m.head) for m in find_names(sentence, 0)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quellmarsh Conservatory and Dunbrae Lyceum will exchange twelve students from next spring.",
        "The rector of Velbridge Polytechnic thanked the visitors from Tollerby Academy.",
        "Both schools plan a summer course on river ecology in Marrowgate.",
    ],
)
def test_a_sentence_without_any_of_the_words_has_no_match_of_the_readers_patterns(sentence):
    assert not any(word in sentence for word in names_module._BODY_READER_WORDS)
    assert not any(list(pattern.compiled().finditer(sentence)) for pattern in _GATED)


def test_every_match_of_a_reader_holds_one_of_the_joined_words():
    sentences = [
        "The Tavrel Provincial Department of Education signed a memorandum.",
        "Officials of the People's Committee of Hollin Province came.",
        "Guests from the Turkish embassy in Quellport came.",
        "Staff of LLC Brenmark Systems came.",
    ]
    for sentence in sentences:
        for pattern in _GATED:
            for match in pattern.compiled().finditer(sentence):
                assert any(word in match[0] for word in names_module._BODY_READER_WORDS)


def test_the_joined_words_need_case_sensitive_literal_tests():
    assert words_of_any([prefiltered(re.compile(r"Lyceum|Conservatory"))]) == ("Conservatory", "Lyceum")
    with pytest.raises(ValueError):
        words_of_any([re.compile(r"[A-Z]\w+")])  # no word required: no literal test
    with pytest.raises(ValueError):
        words_of_any([prefiltered(re.compile(r"lyceum", re.IGNORECASE))])  # tested on the lowered text

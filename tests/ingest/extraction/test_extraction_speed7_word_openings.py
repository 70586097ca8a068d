"""The literal test asks a text's set of word openings for the words a pattern opens at a word boundary.

`opened_words` reads from a pattern's parse tree which required words every match holds at the start of a
word ("\\bvisit", "(?<!\\w)Dean"); `Prefiltered` then asks the text's set of the first four letters of its
words before scanning it for those. The answers must stay the pattern's own: each test below compares the
prefiltered search with the plain one on texts made to sit on the edges (the word inside a longer word, a
case-blind pattern, a combining dot the lowered text drops).
"""

import re

import pytest

from registry.ingest.extraction.prefilter import Prefiltered, opened_words, prefiltered, required_words


def test_a_word_after_a_word_boundary_is_opened():
    assert opened_words(re.compile(r"\bsojourned\b")) == ("sojourned",)
    assert opened_words(re.compile(r"(?<!\w)Provost Quillan")) == ("Provost Quillan",)
    assert opened_words(re.compile(r"(?<![\w-])Kettleby Academy")) == ("Kettleby Academy",)


def test_the_words_of_a_choice_after_a_boundary_are_opened():
    pattern = re.compile(r"\b(?:toured|sojourned|tarried)\s+(?:in|at)\b")
    assert set(opened_words(pattern)) == set(required_words(pattern))
    grouped = re.compile(r"\b(?:toured\w*|sojourned)\s")  # a choice the run does not join
    assert set(opened_words(grouped)) == {"toured", "sojourned"}


def test_a_word_with_nothing_before_it_or_after_a_letter_is_not_opened():
    assert opened_words(re.compile(r"sojourned")) == ()
    assert opened_words(re.compile(r"[A-Z]\w+ sojourned")) == ()
    assert opened_words(re.compile(r"\b[A-Z]\w*sojourned")) == ()
    assert opened_words(re.compile(r"\bre\w*sojourned")) == ()


def test_a_word_a_longer_required_string_holds_inside_is_not_opened():
    # "\\bsojourn|resojourned": "sojourn" is the word tested, but a match may hold it inside a word
    assert required_words(re.compile(r"\bsojourn|resojourned")) == ("sojourn",)
    assert opened_words(re.compile(r"\bsojourn|resojourned")) == ()
    assert opened_words(re.compile(r"\b(?:also )?sojourned")) == ()  # "sojourned" may follow "also "


PATTERNS = [
    r"\bsojourned\b",
    r"(?i)\bsojourned\s+at\b",
    r"\bsojourn|resojourned",
    r"(?<!\w)(?:Provost|Warden) [A-Z]\w+",
    r"\b(?:toured\w*|tarried)\s",
    r"(?i)\bİlkerton\b",
    r"\bistanbulco\b",
]

TEXTS = [
    "The Warden of Brambleford College sojourned at Quillan Institute.",
    "SOJOURNED AT the Brambleford campus, the group left for Tovrin.",
    "Their resojourned plans were set aside; Provost Hallam Quint agreed.",
    "A Provostship was offered; a sojourner stayed, and theytoured nothing.",
    "The team toured, tarried and left Tovrin's ilkerton office.",
    "A visit to the İlkerton Polytechnic, then to I\u0307lkerton again.",
    "Printed with a combining dot: x\u0307istanbulco, and ilkerton\u0307ilkerton.",
    "",
    "toured",
]


@pytest.mark.parametrize("source", PATTERNS)
def test_the_prefiltered_search_answers_as_the_pattern(source):
    pattern = re.compile(source)
    filtered = prefiltered(pattern)
    for text in TEXTS:
        expected = pattern.search(text)
        found = filtered.search(text)
        assert (found and found.span()) == (expected and expected.span()), (source, text)
        assert [m.span() for m in filtered.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_a_word_boundary_the_text_prints_as_a_combining_dot_is_kept():
    # the lowered text drops a combining dot printed in the text, and with it the boundary before the word
    pattern = re.compile(r"(?i)\bstanbulco")
    assert prefiltered(pattern).search("I\u0307stanbulco").span() == (2, 11)


def test_the_spellings_of_a_person_are_looked_up_among_the_openings():
    forms = ["Hallam Quint", "Quint"]
    pattern = Prefiltered(re.compile(r"(?<!\w)(?:Hallam Quint|Quint)(?!\w)"), forms, opened=forms)
    assert pattern.search("Provost Quint spoke").span() == (8, 13)
    assert pattern.search("The Quintet played") is None
    assert pattern.search("A Quinte of five") is None
    assert pattern.search("Hallam Quintal") is None


def test_a_word_after_spaces_or_signs_is_opened():
    assert opened_words(re.compile(r"[A-Z]\w+\s+sojourned")) == ("sojourned",)
    assert opened_words(re.compile(r"\w+[,;]+sojourned")) == ("sojourned",)
    assert opened_words(re.compile(r"\w+\s*sojourned")) == ()  # no space, no boundary either
    assert opened_words(re.compile(r"\w+[^a]sojourned")) == ()  # a negated class may be a letter


def test_a_word_that_opens_inside_a_required_string_is_asked_of_the_openings():
    # "-kettleby toured": wherever a text holds it, a word of the text opens with "kett"
    pattern = prefiltered(re.compile(r"(?i)\w-Kettleby toured"))
    assert pattern._keys == frozenset({b"kett"})
    assert pattern.search("the Old-Kettleby toured site").span() == (6, 23)
    assert pattern.search("the Kettle-Kettle toured by the river") is None

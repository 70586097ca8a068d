"""A sentence is tokenised once: the names reader's words are kept for the article, and the people reader's
tokens (a run of printed characters up to a space or one of , ; : ( ) and the double quotes, or one of those
marks on its own) are built from those words, not by a second scan. The tokens are the ones a scan with the
people reader's own pattern gives, whatever the sentence."""

import re

import pytest

from registry.ingest.extraction import parse_article, text
from registry.ingest.extraction.text import forget_tokens, person_tokens, word_tokens

# The people reader's pattern: what person_tokens must give on every text.
_SCANNED = re.compile(r"[^\s,;:()“”\"]+|[,;:()“”\"]")


def _scanned(sentence):
    return [(m[0], m.start(), m.end()) for m in _SCANNED.finditer(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Prof. Talvine Orrisk, rector of Brennhal Polytechnic (BP), said the U.S.-based fund gave $4m.",
        '“Velkaro Institute will host us,” Dr. Ismo Tannacourt told the Quillmere Gazette: "again".',
        "Dean Ottilie Vasquerand-Hollm—who met Mr.Pell Ruddock—signed 3 MoUs (a 2nd in Sárvik); ‘good’.",
    ],
)
def test_person_tokens_are_the_people_readers_scan(sentence):
    assert person_tokens(sentence) == _scanned(sentence)


@pytest.mark.parametrize(
    "sentence, tokens",
    [
        ("“Orrisk” spoke", ["“", "Orrisk", "”", "spoke"]),  # the quotes stand alone
        ("paid $40 in 2031.", ["paid", "$40", "in", "2031."]),  # signs printed against a word join it
        ("Tannacourt (QGZ): yes", ["Tannacourt", "(", "QGZ", ")", ":", "yes"]),
    ],
)
def test_marks_stand_alone_and_touching_signs_join_the_word(sentence, tokens):
    assert [token for token, _, _ in person_tokens(sentence)] == tokens


@pytest.mark.parametrize("sentence", ["Dr. Pell_Ruddock spoke", "a_b, c", "Mr. Orrisk met __Vasquerand"])
def test_a_text_with_an_underscore_is_scanned(sentence):
    # "_" is no word of the names reader's: the words alone would lose it
    assert person_tokens(sentence) == _scanned(sentence)


def test_word_tokens_are_read_once_a_text_and_forgotten_at_each_article():
    sentence = "Brennhal Polytechnic and Velkaro Institute signed an agreement."
    forget_tokens()
    first = word_tokens(sentence)
    assert word_tokens(sentence) is first
    assert sentence in text._TOKENS
    parse_article("Quillmere Academy and Sárvik College met in Ostrava.", file="a.txt")
    assert sentence not in text._TOKENS


def test_a_person_is_read_the_same_after_the_names_reader_kept_the_words():
    article = (
        "Velkaro Institute signs MoU with Brennhal Polytechnic\n\n"
        "Prof. Talvine Orrisk, rector of Velkaro Institute, signed the agreement with Brennhal Polytechnic "
        "on 3 March 2031, said Dr. Ismo Tannacourt."
    )
    first = parse_article(article, file="a.txt")
    forget_tokens()
    assert parse_article(article, file="a.txt") == first
    assert "Talvine Orrisk" in {person["name"] for person in first["people"]}

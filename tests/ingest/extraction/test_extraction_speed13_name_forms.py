"""Where the article names a person is found with `str.find` over the person's name forms, not with a regular
expression compiled for each person of each article: the same places as the pattern
`(?<!\\w)(?:form|...)(?!\\w)` (forms longest first), whole words only, the longest form where two start
together, the positions taken as the pattern's search and match take them."""

import random
import re

import pytest

from registry.ingest.extraction import parse_article
from registry.ingest.extraction.context import NameForms


def _pattern(forms):
    ordered = sorted(forms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(form) for form in ordered) + r")(?!\w)")


def _span(found):
    return None if found is None else found.span()


@pytest.mark.parametrize(
    "forms, text, span",
    [
        (["Orsolya Vantrecht", "Orsolya", "Vantrecht"], "Rector Orsolya Vantrecht spoke.", (7, 24)),
        (["Tamsin Eldqvist", "Tamsin", "Eldqvist"], "Eldqvists and Dr. Eldqvist met.", (18, 26)),
        (["Bohdan Ferrolé", "Bohdan", "Ferrolé"], "Ferroléa, Ferrolé_, then Bohdan.", (25, 31)),
    ],
)
def test_the_leftmost_whole_word_form_the_longest_there(forms, text, span):
    assert _span(NameForms(forms).search(text)) == span == _span(_pattern(forms).search(text))


@pytest.mark.parametrize(
    "forms, text",
    [
        (["Quillon Avertz", "Quillon", "Avertz"], "The Quillonese delegation and the Avertzes left."),
        (["Mireth Olsgaard", "Mireth", "Olsgaard"], "Dean Mireth2 and 3Olsgaard are codes."),
        (["Ysolde Karanth", "Ysolde", "Karanth"], "No one of that name was there."),
    ],
)
def test_no_form_inside_a_longer_word(forms, text):
    assert NameForms(forms).search(text) is None
    assert _pattern(forms).search(text) is None


@pytest.mark.parametrize(
    "text, pos, endpos",
    [
        ("Prof. Idris Vallenmoor visited.", 7, None),  # a letter before `pos` still counts
        ("Idris Vallenmoor and Idris Vallenmoorsen", 0, 16),  # nothing at or past `endpos` does
        ("with Idris and Idris Vallenmoor", 5, 14),
    ],
)
def test_positions_as_the_patterns_take_them(text, pos, endpos):
    forms = ["Idris Vallenmoor", "Idris", "Vallenmoor"]
    args = (pos,) if endpos is None else (pos, endpos)
    assert _span(NameForms(forms).search(text, *args)) == _span(_pattern(forms).search(text, *args))
    assert _span(NameForms(forms).match(text, pos)) == _span(_pattern(forms).match(text, pos))


def test_the_same_places_as_the_pattern_on_random_texts():
    pieces = ["Li", "Wei", "Li Wei", "Ana", "é", "_", " ", ",", "-", "a", "1", "Lì", "Weil", "ß", "’"]
    pieces.append("\u0663")  # an Arabic-Indic digit: a word character
    names = ["Li", "Wei", "Li Wei", "Ana", "Ana Li", "Weil", "Li-Wei"]
    rng = random.Random(13)
    for _ in range(20000):
        forms = rng.sample(names, rng.randint(1, 4))
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        pos = rng.randint(0, len(text) + 1)
        endpos = rng.choice([None, rng.randint(0, len(text) + 2)])
        args = (pos,) if endpos is None else (pos, endpos)
        pattern, found = _pattern(forms), NameForms(forms)
        assert _span(found.search(text, *args)) == _span(pattern.search(text, *args))
        assert _span(found.match(text, pos)) == _span(pattern.match(text, pos))


@pytest.mark.parametrize(
    "sentence, leader",
    [
        (
            "A delegation led by Prof. Caspian Wolderen, rector of Tarnby University, visited Ostrelle "
            "College.",
            "Caspian Wolderen",
        ),
        (
            "Dr. Linnea Harcastle, president of Tarnby University, led a delegation to Ostrelle College.",
            "Linnea Harcastle",
        ),
        (
            "Tarnby University rector Prof. Edvin Salomark headed the delegation that visited Ostrelle "
            "College.",
            "Edvin Salomark",
        ),
    ],
)
def test_a_visits_leader_is_still_found_by_name(sentence, leader):
    article = "Tarnby University visits Ostrelle College\n\n" + sentence + " The two signed an MoU."
    people = {person["name"] for person in parse_article(article, file="a.txt")["people"]}
    assert leader in people

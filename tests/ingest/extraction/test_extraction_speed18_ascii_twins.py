"""A pattern's ASCII twin (ascii_twins.py) finds on an all-ASCII text exactly what the pattern finds: the
lexicon's patterns and the readers' are compared on random ASCII texts, the separators Unicode counts as
spaces among them, and the prefiltered patterns and the tokeniser search such texts with their twins. Every
text is invented."""

import importlib
import pkgutil
import random
import re

import pytest

import registry.ingest.extraction as extraction
from registry.ingest.extraction import lexicon
from registry.ingest.extraction.ascii_twins import ascii_twin
from registry.ingest.extraction.prefilter import Prefiltered, prefiltered
from registry.ingest.extraction.text import word_tokens


def _module_patterns():
    """Every compiled pattern the parser's modules hold at their top level, by name."""
    found = {}
    for info in pkgutil.iter_modules(extraction.__path__):
        module = importlib.import_module(f"{extraction.__name__}.{info.name}")
        for name, value in vars(module).items():
            pattern = value.compiled() if isinstance(value, Prefiltered) else value
            if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                found.setdefault(id(pattern), (f"{info.name}.{name}", pattern))
    return sorted(found.values(), key=lambda named: named[0])


_PHRASES = (
    "The University of Tollerby signed a memorandum of understanding with Dunbrae Lyceum on 12 May 2024 .",
    "Prof. K. Smith , Vice-Rector , visited the Velbridge Institute ; Dr. Ilse Marrow (PhD) said :",
    "\"We will sign\" its MoU , 'partnership' , delegation of 5 members -- HANOI (VNA) Ms Sakura Kiyosaki",
    "ofthe 2nd co-operation Academy's students ISLAND kiss SKI is",
)
_WORDS = [word for phrase in _PHRASES for word in phrase.split()]
_GAPS = (" ", " ", " ", "  ", "\n", "\n\n", "\t", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", "")


def _random_ascii_texts(count, seed=18):
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        text = "".join(rng.choice(_WORDS) + rng.choice(_GAPS) for _ in range(rng.randint(1, 25)))
        texts.append(rng.choice((str, str.lower, str.upper, str.title))(text))
    return texts


_TEXTS = _random_ascii_texts(60)


def _span(match):
    return None if match is None else match.span()


def _found(pattern, text):
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "name, pattern",
    [(name, pattern) for name, pattern in _module_patterns() if ascii_twin(pattern) is not None],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_a_twin_finds_what_its_pattern_finds_on_ascii_texts(name, pattern):
    twin = ascii_twin(pattern)
    for text in _TEXTS:
        assert _found(twin, text) == _found(pattern, text), (name, text)


def test_most_of_the_parsers_patterns_have_a_twin():
    patterns = _module_patterns()
    assert sum(ascii_twin(pattern) is not None for _name, pattern in patterns) >= 0.9 * len(patterns)


@pytest.mark.parametrize("separator", ["\x1c", "\x1d", "\x1e", "\x1f"])
def test_the_separators_unicode_counts_as_spaces_are_spaces_to_the_twin(separator):
    text = f"Dunbrae{separator}Lyceum"
    for source in (r"\w+\s\w+", r"[\s,]", r"\S+", r"[^\S]", r"[^\s,]+"):
        pattern = re.compile(source)
        assert _found(ascii_twin(pattern), text) == _found(pattern, text), source
    # the difference the twin takes out: re.ASCII alone does not count them as spaces
    assert re.search(r"\s", text) and not re.search(r"\s", text, re.ASCII)


def test_a_class_mixing_not_a_space_with_other_characters_gets_no_twin():
    assert ascii_twin(re.compile(r"[\S\n]+")) is None
    assert ascii_twin(re.compile(r"[^\S\n]+")) is None


@pytest.mark.parametrize(
    "letter, ascii_text", [("\u0130", "ISLAND"), ("\u0131", "kiss"), ("\u017f", "kiss"), ("\u212a", "ski")]
)
def test_a_pattern_holding_a_letter_that_folds_to_ascii_gets_no_twin(letter, ascii_text):
    pattern = re.compile(f"[a-h{letter}]|{letter}", re.IGNORECASE)
    assert pattern.search(ascii_text)  # Unicode folding finds "i", "s" or "k" for it, re.ASCII would not
    assert ascii_twin(pattern) is None
    assert ascii_twin(re.compile("[\u0100-\u0200]", re.IGNORECASE)) is None  # a range over "ı" and "ſ"


def test_a_pattern_compiled_for_ascii_already_gets_no_twin():
    assert ascii_twin(re.compile(r"\w+", re.ASCII)) is None


def test_a_conditional_group_keeps_its_parts_in_the_twin():
    pattern = re.compile(r"(?P<day>\d+\s)?\w+(?(day)\s+said|\s*:)")
    for text in ("12 Dunbrae said", "Dunbrae :", "12 Dunbrae :", "Dunbrae\x1csaid"):
        assert _found(ascii_twin(pattern), text) == _found(pattern, text)


def test_a_prefiltered_pattern_searches_an_ascii_text_with_its_twin_and_finds_the_same():
    pattern = prefiltered(re.compile(r"\b(?:visited|signed)\s+(\w+)", re.IGNORECASE))
    assert pattern._ascii is not pattern.compiled()
    for text in ("Dunbrae Lyceum VISITED\x1cTollerby.", "They signed\u00a0it.", "Nothing here."):
        expected = pattern.compiled()
        assert _found(pattern, text) == _found(expected, text)
        assert _span(pattern.search(text)) == _span(expected.search(text))
        assert pattern.sub("<>", text) == expected.sub("<>", text)
        assert pattern.findall(text) == expected.findall(text)


def test_the_lexicons_prefiltered_patterns_have_twins():
    prefiltered_patterns = [value for value in vars(lexicon).values() if isinstance(value, Prefiltered)]
    with_twins = [p for p in prefiltered_patterns if p._ascii is not p.compiled()]
    assert len(with_twins) >= 0.9 * len(prefiltered_patterns)


@pytest.mark.parametrize("text", _TEXTS[:40] + ["\u201cDunbrae\u201d Lyceum\u2019s 12th-grade"])
def test_the_tokeniser_reads_an_ascii_text_as_the_unicode_pattern_does(text):
    assert word_tokens(text) == [(m[0], m.start(), m.end()) for m in lexicon._WORD.finditer(text)]

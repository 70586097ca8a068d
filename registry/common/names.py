"""Name normalisation shared by the parser, the loader, the models and search. Plain Python.

Two spellings that normalise to the same key are one name: case, accents, punctuation, "&" and a
leading "the" do not tell institutions apart ("The Hong Kong Polytechnic University" and
"Hong Kong Polytechnic University"; "CentraleSupélec" and "CentraleSupelec").
"""

import re
import unicodedata

_NOT_WORD = re.compile(r"[^\w\s]")
_SPACES = re.compile(r"\s+")
# Typographic quotes and dashes that news sites use interchangeably with the ASCII ones.
_TRANSLATE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "ß": "ss"})


def fold(text):
    """Lower-case `text` and strip accents: "Rüdiger" -> "rudiger". Keeps punctuation."""
    text = unicodedata.normalize("NFKD", (text or "").translate(_TRANSLATE))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def normalize_name(text):
    """The comparison key of a name: folded, '&' read as 'and', punctuation dropped, no leading 'the'."""
    key = fold(text).replace("&", " and ")
    key = _SPACES.sub(" ", _NOT_WORD.sub(" ", key.replace("'", ""))).strip()
    if key.startswith("the "):
        key = key[4:]
    return key

"""The parser never crashes: thousands of generated texts each give schema-valid output.

Generated: random Unicode (2,000), real articles cut short and with their sentences shuffled
(1,000 of each) and real articles with a huge line inside (1,000): 5,000 texts.
"""

import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from registry.ingest.extraction import parse_article
from tests.paths import ROOT

pytestmark = pytest.mark.fuzz  # the expensive one: CI runs it once, in the SQLite stage

SCHEMA = json.loads(
    (ROOT / "registry" / "ingest" / "extraction" / "extraction.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
ARTICLES = [
    path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
]
FUZZ = settings(
    deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def parses_cleanly(text):
    """A schema-valid extraction, whatever the text: the parser raises nothing (an article naming no
    institution is a warning in its output, not an error)."""
    VALIDATOR.validate(parse_article(text, file="fuzz.txt"))


@settings(FUZZ, max_examples=2000)
@given(st.text(max_size=3000))
def test_random_unicode(text):
    parses_cleanly(text)


@settings(FUZZ, max_examples=1000)
@given(st.sampled_from(ARTICLES), st.integers(min_value=0, max_value=6000), st.randoms(use_true_random=False))
def test_real_articles_cut_short_or_with_sentences_shuffled(article, cut, rng):
    parses_cleanly(article[:cut])
    sentences = article.replace("\n", " \n").split(". ")
    rng.shuffle(sentences)
    parses_cleanly(". ".join(sentences))


@settings(FUZZ, max_examples=1000)
@given(
    st.sampled_from(ARTICLES),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20),
    st.integers(min_value=1_000, max_value=20_000),
)
def test_huge_lines_inside_real_articles(article, chunk, length):
    line = (chunk * (length // len(chunk) + 1))[:length]
    middle = len(article) // 2
    parses_cleanly(article[:middle] + "\n" + line + "\n" + article[middle:])


def test_a_university_name_as_long_as_a_page():
    parses_cleanly(
        "University of " + "Very " * 20_000 + "Long Name signed an MoU with RWTH Aachen University."
    )


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\x00", "\ufeff", "🎓" * 100, "MoU. " * 1000])
def test_degenerate_texts(text):
    parses_cleanly(text)

""" "Asst." before a name abbreviates a title, as "Assoc." and "Prof." do: no sentence ends there, so the
person stays in the sentence that says whom they act for. Three phrasings no article uses."""

import pytest

from registry.ingest.extraction.text import split_sentences

SENTENCES = [
    "The guests were met by the Dean of Engineering of Coastal University, Asst. Prof. Dr. Lina Kova, "
    "and two of her colleagues.",
    "Riverside College was represented by its Head of International Relations, Asst. Prof. Omar Reyes.",
    "On behalf of Lakeshore University, Asst. Professor Mei Tanaka signed the agreement with Northbridge "
    "University.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_asst_does_not_end_the_sentence(sentence):
    assert split_sentences(sentence) == [sentence]

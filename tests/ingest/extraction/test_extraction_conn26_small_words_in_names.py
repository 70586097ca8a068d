"""Small words inside a school's name: a ruler's name and regnal number printed right after an English head
("University Hassan II of ...") are part of the name, and the "of" phrase after them goes on with it. Invented
schools and rulers; three phrasings."""

import pytest

from tests.ingest.extraction.reading import article, parsed


def names(text):
    return {i["name"] for i in parsed(text)["institutions"]}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The University Tomas Rama IV of Kelvo signed an agreement with Ghent University.",
            "University Tomas Rama IV of Kelvo",
        ),
        (
            "Ghent University welcomed a delegation from the College Idrissan III of Morvanne.",
            "College Idrissan III of Morvanne",
        ),
        (
            "The Institute Karel Vostran II of Pellavar signed a memorandum with Leiden University.",
            "Institute Karel Vostran II of Pellavar",
        ),
    ],
)
def test_a_ruler_and_regnal_number_after_the_head_are_the_name(sentence, name):
    assert name in names(article(sentence))

"""People's names and the institution each acts for (issue people17), as a specification. Every phrasing is
invented.

- "Md.", "Mohd.", "Muhd.": Muhammad printed short is the first word of the name, kept as printed; its full
  stop ends no sentence and makes no person "Md" of its own.
"""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

TWO = "Ferrow University signed a memorandum of understanding with Calder Institute of Technology on 3 May."
F, C = "Ferrow University", "Calder Institute of Technology"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prof. Md. Karim Solberg, Rector of Ferrow University, signed for his side.", "Md. Karim Solberg"),
        ("The pact was signed by Mohd. Tarek Olsen of Ferrow University.", "Mohd. Tarek Olsen"),
        (
            "Ferrow University was represented by Dr. Muhd. Anwar Lindqvist, its vice-rector.",
            "Muhd. Anwar Lindqvist",
        ),
    ],
)
def test_a_given_name_printed_short_is_part_of_the_name(sentence, name):
    people = institutions_of(article(TWO, sentence))
    assert people.get(name) == F
    assert not {"Md", "Mohd", "Muhd"} & set(people)

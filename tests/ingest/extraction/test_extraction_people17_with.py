"""Whose a person is when "with" stands between a body's name and the person's title (issue people17), as a
specification. Every phrasing is invented.

- "The X President worked with Ms. A – Vice-Rector, Y": a title after "with" is no title of X; A is Y's.
- "A, Dean of X, together with Prof. B", "along with Dr. C": who comes together or along with a person acts
  for that person's institution, as one "accompanied by" or "joined by" them does.
"""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

TWO = "Ferrow University signed a memorandum of understanding with Calder Institute of Technology on 3 May."
VISIT = "A delegation from Ferrow University visited Calder Institute of Technology on 4 May."
F, C = "Ferrow University", "Calder Institute of Technology"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Calder Institute of Technology President worked with Ms. Anika Brandt – Vice-Rector for "
        "Mobility, Ferrow University.",
        "Calder Institute of Technology Rector Tomas Reyes and his team met with Dr. Anika Brandt – Dean of "
        "Studies, Ferrow University.",
        "The Calder Institute of Technology Provost talked with Prof. Anika Brandt – Head of Admissions, "
        "Ferrow University.",
    ],
)
def test_a_title_after_with_is_not_the_bodys_before(sentence):
    assert institutions_of(article(TWO, sentence))["Anika Brandt"] == F


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Tomas Reyes, Vice President of Calder Institute of Technology together with Assistant "
        "Professor Dr. Anika Brandt, Dean of the Faculty of Design, attended the meeting.",
        "Prof. Tomas Reyes, Rector of Calder Institute of Technology, along with Dr. Anika Brandt, Head of "
        "Admissions, received the guests.",
        "Tomas Reyes, Provost of Calder Institute of Technology, together with Professor Anika Brandt, "
        "Director of Research, hosted the talks.",
    ],
)
def test_who_comes_together_with_a_person_acts_for_their_body(sentence):
    assert institutions_of(article(VISIT, sentence))["Anika Brandt"] == C

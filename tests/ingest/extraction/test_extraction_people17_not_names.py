"""Words next to a title that are no person (issue people17), as a specification. Every phrasing is invented.

- The last words of a portfolio ("... and Pedagogical Work", "Director External Linkages", "Proxy for
  Foreign Students Recruitment", "Outreach", "Admissions", "Engagement", "Internationalisation") are words of
  the title, never a person's name.
- A word that opens a sentence before a title and a name ("Regarding the partner's representative, Mr. A",
  "Receiving the guests, Prof. B", "Welcoming them, Dr. C") is no person either.
"""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

TWO = "Ferrow University signed a memorandum of understanding with Calder Institute of Technology on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was attended by the Vice-Rector for Scientific and Pedagogical Work, Associate "
        "Professor Anika Brandt, and Tomas Reyes of Calder Institute of Technology.",
        "Dean of Sciences Prof Dr Tomas Reyes, Director External Linkages Dr Anika Brandt and faculty "
        "members attended the ceremony.",
        "They met Tomas Reyes, Calder Institute of Technology Rector, the Rector's Proxy for Foreign "
        "Students Recruitment, and Dr. Anika Brandt, Director of Student Outreach.",
    ],
)
def test_the_words_of_a_portfolio_are_no_person(sentence):
    assert set(institutions_of(article(TWO, sentence))) <= {"Tomas Reyes", "Anika Brandt"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Regarding the partner's representative, Mr. Tomas Reyes, President of Calder Institute of "
        "Technology, spoke first.",
        "Receiving the Rector and his delegation, Prof. Tomas Reyes of Calder Institute of Technology "
        "thanked them.",
        "Welcoming the guests from Ferrow University, Dr. Tomas Reyes of Calder Institute of Technology "
        "spoke of the partnership.",
    ],
)
def test_a_word_opening_the_sentence_is_no_person(sentence):
    assert set(institutions_of(article(TWO, sentence))) == {"Tomas Reyes"}

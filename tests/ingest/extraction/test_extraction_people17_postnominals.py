"""Degrees and honours printed right after a name, with no comma before them (issue people17), as a
specification. Every phrasing is invented.

- "Prof A B AM, Vice-Chancellor, X", "C D OBE, Rector of X": an order or fellowship after the name (the
  Commonwealth's, Nigeria's, Australia's "AC", "AO", "AM") is passed over as degrees are, and the title and
  body after it are the person's.
- "Professor A B Ph.D.,D.Sc., Vice-Rector, represented X": so are degrees printed after a space.
"""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

TWO = "Ferrow University signed a memorandum of understanding with Calder Institute of Technology on 3 May."
F, C = "Ferrow University", "Calder Institute of Technology"


@pytest.mark.parametrize(
    "sentence",
    [
        "The MoU was signed by Prof Tomas Reyes, Director, Calder Institute of Technology and Prof Mira "
        "Solberg AM, Vice-Chancellor, Ferrow University.",
        "Signing were Dr. Tomas Reyes, Provost, Calder Institute of Technology, and Prof. Mira Solberg OBE, "
        "Vice-Chancellor, Ferrow University.",
        "The document was initialled by Dr Tomas Reyes, President, Calder Institute of Technology and Prof "
        "Mira Solberg AO, Chancellor, Ferrow University.",
    ],
)
def test_honours_after_a_name_are_passed_over(sentence):
    assert institutions_of(article(TWO, sentence)) == {"Tomas Reyes": C, "Mira Solberg": F}


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Mira Solberg Ph.D.,D.Sc., Vice-Rector for Lifelong Learning, represented Ferrow "
        "University during the visit.",
        "Dr. Mira Solberg MBA, Director of Admissions, Ferrow University, opened the session.",
        "Prof. Mira Solberg FRS, Vice-Rector for Research at Ferrow University, welcomed the signing.",
    ],
)
def test_degrees_after_a_space_are_passed_over(sentence):
    assert institutions_of(article(TWO, sentence))["Mira Solberg"] == F

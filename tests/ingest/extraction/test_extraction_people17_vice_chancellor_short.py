"""The vice-chancellor's title printed short (issue people17), as a specification. Every phrasing is invented.

- "X VC Prof A", "X's DVC, Dr B", "X PVC C": "VC", "PVC" and "DVC" (the vice-chancellor, the pro- and the
  deputy vice-chancellor, as news in Africa, South Asia and the United Kingdom print them) are titles, so
  the body printed before them is the holder's.
"""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

TWO = "Ferrow University signed a memorandum of understanding with Calder Institute of Technology on 3 May."
F, C = "Ferrow University", "Calder Institute of Technology"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ferrow University VC Prof Dr Mira Solberg and Calder Institute of Technology President Tomas Reyes "
        "signed the MoU.",
        "Ferrow University's DVC, Dr Mira Solberg, signed the document with Calder Institute of Technology.",
        "The agreement was signed by Ferrow University PVC Prof. Mira Solberg and Calder Institute of "
        "Technology Rector Tomas Reyes.",
    ],
)
def test_a_short_vice_chancellors_title_is_a_title(sentence):
    assert institutions_of(article(TWO, sentence))["Mira Solberg"] == F

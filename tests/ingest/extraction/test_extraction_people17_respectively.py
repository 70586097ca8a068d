"""People paired with bodies by "respectively" (issue people17), as a specification. Every phrasing is
invented.

- "A and B represented X and Y respectively": where a sentence names as many people, before the list, as the
  list closed by "respectively" names bodies, each person acts for the body in the same place.
- That pairing overrides a guess from the words beside a name only where the guess was one of the listed
  bodies; a person the list does not match in number is left as the words beside the name say.
"""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

TWO = "Ferrow University signed a memorandum of understanding with Calder Institute of Technology on 3 May."
F, C = "Ferrow University", "Calder Institute of Technology"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Prof. Mira Solberg and Vice-Provost Dr. Tomas Reyes represented Ferrow University and Calder "
        "Institute of Technology respectively.",
        "Prof. Mira Solberg, Vice-Rector, Calder Institute of Technology and Dr. Tomas Reyes, Dean, Ferrow "
        "University signed on behalf of the Ferrow University and Calder Institute of Technology, "
        "respectively.",
        "The deal was sealed by President Mira Solberg and Chancellor Tomas Reyes for the Ferrow University "
        "and the Calder Institute of Technology, respectively.",
    ],
)
def test_each_person_acts_for_the_body_in_the_same_place(sentence):
    assert institutions_of(article(TWO, sentence)) == {"Mira Solberg": F, "Tomas Reyes": C}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Mira Solberg, Dean Tomas Reyes and Registrar Anika Brandt represented Ferrow University and "
        "Calder Institute of Technology respectively.",
        "President Mira Solberg of Ferrow University spoke; Ferrow University and Calder Institute of "
        "Technology will host the first and second rounds respectively.",
    ],
)
def test_a_list_that_does_not_match_in_number_pairs_no_one(sentence):
    people = institutions_of(article(TWO, sentence))
    assert people["Mira Solberg"] in (F, None)
    assert people.get("Tomas Reyes") in (F, None)

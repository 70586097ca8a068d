"""The simple step of list sharing ("A, title B and C": the next name acts for the first one's body) passes on
only a university, and not from a university's head to a name joined by a bare "and" that carries no
deputy's or unit's title: such a pair is the heads of two sides, and the second acts for the other of the
article's two main institutions. Measured on the tuning pages, the step was right 17 times and wrong 12;
with these conditions it is right 17 times and wrong 5. Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

SIGNED = "Tarnwick University and Olvessa Institute of Technology signed an agreement on 3 May."
TARNWICK = "Tarnwick University"
OLVESSA = "Olvessa Institute of Technology"


@pytest.mark.parametrize(
    "sentence, body",
    [
        (
            "Chairman of the Brennholt Heritage Foundation Ada Pemberly, Vice-Rector for Studies Prof. Tomas "
            "Vilk and others attended.",
            "Brennholt Heritage Foundation",
        ),
        (
            "Director of the Velmora Growers Society Ada Pemberly, Vice-Rector for Teaching Prof. Tomas Vilk "
            "and two lecturers were present.",
            "Velmora Growers Society",
        ),
        (
            "Secretary of the Marrowby Library Trust Ada Pemberly, Vice-Rector for Research Prof. Tomas Vilk "
            "and guests were there.",
            "Marrowby Library Trust",
        ),
    ],
)
def test_a_body_other_than_a_university_stays_with_its_own_member(sentence, body):
    found = institutions_of(article(SIGNED, sentence))
    assert found["Ada Pemberly"] == body
    assert found["Tomas Vilk"] != body


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnwick University President Ada Pemberly and Dr Tomas Vilk signed the agreement.",
        "Tarnwick University Rector Ada Pemberly and Chancellor Tomas Vilk signed the memorandum.",
        "Tarnwick University Rector Ada Pemberly and Mr Tomas Vilk exchanged the signed copies.",
    ],
)
def test_a_head_joined_by_and_to_no_deputy_heads_the_other_side(sentence):
    found = institutions_of(article(SIGNED, sentence))
    assert found["Ada Pemberly"] == TARNWICK
    assert found["Tomas Vilk"] == OLVESSA


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnwick University President Ada Pemberly and Vice President Tomas Vilk attended.",
        "Tarnwick University Rector Ada Pemberly and Head of the Optics Programme Dr. Tomas Vilk attended.",
        "Tarnwick University President Ada Pemberly and Deputy Rector Tomas Vilk attended.",
        "Tarnwick University President Ada Pemberly, Registrar Tomas Vilk and Bursar Mira Tessant attended.",
    ],
)
def test_a_head_and_the_heads_own_officers_still_share(sentence):
    assert institutions_of(article(SIGNED, sentence))["Tomas Vilk"] == TARNWICK

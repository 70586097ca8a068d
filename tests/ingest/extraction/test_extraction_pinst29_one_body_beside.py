"""A person whom no narrower reading ties to a body, in a sentence that names one institution only, acts for
it where only titles, units, brackets and commas stand between the name and the body ("the office of X's
Deputy Rector (Planning), Prof. A", "The X acting Bursar (Finance), Mrs. B"). A verb, a joining word, a
quotation, a semicolon, another person or a second body between them says nothing of the kind.
Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

SIGNED = "Varnholt University (VU) and Quessary Institute of Technology (QIT) signed an agreement on 3 May."
QIT = "Quessary Institute of Technology"


@pytest.mark.parametrize(
    "sentence",
    [
        "The guests were shown the office of Quessary Institute of Technology's Deputy Rector (Planning & "
        "Finance), Professor Olga Zennik.",
        "The Quessary Institute of Technology acting Bursar (Finance & Estates), Mrs. Olga Zennik, spoke.",
        "The office of the Quessary Institute of Technology Vice-Rector (Quality), Dr. Olga Zennik, opened.",
        "At the Quessary Institute of Technology library, Professor Olga Zennik gave the guests a tour.",
    ],
)
def test_the_one_body_beside_the_name_is_the_persons(sentence):
    assert institutions_of(article(SIGNED, sentence))["Olga Zennik"] == QIT


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Olga Zennik met with the Rector of Quessary Institute of Technology.",
        'Dr. Olga Zennik said: "Quessary Institute of Technology is a fine partner."',
        "Dr. Olga Zennik praised the work of Quessary Institute of Technology.",
        "Dr. Olga Zennik's lecture at Quessary Institute of Technology drew a large audience.",
        "Dr. Olga Zennik, formerly at Quessary Institute of Technology, opened the second session.",
        "Among the guests was Ms. Olga Zennik, a Quessary Institute of Technology alumna.",
        "Dr. Olga Zennik, Prof. Ivo Brandl of Quessary Institute of Technology and others attended.",
        "Dr. Olga Zennik (Dean of Law) opened the Varnholt University and Quessary Institute of Technology "
        "forum.",
    ],
)
def test_a_verb_a_quotation_or_another_person_between_says_nothing(sentence):
    assert institutions_of(article(SIGNED, sentence))["Olga Zennik"] is None

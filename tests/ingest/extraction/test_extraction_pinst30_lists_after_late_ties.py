"""A list of people shares its first member's institution even when that member is tied to it only by the
last readings (the one body of the sentence beside the name, the body the title ends on): "the X acting
Bursar, A, Registrar B and C", "A, Director General of Y, B, Deputy Director, and C, Secretary". The lists
are read again once those readings are done. Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

SIGNED = "Varnholt University (VU) and Quessary Institute of Technology (QIT) signed an agreement on 3 May."
QIT = "Quessary Institute of Technology"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ceremony was attended by the Quessary Institute of Technology acting Bursar, Mrs. Olga Zennik, "
        "Registrar Ivo Brandl and Librarian Mira Tessant.",
        "The Quessary Institute of Technology Pro-Rector, Prof. Olga Zennik, Dean Ivo Brandl and Librarian "
        "Mira Tessant were also present.",
    ],
)
def test_a_list_follows_the_one_body_beside_its_first_member(sentence):
    found = institutions_of(article(SIGNED, sentence))
    assert found["Olga Zennik"] == QIT
    assert found["Ivo Brandl"] == QIT


@pytest.mark.parametrize("verb", ["attended", "took part", "joined the guests"])
def test_a_list_follows_the_body_its_first_title_ends_on(verb):
    sentence = "Olga Zennik, Director General of Velmora Neso, Ivo Brandl, Deputy Director, and Mira "
    found = institutions_of(article(SIGNED, sentence + f"Tessant, Secretary, {verb}."))
    assert found["Ivo Brandl"] == "Velmora Neso"
    assert found["Mira Tessant"] == "Velmora Neso"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Quessary Institute of Technology Vice-Rector, Prof. Olga Zennik; Registrar Ivo Brandl spoke "
        "later about the Varnholt University programme.",
        "Quessary Institute of Technology Vice-Rector Olga Zennik met Ivo Brandl, Dean of Law at Varnholt "
        "University.",
        "Olga Zennik, Director General of Velmora Neso, met Ivo Brandl, Deputy Director.",
    ],
)
def test_a_verb_or_another_body_ends_the_list(sentence):
    assert institutions_of(article(SIGNED, sentence))["Ivo Brandl"] not in (QIT, "Velmora Neso")

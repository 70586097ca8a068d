"""A title that ends on a body's name ("Rector of QXU", "Director General of Velmora Neso", "Chief Executive
of the Q9") says whom its holder acts for, though the article names that body nowhere else and its name has
no head word ("University", "Foundation") to tell it by. A person nothing else ties to a body acts for it,
and it is listed. A title that ends on a unit, an office, a field or a place names no body of its own.
Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of, parsed

SIGNED = "Varnholt University (VU) and Quessary Institute of Technology (QIT) signed an agreement on 3 May."


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Dr. Olga Zennik, Director General of Velmora Neso, addressed the guests.", "Velmora Neso"),
        ("Ms. Olga Zennik, Chief Executive of the Q9, opened the second session.", "Q9"),
        ("Professor Olga Zennik, Rector of QXU, witnessed the signing.", "QXU"),
    ],
)
def test_the_body_a_title_ends_on_is_the_persons(sentence, body):
    record = parsed(article(SIGNED, sentence))
    assert {p["name"]: p["institution"] for p in record["people"]}["Olga Zennik"] == body
    assert body in [item["name"] for item in record["institutions"]] + [
        alias for item in record["institutions"] for alias in item["aliases"]
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Olga Zennik, Director of Global Partnerships, addressed the guests.",
        "Dr. Olga Zennik, Head of the Language Centre, addressed the guests.",
        "Dr. Olga Zennik, Professor of Applied Mathematics, addressed the guests.",
        "Dr. Olga Zennik, Coordinator of Outreach, addressed the guests.",
    ],
)
def test_a_unit_an_office_or_a_field_names_no_body(sentence):
    assert institutions_of(article(SIGNED, sentence))["Olga Zennik"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Professor Olga Zennik, Rector of Quesstech, witnessed the signing.",
        "Professor Olga Zennik, Rector of QuInTech, witnessed the signing.",
        "Professor Olga Zennik, Rector of Quessary, witnessed the signing.",
    ],
)
def test_a_short_form_of_a_listed_body_is_that_body(sentence):
    record = parsed(article(SIGNED, sentence))
    assert {p["name"]: p["institution"] for p in record["people"]}["Olga Zennik"] == (
        "Quessary Institute of Technology"
    )
    assert len(record["institutions"]) == 2

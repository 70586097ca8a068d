"""A body first listed from a person's title ("Rector of X Kenya") is given its country by the same
reading as the bodies listed before it: its name's country, a nationality word, its acronym. It used to be
listed after the countries were settled and so kept none. Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, parsed

SIGNED = "Varnholt University (VU) and Quessary Institute of Technology (QIT) signed an agreement on 3 May."


@pytest.mark.parametrize(
    ("sentence", "body", "country"),
    [
        ("Professor Olga Zennik, Rector of QXU Kenya, witnessed the signing.", "QXU Kenya", "KE"),
        (
            "Dr. Olga Zennik, Director General of the Velmora Neso Foundation of Ghana, spoke.",
            "Velmora Neso Foundation of Ghana",
            "GH",
        ),
        (
            "Dr. Olga Zennik, Director General of Velmora Neso Kenya, addressed the guests.",
            "Velmora Neso Kenya",
            "KE",
        ),
    ],
)
def test_a_body_listed_from_a_title_takes_the_country_its_name_gives(sentence, body, country):
    record = parsed(article(SIGNED, sentence))
    assert {p["name"]: p["institution"] for p in record["people"]}["Olga Zennik"] == body
    assert {item["name"]: item["country"] for item in record["institutions"]}[body] == country


def test_the_bodies_listed_before_keep_their_countries():
    record = parsed(
        article(
            "Varnholt University of Kenya and Quessary Institute of Technology signed an agreement on 3 May.",
            "Dr. Olga Zennik, Director General of Velmora Neso Foundation of Ghana, addressed the guests.",
        )
    )
    countries = {item["name"]: item["country"] for item in record["institutions"]}
    assert countries["Varnholt University of Kenya"] == "KE"
    assert countries["Quessary Institute of Technology"] is None

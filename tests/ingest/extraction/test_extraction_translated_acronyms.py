"""A name printed in translation keeps the acronym of its original: "Council of Rectors of Chilean
Universities (CRUCH)" is CRUCH, so "the CRUCH delegation" later is that council, not a second body.
Three phrasings, none taken from an article; brackets holding no acronym of the name stay apart."""

import pytest

from registry.ingest.extraction import parse_article


def read(*sentences):
    return parse_article(
        "Partnership news\n\ndate 2024-03-12\n\n" + "\n\n".join(sentences) + "\n", file="t.txt"
    )


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (
            (
                "A delegation of the Council of Rectors of Peruvian Universities (CORUPE) visited Lund "
                "University on Monday.",
                "The CORUPE delegation was led by its president.",
            ),
            "Council of Rectors of Peruvian Universities",
        ),
        (
            (
                "The National Council for Science and Technology of Paraguay (CONACYT) signed a memorandum "
                "with Lund University.",
                "CONACYT will fund two joint chairs.",
            ),
            "National Council for Science and Technology of Paraguay",
        ),
        (
            (
                "Lund University hosted the Council of Rectors of Bolivian Universities (CEUB) last week.",
                "CEUB officials toured the library.",
            ),
            "Council of Rectors of Bolivian Universities",
        ),
    ],
)
def test_a_translated_name_keeps_its_original_acronym(sentences, name):
    names = {item["name"] for item in read(*sentences)["institutions"]}
    assert name in names
    assert not names - {name, "Lund University"}


def test_an_acronym_sharing_few_of_the_names_initials_is_not_its():
    result = read(
        "Lund University signed with the Council of Rectors of Peruvian Universities (UNMSM, Lima) on Monday."
    )
    council = next(
        item
        for item in result["institutions"]
        if item["name"] == "Council of Rectors of Peruvian Universities"
    )
    assert "UNMSM" not in council["aliases"]

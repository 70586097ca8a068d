"""A body the gazetteer does not know, whose name gives no country, takes the one country its sentences
name outside the article's names: a school ("Vantorsk Mariner College, Norway"; "the Quellbrook Institute
hosted ... at its head office in Bergen, Norway"), a company ("three Norwegian firms ... and Fjellhavn
Cement AS"), as a state body or a council did before. What the sentence says of another body is that
body's: a country printed right after or before its name ("Adal University, Somalia", "Somalia's Adal
University"), and, for a school, a "<nationality> universities" phrase (the schools it signs with) and the
country a trip goes to (the school may be the guest). A body known only by an acronym takes nothing: its
sentences mostly name where it went."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Ostrava Technical Lyceum and the President of Vantorsk Mariner College Norway sealed an "
            "exchange accord on 3 May 2024.",
            "Vantorsk Mariner College",
            "NO",
        ),
        (
            "On 3 May 2024 the Quellbrook Institute sealed an exchange accord with the "
            "University of Bergen at its head office in Stavanger, Norway.",
            "Quellbrook Institute",
            "NO",
        ),
        (
            "Three Norwegian companies on Tuesday sealed training accords with the University "
            "of Nairobi. The accords, sealed with Fjellhavn Cement Ltd., Brattli Group, and Skorve "
            "Drilling Ltd., support student attachments in Norway.",
            "Fjellhavn Cement Ltd.",
            "NO",
        ),
    ],
)
def test_the_one_country_of_its_sentences(text, name, code):
    assert _countries(text).get(name) == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vantorsk Mariner College sealed an exchange accord with Adal University, Somalia, "
            "on 3 May 2024.",
            "Vantorsk Mariner College",
        ),
        (
            "The ceremony at Vantorsk Mariner College was attended by its rector and the rector of Somalia's "
            "Adal University on 3 May 2024.",
            "Vantorsk Mariner College",
        ),
        (
            "Vantorsk Mariner College sealed accords with two Kenyan universities on 3 May 2024.",
            "Vantorsk Mariner College",
        ),
        (
            "During a three-day visit to Kenya, the rector of Vantorsk Mariner College sealed an exchange "
            "accord with the University of Nairobi on 3 May 2024.",
            "Vantorsk Mariner College",
        ),
    ],
)
def test_another_bodys_country_is_not_the_schools(text, name):
    assert _countries(text).get(name) is None

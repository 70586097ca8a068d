"""A body the article names by its acronym alone takes the country of the gazetteer's bodies of that acronym
only where that says more than a coincidence of letters: several bodies of one country share it (a naming
habit of that country: two or more schools called "XTU"), or the article spells out the same name the
gazetteer files under it. One body abroad that happens to bear the same three letters says nothing of the
article's body: its country stays null, as the extraction format asks where the page does not say."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Orvane Polytechnic and NWT signed a research accord on 3 May 2024. The director of NWT, Dr Kalo "
            "Venmar, signed for NWT.",
            "NWT",
        ),
        (
            "A team from RMT visited Orvane Polytechnic on 3 May 2024 and signed an exchange accord with "
            "Orvane Polytechnic.",
            "RMT",
        ),
        (
            "Orvane Polytechnic signed a fisheries training accord with RMT on 3 May 2024. RMT will host "
            "two of its instructors.",
            "RMT",
        ),
    ],
)
def test_one_namesake_abroad_gives_no_country(text, name):
    assert _countries(text)[name] is None


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "A delegation of XTU visited Orvane Polytechnic on 3 May 2024 and signed an exchange accord with "
            "Orvane Polytechnic.",
            "XTU",
            "CN",
        ),
        (
            "Orvane Polytechnic signed an accord with JAAS on 3 May 2024. JAAS will send two agronomists.",
            "JAAS",
            "CN",
        ),
        (
            "On 3 May 2024 Orvane Polytechnic and the Ministry of Higher Education (MOHE) put their names to "
            "a grants accord. MOHE will fund the grants.",
            "Ministry of Higher Education",
            "MY",
        ),
    ],
)
def test_several_namesakes_of_one_country_or_the_name_spelt_out(text, name, code):
    assert _countries(text)[name] == code

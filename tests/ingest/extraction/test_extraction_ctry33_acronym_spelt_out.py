"""A body the parser lists by its acronym alone takes the country of the name the article spells out right
before that acronym in brackets: the nationality that opens a commission's name, the country that closes a
name or follows "in", a place word. The name is read from the first capitalised word that opens on the
acronym's first letter, so a title before it ("The President of the ...") is no part of it. An acronym
spelt out by a name that states no country gets none from it."""

import pytest

from registry.ingest.extraction.institutions import _name_an_acronym_spells
from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        (
            "The Rector of the Vantorsk Maritime Academy in Iceland (VMAI), Dr. Jon Brekk, signed it.",
            "VMAI",
            "Vantorsk Maritime Academy in Iceland",
        ),
        (
            "a memorandum between Norwegian Fisheries and Coastal Commission (NORFISH) and the university",
            "NORFISH",
            "Norwegian Fisheries and Coastal Commission",
        ),
        (
            "the Brattlund Forum of Kenya (BFK) and the Orvane Group (OG) met",
            "OG",
            "Orvane Group",
        ),
    ],
)
def test_the_name_an_acronym_spells(text, acronym, name):
    assert _name_an_acronym_spells(text, acronym) == name


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The President of the delegation (XQZ) spoke.", "XQZ"),
        ("Students (KQ) came.", "KQ"),
    ],
)
def test_no_name_where_none_opens_on_the_acronym(text, acronym):
    assert _name_an_acronym_spells(text, acronym) is None


@pytest.mark.parametrize(
    ("text", "acronym", "code"),
    [
        (
            "On 3 May 2024, the Vice-Chancellor of the University of Nairobi and the Director of the "
            "Norwegian Fisheries and Coastal Commission (NORFISH) signed a memorandum of understanding. "
            "NORFISH will send two experts to Nairobi.",
            "NORFISH",
            "NO",
        ),
        (
            "The President of the Vantorsk Maritime Academy in Iceland (VMAI), Dr. Jon Brekk, and the "
            "Vice-Chancellor of Kenyatta University signed a cooperation agreement on 3 May 2024. VMAI "
            "will host ten students.",
            "VMAI",
            "IS",
        ),
    ],
)
def test_an_acronym_takes_the_country_of_its_name(text, acronym, code):
    countries = _countries(text)
    listed = {name: country for name, country in countries.items() if acronym in name}
    assert listed and all(country == code for country in listed.values())

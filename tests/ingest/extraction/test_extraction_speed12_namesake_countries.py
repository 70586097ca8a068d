"""A name the gazetteer knows in several countries takes the one country the article names, as before; the
article's countries are read only once such a name is found (most articles have none), and before any
country is set by this reading, since the text read leaves out countries printed after names that have them.
Every name and sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import entry, parse
from tests.ingest.extraction.test_extraction_names8_article_countries import Namesakes, country_of

GAZETTEER = Namesakes(
    entry("Varrow National University", "KR", ["VNU"]),
    entry("Vessel Normal University", "CN", ["VNU"]),
    entry("Saint Odile University", "CA"),
    entry("Saint Odile University", "PH"),
    entry("Ostravel University", "KZ"),
)


@pytest.mark.parametrize(
    "body, name, country",
    [
        (
            "VNU welcomed Korean and Japanese rectors on 4 March 2031. VNU signed an exchange agreement with "
            "Ostravel University.",
            "VNU",
            "KR",
        ),
        (
            "Ostravel University signed a memorandum with Saint Odile University on 12 May 2031, its first "
            "partner in the Philippines.",
            "Saint Odile University",
            "PH",
        ),
        (
            "Saint Odile University and VNU signed an agreement with Ostravel University on 2 June 2031, "
            "after talks held in Canada.",
            "Saint Odile University",
            "CA",
        ),
    ],
)
def test_a_namesake_takes_the_one_country_the_article_names(body, name, country):
    assert country_of(parse("Partners\n\n" + body, gazetteer=GAZETTEER), name) == country


@pytest.mark.parametrize(
    "body",
    [
        "Saint Odile University signed a memorandum with Ostravel University on 12 May 2031.",
        "VNU and Saint Odile University signed an agreement with Ostravel University on 2 June 2031.",
        "Ostravel University hosted VNU on 4 March 2031 for talks on joint degrees.",
    ],
)
def test_a_namesake_in_an_article_naming_no_country_stays_unknown(body):
    result = parse("Partners\n\n" + body, gazetteer=GAZETTEER)
    names = {i["name"] for i in result["institutions"]} | {
        a for i in result["institutions"] for a in i["aliases"]
    }
    for name in ("Saint Odile University", "VNU"):
        if name in names:
            assert country_of(result, name) is None

"""A body that is neither a university nor a company (a county government, a commission, a council of
rectors, a school below university) whose name gives no country, and whose sentences name one country only
outside the names of the article's bodies, is of that country: the dateline "Mbarali, Tanzania:" before
"the Mbarali District Council", "a visit to Chile" around "the Council of Academic Deans", "ties with
Ghanaian universities" beside "the Higher Education Commission", "our Korean sister school" before the
school's name. Two countries named, or a body named for a region or the world, take none; a country
printed inside another body's name is that body's, not the sentence's."""

import pytest

from registry.ingest.extraction.parser import parse_article
from registry.ingest.extraction.places import countries_named


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Mbarali, Tanzania: The Mbarali District Council and Orvendale Polytechnic have sealed an accord "
            "to set up a farming school.",
            "Mbarali District Council",
            "TZ",
        ),
        (
            "During a three-day visit to Chile, the rector of Orvendale Polytechnic held talks with the "
            "Council of Academic Deans on exchanges.",
            "Council of Academic Deans",
            "CL",
        ),
        (
            "The Higher Education Commission received the rectors of Orvendale Polytechnic on 4 March 2024 "
            "to deepen ties with Ghanaian universities.",
            "Higher Education Commission",
            "GH",
        ),
    ],
)
def test_the_one_country_of_its_sentences_is_the_bodys(text, name, code):
    assert _countries(text).get(name) == code


def test_a_school_below_university_described_by_nationality():
    text = (
        "Last week Orvendale Polytechnic welcomed twelve pupils from our Korean sister school Hwanbyeol "
        "Girls' High School, and the two principals signed an exchange agreement."
    )
    assert _countries(text).get("Hwanbyeol Girls' High School") == "KR"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "During a tour of Chile and Peru, the rector of Orvendale Polytechnic held talks with the "
            "Council of Academic Deans on exchanges.",
            "Council of Academic Deans",
        ),
        (
            "During a three-day visit to Chile, the rector of Orvendale Polytechnic held talks with the "
            "Latin America Council of Academic Deans on exchanges.",
            "Latin America Council of Academic Deans",
        ),
        (
            "The Higher Education Commission received the rectors of Orvendale Polytechnic on 4 March 2024 "
            "to deepen ties with the Brenholt Rectors' Conference of Germany and Ghanaian universities.",
            "Higher Education Commission",
        ),
    ],
)
def test_two_countries_or_a_region_give_none(text, name):
    assert _countries(text).get(name) is None


def test_a_country_name_of_three_words_is_one_country():
    assert countries_named("Their route ran through Oman, Turkey, then the United Arab Emirates.") == {
        "OM",
        "TR",
        "AE",
    }

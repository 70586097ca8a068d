"""Every state a news item may name, by its name or its nationality word, states a country: the list once
stopped at about a hundred states, so "the Rwandan Ministry of Education" had none. Names that are also
common words ("Chad", "Jersey") stay out. Every name and sentence is invented."""

from registry.ingest.extraction.places import country_code
from tests.ingest.extraction.test_extraction import parse


def country_of(result, name):
    return next(i["country"] for i in result["institutions"] if name in [i["name"], *i["aliases"]])


def test_a_nationality_word_of_a_smaller_state_gives_a_ministry_its_country():
    result = parse(
        "Cooperation in education\n\n"
        "The Rwandan Ministry of Education signed a memorandum of understanding with Kelvar University on "
        "4 March 2024."
    )
    assert country_of(result, "Rwandan Ministry of Education") == "RW"


def test_a_state_named_after_a_university_gives_its_country():
    result = parse(
        "New partner\n\n"
        "Kelvar University signed an exchange agreement with Ostravel Polytechnic University, Malta, on "
        "12 May 2023."
    )
    assert country_of(result, "Ostravel Polytechnic University") == "MT"


def test_a_nation_of_the_united_kingdom_is_the_united_kingdom():
    result = parse(
        "Visit from Scotland\n\n"
        "A delegation of Brenmoor College, Scotland, visited Kelvar University on 3 June 2022."
    )
    assert country_of(result, "Brenmoor College") == "GB"


def test_words_that_are_also_names_state_no_country():
    assert country_code("Chad") is None
    assert country_code("Jersey") is None
    assert country_code("Palestinian") == "PS"

"""One diplomatic mission, however the article prints it: with its city and without it, its state named by
a nationality word, by the country's name or by "of <country>", is one institution; two cities, or two
states, are two missions. Every sentence is invented."""

from registry.ingest.extraction.institutions import same_institution
from tests.ingest.extraction.test_extraction import parse


def missions(result):
    return [i for i in result["institutions"] if i["kind"] == "government"]


def test_a_mission_named_with_its_city_and_then_without_is_one_institution():
    result = parse(
        "Envoy visits Harlow Valley University\n\n"
        "A delegation of the Danish Embassy in Nairobi visited Harlow Valley University on 3 May 2024. "
        "The Danish Embassy offered two scholarships to the university's students."
    )
    [embassy] = missions(result)
    assert embassy["country"] == "DK"
    assert {embassy["name"], *embassy["aliases"]} == {"Danish Embassy", "Danish Embassy in Nairobi"}


def test_a_state_spelt_two_ways_names_one_mission():
    result = parse(
        "Exchange grant\n\n"
        "The United States Embassy in Lusaka signed an agreement with Kafue Institute of Technology on "
        "12 June 2023. The U.S. Embassy will fund ten exchanges a year."
    )
    assert len(missions(result)) == 1


def test_a_mission_of_a_country_and_a_nationality_word_agree():
    assert same_institution("Embassy of Brazil in Accra", "Brazilian Embassy")
    assert same_institution("High Commission of Canada", "Canadian High Commission in Dhaka")


def test_two_cities_or_two_states_are_two_missions():
    assert not same_institution("Japanese Embassy in Hanoi", "Japanese Embassy in Bangkok")
    assert not same_institution("French Embassy", "German Embassy in Paris")
    assert not same_institution("French Embassy", "French Consulate in Lyon")

"""The place printed right after an institution's name tells its country where the gazetteer does not know
the name: a state or province with its level, a lone place word set off by commas, a town after "in". A
place that does not lie in one known country tells nothing. Every name and sentence is invented."""

from tests.ingest.extraction.test_extraction import parse


def country_of(result, name):
    return next(i["country"] for i in result["institutions"] if i["name"] == name)


def test_a_state_after_the_name_gives_its_country():
    result = parse(
        "Partnership talks\n\n"
        "Kelvar University hosted a delegation from the Central University of Dorrowa, Kerala State, on "
        "4 March 2024 to discuss staff exchanges."
    )
    assert country_of(result, "Central University of Dorrowa") == "IN"


def test_a_place_word_set_off_by_commas_gives_its_country():
    result = parse(
        "New partner\n\n"
        "The Polytechnic University of Varnolt, Guangzhou, signed a memorandum of understanding with "
        "Kelvar University on 12 May 2023."
    )
    assert country_of(result, "Polytechnic University of Varnolt") == "CN"


def test_a_town_after_in_gives_its_country():
    result = parse(
        "Delegation tours partners\n\n"
        "The delegation also visited the University of Maritime Law and Logistics in Bangkok, where it met "
        "the rector on 3 June 2022."
    )
    assert country_of(result, "University of Maritime Law and Logistics") == "TH"


def test_an_unknown_place_gives_no_country():
    result = parse(
        "New partner\n\n"
        "The Polytechnic University of Varnolt, Zembrak, signed a memorandum of understanding with "
        "Kelvar University on 12 May 2023."
    )
    assert country_of(result, "Polytechnic University of Varnolt") is None

"""The place printed right before an institution's name: "a Lagos-based college" says where it is, not what
it is called, so the name starts after it; a city's possessive ("Hanoi’s Coral Institute") tells the country
of a name the gazetteer does not know, and is part of the name where the gazetteer knows the two together.
Every name and sentence is invented."""

from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, names, parse


def institution(result, name):
    return next(i for i in result["institutions"] if i["name"] == name)


def test_a_based_place_is_no_part_of_the_name_and_gives_its_country():
    result = parse(
        "New partners\n\n"
        "Kelvar University signed a memorandum of understanding with the Lagos-based University of Marine "
        "Trades on 4 March 2024."
    )
    assert "University of Marine Trades" in names(result)
    assert institution(result, "University of Marine Trades")["country"] == "NG"


def test_a_city_possessive_gives_the_country_of_an_unknown_name():
    result = parse(
        "Delegation visits\n\n"
        "A delegation from Hanoi’s Coral Institute of Technology visited Kelvar University on 12 May 2023."
    )
    assert institution(result, "Coral Institute of Technology")["country"] == "VN"


def test_a_city_possessive_is_part_of_a_name_the_gazetteer_knows():
    gazetteer = FakeGazetteer(entry("Bangkok Coral University", "TH", ror="https://ror.org/000000000"))
    result = parse(
        "Students honour a visitor\n\n"
        "Students at Bangkok's Coral University presented the rector of Kelvar University with a gift on "
        "3 June 2022, when the two universities signed an exchange agreement.",
        gazetteer=gazetteer,
    )
    assert institution(result, "Bangkok Coral University")["country"] == "TH"
    assert "Coral University" not in names(result)

"""One body printed two ways is listed once. A name printed with its words spaced and again glued ("Bao Lin
College" / "Baolin College", "QuillmarkUniversity") is one name; a diplomatic mission is one mission
whatever its country is called in it ("the Chilean Embassy in the Russian Federation", "the Chilean
Embassy in Russia", "Embassy of the Republic of Chile"), its country with or without "the", and "I.R."
is the Islamic Republic ("Embassy of I.R. Iran")."""

from registry.ingest.extraction.institutions import _mission_parts, same_institution
from tests.ingest.extraction.reading import article, parsed


def _bodies(*sentences):
    return [(item["name"], item["aliases"]) for item in parsed(article(*sentences))["institutions"]]


def test_a_name_spaced_once_and_glued_once_is_one_body():
    bodies = _bodies(
        "On 2 May 2024 Bao Lin College concluded a cooperation memorandum with Harbourside University.",
        "Baolin College will send ten students to Harbourside University each year.",
    )
    assert ("Bao Lin College", ["Baolin College"]) in bodies
    assert "Baolin College" not in [name for name, _ in bodies]


def test_a_head_glued_to_the_name_is_an_alias_of_the_body():
    bodies = _bodies(
        "On 2 May 2024 Quillmark University and Harbourside Polytechnic concluded a cooperation memorandum.",
        "Under the memorandum QuillmarkUniversity will send ten students to Harbourside Polytechnic each "
        "year.",
    )
    assert ("Quillmark University", ["QuillmarkUniversity"]) in bodies


def test_a_head_glued_to_the_name_is_the_same_body():
    assert same_institution("QuillmarkUniversity", "Quillmark University")
    assert same_institution("Velmora Polytechnic", "VelmoraPolytechnic")
    assert not same_institution("Quillmark University", "Quillmark Polytechnic")


def test_a_missions_country_however_spelt_is_one_mission():
    assert same_institution("Chilean Embassy in the Russian Federation", "Chilean Embassy in Russia")
    assert same_institution("Embassy of the Republic of Chile", "Chilean Embassy in the Russian Federation")
    assert same_institution(
        "USA Embassy in the Slovak Republic", "Embassy of the United States in the Slovak Republic"
    )


def test_a_mission_in_two_countries_is_two_missions():
    assert not same_institution("Peruvian Embassy in the Russian Federation", "Peruvian Embassy in Ukraine")


def test_initials_of_the_islamic_republic_name_the_state():
    assert _mission_parts("Embassy of I.R. Iran") == ("Embassy", "IR", None)
    assert _mission_parts("Embassy of I. R. Iran in the Republic of Chile")[1] == "IR"

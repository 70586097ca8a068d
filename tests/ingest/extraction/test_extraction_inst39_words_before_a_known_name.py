"""The grammar ends a name's opening at a title ("Prince", "King"), a possessive or a comma printed inside it,
and reads only the words after; the words before open the name where the gazetteer knows the longer name
exactly, with the campus printed after it if any ("..., North Vale"). A name the grammar read among those
words is then part of the longer one. Where the gazetteer does not know the longer name, the name stays as
the grammar read it. Every name and sentence is invented."""

from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, names, parse

GAZETTEER = FakeGazetteer(
    entry("Prince of Quillmark University", "TH"),
    entry("King Orvath's University of Technology North Vale", "TH"),
    entry("Royal Kestrel, University of Ardmoor", "GB"),
    entry("Ardmoor State University – Velmora Institute of Technology", "PH"),
    entry("University of Ardmoor", "GB"),
    entry("Velmora Institute of Technology", "PH"),
    entry("Harbourside University", "NZ"),
)


def _names(text):
    return names(parse(f"Partners meet\n\n{text}\n", gazetteer=GAZETTEER))


def test_a_title_that_opens_a_known_name_is_part_of_it():
    found = _names(
        "On 3 May 2024 Harbourside University signed a memorandum of understanding with the Prince of "
        "Quillmark University."
    )
    assert "Prince of Quillmark University" in found
    assert "Quillmark University" not in found


def test_a_possessive_and_a_campus_around_a_known_name_are_part_of_it():
    found = _names(
        "Teachers of King Orvath’s University of Technology, North Vale, visited Harbourside University on "
        "8 May 2024."
    )
    assert "King Orvath's University of Technology North Vale" in found
    assert "University of Technology" not in found


def test_a_name_before_a_comma_opens_a_known_name():
    found = _names(
        "Harbourside University and Royal Kestrel, University of Ardmoor, agreed on 9 May 2024 to exchange "
        "students of music."
    )
    assert "Royal Kestrel, University of Ardmoor" in found
    assert "University of Ardmoor" not in found


def test_two_names_joined_by_a_dash_are_one_known_name():
    found = _names(
        "A team of Ardmoor State University – Velmora Institute of Technology visited Harbourside University "
        "on 10 May 2024."
    )
    assert "Ardmoor State University – Velmora Institute of Technology" in found
    assert "Velmora Institute of Technology" not in found


def test_words_before_a_name_the_gazetteer_does_not_know_together_stay_out():
    found = _names(
        "Students of Harbourside University, University of Ardmoor and Velmora Institute of Technology "
        "met on 11 May 2024."
    )
    assert {"Harbourside University", "University of Ardmoor", "Velmora Institute of Technology"} <= found
    found = _names(
        "Professor Ilse Marrow, Velmora Institute of Technology, visited Harbourside University on "
        "12 May 2024."
    )
    assert "Velmora Institute of Technology" in found


def test_an_article_before_a_name_opens_no_longer_name():
    gazetteer = FakeGazetteer(
        entry("Chinese Velmora University", "TW"), entry("Harbourside University", "NZ")
    )
    result = parse(
        "Partners meet\n\nOn 13 May 2024 Harbourside University renewed its agreement with the Chinese "
        "Velmora University. The Chinese Velmora University has 57 programmes.\n",
        gazetteer=gazetteer,
    )
    countries = {item["name"]: item["country"] for item in result["institutions"]}
    assert countries["Chinese Velmora University"] == "TW"

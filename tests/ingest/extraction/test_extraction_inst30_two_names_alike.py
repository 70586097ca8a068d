"""Two names printed alike (same head, the same words but one) name one body only where the word that
differs is a misspelling of the other: it keeps its first letter and is no more apart than a typo, or it is
the other word glued to a neighbour ("La Salle" / "Lasalle"). Two schools whose one distinctive word sounds
alike but opens with another letter ("Brackwell" / "Crackwell"), or shares only its first letter
("Varbei" / "Varnan"), are two schools, each with its own records.

A misspelling the article makes of one school stays that school's alias."""

from tests.ingest.extraction.reading import article, parsed


def _read(*sentences):
    found = parsed(article(*sentences))
    names = {item["name"]: item["aliases"] for item in found["institutions"]}
    trips = {(d["visitor"], d["host"]) for d in found["delegations"]}
    return names, trips


def test_two_schools_whose_names_differ_in_their_first_letter_are_two_schools():
    names, _ = _read(
        "A delegation of Harbourside Polytechnic visited the University of Brackwell and the University "
        "of Crackwell on 3 May 2023.",
    )
    assert "University of Brackwell" in names
    assert "University of Crackwell" in names
    assert "University of Crackwell" not in names["University of Brackwell"]


def test_two_normal_universities_sharing_only_a_first_letter_are_two():
    names, trips = _read(
        "On 4 May 2023 a delegation of Harbourside Polytechnic visited Varbei Normal University of "
        "Technology and Varnan Normal University of Technology.",
    )
    assert {"Varbei Normal University of Technology", "Varnan Normal University of Technology"} <= set(names)
    assert ("Harbourside Polytechnic", "Varnan Normal University of Technology") in trips


def test_two_national_universities_of_two_words_each_are_two():
    names, _ = _read(
        "Harbourside Polytechnic signed memoranda with National Tavin Hua University and National Hiavo "
        "Tarn University on 5 May 2023.",
    )
    assert {"National Tavin Hua University", "National Hiavo Tarn University"} <= set(names)


def test_a_misspelt_name_is_still_the_same_school():
    names, _ = _read(
        "Harbourside Polytechnic signed a memorandum with Quillmoor Agrarian University on 6 May 2023.",
        "The president of Quillmoor Agrarain University thanked the guests.",
    )
    assert "Quillmoor Agrarain University" not in names
    assert "Quillmoor Agrarain University" in names["Quillmoor Agrarian University"]


def test_a_particle_glued_to_the_next_word_is_the_same_school():
    names, _ = _read(
        "Harbourside Polytechnic signed a memorandum with De La Vantorre University on 6 May 2023.",
        "The president of Dela Vantorre University thanked the guests.",
    )
    assert "Dela Vantorre University" not in names

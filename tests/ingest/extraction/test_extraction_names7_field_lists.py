"""The name grammar on a school's name that lists its fields with commas: "University of Agriculture, Water
and Marine Sciences" is one name, though "Water" is no field word the lexicon knows; a list of names or of
places after the comma is not. Every name is invented."""

from registry.ingest.extraction.names import find_names


def printed(sentence):
    return [m.text for m in find_names(sentence, 0)]


def test_a_list_of_fields_ending_on_a_field_word_stays_in_the_name():
    assert printed("Kelvar University of Agriculture, Forests and Marine Sciences signed the MoU.") == [
        "Kelvar University of Agriculture, Forests and Marine Sciences"
    ]
    assert printed("A team of the Ostravel Institute of Design, Crafts and Heritage Studies arrived.") == [
        "Ostravel Institute of Design, Crafts and Heritage Studies"
    ]
    assert printed("The rector of Brenmoor Academy of Music, Dance and Theatre Arts spoke.") == [
        "Brenmoor Academy of Music, Dance and Theatre Arts"
    ]


def test_the_list_ends_at_its_last_field_word():
    assert printed(
        "Kelvar University of Agriculture, Forests and Marine Sciences Northland (KUAF) signed."
    ) == ["Kelvar University of Agriculture, Forests and Marine Sciences"]


def test_a_list_of_names_or_places_after_the_comma_is_not_part_of_the_name():
    assert printed("The Varel University of Technology, Ostravel College and Brenmoor Institute met.") == [
        "Varel University of Technology",
        "Ostravel College",
        "Brenmoor Institute",
    ]
    assert printed("Staff of the Kelvar University of Technology, Sydney and Melbourne came.") == [
        "Kelvar University of Technology"
    ]
    assert printed("He joined the Ostravel Institute of Science, Dorrland and Valcourt Business School.") == [
        "Ostravel Institute of Science",
        "Valcourt Business School",
    ]

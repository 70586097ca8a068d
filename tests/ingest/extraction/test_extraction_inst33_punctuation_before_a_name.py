"""A name starts after punctuation glued to the word before it: a place run into the name by a dash with no
space before it ("Velmora- Harbourside University received ..."), a degree printed after a person's name
("Oren Vask, Ph.D. Tarnvale Institute ..."), and a sentence's last word glued to the name by its full stop
when a space went missing ("... concluded the MoU.Quillmark University will ..."). "St.", "Mt." and initials
("U.S.") stay where they are."""

from registry.ingest.extraction.names import find_names
from tests.ingest.extraction.reading import article, parsed


def _names(*sentences):
    return [item["name"] for item in parsed(article(*sentences))["institutions"]]


def test_a_place_glued_to_a_dash_is_no_word_of_the_name():
    names = _names(
        "Velmora- Harbourside University received a visit from Quillmark Polytechnic on 4 April 2024.",
        "The two schools concluded a cooperation memorandum.",
    )
    assert "Harbourside University" in names
    assert not any(name.startswith("Velmora") for name in names)


def test_a_degree_after_a_persons_name_opens_no_name():
    found = find_names(
        "The guests were Prof. Oren Vask, Ph.D. Tarnvale Institute of Advanced Studies director, and Mira "
        "Hestin.",
        0,
    )
    assert [m.text for m in found] == ["Tarnvale Institute of Advanced Studies"]


def test_a_sentence_glued_to_a_name_by_its_full_stop():
    found = find_names(
        "The two deans concluded the MoU.Quillmark University of Marine Sciences will host them.", 0
    )
    assert [m.text for m in found] == ["Quillmark University of Marine Sciences"]
    found = find_names("They signed the agreement.Harbourside Polytechnic will send ten students.", 0)
    assert [m.text for m in found] == ["Harbourside Polytechnic"]


def test_saints_mounts_and_initials_keep_their_stop():
    assert [m.text for m in find_names("He studied at St.Velmora State University.", 0)] == [
        "St.Velmora State University"
    ]
    assert [m.text for m in find_names("The U.S.Quillmark College met them.", 0)] == ["U.S.Quillmark College"]

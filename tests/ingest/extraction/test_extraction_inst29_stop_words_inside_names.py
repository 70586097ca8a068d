"""Some words that open sentences and headlines ("Exchange visits ...", "Educational cooperation ...",
"Academic staff ...") also stand inside a body's name, between its first word and its head: "the
Tarnholm-Velk Exchange Association", "Kestrel Teachers Training Centre", "Brannock Foreign Affairs
University". Printed after a word of the name's own (a place, a founder, a coined name), they are the
name's, so the body is read whole and takes its part in the story. Printed after a field or a generic word
("the Head of International Partnership Council A", "Exchange Office"), or opening the sentence, they
still end the name: that is a unit, a title or a heading."""

from registry.ingest.extraction.names import find_names
from tests.ingest.extraction.reading import article, parsed


def _names(sentence):
    return [mention.text for mention in find_names(sentence, 0)]


def test_an_exchange_association_named_after_two_places_is_read_whole():
    assert "Tarnholm-Velk Exchange Association" in _names(
        "Harbourside University and the Tarnholm-Velk Exchange Association inked a cooperation memorandum "
        "on 3 May 2023."
    )


def test_a_training_centre_for_teachers_is_read_whole():
    assert _names("A delegation visited the Kestrel Teachers Training Centre in May.") == [
        "Kestrel Teachers Training Centre"
    ]


def test_a_university_of_foreign_affairs_signs_under_its_whole_name():
    found = parsed(
        article(
            "The rector of Brannock Foreign Affairs University and the president of Harbourside University "
            "inked a cooperation memorandum on 3 May 2023.",
        )
    )
    names = {item["name"] for item in found["institutions"]}
    assert "Brannock Foreign Affairs University" in names
    parties = {frozenset(a["parties"]) for a in found["agreements"]}
    assert frozenset({"Brannock Foreign Affairs University", "Harbourside University"}) in parties


def test_an_academic_council_named_after_its_city_is_read_whole():
    assert "Quellmoor Academic Council" in _names("The Quellmoor Academic Council met the guests on Monday.")


def test_after_a_generic_word_the_stop_word_still_ends_the_name():
    assert _names("They met the Head of International Partnership Council Odile Varanne.") == []


def test_opening_the_sentence_the_stop_word_is_no_part_of_a_name():
    assert _names("Exchange Association members of Harbourside University met in May.") == [
        "Harbourside University"
    ]

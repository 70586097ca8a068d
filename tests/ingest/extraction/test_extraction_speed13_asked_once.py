"""Work asked once, or only when needed, with the same answers: the protagonists a speaker for the school may
act for are read only once a person tells of the school; a gazetteer entry's words are found once, not once
for each word printed before an acronym; the place before a name is read from the last word only, after the
cheap test that a space precedes the name; a name's kind reads its words once, against word sets built once.
Every name and sentence is invented."""

import pytest

from registry.ingest.extraction.institutions import _a_word_spelt_alike, _kind_from_name
from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, parse

GAZETTEER = FakeGazetteer(entry("Quellstad Marine University", "NO"), entry("Tarnby University", "SE"))


def _institutions(text):
    return sorted(item["name"] for item in parse(text, gazetteer=GAZETTEER)["institutions"])


def _people(text):
    return {
        person["name"]: person.get("institution") for person in parse(text, gazetteer=GAZETTEER)["people"]
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarnby University signed an agreement with Quellstad’s Marine University on 3 May 2031.",
        "A delegation from Quellstad's Marine University visited Tarnby University on 4 June 2031.",
        "Tarnby University hosted Quellstad’s Marine University on 4 June 2031 for talks.",
    ],
)
def test_a_citys_possessive_before_a_name_the_gazetteer_knows_with_it(sentence):
    assert _institutions("Partners meet\n\n" + sentence) == [
        "Quellstad Marine University",
        "Tarnby University",
    ]


def test_a_city_named_elsewhere_in_the_sentence_is_no_part_of_the_name():
    text = "Partners meet\n\nTarnby University hosted the Marine University on 4 June 2031 for talks in "
    text += "Quellstad."
    assert _institutions(text) == ["Marine University", "Tarnby University"]


@pytest.mark.parametrize(
    "article, person, school",
    [
        (
            "Open day at Varnholt University\n\nVarnholt University welcomed 300 visitors on 3 May 2031. "
            "Dr. Selvin Marrow, director of admissions, presented an overview of the University.",
            "Selvin Marrow",
            "Varnholt University",
        ),
        (
            "Open day at Varnholt College\n\nVarnholt College held an open day on 3 May 2031. Prof. Idra "
            "Castellane said that the college has 20 faculties.",
            "Idra Castellane",
            "Varnholt College",
        ),
        (
            "Varnholt University opens a library\n\nVarnholt University opened a library on 3 May 2031. "
            "Dr. Osk Bramwell said the university now holds a million books.",
            "Osk Bramwell",
            "Varnholt University",
        ),
    ],
)
def test_a_speaker_for_the_school_acts_for_the_school_the_article_is_about(article, person, school):
    assert _people(article)[person] == school


def test_a_speaker_in_an_article_about_no_school_acts_for_none():
    text = "Open day\n\nThe open day drew 300 visitors on 3 May 2031. "
    text += "Dr. Selvin Marrow said the weather was fine."
    assert _people(text)["Selvin Marrow"] is None


@pytest.mark.parametrize(
    "words, name, alike",
    [
        ({"serrikbay"}, "D. Serikbay Eastern Tarnby Technical University", True),
        ({"olmstad", "kestrel"}, "Kestrell Maritime Academy", True),
        ({"university", "technical"}, "Ostrelle Technical University", False),  # generic words tell nothing
        ({"brakk"}, "Ostrelle Technical University", False),
    ],
)
def test_a_word_before_an_acronym_spelt_like_a_word_of_an_entry(words, name, alike):
    assert _a_word_spelt_alike(words, name) is alike


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Tolvern Government Polytechnic College", "university"),
        ("Government of Varsland", "government"),
        ("Marrowby Trust", "other"),
        ("Brakkin Society of Engineers", "other"),
        ("Harwel Foundation University", "university"),
        ("Ostrelle Language School", "other"),
        ("Korvex Technologies Ltd", "company"),
        ("Norrath Agency for Quality", "government"),
    ],
)
def test_a_names_kind_from_its_words(name, kind):
    assert _kind_from_name(name) == kind

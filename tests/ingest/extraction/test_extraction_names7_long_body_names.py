"""The name grammar on long names of bodies: a head word inside a body's name that names a field, not a second
institution ("Council for University Education"); words that end a name before a person's ("... and Public
Diplomacy Sergei Ivanov", "... Universities Presidents, met"). Every sentence is invented."""

from registry.ingest.extraction.institutions import _kind_from_name
from registry.ingest.extraction.names import find_names
from tests.ingest.extraction.test_extraction import parse


def printed(sentence):
    return [m.text for m in find_names(sentence, 0)]


def test_a_head_word_used_as_a_field_stays_inside_the_bodys_name():
    assert printed("Delegates of the Tarvanian Council for University Education arrived on Monday.") == [
        "Tarvanian Council for University Education"
    ]
    assert printed("The Brenmoor Foundation for College Sports met the rector.") == [
        "Brenmoor Foundation for College Sports"
    ]
    assert printed("A grant came from the Vandor Agency for Institute Accreditation last week.") == [
        "Vandor Agency for Institute Accreditation"
    ]


def test_a_head_that_builds_a_name_of_its_own_still_makes_the_body_its_unit():
    assert printed("He heads the Research Center of Ostravel State University.") == [
        "Ostravel State University"
    ]
    assert printed("She joined the Marine Research Centre of Kelvar Polytechnic University.") == [
        "Kelvar Polytechnic University"
    ]


def test_the_kind_of_a_body_comes_from_its_own_head_not_from_a_field_in_it():
    assert _kind_from_name("Tarvanian Council for University Education") == "other"
    assert _kind_from_name("Vandor Agency for Institute Accreditation") == "government"
    assert _kind_from_name("Brenmoor Association of College Rectors") == "alliance"
    assert _kind_from_name("Ostravel State University") == "university"


def test_a_name_after_a_title_keeps_an_abstract_noun_before_the_persons_name():
    assert printed(
        "He met Chairman of the Kelvar Council for Trade and Regional Development Ivo Marn today."
    ) == ["Kelvar Council for Trade and Regional Development"]
    assert printed("Director of the Ostravel Agency for Science and Public Diplomacy Lena Dorr spoke.") == [
        "Ostravel Agency for Science and Public Diplomacy"
    ]
    assert printed("President of the Brenmoor Society of Law and Trusteeship Tomas Ruhle came too.") == [
        "Brenmoor Society of Law and Trusteeship"
    ]


def test_a_plural_head_or_title_ending_the_name_is_no_persons_name():
    assert printed(
        "Dr. Ivo Marn, Chairperson of the Vandor Council of State and City Universities, spoke."
    ) == ["Vandor Council of State and City Universities"]
    assert printed(
        "Rector Anja Morrel, Head of the Kelvar Association of Northern and Coastal Colleges, came."
    ) == ["Kelvar Association of Northern and Coastal Colleges"]
    assert printed(
        "Ms. Lena Dorr, President of the Ostravel Union of National and Public Colleges Rectors, met him."
    ) == ["Ostravel Union of National and Public Colleges Rectors"]


def test_a_person_after_a_long_body_name_acts_for_the_body():
    result = parse(
        "Talks in Kelvar\n\n"
        "Rector Anja Morrel of Kelvar University received Chairman of the Ostravel Council for International "
        "Cooperation and Regional Development Ivo Marn on 3 May 2024."
    )
    marn = next(p for p in result["people"] if p["name"] == "Ivo Marn")
    assert marn["institution"] == "Ostravel Council for International Cooperation and Regional Development"

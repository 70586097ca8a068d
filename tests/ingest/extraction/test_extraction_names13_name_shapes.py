"""Name shapes the head-word grammar read wrong: a one-word name with its head glued on ("VinUniversity"), an
acronym with its campus or its number of members after a hyphen ("USIU-Africa", "KU-8"), and a part of a
school named right after the school's possessive, which acts for the school. Every sentence is invented."""

from tests.ingest.extraction.test_extraction import names, parse


def person(result, name):
    return next(p for p in result["people"] if p["name"] == name)


def test_a_head_glued_to_its_name_is_a_name_of_one_word():
    result = parse(
        "Two universities sign a memorandum\n\n"
        "On 3 May 2024, NorvaUniversity and Kelvar State University signed a memorandum of understanding in "
        "Kelvar."
    )
    assert "NorvaUniversity" in names(result)
    assert "Kelvar State University" in names(result)


def test_a_glued_name_leads_a_delegation():
    result = parse(
        "A delegation visits Ostravel\n\n"
        "A delegation of the BrightCollege, led by Rector Anja Morrel, visited Ostravel University on 12 May "
        "2023."
    )
    assert "BrightCollege" in names(result)
    assert person(result, "Anja Morrel")["institution"] == "BrightCollege"


def test_a_glued_name_in_the_possessive():
    result = parse(
        "Talks held in Ostravel\n\n"
        "TelmarInstitute’s President Halvor Enqvist met the Rector of Ostravel University on 4 March 2024 to "
        "discuss joint research."
    )
    assert "TelmarInstitute" in names(result)


def test_a_head_word_alone_stays_no_name():
    result = parse(
        "Talks held in Ostravel\n\nThe University signed a memorandum with Ostravel University in May."
    )
    assert names(result) == {"Ostravel University"}


def test_an_acronym_with_its_continent_is_one_name():
    result = parse(
        "New scholarships for students\n\n"
        "KIMU-Asia and the Brenmoor Heritage Foundation today announced a partnership for 300 students. "
        "KIMU-Asia’s Vice Chancellor, Prof. Tomas Ruhle, thanked the Foundation."
    )
    assert "KIMU-Asia" in names(result)
    assert "KIMU" not in names(result)
    assert person(result, "Tomas Ruhle")["institution"] == "KIMU-Asia"


def test_an_acronym_with_its_country_is_one_name():
    result = parse(
        "A delegation visits Ostravel\n\n"
        "A delegation from KTU-Qatar, led by Rector Mira Tonsk, visited Ostravel University on 2 June 2022."
    )
    assert "KTU-Qatar" in names(result)
    assert result["delegations"][0]["visitor"] == "KTU-Qatar"


def test_two_countries_joined_by_a_hyphen_are_no_acronym_with_a_campus():
    result = parse(
        "A forum held in Ostravel\n\n"
        "The UK-China forum was held at Ostravel University on 2 June 2022, where Ostravel University and "
        "Kelvar University signed a memorandum."
    )
    assert not any(name.startswith("UK-") for name in names(result))


def test_a_school_of_a_university_named_in_the_possessive_is_its_part():
    result = parse(
        "A delegation visits Ostravel\n\n"
        "Dean of Kelvar University's Graduate School of Marine Science Prof. Tomas Ruhle visited Ostravel "
        "University on 12 May 2023."
    )
    assert "Graduate School of Marine Science" not in names(result)
    assert person(result, "Tomas Ruhle")["institution"] == "Kelvar University"


def test_an_institute_of_a_university_named_in_the_possessive_is_its_part():
    result = parse(
        "Talks held in Ostravel\n\n"
        "The director of Ostravel University’s Northern Institute for Arctic Studies, Dr. Anja Morrel, met "
        "the Rector of Kelvar University on 4 March 2024."
    )
    assert "Northern Institute for Arctic Studies" not in names(result)


def test_an_institute_opened_by_its_universitys_acronym_is_its_part():
    result = parse(
        "A memorandum signed in Ostravel\n\n"
        "Ostravel University signed a memorandum with Kelvar University of Technology (KUT) on 2 June 2022. "
        "Present were Rector Mira Tonsk and the Director of the KUT Nordic Institute for Baltic Studies, "
        "Dr. Halvor Enqvist."
    )
    assert "KUT Nordic Institute for Baltic Studies" not in names(result)

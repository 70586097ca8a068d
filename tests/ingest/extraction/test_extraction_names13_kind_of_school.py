"""A nationality and a head word ("a Russian University", "the Argentine University") say what kind of school
is meant, not which one: no institution, unless the gazetteer knows the pair as a name ("Lebanese
University"). Every sentence is invented."""

from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, names, parse


def test_a_headline_calling_a_school_the_first_of_its_nation_names_no_second_school():
    result = parse(
        "Ostravel University Becomes First Kazakh University With Partners In Kelvar\n\n"
        "Ostravel University signed a memorandum with Kelvar State University on 4 March 2024."
    )
    assert "Kazakh University" not in names(result)


def test_the_school_called_by_its_nationality_is_no_school_of_its_own():
    result = parse(
        "Agreements signed in Kelvar\n\n"
        "Ostravel National University signed agreements with Kelvar State University on 12 May 2023. The "
        "Peruvian University also hosted a seminar."
    )
    assert "Peruvian University" not in names(result)


def test_a_nationality_and_an_institute_name_no_institute():
    result = parse(
        "Research talks in Ostravel\n\n"
        "A Hungarian Institute delegation was received by Ostravel University on 2 June 2022."
    )
    assert "Hungarian Institute" not in names(result)


def test_a_name_the_gazetteer_knows_stays():
    result = parse(
        "Two universities sign a memorandum\n\n"
        "Haddad Institute of Art signed a memorandum of understanding with the Lebanese University on 2 June "
        "2022 in Beirut.",
        gazetteer=FakeGazetteer(entry("Lebanese University", "LB")),
    )
    assert "Lebanese University" in names(result)

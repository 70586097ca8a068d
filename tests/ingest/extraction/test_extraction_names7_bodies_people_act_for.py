"""Bodies that take part through the people who head them: a council, foundation or association that a person
at the event is said to chair, direct or lead is one of the article's institutions, and that person acts for
it, though the body itself stands where no party stands. Every sentence is invented."""

from tests.ingest.extraction.test_extraction import names, parse


def person(result, name):
    return next(p for p in result["people"] if p["name"] == name)


def test_a_body_whose_chairman_attends_is_an_institution():
    result = parse(
        "Forum opens in Ostravel\n\n"
        "Dr. Halvor Enqvist, Chairman of the Brenmoor Heritage Foundation, visited Ostravel University on "
        "4 March 2024. Rector Mira Tonsk received the guest."
    )
    assert "Brenmoor Heritage Foundation" in names(result)
    assert person(result, "Halvor Enqvist")["institution"] == "Brenmoor Heritage Foundation"


def test_a_body_named_by_its_director_general_is_an_institution():
    result = parse(
        "Rectors meet\n\n"
        "President Anja Morrel of Kelvar University met Tomas Ruhle, Director-General of the Vandor "
        "Association of Technical Colleges, on 12 May 2023 in Kelvar to discuss joint programmes."
    )
    assert "Vandor Association of Technical Colleges" in names(result)
    assert person(result, "Tomas Ruhle")["institution"] == "Vandor Association of Technical Colleges"


def test_the_leaders_of_a_body_make_it_an_institution():
    result = parse(
        "New partners\n\n"
        "Talks were held on 2 June 2022 with Ilse Varga and Piet Dorrman, the leaders of the Marrow Valley "
        "Growers Council, at Lakeshore Institute of Technology."
    )
    assert "Marrow Valley Growers Council" in names(result)


def test_a_sponsor_is_still_no_institution():
    result = parse(
        "Grant awarded\n\n"
        "Ostravel University signed an agreement with Kelvar University on 3 May 2024. The exchange is "
        "funded by the Brenmoor Heritage Foundation."
    )
    assert "Brenmoor Heritage Foundation" not in names(result)


def test_a_body_only_mentioned_stays_out():
    result = parse(
        "Partners sign\n\n"
        "Ostravel University signed an agreement with Kelvar University on 3 May 2024. Both are members of "
        "the Vandor Association of Technical Colleges."
    )
    assert "Vandor Association of Technical Colleges" not in names(result)


def test_the_head_of_a_unit_named_only_by_its_field_acts_for_no_body_of_its_own():
    result = parse(
        "Guests from Kelvar\n\n"
        "Kelvar University visited Ostravel University on 8 May 2024. The guests met Dr. Lena Dorr, "
        "Director of the Language Center, and Prof. Ivo Marn, Head of the Research Centre."
    )
    assert "Language Center" not in names(result)
    assert "Research Centre" not in names(result)

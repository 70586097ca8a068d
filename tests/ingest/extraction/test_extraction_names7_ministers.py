"""A minister's title names the ministry the minister acts for: "Vandorian Minister of Higher Education and
Research A", "B, the minister for culture" are the Vandorian ministry and the ministry for culture, where the
article names no ministry of those fields itself. Every name is invented."""

from tests.ingest.extraction.test_extraction import names, parse


def person(result, name):
    return next(p for p in result["people"] if p["name"] == name)


def test_a_ministers_title_before_the_name_gives_the_ministry():
    result = parse(
        "Ministers sign\n\n"
        "Kelvar University and the Indonesian Minister of Higher Education, Science and Technology, "
        "Professor Anja Morrel, signed a memorandum of understanding on 3 May 2024."
    )
    ministry = "Indonesian Ministry of Higher Education, Science and Technology"
    assert ministry in names(result)
    assert next(i for i in result["institutions"] if i["name"] == ministry)["country"] == "ID"
    assert person(result, "Anja Morrel")["institution"] == ministry


def test_a_ministers_title_in_apposition_gives_the_ministry():
    result = parse(
        "Ministers sign\n\n"
        "Ivo Marn, the minister for culture and tourism, signed a memorandum of understanding with Rector "
        "Lena Dorr of Ostravel University on 4 June 2023."
    )
    assert "Ministry for Culture and Tourism" in names(result)
    assert person(result, "Ivo Marn")["institution"] == "Ministry for Culture and Tourism"


def test_a_minister_who_only_meets_acts_for_no_ministry():
    # bodies26: a ministry known only from a title is listed where it signs or travels, not for a talk
    result = parse(
        "Talks on schools\n\n"
        "Ivo Marn, the minister for culture and tourism, met Rector Lena Dorr of Ostravel University on "
        "4 June 2023 to discuss exchanges."
    )
    assert "Ministry for Culture and Tourism" not in names(result)
    assert person(result, "Ivo Marn")["institution"] is None


def test_two_ministers_leading_visits_give_two_ministries():
    result = parse(
        "Ministers visit\n\n"
        "A delegation led by Kenyan Minister for Education Tomas Ruhle visited Kelvar University on 2 May "
        "2024. Another, led by Ghanaian Minister of Health Piet Dorrman, visited Ostravel University on "
        "3 May 2024."
    )
    assert {"Kenyan Ministry for Education", "Ghanaian Ministry of Health"} <= set(names(result))
    assert person(result, "Piet Dorrman")["institution"] == "Ghanaian Ministry of Health"


def test_a_ministry_the_article_names_is_not_named_again_from_the_title():
    result = parse(
        "Ministries agree\n\n"
        "Minister of Higher Education and Research Anja Morrel discussed the MoU signed by the Vandor "
        "Ministry of Higher Education and Kelvar University on 3 May 2024."
    )
    ministries = [name for name in names(result) if "Ministry" in name]
    assert ministries == ["Vandor Ministry of Higher Education"]


def test_a_title_naming_no_portfolio_is_no_ministry():
    result = parse(
        "Visit\n\n"
        "Prime Minister Anja Morrel and Minister of State Ivo Marn visited Kelvar University on 3 May 2024."
    )
    assert not [name for name in names(result) if "Ministry" in name]


# -- a minister of a ministry the article names --------------------------------------------------------


def test_a_minister_acts_for_the_named_ministry_whose_portfolio_the_title_names():
    result = parse(
        "Ministries talk\n\n"
        "Minister of Higher Education and Research Anja Morrel on Tuesday discussed with Ambassador Ivo "
        "Marn the MoU signed by the Vandorian Ministry of Higher Education and the Kelvar Ministry of "
        "Education on 3 May 2024."
    )
    assert person(result, "Anja Morrel")["institution"] == "Vandorian Ministry of Higher Education"


def test_a_minister_in_apposition_acts_for_the_named_ministry():
    result = parse(
        "Culture exchange\n\n"
        "The Brenmoor Ministry of Culture signed an agreement with Kelvar University on 4 June 2023. "
        "Lena Dorr, the minister of culture and tourism, thanked the rector."
    )
    assert person(result, "Lena Dorr")["institution"] == "Brenmoor Ministry of Culture"


def test_of_two_named_ministries_that_fit_alike_neither_is_chosen():
    result = parse(
        "Ministers meet\n\n"
        "The Vandorian Ministry of Health and the Kelvar Ministry of Health signed a memorandum on "
        "2 May 2024. Minister of Health Tomas Ruhle spoke at the ceremony in Ostravel."
    )
    assert person(result, "Tomas Ruhle")["institution"] is None


def test_a_minister_named_after_a_longer_portfolio_acts_for_the_named_ministry():
    result = parse(
        "Science pact\n\n"
        "The Ostravel Ministry of Science and Kelvar University signed a memorandum on 2 May 2024. "
        "Minister for Science and Higher Education Piet Dorrman attended the ceremony."
    )
    assert person(result, "Piet Dorrman")["institution"] == "Ostravel Ministry of Science"

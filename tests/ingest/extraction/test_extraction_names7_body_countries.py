"""The country a body's nationality word states: "the Russian Rectors' Council", "a Korean association", "the
Vandorian ministry" are of that country; a school's is not ("American University of Kelvar" may stand
anywhere). Every institution is invented; the nationalities are real."""

from tests.ingest.extraction.test_extraction import parse


def country_of(result, name):
    return next(i for i in result["institutions"] if i["name"] == name)["country"]


def test_a_council_a_foundation_and_an_association_take_their_nationality_words_country():
    result = parse(
        "Rectors meet\n\n"
        "Dr. Ivo Marn, Chairman of the Russian Council of Northern Rectors, met Lena Dorr, President of the "
        "Kenyan Heritage Foundation, and Tomas Ruhle, Director of the Peruvian Association of Coastal "
        "Colleges, at Kelvar University on 3 May 2024."
    )
    assert country_of(result, "Russian Council of Northern Rectors") == "RU"
    assert country_of(result, "Kenyan Heritage Foundation") == "KE"
    assert country_of(result, "Peruvian Association of Coastal Colleges") == "PE"


def test_a_school_named_after_a_nationality_is_not_given_its_country():
    result = parse(
        "Partners sign\n\n"
        "The American University of Kelvar signed an agreement with Ostravel College on 3 May 2024."
    )
    assert country_of(result, "American University of Kelvar") is None

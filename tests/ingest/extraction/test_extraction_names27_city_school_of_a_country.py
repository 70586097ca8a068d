"""A school (a university, a college, a high school) whose name opens with its city and is then said to be
"of" a country ("Bergen Glassworks College of Norway") is located in that country: the "of" phrase says where,
not which, so the name ends at its head. A name that opens with no city ("National University of X",
"Orvandel University of Norway") or a head that comes first ("University of Norway") keeps its "of" phrase.
Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, parsed

SIGNED = "Varnholt University and Quessary Institute of Technology signed an agreement on 3 May."


def names(text):
    return sorted(i["name"] for i in parsed(text)["institutions"])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Bergen Glassworks College of Norway sent delegates.",
            "Bergen Glassworks College",
        ),
        (
            "Varnholt University signed with Lyon Textile Institute of France.",
            "Lyon Textile Institute",
        ),
        (
            "A team from Bergen Ceramics University of the Kingdom of Norway came.",
            "Bergen Ceramics University",
        ),
        (
            "Staff from Osaka Lacquerware College of the UK came to Varnholt University.",
            "Osaka Lacquerware College",
        ),
        (
            "Varnholt University signed with Bergen Glassworks High School of Norway.",
            "Bergen Glassworks High School",
        ),
    ],
)
def test_the_country_after_a_city_school_is_no_part_of_its_name(sentence, name):
    found = names(article(SIGNED, sentence))
    assert name in found
    assert not any(other.startswith(name + " of") for other in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Orvandel University of Norway sent delegates.",
            "Orvandel University of Norway",
        ),
        (
            "Delegates from the Pontifical Seafaring University of Norway visited Varnholt University.",
            "Pontifical Seafaring University of Norway",
        ),
        (
            "Varnholt University signed an agreement with Bergen Glassworks College of Arts on 3 May.",
            "Bergen Glassworks College of Arts",
        ),
    ],
)
def test_a_name_opened_by_no_city_or_an_of_phrase_that_is_no_country_keeps_it(sentence, name):
    assert name in names(article(SIGNED, sentence))

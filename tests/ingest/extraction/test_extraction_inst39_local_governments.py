"""A body named by a division of a country ("City of X", "X Province", "X Prefecture", "X County",
"X Regency", "X Governorate") and no school's head word is that city's or province's government, kind
government, not a school. A school named after its city ("X City University", "University of X Province")
stays a school. Every name and sentence is invented."""

from tests.ingest.extraction.reading import article, parsed


def _kinds(*sentences):
    found = parsed(article(*sentences))
    return {item["name"]: item["kind"] for item in found["institutions"]}


def test_a_city_named_as_a_party_is_its_government():
    kinds = _kinds(
        "On 2 April 2024 a City of Velmora delegation visited Harbourside University to discuss student "
        "exchanges.",
    )
    assert kinds["City of Velmora"] == "government"


def test_a_province_or_a_prefecture_named_as_a_party_is_its_government():
    kinds = _kinds(
        "Harbourside University welcomed a delegation from Orvath Province, led by its governor, on "
        "3 April 2024.",
    )
    assert kinds["Orvath Province"] == "government"
    kinds = _kinds(
        "A delegation from Kestrel Prefecture visited Harbourside University on 4 April 2024 to discuss "
        "internships.",
    )
    assert kinds["Kestrel Prefecture"] == "government"


def test_a_school_named_for_its_city_stays_a_school():
    kinds = _kinds(
        "On 5 April 2024 Harbourside University signed an exchange agreement with Velmora City University.",
    )
    assert kinds["Velmora City University"] == "university"

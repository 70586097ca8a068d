"""Where a body is, printed between its name and what it does: "based in", "located in", "from", "(XU) in",
a country's possessive before it. The place gives the country, and the body stays a party."""

from tests.ingest.extraction.reading import article, parsed


def countries(*sentences):
    return {i["name"]: i["country"] for i in parsed(article(*sentences))["institutions"]}


def test_based_located_situated_and_headquartered_in_give_the_country():
    got = countries(
        "Quillmoor University based in Kenya signed an agreement with Harbourview University on 4 June 2024.",
        "Harbourview University then signed an MoU with Tollgate Polytechnic located in Ghana "
        "on 5 June 2024.",
        "Harbourview University also signed an MoU with Fernwick College situated in Viet Nam "
        "on 6 June 2024.",
        "Brackenfold Institute of Technology headquartered in Nairobi signed an MoU with "
        "Harbourview University on 7 June 2024.",
    )
    assert got["Quillmoor University"] == "KE"
    assert got["Tollgate Polytechnic"] == "GH"
    assert got["Fernwick College"] == "VN"
    assert got["Brackenfold Institute of Technology"] == "KE"


def test_from_a_country_and_an_acronym_before_in_give_the_country():
    got = countries(
        "A delegation from Quillmoor University from the Republic of Korea visited Harbourview University on "
        "4 June 2024.",
        "Harbourview University signed an MoU with Tollgate Polytechnic (TGP) in Kenya on 5 June 2024.",
        "Harbourview University also signed an MoU with Brambleford University of the United States "
        "of America on 6 June 2024.",
    )
    assert got["Quillmoor University"] == "KR"
    assert got["Tollgate Polytechnic"] == "KE"
    assert got["Brambleford University of the United States of America"] == "US"


def test_a_hospital_council_or_agency_with_its_place_between_stays_a_party():
    got = countries(
        "Redfern General Hospital, Nairobi, Kenya signed a memorandum of understanding with Harbourview "
        "University on 4 June 2024.",
        "The National Council for Graduate Studies based in Accra signed an agreement with Quillmoor "
        "University on 5 June 2024.",
        "Quillmoor University signed an MoU with Kenya's Brightwater Agricultural Research Agency "
        "on 6 June 2024.",
        "The accord between Quillmoor University and Ghana's Tollgate Water Commission was signed "
        "on 7 June 2024.",
    )
    assert got["Redfern General Hospital"] == "KE"
    assert got["National Council for Graduate Studies"] == "GH"
    assert got["Brightwater Agricultural Research Agency"] == "KE"
    assert got["Tollgate Water Commission"] == "GH"


def test_a_place_not_stated_gives_no_country():
    got = countries(
        "Quillmoor University signed an agreement with Harbourview University "
        "on 4 June 2024 in the city hall.",
    )
    assert got == {"Quillmoor University": None, "Harbourview University": None}

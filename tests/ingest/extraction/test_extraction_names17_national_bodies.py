"""A national body of schools or of their heads is named with its country: "Conference of Rectors of ...
Schools in Poland", "University Academic Alliance in Taiwan" (the country after "in" is part of the name and
gives its country), while a school or a body of anything else "in" a country is only located there; and an
adjective that opens headlines ("Academic") is a word of a name after a school's head word."""

from tests.ingest.extraction.reading import article, parsed


def countries(*sentences):
    return {i["name"]: i["country"] for i in parsed(article(*sentences))["institutions"]}


def test_a_body_of_schools_or_their_heads_keeps_its_country_in_its_name():
    got = countries(
        "The Association of Orvane Colleges in Canada signed an MoU with Quillmoor University on "
        "4 June 2024.",
        "Harbourview University signed an agreement with the Council of Rectors of Kelvarran Universities in "
        "Chile on 5 June 2024.",
        "The Brenthal Network of Universities in Kenya (BNUK) signed an MoU with Quillmoor University on "
        "6 June 2024.",
    )
    assert got["Association of Orvane Colleges in Canada"] == "CA"
    assert got["Council of Rectors of Kelvarran Universities in Chile"] == "CL"
    assert got["Brenthal Network of Universities in Kenya"] == "KE"


def test_a_school_or_another_body_in_a_country_is_only_located_there():
    got = countries(
        "Quillmoor University signed an MoU with Torvik University in Canada on 4 June 2024.",
        "Harbourview University signed an agreement with the Brenthal Alliance in Taiwan on 5 June 2024.",
        "Quillmoor University signed an MoU with the Kelvarra Institute of Design in Kenya on 6 June 2024.",
    )
    assert got["Torvik University"] == "CA"
    assert got["Brenthal Alliance"] == "TW"
    assert got["Kelvarra Institute of Design"] == "KE"


def test_a_headline_adjective_after_a_schools_head_word_is_part_of_the_name():
    got = countries(
        "The University Academic Alliance in Taiwan (UAAT) signed an MoU with Quillmoor University on "
        "4 June 2024.",
        "The College Academic Consortium in Kenya signed an agreement with Harbourview University on "
        "5 June 2024.",
        "Quillmoor University signed an MoU with the University Strategic Alliance in Chile on 6 June 2024.",
    )
    assert got["University Academic Alliance in Taiwan"] == "TW"
    assert got["College Academic Consortium in Kenya"] == "KE"
    assert got["University Strategic Alliance in Chile"] == "CL"

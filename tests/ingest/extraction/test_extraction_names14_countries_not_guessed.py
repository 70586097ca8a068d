"""Countries the text says, and none it does not: a nation opening a school's name with nothing but fields
after it gives its country; a namesake lends its country only when spelt a letter apart; a country printed
right after one institution is not the article's country for an acronym nobody spells out."""

from tests.ingest.extraction.reading import article, parsed


def countries(*sentences):
    return {i["name"]: i["country"] for i in parsed(article(*sentences))["institutions"]}


def test_a_nation_opening_a_school_with_only_fields_after_it_gives_the_country():
    got = countries(
        "The Ethiopian Institute of Leather and Footwear Technology signed an MoU with Quillmoor University "
        "on 4 June 2024.",
        "Kenya Brackenfold University signed an agreement with Harbourview University on 5 June 2024.",
        "The Nigerian College for Marine and Inland Studies signed an MoU with Harbourview University on "
        "6 June 2024.",
    )
    assert got["Ethiopian Institute of Leather and Footwear Technology"] == "ET"
    assert got["Kenya Brackenfold University"] == "KE"
    assert got["Nigerian College for Marine and Inland Studies"] == "NG"


def test_a_nation_opening_a_school_named_for_another_place_gives_none():
    got = countries(
        "The American University of Kelvarra signed an MoU with Quillmoor University on 4 June 2024.",
        "The German University in Tolvane signed an agreement with Harbourview University on 5 June 2024.",
        "The British College of Wexmoor signed an MoU with Harbourview University on 6 June 2024.",
    )
    assert got["American University of Kelvarra"] is None
    assert got["German University in Tolvane"] is None
    assert got["British College of Wexmoor"] is None


def test_a_namesake_more_than_a_letter_away_lends_no_country():
    got = countries(
        "Lakeshore University signed an MoU with Harbourview University on 4 June 2024.",
        "Thornbury College signed an agreement with Harbourview University on 5 June 2024.",
        "Stanforde College signed an MoU with Harbourview University on 6 June 2024.",
    )
    assert got["Lakeshore University"] is None
    assert got["Thornbury College"] is None
    assert got["Stanforde College"] is None


def test_a_country_stated_for_one_partner_is_not_the_acronyms():
    for sentence in (
        "MU signed a cooperation agreement with Quillmoor University in USA on 4 June 2024.",
        "A memorandum was signed on 4 June 2024 between MU and Quillmoor University (QU), Kenya.",
        "MU signed an MoU with Quillmoor University from Ghana on 4 June 2024.",
    ):
        got = countries(sentence)
        assert got["MU"] is None, sentence
        assert got["Quillmoor University"] in ("US", "KE", "GH"), sentence

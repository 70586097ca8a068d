"""A country printed between two names: it is not the earlier name's country where it opens the next name
("A, Kenya Methodist University and B"), and not the next name's where a comma joins it to the earlier
("A (AU), Ghana B (BU), Kenya": Ghana is A's, Kenya is B's)."""

from tests.ingest.extraction.reading import article, parsed


def countries(*sentences):
    return {i["name"]: i["country"] for i in parsed(article(*sentences))["institutions"]}


def test_a_country_word_opening_the_next_name_is_not_the_earlier_names_country():
    for sentence in (
        "Harbourview University signed MoUs with Tollgate University, Kenya Brackenfold University and "
        "Quillmoor University on 4 June 2024.",
        "Tollgate University, Ghana Wexmoor College and Harbourview University signed an MoU on 4 June 2024.",
        "A delegation from Tollgate University, Nigeria Kelvarra Institute and Quillmoor University visited "
        "Harbourview University on 4 June 2024.",
    ):
        assert countries(sentence)["Tollgate University"] is None, sentence


def test_a_country_word_after_a_comma_gives_the_next_name_no_country_of_its_own():
    for country, code in (("Ghana", "GH"), ("Kenya", "KE"), ("Japan", "JP")):
        got = countries(
            f"MoU between Harbourview University (HU), {country} Quillmoor University (QU), Viet Nam",
            "Harbourview University signed an MoU with Quillmoor University on 4 June 2024.",
        )
        quillmoor = next(v for k, v in got.items() if "Quillmoor" in k)
        assert quillmoor == "VN", (country, got)
        assert got["Harbourview University"] in (code, None)


def test_a_country_after_a_name_and_before_a_verb_is_still_stated():
    for sentence in (
        "Quillmoor University, Kenya signed an MoU with Harbourview University on 4 June 2024.",
        "Harbourview University signed an MoU with Quillmoor University, Kenya on 4 June 2024.",
        "Harbourview University and Quillmoor University (Kenya) signed an MoU on 4 June 2024.",
    ):
        assert countries(sentence)["Quillmoor University"] == "KE", sentence

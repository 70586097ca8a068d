"""A list with a comma before its last "and" is a list, not a member school and its parent; a Romance name
printed before an English head keeps its opening word ("Ateneo de ... University"); a school known only by
an acronym the gazetteer gives to agencies takes no agency's country."""

from tests.ingest.extraction.reading import article, parsed


def names(*sentences):
    return [i["name"] for i in parsed(article(*sentences))["institutions"]]


def test_a_list_with_a_comma_before_and_is_three_schools():
    for joiner in (", and the", ", and", ", &"):
        got = names(
            "Harbourview University signed MoUs with the University of Kelvarra, Quillmoor University"
            f"{joiner} Tollgate University on 4 June 2024."
        )
        assert got == [
            "Harbourview University",
            "University of Kelvarra",
            "Quillmoor University",
            "Tollgate University",
        ], joiner


def test_a_member_school_and_its_parent_after_a_comma_stay_one_name():
    got = names(
        "Harbourview University signed an MoU with the University of Foreign Languages, Kelvarra University "
        "on 4 June 2024."
    )
    assert got == ["Harbourview University", "University of Foreign Languages, Kelvarra University"]


def test_a_romance_name_before_an_english_head_keeps_its_opening_word():
    for name in (
        "Ateneo de Kelvarra University",
        "Colegio de la Tollgate College",
        "Instituto del Wexmoor Institute",
    ):
        got = names(f"Harbourview University signed an MoU with {name} on 4 June 2024.")
        assert got == ["Harbourview University", name]


def test_an_acronym_school_takes_no_country_from_an_agency_of_that_acronym():
    for sentence in (
        "INTI University signed an MoU with Harbourview University on 4 June 2024.",
        "A delegation from INTI University visited Harbourview University on 4 June 2024.",
        "Harbourview University and INTI University renewed their agreement on 4 June 2024.",
    ):
        got = {i["name"]: i["country"] for i in parsed(article(sentence))["institutions"]}
        assert got == {"INTI University": None, "Harbourview University": None}, sentence


def test_words_of_a_title_quoted_in_capitals_are_no_acronyms():
    for title in (
        "MEMORANDUM OF UNDERSTANDING BETWEEN KELVARRA UNIVERSITY OF TECHNOLOGY AND QUILLMOOR UNIVERSITY",
        "AGREEMENT ON EXCHANGE BETWEEN KELVARRA UNIVERSITY OF TECHNOLOGY, GHANA AND QUILLMOOR UNIVERSITY",
        "MEMORANDUM OF AGREEMENT OF KELVARRA UNIVERSITY OF TECHNOLOGY AND QUILLMOOR UNIVERSITY ON RESEARCH",
    ):
        got = names(
            f"On 4 June 2024 the two universities signed a document named “{title}”.",
            "Kelvarra University of Technology and Quillmoor University will exchange students.",
        )
        assert got == ["Kelvarra University of Technology", "Quillmoor University"], title

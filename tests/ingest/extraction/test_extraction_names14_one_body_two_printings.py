"""One body printed two ways is one record: a short form of its syllables defined in brackets ("(Unisa)"),
an acronym of its name in its own language, head first ("UNUD" for "Universitas Udayana"), its head printed
in another language ("Universität" / "University"); and no word of a credit line or a country's name is a
name of it."""

from tests.ingest.extraction.reading import article, parsed


def bodies(*sentences):
    return {i["name"]: sorted(i["aliases"]) for i in parsed(article(*sentences))["institutions"]}


def test_a_short_form_of_syllables_defined_in_brackets_is_the_bodys():
    got = bodies(
        "The University of Kelvarra (Unikel) signed an MoU with Quillmoor University on 4 June 2024.",
        "Unikel said the MoU would open exchanges.",
    )
    assert got == {"University of Kelvarra": ["Unikel"], "Quillmoor University": []}
    got = bodies(
        "Brackenfold University (Unbra) signed an agreement with Harbourview University on 5 June 2024."
    )
    assert got["Brackenfold University"] == ["Unbra"]


def test_a_defined_short_form_is_not_another_body_the_gazetteer_knows_by_it():
    got = bodies(
        "The University of South Africa (Unisa) signed an MoU with Quillmoor University on 4 June 2024.",
        "Unisa signed the MoU after talks. The partnership links South Africa and Kenya.",
    )
    assert got == {"University of South Africa": ["Unisa"], "Quillmoor University": []}


def test_an_acronym_of_the_name_with_its_head_first_is_the_same_body():
    for acronym in ("UNBRA", "UNB", "UBRA"):
        got = bodies(
            "Brackenfold University signed an MoU with Harbourview University on 4 June 2024.",
            f"A delegation from {acronym} visited Harbourview University on 6 June 2024.",
        )
        assert got == {"Brackenfold University": [acronym], "Harbourview University": []}, acronym


def test_a_head_printed_in_two_languages_is_one_body():
    for foreign in ("Universität", "Universidad", "Université"):
        got = bodies(
            f"Quillmoor University signed an MoU with the Tollgate {foreign} of Wexmoor on 4 June 2024.",
            "The Tollgate University of Wexmoor is the country's oldest school.",
        )
        assert len(got) == 2, (foreign, got)


def test_a_credit_line_word_is_no_part_of_a_name():
    got = bodies(
        "Quillmoor University and Harbourview University signed an MoU on 4 June 2024.",
        "Photo: Courtesy Harbourview University",
        "Pictured Harbourview University staff at the signing.",
    )
    assert list(got) == ["Quillmoor University", "Harbourview University"]


def test_a_partners_acronym_in_brackets_does_not_hide_its_documents_kind():
    for acronym in ("QU", "UQuill", "Unquil"):
        text = article(
            "On 4 June 2024 Harbourview University signed MoUs with Quillmoor University "
            f"({acronym}) for a joint institute and with Tollgate University."
        )
        got = [(a["kind"], a["parties"][-1]) for a in parsed(text)["agreements"]]
        assert got == [("joint_institute", "Quillmoor University"), ("mou", "Tollgate University")], acronym

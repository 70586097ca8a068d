"""An agreement's title: the words that name it as printed, without the quotation marks around them."""

import pytest

from registry.ingest.extraction import parse_article


def titles(sentences):
    text = f"Universities sign\n\n{sentences} Both sides looked forward to the next steps.\n"
    return [agreement["title"] for agreement in parse_article(text, file="t.txt")["agreements"]]


@pytest.mark.parametrize(
    ("sentences", "title"),
    [
        (
            "On 3 March 2024 Lund University and Ghent University signed the “Nordic-Flemish Research "
            "Mobility Agreement” in Lund.",
            "Nordic-Flemish Research Mobility Agreement",
        ),
        (
            "Uppsala University and the University of Porto renewed their «Protocol on Doctoral Exchanges» "
            "on 12 May 2023.",
            "Protocol on Doctoral Exchanges",
        ),
        (
            'Aalto University signed with Kyoto University a "Joint Laboratory Agreement on 7 June 2022, '
            "opening a shared laboratory.",
            "Joint Laboratory Agreement",
        ),
    ],
)
def test_quotation_marks_around_a_documents_name_are_no_part_of_its_title(sentences, title):
    assert title in titles(sentences)


def test_a_title_printed_without_quotation_marks_is_kept_as_printed():
    sentences = "On 3 March 2024 Lund University and Ghent University signed a Memorandum of Understanding."
    assert titles(sentences) == ["Memorandum of Understanding"]

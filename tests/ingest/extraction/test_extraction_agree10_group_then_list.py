"""Partners announced by a plural group noun and listed after it ("memoranda between A and several leading
institutions in Europe: B, C and D", "agreements with three partners, namely B, C and D") are all partners,
one document each where the documents are several; one document with a listed group is one record of all.
Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body):
    return parse_article(f"Cooperation news\n\ndate 2023-05-10\n\n{body}\n", file="t.txt")


def parties(result):
    return sorted(sorted(a["parties"]) for a in result["agreements"])


EACH = sorted(
    [
        ["Ghent University", "Lund University"],
        ["Lund University", "Uppsala University"],
        ["Lund University", "University of Helsinki"],
    ]
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The rector attended the signing of memoranda of cooperation between Lund University and several "
        "leading institutions in Northern Europe: Ghent University, Uppsala University, and University of "
        "Helsinki.",
        "Lund University signed agreements with three partner universities, namely Ghent University, Uppsala "
        "University and University of Helsinki.",
        "Lund University concluded MoUs with its new partner institutions: Ghent University, Uppsala "
        "University and University of Helsinki.",
    ],
)
def test_several_documents_with_a_listed_group_are_one_per_partner(sentence):
    assert parties(read(sentence)) == EACH


def test_one_document_with_a_listed_group_is_one_record_of_all():
    result = read(
        "Lund University signed a consortium agreement with three universities: Ghent University, Uppsala "
        "University and University of Helsinki."
    )
    assert parties(result) == [
        ["Ghent University", "Lund University", "University of Helsinki", "Uppsala University"]
    ]

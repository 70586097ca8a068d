"""A document whose partners are a counted group ("three universities", "five partner institutions") that the
next sentence lists ("They are A, B and C.", "The partners involved include ...") is one document of every
body listed, and of the signer named before the group."""

import pytest

from registry.ingest.extraction import parse_article


def parties(body):
    text = f"Universities sign\n\ndate 2024-03-05\n\n{body} Both sides looked forward to the next steps.\n"
    return [sorted(a["parties"]) for a in parse_article(text, file="t.txt")["agreements"]]


THREE = ["Ghent University", "Lund University", "Uppsala University"]


@pytest.mark.parametrize(
    "body",
    [
        "Three universities from Europe signed a framework agreement on 4 March 2024. They are Lund "
        "University in Sweden, Ghent University in Belgium, and Uppsala University.",
        "On 4 March 2024 three research universities concluded a memorandum of understanding on joint "
        "doctorates. These are Ghent University, Uppsala University and Lund University.",
        "A consortium agreement was signed by three partner institutions on 4 March 2024.\n\nThe partner "
        "institutions are Uppsala University, Lund University and Ghent University.",
    ],
)
def test_a_counted_group_listed_in_the_next_sentence_are_the_parties(body):
    assert parties(body) == [THREE]


@pytest.mark.parametrize(
    "body",
    [
        "On 4 March 2024 the University of Tarsley signed an MoU with two institutions in Sweden. The "
        "institutions involved include Lund University and Uppsala University.",
        "The University of Tarsley inked a memorandum with two Nordic universities on 4 March 2024. They "
        "are Lund University and Uppsala University.",
        "On 4 March 2024 the University of Tarsley entered into an agreement with two partners. The partners "
        "are Lund University and Uppsala University.",
    ],
)
def test_the_signer_before_the_group_is_a_party_with_the_members_listed(body):
    assert parties(body) == [["Lund University", "University of Tarsley", "Uppsala University"]]


def test_a_group_not_listed_next_keeps_the_named_partners():
    body = (
        "On 4 March 2024 Lund University signed an MoU with Ghent University, one of three partners in the "
        "network. The network was founded in 1998."
    )
    assert parties(body) == [["Ghent University", "Lund University"]]

"""A list of partners ends with the member "and" joins: a body set off after it by a comma alone is the parent
or seat of that last member ("A and B, Ministry of X"), not one more party."""

import pytest

from registry.ingest.extraction import parse_article


def parties(sentences):
    text = f"Universities sign\n\n{sentences} Both sides looked forward to the next steps.\n"
    return [sorted(a["parties"]) for a in parse_article(text, file="t.txt")["agreements"]]


@pytest.mark.parametrize(
    "sentences",
    [
        "The MoU was signed between the University of Tarsley (UT) and Ghent University (UGent), Ministry of "
        "Education of Belgium on 3 March 2024 in Lisbon.",
        "On 3 March 2024 an agreement was signed between the University of Tarsley and Ghent University, "
        "Ministry of Education of Belgium.",
        "A memorandum between Lund University and Ghent University (UGent), the Ministry of Education of "
        "Belgium, was signed on 3 March 2024.",
    ],
)
def test_a_body_after_the_last_partner_and_a_comma_is_no_party(sentences):
    (found,) = parties(sentences)
    assert "Ghent University" in found and len(found) == 2


def test_a_list_joined_by_commas_before_its_and_keeps_every_member():
    sentences = (
        "On 3 March 2024 the University of Tarsley signed an MoU with Ghent University, Lund University and "
        "Aalto University."
    )
    assert parties(sentences) == [
        ["Aalto University", "Ghent University", "Lund University", "University of Tarsley"]
    ]

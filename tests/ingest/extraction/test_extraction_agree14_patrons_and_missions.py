"""Who is a party to a signing: a body told as its patron, helper or organiser is none; a diplomatic mission
that signs together with another body is one."""

import pytest

from registry.ingest.extraction import parse_article


def parties(sentences):
    text = f"Universities sign\n\n{sentences} Both sides looked forward to the next steps.\n"
    return [sorted(a["parties"]) for a in parse_article(text, file="t.txt")["agreements"]]


@pytest.mark.parametrize(
    "sentences",
    [
        "On 3 March 2024 Lund University and Ghent University signed an MoU under the auspices of the "
        "Ministry of Education of Sweden.",
        "Under the patronage of the Ministry of Education of Sweden, Lund University signed a memorandum of "
        "understanding with Ghent University on 3 March 2024.",
        "On 3 March 2024 Lund University signed a cooperation agreement with Ghent University, "
        "facilitated by the Ministry of Education of Sweden.",
    ],
)
def test_a_patron_or_helper_of_the_signing_is_no_party(sentences):
    assert parties(sentences) == [["Ghent University", "Lund University"]]


@pytest.mark.parametrize(
    ("sentences", "mission"),
    [
        ("On 3 March 2024 the Embassy of Portugal and Lund University signed an MoU.", "Embassy of Portugal"),
        (
            "Ghent University and the Consulate General of Chile inked a memorandum of understanding on "
            "3 March 2024.",
            "Consulate General of Chile",
        ),
        (
            "On 3 March 2024 the High Commission of Ghana and Lund University have signed a cooperation "
            "agreement.",
            "High Commission of Ghana",
        ),
    ],
)
def test_a_mission_that_signs_with_another_body_is_a_party(sentences, mission):
    found = parties(sentences)
    assert len(found) == 1 and mission in found[0] and len(found[0]) == 2


def test_a_mission_where_the_signing_took_place_is_still_no_party():
    sentences = (
        "On 3 March 2024 Lund University and Ghent University signed an MoU at the Embassy of Portugal."
    )
    assert parties(sentences) == [["Ghent University", "Lund University"]]


def test_a_mission_that_reports_a_signing_is_no_party():
    sentences = (
        "The Embassy of Portugal said Lund University signed an MoU with Ghent University on 3 March 2024."
    )
    assert parties(sentences) == [["Ghent University", "Lund University"]]

"""Each document of a sentence names its own partner only in the list that opens right after its "with":
a body named after a clause break ("agreements with American universities, he added that X signed an MoU
with B") is the subject of the next clause, the signer of the next document, not a partner of the first."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

SIGNER = "Zorvath State University"
PARTNER = "University of Quellbrook"


@pytest.mark.parametrize(
    "body",
    [
        f"The director said that {SIGNER} is interested in concluding agreements with American universities, "
        f"he also added that {SIGNER} signed a memorandum of cooperation with the {PARTNER} on 13 January.",
        f"{SIGNER} is keen on signing agreements with partners in Asia, while {SIGNER} has signed an MoU "
        f"with the {PARTNER}.",
        f"{SIGNER} hopes for exchange agreements with more universities abroad; {SIGNER} concluded a "
        f"memorandum with the {PARTNER} last month.",
    ],
)
def test_a_body_after_a_clause_break_signs_the_next_document(body):
    assert actions_and_parties(article(body)) == [("signed", sorted([SIGNER, PARTNER]))]


def test_two_documents_each_with_its_partner_stay_two():
    body = (
        f"{SIGNER} signed an MoU with the {PARTNER} and a student exchange agreement with Tarnowe Institute "
        "of Technology."
    )
    assert sorted(actions_and_parties(article(body))) == sorted(
        [
            ("signed", sorted([SIGNER, PARTNER])),
            ("signed", sorted([SIGNER, "Tarnowe Institute of Technology"])),
        ]
    )

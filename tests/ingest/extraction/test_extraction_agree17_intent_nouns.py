"""A signing told by a noun of intent ("the decision to sign", "a proposal to sign", "plans for the signing
of") has not happened: the document is discussed (extraction-format.md: planned and proposed agreements are
not signed). "The aim of signing the MoU was ..." tells the purpose of a signing done."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = sorted(["Pellworth University", "Varnholm University"])


@pytest.mark.parametrize(
    "body",
    [
        "The rectors of Pellworth University and Varnholm University made the decision to sign a cooperation "
        "agreement.",
        "Pellworth University put forward a proposal to sign an exchange agreement with Varnholm University.",
        "Pellworth University and Varnholm University announced plans to sign a memorandum of understanding.",
        "The talks between Pellworth University and Varnholm University ended with an offer to sign a "
        "framework agreement next year.",
    ],
)
def test_a_signing_named_by_a_noun_of_intent_is_discussed(body):
    assert actions_and_parties(article(body)) == [("discussed", PAIR)]


@pytest.mark.parametrize(
    "body",
    [
        "Pellworth University and Varnholm University signed a cooperation agreement after the decision of "
        "both senates.",
        "Pellworth University and Varnholm University signed an MoU on 4 May. The aim of signing the MoU was "
        "to deepen research ties.",
        "Pellworth University signed an exchange agreement with Varnholm University, a step its senate "
        "took after a request from students.",
    ],
)
def test_a_signing_done_stays_signed(body):
    assert actions_and_parties(article(body)) == [("signed", PAIR)]

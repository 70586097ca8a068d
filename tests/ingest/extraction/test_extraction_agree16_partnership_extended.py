"""A document signed to extend or renew a partnership renews it ("extended their partnership by signing a new
MoU", "the partnership extension was marked by the signing of an MoU"), and a document "extended for five
years" is renewed; a document signed while "renewing their cooperation" or "ties", or to talk of extending a
partnership, is only signed."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = ["Grantley School of Economics", "Oyelaran University of Agriculture"]


@pytest.mark.parametrize(
    "body",
    [
        "Oyelaran University of Agriculture and Grantley School of Economics extended their partnership "
        "on 21 November by signing a new memorandum of understanding.",
        "The partnership extension was marked by the signing of a memorandum of understanding between "
        "Grantley School of Economics and Oyelaran University of Agriculture on 21 November.",
        "Renewing their academic partnership, Grantley School of Economics and Oyelaran University of "
        "Agriculture signed a cooperation agreement on 21 November.",
        "The memorandum of understanding between Grantley School of Economics and Oyelaran University of "
        "Agriculture was extended for five years on 21 November.",
    ],
)
def test_a_partnership_extended_by_a_document_is_renewed(body):
    assert actions_and_parties(article(body)) == [("renewed", PAIR)]


@pytest.mark.parametrize(
    "body",
    [
        "Grantley School of Economics and Oyelaran University of Agriculture signed a memorandum of "
        "understanding on 21 November, renewing their cooperation in soil science.",
        "Grantley School of Economics and Oyelaran University of Agriculture signed a memorandum of "
        "understanding on 21 November to renew ties between their regions.",
        "Grantley School of Economics and Oyelaran University of Agriculture formalised their cooperation "
        "through a memorandum of understanding on 21 November and agreed to discuss how to extend the "
        "partnership to medicine.",
    ],
)
def test_a_document_renewing_cooperation_or_ties_is_signed(body):
    assert actions_and_parties(article(body)) == [("signed", PAIR)]

"""More nouns name a signed document: a joint declaration and a declaration of intent always; a deal and a
convention only where a signing verb is told close to them (a purchase deal, "the Geneva Convention", a
convention centre, "a great deal" are none), and then of the cooperation kind like a plain agreement. Each
rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["kind"], a["action"], sorted(a["parties"])) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 2 March 2023 Lund University and Ghent University signed a joint declaration on open science.",
        "Lund University signed a declaration of intent with Ghent University on 2 March 2023.",
        "A joint declaration was signed between Lund University and Ghent University on 2 March 2023.",
    ],
)
def test_a_declaration_signed_is_a_document(sentence):
    assert agreements(read(sentence)) == [("other", "signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 2 March 2023 Lund University inked a deal with Ghent University on joint degrees.",
        "Lund University and Ghent University sealed a deal on 2 March 2023 to share two laboratories.",
        "On 2 March 2023 Lund University signed a convention with Ghent University on joint doctorates.",
    ],
)
def test_a_deal_or_a_convention_signed_is_a_cooperation_agreement(sentence):
    assert agreements(read(sentence)) == [("cooperation_agreement", "signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University welcomed guests from Ghent University at the Lund Convention Centre on 2 March "
        "2023.",
        "Lund University and Ghent University held a seminar on the Geneva Convention on 2 March 2023.",
        "Lund University said the deal with Ghent University on joint degrees was good news for students.",
    ],
)
def test_a_deal_or_a_convention_with_no_signing_told_is_no_document(sentence):
    assert agreements(read(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University has put a great deal of work into research and signed an MoU with Ghent University.",
        "Lund University learnt a good deal from its partners and signed an MoU with Ghent University.",
        "Lund University, which owes a great deal to its donors, signed an MoU with Ghent University.",
    ],
)
def test_a_great_deal_is_no_document(sentence):
    assert agreements(read(sentence)) == [("mou", "signed", LUND_GHENT)]

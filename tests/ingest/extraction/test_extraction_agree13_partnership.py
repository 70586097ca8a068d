"""A partnership is a document where a signing verb governs it ("signed a strategic partnership with B",
"entered into a partnership with B"), of the partnership kind; a partnership told beside another document
("through the signing of an MoU", "signed the MoU to extend their partnership") is the tie that document
makes, and a partnership no signing verb governs ("their long partnership", "the Global Partnership for
Education") is none. Each rule in three phrasings no article uses."""

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
        "On 2 March 2023 Lund University signed a strategic partnership with Ghent University.",
        "On 2 March 2023 Lund University entered into a research partnership with Ghent University.",
        "Lund University and Ghent University sealed a new partnership on 2 March 2023.",
    ],
)
def test_a_partnership_signed_is_a_document_of_that_kind(sentence):
    assert agreements(read(sentence)) == [("partnership", "signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 2 March 2023 Lund University entered into a partnership with Ghent University through the "
        "signing of a memorandum of understanding.",
        "On 2 March 2023 Lund University and Ghent University signed an MoU to extend their partnership.",
        "On 2 March 2023 Lund University formed a partnership with Ghent University by signing an MoU.",
    ],
)
def test_a_partnership_told_beside_a_document_is_no_second_one(sentence):
    assert agreements(read(sentence)) == [("mou", "signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The partnership between Lund University and Ghent University dates back to 1990.",
        "Thanks to its partnership with Ghent University, Lund University opened a laboratory.",
        "Speaking after the signing of the partnership, the rector of Lund University thanked Ghent "
        "University.",
    ],
)
def test_a_partnership_no_signing_verb_governs_is_no_document(sentence):
    assert agreements(read(sentence)) == []

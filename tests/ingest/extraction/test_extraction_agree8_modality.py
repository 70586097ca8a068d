"""What a sentence says was done with a document, read from the verb that governs it: a signing told as a noun
whose own verb is in the future has not happened ("The signing of the MoU will take place on 8 June"), and a
document whose own clause says it was signed was signed, though a verb of talk opens the sentence ("held
negotiations, during which an agreement was signed"). Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["action"], sorted(a["parties"]), a["date"]) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The signing of a memorandum of understanding between Lund University and Ghent University is "
        "scheduled for June.",
        "The signing of a bilateral agreement between Lund University and Ghent University will take place "
        "on 8 June in Lund.",
        "The signing ceremony of the exchange agreement between Lund University and Ghent University is set "
        "to follow in the autumn.",
    ],
)
def test_a_signing_told_as_a_noun_in_the_future_is_only_discussed(sentence):
    assert agreements(read(sentence)) == [("discussed", LUND_GHENT, None)]


def test_a_signing_told_as_a_noun_that_took_place_is_signed():
    result = read(
        "The signing of the memorandum of understanding between Lund University and Ghent University took "
        "place on 3 May."
    )
    assert agreements(result) == [("signed", LUND_GHENT, "2023-05-03")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University held negotiations with Ghent University on 3 May, during which an agreement on "
        "cooperation was signed.",
        "Lund University discussed research with Ghent University on 3 May, after which a memorandum of "
        "understanding was signed.",
        "Lund University and Ghent University talked about joint degrees on 3 May and then an exchange "
        "agreement was signed.",
    ],
)
def test_a_document_signed_in_a_clause_of_its_own_after_talks_was_signed(sentence):
    assert agreements(read(sentence)) == [("signed", LUND_GHENT, "2023-05-03")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University held negotiations with Ghent University, during which an agreement is to be signed.",
        "Lund University and Ghent University discussed an agreement that will be signed in June.",
        "Lund University and Ghent University explored options, after which an MoU would be signed.",
    ],
)
def test_a_document_to_be_signed_after_talks_is_only_discussed(sentence):
    assert agreements(read(sentence)) == [("discussed", LUND_GHENT, None)]

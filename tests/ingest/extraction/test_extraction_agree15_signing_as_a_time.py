"""A signing named as the time of a sentence's news ("After the signing of the agreement, the rectors ...")
that names no party, in a story that has told no document yet, is the signing of the pair the story is
about; where a document was told already, it is that one, not another."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = ["Dunmoor Medical University", "Tarsley Polytechnic"]


def agreements(body):
    text = article(
        f"{body} Both sides look forward to the next steps.", title="News of the week", published="2024-03-05"
    )
    return actions_and_parties(text)


@pytest.mark.parametrize(
    "body",
    [
        "Tarsley Polytechnic welcomed Dunmoor Medical University on 4 March 2024. After the signing of the "
        "exchange agreement, the guests toured the new library.",
        "Dunmoor Medical University and Tarsley Polytechnic held a joint forum on 4 March 2024. Following "
        "the signing of a memorandum of understanding, both rectors addressed the students.",
        "Rectors of Tarsley Polytechnic and Dunmoor Medical University met on 4 March 2024.\n\nDuring the "
        "signing ceremony of the framework agreement, a choir performed the anthem.",
    ],
)
def test_a_signing_named_as_a_time_is_of_the_pair(body):
    assert agreements(body) == [("signed", PAIR)]


def test_a_signing_named_as_a_time_after_a_document_is_that_document():
    body = (
        "On 4 March 2024 Tarsley Polytechnic signed an MoU with Dunmoor Medical University. After the "
        "signing of the MoU, the guests toured the new library."
    )
    assert agreements(body) == [("signed", PAIR)]

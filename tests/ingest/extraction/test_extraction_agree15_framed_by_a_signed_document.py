"""A sentence framed by a document told as signed ("Under an MoU signed in May, A will send ...") tells
that signing as done, even when its main clause is future; a framing document still to be signed is not."""

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
        "Under an exchange memorandum signed last month, Tarsley Polytechnic will send twelve nursing "
        "students to Dunmoor Medical University.",
        "According to the framework agreement concluded in January, Dunmoor Medical University is to host "
        "four lecturers from Tarsley Polytechnic.",
        "As part of a cooperation agreement signed by the two rectors in 2023, Tarsley Polytechnic will open "
        "a joint laboratory with Dunmoor Medical University next year.",
    ],
)
def test_a_document_framing_future_news_was_signed(body):
    assert agreements(body) == [("signed", PAIR)]


def test_a_framing_document_still_to_be_signed_is_not_signed():
    body = (
        "Under an MoU to be signed next month, Tarsley Polytechnic will send students to Dunmoor Medical "
        "University."
    )
    assert all(action != "signed" for action, _ in agreements(body))

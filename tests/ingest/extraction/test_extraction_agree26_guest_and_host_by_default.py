"""The first document an article tells, signed in a sentence that names no party ("Eight memoranda were signed
to support joint projects", "Later that afternoon, a framework accord was signed"), is one of the visit the
story is telling: its parties are that visit's guest and host. No party is guessed where no visit is told,
or where the document was only hoped for."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

GUEST, HOST = "Pellworth University", "Varnholm University"
PAIR = sorted([GUEST, HOST])


@pytest.mark.parametrize(
    "sentences",
    [
        (
            f"A delegation of {GUEST} visited {HOST} on 14 March for two days of talks.",
            "A meeting was held in the senate room and eight memoranda of understanding were signed to "
            "support joint projects.",
        ),
        (
            f"The rector of {GUEST} led a delegation to {HOST} on 2 October.",
            "Later that afternoon, a framework accord on joint degrees was signed.",
        ),
        (
            f"A delegation from {GUEST} paid a visit to {HOST} on 9 June.",
            "Two cooperation agreements were signed in fields such as water research and life sciences.",
        ),
    ],
)
def test_a_signing_that_names_no_party_is_the_visits(sentences):
    assert actions_and_parties(article(*sentences)) == [("signed", PAIR)]


def test_no_visit_no_party_guessed():
    text = article(
        f"{HOST} opened a new library on 8 May.",
        "A framework accord was signed at the close of the day.",
    )
    assert actions_and_parties(text) == []


def test_a_document_only_hoped_for_gets_no_signing():
    text = article(
        f"A delegation of {GUEST} visited {HOST} on 14 March.",
        "Both sides hope that a memorandum of understanding can be signed next year.",
    )
    assert ("signed", PAIR) not in actions_and_parties(text)

"""A renewal of something that is no document ("the renewal of relations", "renewed ties", "their renewed
commitment") in a sentence that names the document just signed renews no agreement; a document renewed
("renewed their MoU", "the renewal of the MoU") still is."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = ["Belmonte Art Institute", "Carraway University"]
FIRST = "Carraway University and Belmonte Art Institute signed a memorandum of understanding on 9 June."


@pytest.mark.parametrize(
    "second",
    [
        "The president recalled talks on the renewal of relations and praised what the agreement offers.",
        "Both sides welcomed the renewal of their old friendship, saying the MoU opens new doors.",
        "He hailed the renewed commitment of both schools, noting that the agreement covers research.",
    ],
)
def test_a_renewal_of_no_document_renews_no_agreement(second):
    assert actions_and_parties(article(FIRST, second)) == [("signed", PAIR)]


@pytest.mark.parametrize(
    "body",
    [
        "Carraway University and Belmonte Art Institute renewed their memorandum of understanding on 9 June.",
        "The renewal of the memorandum between Carraway University and Belmonte Art Institute was "
        "signed on 9 June.",
    ],
)
def test_a_document_renewed_is_renewed(body):
    assert actions_and_parties(article(body)) == [("renewed", PAIR)]

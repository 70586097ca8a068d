"""A sentence that tells a document's own terms (how long it is valid, how it may be renewed or extended)
or points to the documents already in force is about the document told, not a plan of a new one: it
gives no record "discussed". A plan of a new document stays one."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = sorted(["Brisdane Maritime College", "Ostrelin Polytechnic"])
SIGNED = (
    "Ostrelin Polytechnic and Brisdane Maritime College inked their first memorandum of understanding in May."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The memorandum is valid for three years, and it could be renewed upon a written agreement of the "
        "two colleges.",
        "Its duration of the agreement is five full years and it could be extended by a written agreement of "
        "both sides.",
        "The president said both sides would extend the existing MoUs in the coming years.",
    ],
)
def test_the_terms_of_a_document_are_no_document_discussed(sentence):
    assert actions_and_parties(article(SIGNED, sentence)) == [("signed", PAIR)]


def test_a_new_document_planned_stays_discussed():
    text = article(
        SIGNED, "The two institutions also plan to conclude a student exchange agreement next year."
    )
    assert ("discussed", PAIR) in actions_and_parties(text)

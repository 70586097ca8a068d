"""A signing that a clause puts ahead (someone "will witness" or "will host" it, the sides are "preparing"
papers "for" it) or names among the points the sides "agreed on" has not happened: the document is
discussed, not signed. A signing told as done stays signed."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = sorted(["Brisdane Maritime College", "Ostrelin Polytechnic"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Mayor Ilse Varga shall witness the signing of a teaching cooperation agreement between Ostrelin "
        "Polytechnic and Brisdane Maritime College on 21 June.",
        "Ostrelin Polytechnic and Brisdane Maritime College are preparing papers for the signing of the "
        "teaching cooperation agreement and planning joint courses.",
        "At the meeting, the two colleges agreed on staff exchange, joint research, summer schools and "
        "signing an MoU, said Ostrelin Polytechnic and Brisdane Maritime College.",
    ],
)
def test_a_signing_still_ahead_is_discussed(sentence):
    assert actions_and_parties(article(sentence)) == [("discussed", PAIR)]


def test_a_signing_witnessed_is_signed():
    text = article(
        "Mayor Ilse Varga witnessed the signing of a teaching cooperation agreement between Ostrelin "
        "Polytechnic and Brisdane Maritime College on 21 June."
    )
    assert actions_and_parties(text) == [("signed", PAIR)]

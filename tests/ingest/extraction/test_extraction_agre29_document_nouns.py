"""Two spellings of a document's name that the reader missed: the plural "memorandums" (beside
"memoranda") and a "letter of understanding" (beside a "letter of intent"). A signing of either is a
document signed, with its partners read as for any other."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = sorted(["Velmora University", "Ostrelin Polytechnic"])


@pytest.mark.parametrize(
    "sentence",
    [
        "Velmora University and Ostrelin Polytechnic inked a letter of understanding on 4 May.",
        "A letter of understanding on joint fieldwork was signed by Velmora University and Ostrelin "
        "Polytechnic.",
        "Velmora University inked a letter of understanding with Ostrelin Polytechnic to share laboratories.",
    ],
)
def test_a_letter_of_understanding_is_a_document(sentence):
    assert actions_and_parties(article(sentence)) == [("signed", PAIR)]


@pytest.mark.parametrize(
    "sentence, partners",
    [
        (
            "Velmora University inked memorandums on joint fieldwork with Ostrelin Polytechnic and Kelmora "
            "Institute of Design respectively.",
            ["Ostrelin Polytechnic", "Kelmora Institute of Design"],
        ),
        (
            "Velmora University and Ostrelin Polytechnic exchanged two memorandums on shared laboratories.",
            ["Ostrelin Polytechnic"],
        ),
        (
            "Memorandums on teacher training were signed by Velmora University and Ostrelin Polytechnic.",
            ["Ostrelin Polytechnic"],
        ),
    ],
)
def test_memorandums_are_documents(sentence, partners):
    parties = [parties for action, parties in actions_and_parties(article(sentence)) if action == "signed"]
    assert sorted(parties) == sorted(sorted(["Velmora University", p]) for p in partners)

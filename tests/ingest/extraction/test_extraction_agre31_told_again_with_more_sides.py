"""A document told again in a later sentence, with the sides already read and one more body beside them
(the representatives of a body present, deans who looked on), is the document told: one record with
the sides first read. Where the first telling counted the partners without naming them, the later
sentence that names them gives the document's sides."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = sorted(["Brisdane Maritime College", "Ostrelin Polytechnic"])
SIGNED = "Ostrelin Polytechnic and Brisdane Maritime College inked an MoU in Vellmark on Monday."


@pytest.mark.parametrize(
    "sentence",
    [
        "Representatives of Ostrelin Polytechnic, Brisdane Maritime College and the Tarvik Shipping Council "
        "were present when the memorandum was signed.",
        "Deans of Ostrelin Polytechnic, Brisdane Maritime College and Quellmoor Nautical Institute looked "
        "on as the MoU was signed.",
        "Heads of Ostrelin Polytechnic, Brisdane Maritime College and the Quellmoor Harbour Authority "
        "attended as the agreement was signed.",
    ],
)
def test_a_document_told_again_with_an_onlooker_stays_one_record(sentence):
    assert actions_and_parties(article(SIGNED, sentence)) == [("signed", PAIR)]


def test_a_later_sentence_names_the_partners_counted_first():
    text = article(
        "Ostrelin Polytechnic inked an MoU with three partner colleges in Vellmark last week.",
        "The memorandum, formalized on 3 May, brings together Ostrelin Polytechnic, Brisdane Maritime "
        "College, Quellmoor Nautical Institute and Tarvik Fisheries College.",
    )
    parties = sorted(
        [
            "Brisdane Maritime College",
            "Ostrelin Polytechnic",
            "Quellmoor Nautical Institute",
            "Tarvik Fisheries College",
        ]
    )
    assert actions_and_parties(text) == [("signed", parties)]


def test_a_document_of_another_year_with_more_sides_is_its_own():
    text = article(
        SIGNED,
        "In 2015 Ostrelin Polytechnic, Brisdane Maritime College and Quellmoor Nautical Institute inked "
        "an MoU in Vellmark.",
    )
    assert len(actions_and_parties(text)) == 2

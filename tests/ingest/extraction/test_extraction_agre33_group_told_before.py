"""A document's sides told as a counted group ("with the two Norvish colleges", "among the four leading
Quellmoor institutes") are the bodies an earlier sentence listed, as many as the group counts: the
group's members, with the body the sentence names beside them. "The two universities" with no word of
their own stay the pair the story is at."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

LISTED = (
    "Led by Rector Ilse Varkonen of Brisdane Maritime College and Dean Oskar Pellinen of Tarvik Fisheries "
    "College, a delegation from Norvland came to Ostrelin Polytechnic on 3 May."
)
THREE = sorted(["Brisdane Maritime College", "Ostrelin Polytechnic", "Tarvik Fisheries College"])


@pytest.mark.parametrize(
    "sentence",
    [
        "During the visit, Ostrelin Polytechnic signed an MoU with the two Norvland colleges.",
        "Next day Ostrelin Polytechnic inked a cooperation agreement with the two visiting colleges.",
        "Ostrelin Polytechnic and the two Norvish schools inked an MoU on joint research.",
    ],
)
def test_a_counted_pair_beside_a_named_body_is_the_pair_listed_before(sentence):
    assert actions_and_parties(article(LISTED, sentence)) == [("signed", THREE)]


FOUR = sorted(
    [
        "Brisdane Maritime College",
        "Ostrelin Polytechnic",
        "Quellmoor Nautical Institute",
        "Tarvik Fisheries College",
    ]
)
LISTED_FOUR = (
    "The rectors of Ostrelin Polytechnic, Brisdane Maritime College, Quellmoor Nautical Institute and "
    "Tarvik Fisheries College met in Vellmark on 3 May."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A joint memorandum was signed among the four leading maritime institutions.",
        "The four colleges inked an MoU on shared laboratories.",
        "An agreement on joint degrees was then inked by these four institutions.",
    ],
)
def test_a_counted_group_of_no_named_member_is_the_list_told_before(sentence):
    assert actions_and_parties(article(LISTED_FOUR, sentence)) == [("signed", FOUR)]


def test_the_two_universities_stay_the_pair_the_story_is_at():
    text = article(
        "Brisdane Maritime College welcomed a delegation of Ostrelin Polytechnic on 3 May.",
        "The rectors of Quellmoor Nautical Institute and Tarvik Fisheries College sent greetings.",
        "The two colleges inked an MoU on joint research.",
    )
    assert actions_and_parties(text) == [
        ("signed", sorted(["Brisdane Maritime College", "Ostrelin Polytechnic"]))
    ]


def test_documents_told_again_by_their_counted_signers_stay_one_a_partner():
    text = article(
        "Ostrelin Polytechnic signed an MoU with Brisdane Maritime College and an exchange agreement with "
        "Tarvik Fisheries College on 3 May.",
        "The agreements were signed by Rector Ilse Varkonen and the heads of the two Norvish colleges.",
    )
    assert actions_and_parties(text) == [
        ("signed", sorted(["Brisdane Maritime College", "Ostrelin Polytechnic"])),
        ("signed", sorted(["Ostrelin Polytechnic", "Tarvik Fisheries College"])),
    ]

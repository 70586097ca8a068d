"""A signing still to come is no signing: a document whose signing word follows a word of plan or intent
in its own clause (the intention to speed its signing up, dates fixed for it, a process of finalising it),
or whose signing, told as a noun, is what a meeting talked over ("signing of an accord ... was
considered"), is `discussed` (extraction-format.md: planned, hoped-for and proposed agreements). A signing
named as the time of what is ahead ("following the signing of") was done."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = ["Dravnik Polytechnic", "Tessaly Maritime College"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dravnik Polytechnic and Tessaly Maritime College voiced their intention to jointly speed up the "
        "signing of a joint supervision agreement.",
        "At the meeting Dravnik Polytechnic and Tessaly Maritime College fixed dates for signing a "
        "framework agreement.",
        "Dravnik Polytechnic and Tessaly Maritime College are in the process of finalising and signing an "
        "exchange agreement.",
    ],
)
def test_a_signing_after_a_word_of_intent_is_discussed(sentence):
    assert actions_and_parties(article(sentence)) == [("discussed", PAIR)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The signing of a memorandum between Dravnik Polytechnic and Tessaly Maritime College was discussed "
        "on 4 May at the rectorate.",
        "The signing of the exchange agreement between Dravnik Polytechnic and Tessaly Maritime College has "
        "been postponed until the autumn.",
        "The signing of a research accord between Dravnik Polytechnic and Tessaly Maritime College was "
        "also considered by the two rectors.",
    ],
)
def test_a_signing_told_as_the_topic_of_talk_is_discussed(sentence):
    assert actions_and_parties(article(sentence)) == [("discussed", PAIR)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dravnik Polytechnic hopes to welcome cadets from Tessaly Maritime College following the signing of "
        "an exchange agreement between the two colleges on 4 May.",
        "Dravnik Polytechnic and Tessaly Maritime College inked a research accord on 4 May.",
        "The signing of a memorandum between Dravnik Polytechnic and Tessaly Maritime College was attended "
        "by the mayor on 4 May.",
    ],
)
def test_a_signing_done_stays_signed(sentence):
    assert actions_and_parties(article(sentence)) == [("signed", PAIR)]

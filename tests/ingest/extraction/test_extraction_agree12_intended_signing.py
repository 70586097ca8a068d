"""A signing only hoped for is no signing: an adverb of chance ("could perhaps conclude"), a noun of intent
("their readiness to sign", "an interest in renewing"), an adjective of time to come ("the forthcoming
agreement"), a signing put after a later step ("to be followed next year by the signing of"), a gerund that
is the subject of a verb in the future ("signing the MoU will open ..."), and "this agreement" told after a
plan alone (the plan again). Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["action"], sorted(a["parties"])) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University talked about joint degrees and might possibly sign an exchange "
        "agreement.",
        "Lund University and Ghent University confirmed their readiness to conclude a memorandum of "
        "understanding.",
        "Lund University and Ghent University expressed an interest in renewing their agreement on "
        "cooperation.",
        "Lund University and Ghent University set out the fields of the forthcoming memorandum of "
        "understanding.",
    ],
)
def test_a_signing_only_intended_is_discussed(sentence):
    assert agreements(read(sentence)) == [("discussed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University signed a letter of intent, to be followed next year by the "
        "signing of a framework agreement.",
        "Lund University and Ghent University signed a letter of intent, which will be followed by the "
        "conclusion of a framework agreement.",
        "Lund University and Ghent University signed a letter of intent, opening the way in the near future "
        "for the signing of a framework agreement.",
    ],
)
def test_a_document_whose_signing_is_put_after_another_is_discussed(sentence):
    assert sorted(agreements(read(sentence))) == [("discussed", LUND_GHENT), ("signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rector said that signing the exchange agreement with Ghent University will open new doors.",
        "She noted that concluding a memorandum with Ghent University would strengthen research ties.",
        "Signing an agreement with Ghent University could bring more students to Lund, he added.",
    ],
)
def test_a_signing_as_the_subject_of_a_verb_in_the_future_is_not_signed(sentence):
    result = read(f"Lund University hosted a delegation from Ghent University on 3 May. {sentence}")
    assert all(action == "discussed" for action, _parties in agreements(result))


@pytest.mark.parametrize(
    "follow_up",
    [
        "The signing of this agreement aims to widen student exchange.",
        "Signing this memorandum is meant to widen student exchange.",
        "The conclusion of this agreement is intended to widen student exchange.",
    ],
)
def test_this_agreement_after_a_plan_alone_is_the_plan_told_again(follow_up):
    plan = "Lund University met Ghent University on 3 May and discussed a possible exchange agreement."
    result = read(f"{plan} {follow_up}")
    assert agreements(result) == [("discussed", LUND_GHENT)]

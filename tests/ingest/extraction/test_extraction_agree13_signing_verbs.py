"""One vocabulary of signing verbs, read the same in every sentence shape: a document "sealed", "executed",
"initialled", "struck", "formalised" or "entered into" is signed whether the verb comes before it, after it
in the passive, in an apposition, in a headline's present tense or as the gerund that opens a sentence;
and any signing verb after a modal ("will conclude", "could put pen to paper") is only a plan ("May" the
month is no modal: "on 2 May 2023, A signed" is done). Each rule in
three phrasings no article uses."""

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
        "On 2 May 2023 Lund University executed a memorandum of understanding with Ghent University.",
        "On 2 May 2023 Lund University and Ghent University struck a research agreement.",
        "Lund University initialled an exchange agreement with Ghent University on 2 May 2023.",
    ],
)
def test_the_legal_words_for_signing_sign_a_document(sentence):
    assert agreements(read(sentence)) == [("signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A framework agreement was sealed between Lund University and Ghent University on 2 May 2023.",
        "An accord on joint degrees was executed by Lund University and Ghent University on 2 May 2023.",
        "A memorandum of understanding was formalised between Lund University and Ghent University last "
        "week.",
    ],
)
def test_a_document_sealed_or_executed_in_the_passive_is_signed(sentence):
    assert agreements(read(sentence)) == [("signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The accord, sealed by Lund University and Ghent University on 2 May 2023, covers joint degrees.",
        "The memorandum, executed by Lund University and Ghent University on 2 May 2023, opens two labs.",
        "The framework agreement, entered into by Lund University and Ghent University on 2 May 2023, runs "
        "for five years.",
    ],
)
def test_a_document_told_with_its_signing_in_an_apposition_is_signed(sentence):
    assert agreements(read(sentence)) == [("signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Concluding a memorandum of understanding with Ghent University on 2 May 2023, Lund University "
        "opened a new chapter.",
        "Sealing an exchange agreement with Ghent University on 2 May 2023, Lund University widened its "
        "network.",
        "Formalising a research accord with Ghent University on 2 May 2023, Lund University gained a "
        "partner.",
    ],
)
def test_a_gerund_that_opens_the_sentence_tells_a_signing_done(sentence):
    assert agreements(read(sentence)) == [("signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "title",
    [
        "Lund University, Ghent University seal MoU",
        "Lund University inks MoU with Ghent University",
        "Lund University and Ghent University formalise MoU",
    ],
)
def test_a_headline_in_the_present_tells_a_signing(title):
    body = "The two universities met on 2 May 2023 to open a new chapter. Officials of both sides attended."
    assert agreements(read(body, title=title)) == [("signed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University will conclude a memorandum of understanding with Ghent University next month.",
        "Lund University and Ghent University could soon put pen to paper on an exchange agreement.",
        "Lund University will renew its research agreement with Ghent University in June.",
    ],
)
def test_any_signing_verb_after_a_modal_is_a_plan(sentence):
    assert agreements(read(sentence)) == [("discussed", LUND_GHENT)]


def test_the_initial_document_is_no_signing_of_one():
    sentence = "Lund University and Ghent University discussed the initial agreement on joint degrees."
    assert agreements(read(sentence)) == [("discussed", LUND_GHENT)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University executed several joint projects with Ghent University under the memorandum of "
        "understanding.",
        "The storm struck the campus of Lund University on the day Ghent University praised the research "
        "agreement.",
        "Lund University and Ghent University executed many field surveys of the coast under the framework "
        "agreement.",
    ],
)
def test_executed_or_struck_far_from_the_document_signs_nothing(sentence):
    assert not [action for action, _parties in agreements(read(sentence)) if action == "signed"]

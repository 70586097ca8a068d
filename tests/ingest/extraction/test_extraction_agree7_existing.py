"""A document told as one that exists already ("the signed agreement", "discussed the MoU signed by A and
B"): it was signed (extraction-format.md, "An earlier agreement"), but the sentence tells no occasion of
its signing. Each rule in at least three phrasings that no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["kind"], a["action"], sorted(a["parties"])) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    "body",
    [
        "The dean of Lund University talked with the rector of Ghent University about ways to put into "
        "practice the memorandum of understanding (MoU) signed by Lund University and Ghent University.",
        "Lund University discussed with Ghent University how to revive the Memorandum of Understanding "
        "(MOU) concluded between Lund University and Ghent University.",
        "Officials of Lund University and Ghent University negotiated the next steps for the memorandum "
        "signed between the two universities.",
    ],
)
def test_a_document_told_by_its_participle_in_a_talk_was_signed(body):
    result = read(body)
    assert agreements(result) == [("mou", "signed", LUND_GHENT)]
    assert [m["kind"] for m in result["meetings"]] != ["signing"]


@pytest.mark.parametrize(
    "sentence",
    [
        "At the meeting both universities reviewed how to implement the signed cooperation agreement.",
        "During the talks, the two sides examined the progress of their previously signed agreement.",
        "The meeting was devoted to carrying out the already signed agreement of the two universities.",
    ],
)
def test_a_document_told_as_signed_during_a_visit_makes_no_signing_of_the_visit(sentence):
    result = read(f"A delegation of Lund University visited Ghent University on 3 May. {sentence}")
    assert [(a["action"], sorted(a["parties"])) for a in result["agreements"]] == [("signed", LUND_GHENT)]
    assert "signing" not in [m["kind"] for m in result["meetings"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University signed a Memorandum of Understanding (MoU) on Monday.",
        "Lund University renewed a memorandum of agreement (MoA) with Ghent University.",
        "Lund University discussed a Letter of Intent (LoI) with Ghent University.",
    ],
)
def test_an_acronym_in_brackets_after_a_documents_name_is_the_same_document(sentence):
    result = read(sentence)
    assert len(result["agreements"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "A memorandum of understanding between the Nordic Institute of Marine Ecology and Coastal Fisheries "
        "(NIMECF), Bergen, and the Flemish University of Agriculture, Forestry and Rural Development "
        "(FUAFRD), Province of West Flanders, has been signed at the head office in Bergen.",
        "An agreement on research cooperation between the Nordic Institute of Marine Ecology and Coastal "
        "Fisheries of Bergen and the Flemish University of Agriculture, Forestry and Rural Development of "
        "West Flanders was signed by both rectors last week.",
        "The cooperation agreement of the Nordic Institute of Marine Ecology and Coastal Fisheries (Bergen, "
        "Norway) with the Flemish University of Agriculture, Forestry and Rural Development (Kortrijk, "
        "Belgium) was concluded on Monday.",
    ],
)
def test_a_document_whose_parties_have_long_names_is_read_signed_from_the_verb_after_them(sentence):
    result = read(sentence)
    assert [a["action"] for a in result["agreements"]] == ["signed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The memorandum may be extended by agreement between the two universities.",
        "Its term can be prolonged by mutual agreement of Lund University and Ghent University.",
        "The exchange quotas will be renewed upon written agreement between the two universities.",
    ],
)
def test_by_agreement_is_a_consent_not_a_document(sentence):
    result = read(f"Lund University and Ghent University signed a memorandum of understanding. {sentence}")
    assert agreements(result) == [("mou", "signed", LUND_GHENT)]

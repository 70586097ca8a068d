"""A body referred back to by its head word: "the Foundation", "the ministry", "the Embassy" name the one body
of that kind the article named before, wherever it acts (signing, visiting, hosting, a person's
employer). Where the article named none, or several, the phrase names nobody. Three phrasings per rule, none
taken from an article; every body is invented."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article, institutions_of, trips


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Officials of the Ostrander Foundation toured Brackwater University on 3 May.",
            "Later that day the Foundation concluded a twinning agreement with Brackwater University.",
        ),
        (
            "Brackwater University has long admired the work of the Ostrander Foundation.",
            "On Tuesday, the foundation and Brackwater University signed a cooperation agreement on clinics.",
        ),
        (
            "The Ostrander Foundation opened an office in Quellmoor last spring.",
            "Brackwater University and the Foundation sealed a five-year twinning agreement on 3 May.",
        ),
    ],
)
def test_the_foundation_signs_for_the_foundation_named_before(sentences):
    assert ("signed", ["Brackwater University", "Ostrander Foundation"]) in actions_and_parties(
        article(*sentences)
    )


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Brackwater University and the Ostrander Foundation renewed their partnership on 3 May.",
            "A delegation from the Foundation visited Brackwater University the week after.",
        ),
        (
            "The Ostrander Foundation funds a chair in hydrology at Brackwater University.",
            "Representatives of the Foundation paid a visit to Brackwater University on 3 May.",
        ),
        (
            "The Ministry of Fisheries of Valdoria praised Brackwater University for its marine programme.",
            "A team from the Ministry visited Brackwater University on 3 May to discuss fish stocks.",
        ),
    ],
)
def test_the_body_referred_back_to_is_the_visitor(sentences):
    visitors = {visitor for visitor, host in trips(article(*sentences)) if host == "Brackwater University"}
    assert visitors & {"Ostrander Foundation", "Ministry of Fisheries of Valdoria"}


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Brackwater University signed an agreement with the Ostrander Foundation on 3 May.",
            "It was signed by the Foundation's director, Dr. Helga Brandvold, and by the rector.",
        ),
        (
            "Brackwater University signed an agreement with the Ostrander Foundation on 3 May.",
            "Accompanied by the Foundation's grants officer, Dr. Helga Brandvold, the rector toured a lab.",
        ),
        (
            "The Ostrander Foundation welcomed a delegation of Brackwater University on 3 May.",
            "The Foundation's chair, Dr. Helga Brandvold, presented its grant programme.",
        ),
    ],
)
def test_a_title_of_the_body_referred_back_to_is_held_there(sentences):
    assert institutions_of(article(*sentences)).get("Helga Brandvold") == "Ostrander Foundation"


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The Embassy of Valdoria in Nairobi has long supported Brackwater University.",
            "A delegation of Brackwater University visited the Embassy on 3 May.",
        ),
        (
            "The Tessaly Research Council funds three laboratories of Brackwater University.",
            "On 3 May a delegation from Brackwater University was received by the Council in its offices.",
        ),
        (
            "Brackwater University will open a branch with the Ministry of Fisheries of Valdoria.",
            "On 3 May, a delegation from Brackwater University visited the Ministry to discuss the branch.",
        ),
    ],
)
def test_the_body_referred_back_to_is_the_host(sentences):
    hosts = {host for visitor, host in trips(article(*sentences)) if visitor == "Brackwater University"}
    assert hosts & {
        "Embassy of Valdoria in Nairobi",
        "Tessaly Research Council",
        "Ministry of Fisheries of Valdoria",
    }


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The Ostrander Foundation and the Kessler Foundation sponsor the prize.",
            "On 3 May the Foundation concluded a twinning agreement with Brackwater University.",
        ),
        (
            "On 3 May the Foundation concluded a twinning agreement with Brackwater University.",
            "The Ostrander Foundation had been set up a year earlier.",
        ),
        (
            "The Ostrander Foundation praised the coastal programme of Brackwater University.",
            "On 3 May the Foundation for Coastal Studies concluded a twinning agreement with "
            "Brackwater University.",
        ),
    ],
)
def test_the_head_word_names_nobody_where_no_single_body_was_named_before(sentences):
    parties = [p for _action, ps in actions_and_parties(article(*sentences)) for p in ps]
    assert "Ostrander Foundation" not in parties
    assert "Kessler Foundation" not in parties

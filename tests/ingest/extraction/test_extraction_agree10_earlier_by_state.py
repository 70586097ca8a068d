"""An earlier agreement the article dates by its state is a record of its own, signed in that year
(extraction-format.md, "An earlier agreement"): "the agreement in place since 2011", "has had an exchange
agreement with Y since 2009", "the agreement was established with Y in 1988". Cooperation dated by a year with
no document dated stays history. Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return sorted((a["action"], sorted(a["parties"]), a["date"]) for a in result["agreements"])


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rectors met to extend the exchange agreement in force since 2015 between Lund University and "
        "Ghent University.",
        "Lund University and Ghent University discussed renewing their memorandum of understanding, which "
        "has been in place since 2015.",
        "Lund University and Ghent University talked about extending the cooperation agreement, in effect "
        "since 2015, to doctoral students.",
    ],
)
def test_a_document_in_force_since_a_year_was_signed_that_year(sentence):
    assert agreements(read(sentence)) == [("discussed", LUND_GHENT, None), ("signed", LUND_GHENT, "2015")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University has had a student exchange agreement with Ghent University since 2012.",
        "Lund University and Ghent University have held a memorandum of understanding since 2012.",
        "Lund University has maintained a research agreement with Ghent University since 2012.",
    ],
)
def test_a_document_held_since_a_year_was_signed_that_year(sentence):
    assert agreements(read(sentence)) == [("signed", LUND_GHENT, "2012")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the agreement for mutual cooperation was established with Ghent University in 1998, Lund "
        "University has sent many students there.",
        "A memorandum of understanding was established between Lund University and Ghent University in 1998.",
        "The exchange agreement of Lund University was established with Ghent University in 1998 and has "
        "been renewed twice.",
    ],
)
def test_a_document_established_in_a_year_was_signed_that_year(sentence):
    assert ("signed", LUND_GHENT, "1998") in agreements(read(sentence, title="Lund University news"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University has cooperated with Ghent University since 2010 under a general agreement.",
        "Lund University and Ghent University have been partners since 2010.",
        "Lund University has worked with Ghent University since 2010 on marine biology.",
    ],
)
def test_cooperation_dated_by_a_year_with_no_document_dated_is_no_record(sentence):
    assert agreements(read(sentence)) == []

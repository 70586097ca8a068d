"""An earlier signing dated in a clause after its document is a record of its own, with its year
(extraction-format.md, "An earlier agreement"): the year may follow the partner or the signers ("that was
concluded with B in 1999", "first signed between the two universities in 2004"), and a document may be said
to have been made rather than signed ("the first formal agreement created in 2010", "established in 2012",
"drawn up in 2015")."""

import pytest

from tests.ingest.extraction.reading import article, parsed

A, B = "Varnholm University", "Pellworth University"
PAIR = sorted([A, B])


def _records(body):
    return sorted((a["action"], sorted(a["parties"]), a["date"]) for a in parsed(article(body))["agreements"])


@pytest.mark.parametrize(
    ("body", "year"),
    [
        (
            f"At {A}, a signing ceremony was held to renew the academic exchange agreement that "
            f"was concluded with {B} in 1999.",
            "1999",
        ),
        (
            f"{A} and {B} renewed the student exchange agreement, first signed "
            "between the two universities in 2004.",
            "2004",
        ),
        (
            f"{A} and {B} extended their exchange agreement, originally "
            "concluded by the two rectors in 2008, for five years.",
            "2008",
        ),
    ],
)
def test_a_renewal_tells_the_signing_dated_after_its_partners(body, year):
    assert _records(body) == [("renewed", PAIR, None), ("signed", PAIR, year)]


@pytest.mark.parametrize(
    ("body", "year"),
    [
        (
            f"{A} has an enduring relationship with {B}, with the first formal agreement created in 2010.",
            "2010",
        ),
        (
            f"{A}'s ties with {B} rest on an exchange agreement established in 2012.",
            "2012",
        ),
        (
            f"{A} works with {B} under a cooperation agreement drawn up in 2015.",
            "2015",
        ),
    ],
)
def test_a_document_made_in_a_year_is_signed_that_year(body, year):
    assert _records(body) == [("signed", PAIR, year)]


def test_a_body_made_in_a_year_is_no_document():
    body = f"{A} and {B} set up a joint lab, established in 2016, under their agreement."
    assert _records(body) == []

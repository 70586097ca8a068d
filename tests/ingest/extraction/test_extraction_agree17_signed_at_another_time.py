"""A signing the sentence places at another time than its own occasion is no signing of that occasion: a
visit "to follow up the signing of the MoU", a meeting "in implementation of" a document signed, "the MoU was
signed when X was still director". The document is a record, signed, with no date (the occasion's day is not
its signing's), and the occasion is talks, not a signing."""

import pytest

from tests.ingest.extraction.reading import article, parsed

A, B = "Pellworth University", "Varnholm University"


@pytest.mark.parametrize(
    "body",
    [
        (
            f"{A} warmly welcomed a visit of {B} delegates on 4 May to follow up the signing of the "
            f"Memorandum of Understanding (MoU) between {A} and {B}."
        ),
        (
            f"The rector of {A} received the rector of {B} on 4 May in implementation of the exchange "
            f"agreement signed between {A} and {B}."
        ),
        (
            f"The rector of {A} met a delegation from {B} on 4 May. Briefing the rector on the MoU, the "
            f"dean said the MoU was signed when the guest was still the director of the international office "
            f"at {B}."
        ),
    ],
)
def test_a_signing_of_another_time_is_undated_and_no_signing_meeting(body):
    result = parsed(article(body))
    assert [(a["action"], sorted(a["parties"]), a["date"]) for a in result["agreements"]] == [
        ("signed", sorted([A, B]), None)
    ]
    assert "signing" not in [m["kind"] for m in result["meetings"]]


def test_a_signing_told_as_the_occasion_keeps_its_day():
    body = f"{A} and {B} signed a Memorandum of Understanding on 4 May to follow up their joint research."
    assert [(a["action"], a["date"]) for a in parsed(article(body))["agreements"]] == [
        ("signed", "2023-05-04")
    ]

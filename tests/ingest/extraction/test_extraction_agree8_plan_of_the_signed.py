"""A plan to sign "an agreement", told of two who signed one in the same article, is the plan of that
document: one document, one record (extraction-format.md), not a second one discussed. Each rule in three
phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["kind"], a["action"]) for a in result["agreements"]]


@pytest.mark.parametrize(
    "plan",
    [
        "The parties had decided to sign an agreement during the forum in Berlin.",
        "Both universities had planned to sign the agreement in spring, but the pandemic intervened.",
        "Lund University and Ghent University agreed last year to sign an agreement.",
    ],
)
def test_the_plan_of_a_document_signed_is_no_second_document(plan):
    signed = "On 3 May Lund University and Ghent University signed an updated partnership agreement."
    assert agreements(read(f"{signed} {plan}")) == [("partnership", "signed")]


def test_talks_about_the_successor_of_a_document_signed_in_an_earlier_year_are_a_record():
    result = read(
        "Lund University and Ghent University signed a partnership agreement in 2015. On 3 May the rectors "
        "of Lund University and Ghent University met and agreed to sign a new agreement next year."
    )
    assert sorted(agreements(result)) == [("cooperation_agreement", "discussed"), ("partnership", "signed")]

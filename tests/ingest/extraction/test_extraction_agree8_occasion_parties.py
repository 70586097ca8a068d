"""A document told in a sentence that names no party but points back to the visit being told ("During the
visit, an MoU was signed") is the guest's and the host's (extraction-format.md: "a signing during a
visit"); a meeting with no visit does not say who signed. Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["action"], sorted(a["parties"])) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    ("second", "action"),
    [
        ("During the visit, a memorandum of understanding was signed.", "signed"),
        ("In the course of this trip an exchange agreement was concluded.", "signed"),
        ("The aim of the visit was to renew the cooperation agreement.", "discussed"),
    ],
)
def test_a_document_told_of_the_visit_just_told_is_the_guests_and_the_hosts(second, action):
    result = read(f"A delegation of Ghent University visited Lund University on 3 May. {second}")
    assert agreements(result) == [(action, LUND_GHENT)]


def test_a_document_of_the_visit_signed_at_another_time_is_no_signing_of_its_day():
    result = read(
        "A delegation of Ghent University visited Lund University on 3 May. During the talks, the rector "
        "recalled that the first agreement was signed in the 1990s."
    )
    assert [(a["action"], a["date"]) for a in result["agreements"]] == [("signed", None)]
    assert [m["kind"] for m in result["meetings"]] == ["talk"]


@pytest.mark.parametrize(
    "second",
    [
        "During the visit, the guests heard how the agreement is carried out.",
        "The talks of the visit dealt with how the memorandum works in practice.",
        "At the meeting, both rectors praised the agreement.",
    ],
)
def test_a_document_named_by_its_bare_noun_is_none_of_the_occasion(second):
    result = read(f"A delegation of Ghent University visited Lund University on 3 May. {second}")
    assert agreements(result) == []


@pytest.mark.parametrize(
    "first",
    [
        "The Rector of Lund University met the Rector of Ghent University on 3 May.",
        "Lund University and Ghent University held talks on 3 May.",
        "The rectors of Lund University, Ghent University and Uppsala University met at a forum on 3 May.",
    ],
)
def test_a_meeting_without_a_visit_says_not_who_signed(first):
    result = read(f"{first} During the meeting, a memorandum of understanding was signed.")
    assert agreements(result) == []

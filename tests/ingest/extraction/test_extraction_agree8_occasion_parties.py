"""A document told in a sentence that names no party but points back to the visit or meeting just told
("During the visit, an MoU was signed") is the guest's and the host's, or the two who met
(extraction-format.md: "a signing during a visit or a meeting"). Each rule in three phrasings no article
uses."""

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


@pytest.mark.parametrize(
    "second",
    [
        "During the meeting, a memorandum of understanding was signed.",
        "At the end of the talks, an agreement on joint doctorates was signed.",
        "In the course of this meeting an exchange agreement was concluded.",
    ],
)
def test_a_document_told_of_the_meeting_just_told_is_of_the_two_who_met(second):
    result = read(f"The Rector of Lund University met the Rector of Ghent University on 3 May. {second}")
    assert agreements(result) == [("signed", LUND_GHENT)]


def test_a_meeting_of_many_says_not_which_two_signed():
    result = read(
        "The rectors of Lund University, Ghent University and Uppsala University met at a forum on 3 May. "
        "During the meeting, a memorandum of understanding was signed."
    )
    assert agreements(result) == []

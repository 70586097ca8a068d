"""A document signed in an earlier year, told at today's meeting or visit ("the meeting was to reactivate an
MoU signed in 2006"), is a record of its own (extraction-format.md, "An earlier agreement"), but its signing
was no occasion of today's: the meeting stays talks. Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


@pytest.mark.parametrize(
    "body",
    [
        "The Rector of Lund University, Prof. Anna Berg, has met with a delegation from Ghent University, "
        "led by its Rector, Prof. Jan Smet. The purpose of the meeting was to reactivate an earlier "
        "memorandum of understanding signed in 2006.",
        "A delegation of Ghent University visited Lund University. The talks of the meeting focused on "
        "reviving the exchange agreement first signed in 2009.",
        "Lund University received a delegation from Ghent University. At the meeting, the two rectors "
        "reviewed the cooperation agreement concluded in 2011.",
    ],
)
def test_a_document_signed_in_an_earlier_year_makes_no_signing_of_the_meeting(body):
    result = read(body)
    earlier = [a for a in result["agreements"] if a["action"] == "signed"]
    assert earlier and all(a["date"] in ("2006", "2009", "2011") for a in earlier)
    assert [m["kind"] for m in result["meetings"]] == ["talk"]

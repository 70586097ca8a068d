"""A body known only by an acronym that nobody spells out is a school where a letter stands for its
"University" ("KVTU", "UniKAR"); otherwise it is another kind of body ("QRSA", "KVRA"), as most such bodies
are. The kind is the record's only: the event readers read the body as before."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _kind(body, acronym):
    result = parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")
    return next(item["kind"] for item in result["institutions"] if item["name"] == acronym)


@pytest.mark.parametrize(
    ("body", "acronym", "kind"),
    [
        (
            "On 3 March 2024 a delegation from KVTU visited Harbourside University to discuss joint degrees.",
            "KVTU",
            "university",
        ),
        (
            "UniKAR and Harbourside University signed a memorandum of understanding on 3 March 2024.",
            "UniKAR",
            "university",
        ),
        (
            "Harbourside University signed a memorandum of understanding on 3 March 2024. QRSA's Chief "
            "Executive Officer, Anna Bell, said it was a big day for the sector.",
            "QRSA",
            "other",
        ),
        (
            "On 3 March 2024 a delegation from KVRA visited Harbourside University to discuss trainees.",
            "KVRA",
            "other",
        ),
    ],
)
def test_an_acronym_only_body_is_a_school_only_where_a_letter_stands_for_university(body, acronym, kind):
    assert _kind(body, acronym) == kind


def test_the_event_readers_read_an_acronym_only_body_as_before():
    result = parse_article(
        "Cooperation news\n\nOn 3 March 2024 a delegation from KVRA visited Harbourside University to "
        "discuss apprenticeships.\n",
        file="t.txt",
    )
    assert [(d["visitor"], d["host"]) for d in result["delegations"]] == [("KVRA", "Harbourside University")]

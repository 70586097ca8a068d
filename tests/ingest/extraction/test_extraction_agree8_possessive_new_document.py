"""A new document told by its owner's possessive ("X's new agreement with Y allows ...") has been concluded,
as "A new MoU between X and Y will ..." has; without "new" it is only mentioned. Each rule in three phrasings
no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["kind"], a["action"], sorted(a["parties"])) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Lund University's new agreement with Ghent University allows students to transfer in their "
            "second year.",
            "cooperation_agreement",
        ),
        (
            "Lund University’s newly signed exchange agreement with Ghent University opens ten places a "
            "year.",
            "cooperation_agreement",
        ),
        (
            "Under Lund University's new MoU with Ghent University, doctoral students will spend a year "
            "abroad.",
            "mou",
        ),
    ],
)
def test_a_new_document_told_by_its_owners_possessive_was_concluded(sentence, kind):
    assert agreements(read(sentence)) == [(kind, "signed", LUND_GHENT)]


def test_a_document_told_by_its_owners_possessive_without_new_is_only_mentioned():
    result = read("Lund University's agreement with Ghent University allows students to transfer.")
    assert agreements(result) == []

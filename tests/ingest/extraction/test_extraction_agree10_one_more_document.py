"""One more document told after a fronted phrase ("With B, an additional MoU was signed", "On the same day, a
second memorandum was signed with B") is signed by the signer of the document told just before, as "Another
agreement was signed with B" is, even where the page also speaks of "our institute" without naming it (so the
article's protagonist is not taken for the signer). Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article

OPENING = (
    "Lund University signed an exchange agreement with Ghent University. "
    "Researchers of our institute will take part in the programme. "
)


def parties(sentence):
    result = parse_article(f"Cooperation news\n\ndate 2023-05-10\n\n{OPENING}{sentence}\n", file="t.txt")
    return [sorted(a["parties"]) for a in result["agreements"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "With Uppsala University, an additional MoU was signed to organise a summer school.",
        "On the same day, a second memorandum was signed with Uppsala University.",
        "In Stockholm, a further agreement was concluded with Uppsala University on joint degrees.",
    ],
)
def test_one_more_document_after_a_fronted_phrase_has_the_last_signer(sentence):
    assert parties(sentence) == [
        ["Ghent University", "Lund University"],
        ["Lund University", "Uppsala University"],
    ]

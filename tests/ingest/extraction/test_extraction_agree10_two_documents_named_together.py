"""Two documents named together ("a Memorandum of Understanding and Student Exchange Agreement") are two
records, each of its own kind: the words after "and" name the second document, not the first; and an earlier,
vaguer mention of the pair's agreements ("renewed and new agreements") absorbs only one of them. One document
whose name holds "and" ("a Research and Teaching Agreement") stays one. Each rule in three phrasings no
article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body):
    return parse_article(f"Cooperation news\n\ndate 2023-05-10\n\n{body}\n", file="t.txt")


def kinds(result):
    return sorted((a["action"], a["kind"]) for a in result["agreements"])


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "Lund University renewed its partnership with Ghent University through a Memorandum of "
            "Understanding and Student Exchange Agreement.",
            "renewed",
        ),
        (
            "Lund University and Ghent University signed a Memorandum of Understanding (MoU) and Student "
            "Mobility Agreement on 3 May.",
            "signed",
        ),
        (
            "Lund University and Ghent University concluded a Memorandum of Agreement and Student Exchange "
            "Agreement.",
            "signed",
        ),
    ],
)
def test_two_documents_named_together_are_two(sentence, action):
    assert kinds(read(sentence)) == [(action, "mou"), (action, "student_exchange")]


def test_an_earlier_vague_mention_absorbs_only_one_of_the_two():
    result = read(
        "Lund University and Ghent University marked the signing of renewed agreements. "
        "Lund University renewed its partnership with Ghent University through a Memorandum of "
        "Understanding and Student Exchange Agreement."
    )
    assert kinds(result) == [("renewed", "mou"), ("renewed", "student_exchange")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University signed a Research and Teaching Agreement.",
        "Lund University and Ghent University signed a Memorandum of Understanding on Research and Teaching.",
        "Lund University and Ghent University signed a Staff and Student Exchange Agreement.",
    ],
)
def test_one_document_whose_name_holds_and_stays_one(sentence):
    assert len(read(sentence)["agreements"]) == 1

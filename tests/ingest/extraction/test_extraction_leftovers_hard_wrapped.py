"""A page hard-wrapped to a fixed width (a mail, a plain-text release) reads as if each paragraph were one
line: a line broken only because the next word did not fit goes on, whatever its last word, and so does one
that stops on a comma, a hyphen or "a" / "of". A blank line still separates paragraphs; a short heading after
a finished paragraph is still its own line; a page whose lines are not wrapped is read as before. Phrasings
written for these tests, none taken from an article."""

import textwrap

import pytest

from registry.ingest.extraction import parse_article
from registry.ingest.extraction.text import body_paragraphs


def wrapped(width, *paragraphs):
    return "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in paragraphs)


def page(body):
    return f"Partners meet in Pokhara\n\ndate 2023-05-20\n\n{body}\n"


def parties(text):
    return [sorted(a["parties"]) for a in parse_article(text, file="t.txt")["agreements"]]


PARAGRAPHS = (
    "On 12 May 2023 the Rector of Pokhara Valley University attended a ceremony for signing an agreement "
    "between Pokhara Valley University and the University of Tamale Highlands in Kathmandu.",
    "The Vice-Rector of the University of Tamale Highlands, Prof. Kofi Mensah-Darko, said the agreement "
    "covers student exchange and joint research in soil science.",
    "Under a second memorandum, Pokhara Valley University and Lakeside Agricultural Institute of Technology "
    "will share two laboratories from next year.",
)


@pytest.mark.parametrize("width", [44, 58, 72])
def test_a_wrapped_page_reads_as_the_unwrapped_one(width):
    plain = parse_article(page("\n\n".join(PARAGRAPHS)), file="t.txt")
    folded = parse_article(page(wrapped(width, *PARAGRAPHS)), file="t.txt")
    for records in ("institutions", "agreements", "people", "meetings"):
        assert [{k: v for k, v in r.items() if k != "evidence"} for r in folded[records]] == [
            {k: v for k, v in r.items() if k != "evidence"} for r in plain[records]
        ], records


@pytest.mark.parametrize(
    "body",
    [
        "On 3 May 2023 a ceremony for signing\nan agreement between Pokhara Valley University and the "
        "University of\nTamale Highlands took place in Kathmandu.",
        "Pokhara Valley University signed an agreement with the\nUniversity of Tamale Highlands on 3 May "
        "2023 in the\npresence of both rectors and many students.",
        "An agreement was signed on 3 May 2023 by Pokhara Valley University and the University of Tamale\n"
        "Highlands, which sent a delegation of six to the signing ceremony.",
    ],
)
def test_a_name_broken_across_lines_is_one_name(body):
    assert parties(page(body)) == [["Pokhara Valley University", "University of Tamale Highlands"]]


def test_blank_lines_still_separate_paragraphs():
    lines = wrapped(50, *PARAGRAPHS).split("\n")
    assert len(body_paragraphs(lines, -1)) == 3


def test_a_heading_after_a_finished_paragraph_stays_its_own_line():
    text = (
        "\n".join(textwrap.wrap(PARAGRAPHS[0], 60))
        + "\nBackground\n"
        + "\n".join(textwrap.wrap(PARAGRAPHS[1], 60))
    )
    paragraphs = body_paragraphs(text.split("\n"), -1)
    assert "Background" in paragraphs


def test_a_page_of_unwrapped_one_line_paragraphs_keeps_them_apart():
    lines = [
        "Pokhara Valley University signed an agreement with Lund University on 3 May 2023.",
        "The rectors of both universities spoke at the ceremony in Kathmandu.",
        "Students from both sides will take part in summer schools.",
    ]
    assert body_paragraphs(lines, -1) == lines

"""Page furniture is no part of the article: lists of links under a heading, share lines, photo credits."""

import pytest

from registry.ingest.extraction import parse_article
from registry.ingest.extraction.text import strip_furniture

BODY = (
    "Gamma signs memorandum with Riverton\n\ndate 2023-03-10\n\n"
    "On March 3, 2023, Gamma University and Riverton University signed a memorandum of understanding.\n\n"
)


def institutions(text):
    return {item["name"] for item in parse_article(text, file="t.txt")["institutions"]}


@pytest.mark.parametrize(
    "furniture",
    [
        (
            "Related news\nOmega University and Sigma University sign memorandum of understanding\n"
            "Delta University hosts online seminar with Kappa University\n"
        ),
        (
            "See also:\n\n• President of Omega University meets delegation from Sigma University\n\n"
            "• Delta University renews cooperation agreement with Kappa University\n"
        ),
        (
            "You may also like\n1. Omega University signs student exchange agreement with Sigma University\n"
            "2. Delta University and Kappa University sign agreement\n"
        ),
    ],
)
def test_a_list_of_links_at_the_foot_names_no_institution(furniture):
    assert institutions(BODY + furniture) == {"Gamma University", "Riverton University"}


@pytest.mark.parametrize(
    "line",
    [
        "Share this: Facebook | Twitter | WeChat | Email",
        "Share: Facebook Twitter LinkedIn",
        "WhatsApp · Telegram · Copy link",
    ],
)
def test_share_lines_are_dropped(line):
    assert strip_furniture(["Body.", line, "More body."]) == ["Body.", "", "More body."]


def test_a_paragraph_after_the_links_is_read_again():
    lines = [
        "The talks began.",
        "Read more",
        "Omega University meets Sigma University",
        "",
        "The talks went on until the evening.",
    ]
    assert strip_furniture(lines) == ["The talks began.", "", "", "", "The talks went on until the evening."]


@pytest.mark.parametrize(
    "credit", ["(Photo: Kerstin Weber)", "(Photos: Li Ming)", "(Source: Omega University)"]
)
def test_a_credit_in_parentheses_names_no_one(credit):
    result = parse_article(BODY + credit + "\n", file="t.txt")
    assert institutions(BODY + credit + "\n") == {"Gamma University", "Riverton University"}
    assert result["people"] == []


@pytest.mark.parametrize(
    "label", ["International Cooperation | News", "Campus Life / Partnerships", "Research · Global Affairs"]
)
def test_a_section_label_with_separators_is_not_the_headline(label):
    result = parse_article(f"{label}\n{BODY}", file="t.txt")
    assert result["article"]["title"] == "Gamma signs memorandum with Riverton"
    assert result["article"]["published"] == "2023-03-10"


@pytest.mark.parametrize("label", ["Press releases", "NEWS & EVENTS", "Latest news"])
def test_a_short_section_label_above_the_headline_is_not_the_headline(label):
    result = parse_article(f"{label}\n{BODY}", file="t.txt")
    assert result["article"]["title"] == "Gamma signs memorandum with Riverton"
    assert result["article"]["published"] == "2023-03-10"


def test_a_short_headline_above_its_date_stays_the_headline():
    result = parse_article(
        "Gamma Riverton Cooperation\n\ndate 2023-03-10\n\nOn March 3, 2023, Gamma University and "
        "Riverton University signed a memorandum of understanding.\n",
        file="t.txt",
    )
    assert result["article"]["title"] == "Gamma Riverton Cooperation"


@pytest.mark.parametrize(
    "line",
    [
        "Tags: Omega University, Sigma University",
        ("Previous article: Omega University signs with Sigma University"),
        "Next post » Delta University hosts Kappa University",
    ],
)
def test_tags_and_links_to_neighbouring_stories_name_no_institution(line):
    assert institutions(BODY + line + "\n") == {"Gamma University", "Riverton University"}

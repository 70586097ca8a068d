"""The publication date printed on the line the headline would be taken from: a page's date line, not its
headline. Each rule in at least three phrasings that no article uses."""

import pytest

from registry.ingest.extraction import parse_article


@pytest.mark.parametrize(
    ("first_line", "published"),
    [
        ("2022-11-08", "2022-11-08"),
        ("Posted on: 08.11.2022 | 09:40", "2022-11-08"),
        ("Tuesday, 8 November 2022", "2022-11-08"),
    ],
)
def test_a_date_line_at_the_top_of_the_page_is_the_publication_date(first_line, published):
    # no headline: the page opens on its date line, then a paragraph too long to be a headline
    text = (
        f"{first_line}\n"
        "Lund University has today signed a memorandum of understanding with Ghent University on joint "
        "doctoral training, in a ceremony at the Ghent campus attended by the deans of the faculties of "
        "science, medicine and engineering of both universities and by representatives of their students "
        "and of their research staff.\n"
    )
    result = parse_article(text, file="t.txt")
    assert result["article"]["published"] == published
    assert [a["date"] for a in result["agreements"]] == [published]


@pytest.mark.parametrize(
    "first_line",
    [
        "Lund and Ghent sign on 8 November 2022",
        "Signing day, 8 November 2022",
        "November 2022: a new partner in Belgium",
    ],
)
def test_a_headline_that_names_a_day_is_not_taken_for_the_page_date(first_line):
    text = (
        f"{first_line}\n\n"
        "Lund University signed a memorandum of understanding with Ghent University on joint doctoral "
        "training.\n"
    )
    assert parse_article(text, file="t.txt")["article"]["published"] is None

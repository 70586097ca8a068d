"""A page's "date YYYY-MM-DD" label run into its first line of text is the publication date, not the day of
the events that line tells: the headline or dateline after it is read as such, and a signing the text does
not date stays undated (extraction-format.md: dates are what the text says). Three phrasings no article
uses."""

import pytest

from tests.ingest.extraction.reading import parsed as read


@pytest.mark.parametrize(
    "text",
    [
        " date 2023-05-10 LUND, May 10 - Lund University signed a memorandum of understanding with Ghent "
        "University, its rector said.\n\nThe two universities will exchange students.\n",
        "date 2023-05-10 Lund University and Ghent University sign an MoU\n\n"
        "Lund University and Ghent University signed a memorandum of understanding during the rector's "
        "visit.\n",
        "\n date 2023-05-10\tRector Erik Renström of Lund University visited Ghent University, where the two "
        "universities signed a memorandum of understanding.\n",
    ],
)
def test_a_run_in_date_label_is_the_publication_date_not_the_signing_day(text):
    result = read(text)
    assert result["article"]["published"] == "2023-05-10"
    assert not result["article"]["title"].lower().startswith("date")
    assert [(a["kind"], a["date"]) for a in result["agreements"]] == [("mou", None)]


def test_a_day_the_text_tells_still_dates_the_signing():
    result = read(
        "date 2023-05-10 Lund University and Ghent University sign an MoU\n\n"
        "On 3 May, Lund University and Ghent University signed a memorandum of understanding.\n"
    )
    assert result["article"]["published"] == "2023-05-10"
    assert [a["date"] for a in result["agreements"]] == ["2023-05-03"]

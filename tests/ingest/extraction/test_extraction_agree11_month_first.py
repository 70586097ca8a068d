"""A slashed or dashed date whose second number is over 12 is printed month first, as American pages print
dates ("09/27/2021" is 27 September): it is read, not skipped for a weekday or another date nearby."""

import pytest

from registry.ingest.extraction import parse_article
from registry.ingest.extraction.dates import find_date


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The memorandum was signed online on Monday (09/27/2021) morning.", "2021-09-27"),
        ("On 11/15/2019 the two rectors met in Denver to review the exchange.", "2019-11-15"),
        ("The delegation, which arrived 4-23-2018, toured the laboratories.", "2018-04-23"),
    ],
)
def test_a_date_printed_month_first_is_read(sentence, day):
    found = find_date(sentence, "2021-12-08")
    assert (found.start, found.end) == (day, day)


def test_a_date_printed_day_first_still_reads_day_first():
    assert find_date("The agreement was signed on 27/09/2021 in Lund.", "2021-12-08").start == "2021-09-27"


def test_the_signing_takes_the_day_printed_month_first_not_the_weekday():
    text = (
        "Universities sign\n\nDecember 8, 2021\n\nLund University and Ghent University signed a "
        "Memorandum of Understanding online on Monday (09/27/2021) morning. Both sides looked forward to "
        "the next steps.\n"
    )
    agreements = parse_article(text, file="t.txt")["agreements"]
    assert [a["date"] for a in agreements] == ["2021-09-27"]


def test_a_publication_date_printed_month_first_is_read():
    text = (
        "Universities sign\n\n09/27/2021\n\nLund University and Ghent University signed a Memorandum of "
        "Understanding.\n"
    )
    assert parse_article(text, file="t.txt")["article"]["published"] == "2021-09-27"

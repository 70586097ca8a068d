"""A dateline with the day in brackets ("KUCHING (April 4):") is the place and the day the news was filed
from, as "KUCHING, April 4 -" is: stripped from the lead, and the day "yesterday" counts back from. Three
phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article
from registry.ingest.extraction.text import clean, dateline_day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("MIRI (Nov 12): Lakeshore University has signed an agreement with Coastal University.", "Nov 12"),
        ("SIBU (3 March) - A delegation of Riverside College visited Fjordland Institute.", "3 March"),
        (
            "PORT DICKSON (September 9, 2023): Coastal University welcomed guests from Lakeshore.",
            "September 9, 2023",
        ),
    ],
)
def test_a_dateline_with_the_day_in_brackets_is_stripped_and_gives_the_dispatch_day(line, day):
    assert dateline_day(line) == day
    assert clean(line)[0].isupper() and "(" not in clean(line)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "date 2024-11-13\n\nMIRI (Nov 13): Lakeshore University signed a memorandum of understanding "
            "with Coastal University yesterday at a ceremony on its main campus.",
            "2024-11-12",
        ),
        (
            "date 2023-03-04\n\nSIBU (March 4): Riverside College and Fjordland Institute of Technology "
            "signed a cooperation agreement yesterday to start joint degrees in forestry.",
            "2023-03-03",
        ),
        (
            "date 2023-09-10\n\nBINTULU (Sept 10): Coastal University signed an agreement on student "
            "exchange with Northbridge University yesterday at a ceremony attended by both rectors.",
            "2023-09-09",
        ),
    ],
)
def test_yesterday_counts_back_from_the_day_in_brackets_and_the_day_is_no_signing_date(text, date):
    result = parse_article(text, file="t.txt")
    assert [agreement["date"] for agreement in result["agreements"]] == [date]

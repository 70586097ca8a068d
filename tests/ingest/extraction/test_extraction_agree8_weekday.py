"""A weekday told after a day that is that weekday is that day ("at the ceremony on November 17, 2015 ...
signed on Tuesday": the 17th was a Tuesday), not the last such weekday before the publication. Each rule
in three phrasings no article uses."""

import pytest

from tests.ingest.extraction.reading import parsed as read


@pytest.mark.parametrize(
    "body",
    [
        "The rectors met at a ceremony in Lund on November 17, 2015.\n\nEight universities signed new "
        "agreements in Lund on Tuesday.\n\nAt the ceremony, Lund University signed a memorandum of "
        "understanding with Ghent University.",
        "Guests arrived in Lund on 17 November 2015 for the forum.\n\nOn Tuesday, the forum opened with "
        "talks.\n\nThere, Lund University signed an exchange agreement with Ghent University.",
        "The forum opened on 17 November 2015.\n\nSigning ceremonies followed on Tuesday.\n\nLund "
        "University and Ghent University inked a cooperation agreement at one of them.",
    ],
)
def test_a_weekday_after_a_day_that_is_that_weekday_is_that_day(body):
    result = read(f"Cooperation news\n\ndate 2015-11-27\n\n{body}\n")
    assert [a["date"] for a in result["agreements"]] == ["2015-11-17"]


def test_a_weekday_after_a_day_that_is_another_weekday_counts_back_from_the_publication():
    result = read(
        "Cooperation news\n\ndate 2015-11-27\n\nThe rectors met in Lund on November 17, 2015.\n\n"
        "Lund University and Ghent University signed a memorandum of understanding on Wednesday."
    )
    assert [a["date"] for a in result["agreements"]] == ["2015-11-25"]

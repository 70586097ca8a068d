"""A day printed without its year takes the year where the page says it: from the publication date, else from
the month and year the headline prints ("... South Korea, June 2016", "... signs MoU (28 September 2018)"),
and a page's date label whose day is garbled ("Date: 2015/08/226") still gives its year and month. Where
nothing on the page gives the year, the date stays null. Each rule in three phrasings no
article uses."""

import pytest

from registry.ingest.extraction import parse_article

BODY = "On {day}, Lund University signed a memorandum of understanding with Ghent University."


def dates(result):
    return [a["date"] for a in result["agreements"]]


@pytest.mark.parametrize(
    ("title", "day", "expected"),
    [
        ("Report on the partner visits to Belgium, June 2016", "3rd of June", "2016-06-03"),
        ("Lund University signs MoU with Ghent University (28 September 2018)", "28 September", "2018-09-28"),
        ("Newsletter of the International Office - March 2021 edition", "March 9", "2021-03-09"),
    ],
)
def test_a_day_without_a_year_takes_the_year_the_headline_prints(title, day, expected):
    result = parse_article(f"{title}\n\n{BODY.format(day=day)}\n", file="t.txt")
    assert dates(result) == [expected]
    assert not [w for w in result["warnings"] if "not stated" in w]


@pytest.mark.parametrize(
    "byline",
    [
        "From: LU   author: admin   Count: 12   Date: 2015/08/226",
        "Source: International Office  Hits: 40  Date: 2015-08-1234",
        "author: web team   Date: 2015.8.310",
    ],
)
def test_a_date_label_with_a_garbled_day_still_gives_the_year(byline):
    result = parse_article(
        f"Lund University and Ghent University\n\n{byline}\n\n{BODY.format(day='July 12')}\n", file="t.txt"
    )
    assert result["article"]["published"] == "2015-08"
    assert dates(result) == ["2015-07-12"]


def test_the_publication_date_wins_over_the_headlines_month():
    result = parse_article(
        f"Report on the partner visits, June 2016\n\ndate 2017-07-01\n\n{BODY.format(day='3rd of June')}\n",
        file="t.txt",
    )
    assert dates(result) == ["2017-06-03"]


@pytest.mark.parametrize(
    "title",
    ["Lund University signs MoU with Ghent University", "Report on the partner visits", "News from 2016"],
)
def test_with_no_month_and_year_on_the_page_the_day_stays_without_a_year(title):
    result = parse_article(f"{title}\n\n{BODY.format(day='3rd of June')}\n", file="t.txt")
    assert dates(result) == [None]

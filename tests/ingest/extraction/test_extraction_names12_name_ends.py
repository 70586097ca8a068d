"""Where an institution's name ends in running text: before the person a title introduces ("Counsellor of
the Embassy of X in Y Name Surname", a person's name of up to four words, a title earlier in the same
clause), and before a month or weekday after "in" ("the X University in March 2010" says when, not which).
A news agency's credit ("Harbour City, May 2 (NWA)", "ANTARA reported") names no party."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(body):
    result = parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")
    return [item["name"] for item in result["institutions"]]


@pytest.mark.parametrize(
    ("body", "name", "person"),
    [
        (
            "The education counsellor of the Moravian Embassy in Lisbon Tomas Erwin Valek met the rector of "
            "Harbourside University on 3 March 2024.",
            "Moravian Embassy in Lisbon",
            "Tomas Erwin Valek",
        ),
        (
            "Talks were held with the Vice-Rector of the University of Quillon Maria Elena Ruiz Soto on "
            "3 March 2024 at Harbourside University.",
            "University of Quillon",
            "Maria Elena Ruiz Soto",
        ),
        (
            "Present were Director of the Office for Exchange and Training Norland under the Ministry of "
            "Education of the Republic of Norland Chen Wuyi and the President of Harbourside University.",
            "Ministry of Education of the Republic of Norland",
            "Chen Wuyi",
        ),
    ],
)
def test_a_name_ends_before_the_person_a_title_introduces(body, name, person):
    names = _names(body)
    assert name in names
    assert not any(person.split()[0] in n for n in names), names


@pytest.mark.parametrize(
    "body",
    [
        "Harbourside University had signed a similar agreement with the Dorvish University in February 2009.",
        "Harbourside University signed a memorandum with the Ostrian Academy in May 2019 in the capital.",
        "A delegation of Harbourside University visited the Corvinian Institute in Tuesday's session.",
    ],
)
def test_a_month_or_weekday_after_in_is_no_part_of_the_name(body):
    names = _names(body)
    assert not any(" in " in n for n in names), names


@pytest.mark.parametrize(
    "body",
    [
        "Harbour City, May 2 (PTI) Harbourside University signed a memorandum with Quillon University.",
        "Harbourside University signed a memorandum with Quillon University, ANTARA reported on Friday.",
        "Harbourside University and Quillon University signed a memorandum, TASS and Xinhua reported.",
    ],
)
def test_a_news_agency_is_no_institution(body):
    assert sorted(_names(body)) == ["Harbourside University", "Quillon University"]

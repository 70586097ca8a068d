"""A name printed again without the one word in front of it ("Zhejiang Wanli University", then "Wanli
University") is the same institution: the dropped word is its city or province, which the gazetteer may not
know. It is another institution where the shorter name opens with a place or a kind of school ("Western
Sydney University" / "Sydney University", "Ohio State University" / "State University")."""

import pytest

from registry.ingest.extraction.institutions import same_institution
from registry.ingest.extraction.parser import parse_article


@pytest.mark.parametrize(
    ("body", "long_name"),
    [
        (
            "On 3 March 2024 a delegation from Harbourside University visited Qarlen Veshtor University. "
            "Anna Bell, President of Veshtor University, welcomed the guests.",
            "Qarlen Veshtor University",
        ),
        (
            "Talvik Oronmere Institute and Harbourside University signed a memorandum of understanding on "
            "3 March 2024. Oronmere Institute will host the first students in autumn.",
            "Talvik Oronmere Institute",
        ),
        (
            "Harbourside University hosted Dravo Sulemar College on 3 March 2024. The guests from Sulemar "
            "College toured the library and the new laboratories.",
            "Dravo Sulemar College",
        ),
    ],
)
def test_the_name_without_its_first_word_is_the_same_institution(body, long_name):
    result = parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")
    names = [item["name"] for item in result["institutions"]]
    assert long_name in names
    assert len(names) == 2, names


@pytest.mark.parametrize(
    ("short", "long_name"),
    [
        ("Sydney University", "Western Sydney University"),
        ("State University", "Ohio State University"),
        ("Normal University", "Beijing Normal University"),
        ("Holloway University", "Royal Holloway University"),
    ],
)
def test_a_shorter_name_opening_with_a_place_or_a_kind_is_another(short, long_name):
    assert not same_institution(short, long_name)

"""Long scraped news pages tell where the speakers studied and worked before: an institution named only in a
person's past ("a graduate of X", "who holds a PhD from X", "formerly dean at X") takes no part in the news,
and nobody in the article acts for it. Three phrasings per rule, none from an article."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Universities meet"):
    return parse_article(f"{title}\n\ndate 2023-05-10\n\n{body}\n", file="t.txt", gazetteer=None)


def names(result):
    return {item["name"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("body", "past"),
    [
        (
            "Lund Harbour University signed an MoU with Tallinn Marine College on 8 May 2023. The MoU was signed by "
            "Rector Anna Berg, a graduate of Oslo Fjord University, and by Mr. Jaan Tamm.",
            "Oslo Fjord University",
        ),
        (
            "Lund Harbour University signed an MoU with Tallinn Marine College on 8 May 2023. Rector Anna Berg, who "
            "holds a PhD from the Bergen Institute of Oceanography, signed for Lund Harbour University.",
            "Bergen Institute of Oceanography",
        ),
        (
            "Lund Harbour University signed an MoU with Tallinn Marine College on 8 May 2023. Rector Anna Berg, "
            "formerly dean of the law faculty at Riga Amber University, spoke of one sea.",
            "Riga Amber University",
        ),
        (
            "Lund Harbour University signed an MoU with Tallinn Marine College on 8 May 2023. Mr. Jaan Tamm, who "
            "before his appointment was vice-president of Narva Border College, signed for the college.",
            "Narva Border College",
        ),
    ],
)
def test_an_institution_told_only_as_a_persons_past_is_not_listed(body, past):
    result = read(body)
    assert {"Lund Harbour University", "Tallinn Marine College"} <= names(result)
    assert past not in names(result)
    assert all(person["institution"] != past for person in result["people"])


@pytest.mark.parametrize(
    "body",
    [
        "Rector Anna Berg, a graduate of Oslo Fjord University, signed an MoU with Oslo Fjord University on "
        "8 May 2023.",
        "Oslo Fjord University signed an MoU with Lund Harbour University on 8 May 2023. Rector Anna Berg, who "
        "holds a PhD from Oslo Fjord University, said she was glad to return.",
        "A delegation of Oslo Fjord University visited Lund Harbour University on 8 May 2023, led by Erik Dahl, "
        "formerly a lecturer at Lund Harbour University.",
    ],
)
def test_an_institution_that_also_takes_part_stays(body):
    assert "Oslo Fjord University" in names(read(body))


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Lund Harbour University signed an MoU with Tallinn Marine College on 8 May 2023. Rector Anna Berg "
            "obtained her PhD from Imperial Sea College London.",
            "London",
        ),
        (
            "Lund Harbour University signed an MoU with Tallinn Marine College on 8 May 2023. Rector Anna Berg, "
            "a graduate of the Technical College Dresden, spoke first.",
            "Dresden",
        ),
        (
            "Lund Harbour University signed an MoU with Tallinn Marine College on 8 May 2023. Rector Anna Berg "
            "worked before at Harbour College Gdansk.",
            "Gdansk",
        ),
    ],
)
def test_the_place_in_a_past_institutions_name_is_no_person(body, place):
    assert all(place not in person["name"] for person in read(body)["people"])

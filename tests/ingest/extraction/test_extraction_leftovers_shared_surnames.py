"""Two people who share a surname are two people: "John Smith" and "Jane Smith", "Maria Carvalho" and
"Marcos Carvalho" are not one name spelt twice (as "Rob Robin" / "Ron Robin" or "J. Smith" / "John Smith"
are). A surname alone stands for the one person it is the surname of, and for no one when two people named
in full share it. Phrasings written for these tests, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article


def people(*sentences):
    text = "Partners\n\ndate 2023-05-20\n\n" + " ".join(sentences) + "\n"
    return {p["name"]: p for p in parse_article(text, file="t.txt")["people"]}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("John Smith", "Jane Smith"),
        ("Maria Carvalho", "Marcos Carvalho"),
        ("Anna Lindqvist", "Astrid Lindqvist"),
    ],
)
def test_two_people_who_share_a_surname_stay_two(first, second):
    found = people(
        f"Prof. {first}, Rector of Lund University, and Dr. {second}, Dean of Pokhara Valley University, "
        "signed an agreement on 12 May 2023."
    )
    assert found[first]["institution"] == "Lund University"
    assert found[second]["institution"] == "Pokhara Valley University"
    assert second not in found[first]["variants"]


@pytest.mark.parametrize(
    ("first", "second"),
    [("Rob Robin", "Ron Robin"), ("J. Smith", "John Smith"), ("Gostavo Mesch", "Gustavo Mesch")],
)
def test_one_name_spelt_twice_is_one_person(first, second):
    found = people(
        f"Prof. {first} of Lund University signed the agreement on 12 May 2023.",
        f"Prof. {second} said it was a milestone.",
    )
    assert len(found) == 1


def test_a_surname_alone_is_the_person_whose_surname_it_is():
    found = people(
        "Dr. Rocksane de Carvalho Norton and Prof. Maria Carvalho attended the signing between Lund "
        "University and Pokhara Valley University on 12 May 2023.",
        "Carvalho, Rector of Lund University, said the exchange would start in autumn.",
    )
    assert sorted(found) == ["Maria Carvalho", "Rocksane de Carvalho Norton"]
    assert found["Maria Carvalho"]["institution"] == "Lund University"
    assert found["Rocksane de Carvalho Norton"]["institution"] != "Lund University"


def test_a_surname_two_people_share_stands_for_no_one():
    found = people(
        "Prof. John Smith and Prof. Jane Smith attended the signing between Lund University and Pokhara "
        "Valley University on 12 May 2023.",
        "Smith, Rector of Lund University, said the agreement was a milestone.",
    )
    assert sorted(found) == ["Jane Smith", "John Smith"]
    assert all(person["title"] is None for person in found.values())
    assert "Smith" not in found

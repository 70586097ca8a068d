"""The office of a head of state or government named by its country ("the Presidency of the Republic of
Ghana", "the Office of the President of Kenya", "the Prime Minister's Office of Nepal") is a government body
where it takes part; an office of a university ("the Office of International Affairs of Lund University",
"the Office of the President of Lund University") is a unit of it, and the university is the record.
Phrasings written for these tests, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article


def read(sentence):
    return parse_article(f"Partners\n\ndate 2023-05-20\n\n{sentence}\n", file="t.txt")


def kinds(result):
    return {i["name"]: (i["kind"], i["country"]) for i in result["institutions"]}


@pytest.mark.parametrize(
    ("sentence", "name", "country"),
    [
        (
            "Pokhara Valley University signed a memorandum with the Presidency of the Republic of Ghana.",
            "Presidency of the Republic of Ghana",
            "GH",
        ),
        (
            "The Office of the President of Kenya and Pokhara Valley University signed an agreement.",
            "Office of the President of Kenya",
            "KE",
        ),
        (
            "Pokhara Valley University concluded an agreement with the Prime Minister's Office of Nepal.",
            "Prime Minister's Office of Nepal",
            "NP",
        ),
    ],
)
def test_an_office_of_a_head_of_state_is_a_government_party(sentence, name, country):
    result = read(sentence)
    assert kinds(result)[name] == ("government", country)
    assert name in result["agreements"][0]["parties"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Office of International Affairs of Lund University signed an agreement with Pokhara Valley "
        "University on 12 May.",
        "The Office of the President of Lund University signed an agreement with Pokhara Valley University.",
        "Lund University's International Office signed an agreement with Pokhara Valley University.",
    ],
)
def test_an_office_of_a_university_is_the_university(sentence):
    result = read(sentence)
    assert sorted(kinds(result)) == ["Lund University", "Pokhara Valley University"]
    assert sorted(result["agreements"][0]["parties"]) == ["Lund University", "Pokhara Valley University"]


def test_a_presidency_named_only_in_passing_is_no_party():
    result = read(
        "Pokhara Valley University and Lund University signed an agreement on 12 May. The rector thanked "
        "the Presidency of Ghana for its support of the scholarship scheme."
    )
    assert sorted(kinds(result)) == ["Lund University", "Pokhara Valley University"]

"""A "School" named by the kind of school it is (its level, language or faith: "High School", "Higher
School", "Language School", "Christian School") is a school of its own, where "Graduate School" or "School of
Law" is a university's unit. Those that teach below a university's level are of kind "other"."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _institutions(sentence):
    found = parse_article(f"Cooperation news\n\n{sentence}\n", file="t.txt")["institutions"]
    return {item["name"]: item["kind"] for item in found}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "Quellmoor Senior High School signed a sister school agreement with Harbourside University on "
            "3 May 2024.",
            "Quellmoor Senior High School",
            "other",
        ),
        (
            "A delegation of the Tarvenska Higher School visited Harbourside University on 3 May 2024.",
            "Tarvenska Higher School",
            "university",
        ),
        (
            "Harbourside University and Ondravi Korean Language School signed a memorandum on 3 May 2024.",
            "Ondravi Korean Language School",
            "other",
        ),
        (
            "Harbourside University welcomed teachers of Pelmarsh Christian School on 3 May 2024.",
            "Pelmarsh Christian School",
            "other",
        ),
    ],
)
def test_a_school_named_by_its_kind_is_a_school_of_its_own(sentence, name, kind):
    assert _institutions(sentence).get(name) == kind


def test_a_universitys_graduate_school_is_still_its_unit():
    names = _institutions("Tolvane University signed a deal with Harbourside University Graduate School.")
    assert "Graduate School" not in names
    assert "Harbourside University Graduate School" not in names

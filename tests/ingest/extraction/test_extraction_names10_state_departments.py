"""A state's department ("the Department of Foreign Affairs", "State Department for Agricultural Research
(SDAR)", "Department of Marine Biotechnology (DMB), India") is a government body that takes part where it
acts; a university's "Department of Physics" stays a unit of the university."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _parse(body):
    return parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")


def _institution(result, name):
    return next((item for item in result["institutions"] if item["name"] == name), None)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "On 5 May 2024 Harbourside University was received by Mr. Leo Varga, Director of the Department "
            "of Foreign Affairs of the province, to discuss student exchanges.",
            "Department of Foreign Affairs",
        ),
        (
            "A delegation headed by Prof. Ana Mwangi, Principal Secretary, State Department for Fisheries "
            "Research (SDFR), visited Harbourside University on 5 May 2024.",
            "State Department for Fisheries Research",
        ),
        (
            "On 5 May 2024 Harbourside University and the Department of Marine Biotechnology (DMB), India "
            "signed a memorandum of understanding on joint research.",
            "Department of Marine Biotechnology",
        ),
    ],
)
def test_a_states_department_is_a_government_body(body, name):
    item = _institution(_parse(body), name)
    assert item is not None
    assert item["kind"] == "government"


def test_a_departments_country_printed_after_it_is_its_country():
    result = _parse(
        "On 5 May 2024 Harbourside University and the Department of Marine Biotechnology (DMB), India signed "
        "a memorandum of understanding on joint research."
    )
    assert _institution(result, "Department of Marine Biotechnology")["country"] == "IN"


@pytest.mark.parametrize(
    "body",
    [
        "On 5 May 2024 the Department of Physics of Harbourside University signed an agreement with Kestrel "
        "College.",
        "On 5 May 2024 Harbourside University's Department of Culture and Media hosted Kestrel College.",
    ],
)
def test_a_universitys_department_is_no_body_of_its_own(body):
    names = [item["name"] for item in _parse(body)["institutions"]]
    assert not [name for name in names if name.startswith("Department")]

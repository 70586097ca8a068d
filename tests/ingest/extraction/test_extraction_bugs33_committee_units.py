"""A working group, a steering committee, a task force or a secretariat named only by what it does is a
unit of a body or of a meeting, with no body of its own: no institution, and no person either, even right
after "Head of the ..." or "Chair of the ...". A committee of schools' heads named by its members stays a
body, and a company's "Group" stays a company. Every sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse


def _result(sentence):
    return parse(f"Brannoch Academy signs MoU\n\n{sentence}")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Dr. Tomas Verrill, Head of the Working Group, signed for Brannoch Academy on 3 May 2023.", "Group"),
        (
            "Tomas Verrill, Chair of the Steering Committee, met Quellmire Polytechnic on 3 May 2023.",
            "Committee",
        ),
        ("Brannoch Academy's Working Group met Quellmire Polytechnic on 3 May 2023.", "Group"),
        ("The Joint Task Force of Brannoch Academy and Quellmire Polytechnic met on 3 May 2023.", "Force"),
        (
            "Tomas Verrill, head of the Secretariat, welcomed Quellmire Polytechnic on 3 May 2023.",
            "Secretariat",
        ),
        (
            "Ilse Margrove, Head of the Administrative Group, hosted Quellmire Polytechnic on 3 May 2023.",
            "Group",
        ),
    ],
)
def test_a_unit_named_by_what_it_does_is_no_institution_nor_person(sentence, unit):
    result = _result(sentence)
    assert not any(unit in i["name"] for i in result["institutions"])
    assert not any(unit in p["name"] for p in result["people"])


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Brannoch Academy signed an MoU with Torvane Holdings Group on 3 May 2023.",
            "Torvane Holdings Group",
        ),
        (
            "The Committee of Rectors of Velmoran Universities met Brannoch Academy on 3 May 2023.",
            "Committee of Rectors of Velmoran Universities",
        ),
    ],
)
def test_a_body_with_a_name_of_its_own_stays(sentence, body):
    assert body in {i["name"] for i in _result(sentence)["institutions"]}

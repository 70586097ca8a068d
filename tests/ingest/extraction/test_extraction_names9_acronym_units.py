"""A school, college, faculty, department or centre printed after a university's acronym is a unit of that
university, not an institution of its own: "OrVU College of Education", "LKSU International College of
Chinese Studies" (a few words may come between the acronym and the head), as "XJTU School of Management"
already was. A name whose own head follows its acronym ("KRT Royal Institute of Technology") stays an
institution. Every name and sentence is invented."""

import pytest

from registry.ingest.extraction.names import find_names


def units(sentence):
    return {m.text: m.is_unit for m in find_names(sentence, 0)}


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "The memorandum provides that OrVU College of Education will train teachers.",
            "OrVU College of Education",
        ),
        (
            "Wang Li, Vice Dean of LKSU International College of Chinese Studies, welcomed them.",
            "LKSU International College of Chinese Studies",
        ),
        (
            "A delegation from HPU Graduate Business School of Finance arrived on Monday.",
            "HPU Graduate Business School of Finance",
        ),
        (
            "Staff of TVU Marine Science Centre of Excellence joined the cruise.",
            "TVU Marine Science Centre of Excellence",
        ),
    ],
)
def test_a_unit_after_a_universitys_acronym_is_a_unit(sentence, unit):
    assert units(sentence)[unit] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "KRT Royal Institute of Technology signed the agreement.",
        "The delegation visited Orchard Valley College of Education.",
    ],
)
def test_a_name_of_its_own_stays_an_institution(sentence):
    assert not any(units(sentence).values())

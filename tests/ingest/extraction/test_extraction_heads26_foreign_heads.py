"""A school's or a foundation's name in its own language reads like the English one: "Universitat de X"
(Catalan, or "Universität" printed without its umlaut as "Universitaet X"), "Tecnológico de X" (also without
its accent) and "Fundación X", "Fondazione X", "Fundação X" sign and are signed with."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _parties(text):
    found = parse_article(f"Harbourside University news\n\n{text}\n", file="t.txt")
    return [set(agreement["parties"]) for agreement in found["agreements"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Universitat de Vallmora signed a memorandum of understanding with Harbourside University on "
            "3 May 2024.",
            "Universitat de Vallmora",
        ),
        (
            "On 3 May 2024 Harbourside University and Universitaet Grunwiesen signed an exchange agreement.",
            "Universitaet Grunwiesen",
        ),
        (
            "Harbourside University renewed its agreement with Tecnologico de Sanlucar on 3 May 2024.",
            "Tecnologico de Sanlucar",
        ),
        (
            "Tecnológico de Marvella and Harbourside University signed a framework agreement on 3 May 2024.",
            "Tecnológico de Marvella",
        ),
    ],
)
def test_a_school_named_in_its_own_language_is_a_party(text, name):
    assert {name, "Harbourside University"} in _parties(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Harbourside University signed a memorandum of understanding with Fundación Arrieta Solano on "
            "3 May 2024.",
            "Fundación Arrieta Solano",
        ),
        (
            "On 3 May 2024 Fondazione Verlatti and Harbourside University signed a cooperation agreement.",
            "Fondazione Verlatti",
        ),
        (
            "Harbourside University and Fundação Quintarelo signed an agreement on 3 May 2024.",
            "Fundação Quintarelo",
        ),
    ],
)
def test_a_foundation_named_in_its_own_language_is_a_party(text, name):
    assert {name, "Harbourside University"} in _parties(text)

"""A state's mission named in small letters is an institution: a nationality or a country's possessive, then
"embassy", "consulate" or "high commission", and its city after "in" ("talks with Moravian embassy",
"went on to Norland’s embassy in Quillon"). A place or a word that is no state before it names none."""

import pytest

from registry.ingest.extraction.names import find_names
from registry.ingest.extraction.parser import parse_article


@pytest.mark.parametrize(
    ("body", "mission", "country"),
    [
        (
            "The rector said Harbourside University welcomes closer cooperation with Turkish embassy and "
            "Quillon University in teaching and research.",
            "Turkish embassy",
            "TR",
        ),
        (
            "On 3 March 2024 the delegation of Harbourside University proceeded to Russia’s embassy in "
            "Ulaanbaatar and talked to the attaché for education.",
            "Russia’s embassy in Ulaanbaatar",
            "RU",
        ),
        (
            "Harbourside University and Peruvian consulate general signed an agreement on scholarships on "
            "3 March 2024.",
            "Peruvian consulate general",
            "PE",
        ),
    ],
)
def test_a_mission_in_small_letters_is_a_government_body(body, mission, country):
    result = parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")
    found = {item["name"]: item for item in result["institutions"]}
    assert mission in found, list(found)
    assert found[mission]["kind"] == "government"
    assert found[mission]["country"] == country


@pytest.mark.parametrize(
    "sentence",
    [
        "The guests went on to the Paris embassy for dinner.",
        "The Minister said their embassy in Tallinn would help.",
        "A reception took place at Harbour's embassy in Quillon.",
    ],
)
def test_no_state_before_it_names_no_mission(sentence):
    assert find_names(sentence, 0) == []

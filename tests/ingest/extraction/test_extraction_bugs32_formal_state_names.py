"""A state's formal name read whole, in the forms states print ("the Kyrgyz Republic", "the Hellenic
Republic", "the Grand Duchy of X", "the Principality of X", "the Bolivarian Republic of X"): a mission in
it keeps the state in its name, and the state is the country the name gives. Every sentence is invented."""

import pytest

from registry.ingest.extraction.places import countries_named, state_code
from tests.ingest.extraction.test_extraction import parse


@pytest.mark.parametrize(
    ("state", "code"),
    [
        ("the Kyrgyz Republic", "KG"),
        ("the Hellenic Republic", "GR"),
        ("the Swiss Confederation", "CH"),
        ("the Grand Duchy of Luxembourg", "LU"),
        ("the Principality of Monaco", "MC"),
        ("the Bolivarian Republic of Venezuela", "VE"),
        ("the Oriental Republic of Uruguay", "UY"),
        ("the Republic of the Union of Myanmar", "MM"),
        ("the Lao People's Democratic Republic", "LA"),
    ],
)
def test_a_formal_name_is_its_state(state, code):
    assert state_code(state) == code
    assert countries_named(f"Envoys of {state} toured the Brannoch Academy.") == {code}


@pytest.mark.parametrize(
    "state", ["the Kyrgyz Republic", "the Togolese Republic", "the Independent State of Samoa"]
)
def test_a_mission_in_a_state_so_named_keeps_the_state_in_its_name(state):
    result = parse(
        "Envoy visits Quellmire\n\n"
        f"A delegation of the Embassy of Norvania in {state} visited Quellmire Polytechnic on 2 June 2022."
    )
    names = {i["name"] for i in result["institutions"]}
    assert f"Embassy of Norvania in {state}" in names


def test_a_possessive_still_names_its_country():
    assert countries_named("Kenya's envoys met the Quellmire Polytechnic staff.") == {"KE"}


def test_the_formal_name_of_the_north_is_not_the_south():
    assert state_code("Democratic People's Republic of Korea") == "KP"

"""A body's name can state its nation inside it, where the gazetteer does not know the body: a name that
opens on two nations joined by a hyphen ("Norway-Kenya Trade Council") stands in the first, the second being
the partner it was founded with; a body named for its members of one nation ("Association of Icelandic
Colleges", "Conference of Rectors of Finnish Universities") is of that nation, whatever other nations the
article names. A hyphen between words that are not nations, or a nation before a field of study ("Institute of
Korean Studies"), says nothing."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Norway-Kenya Trade Council and the University of Nairobi put their names to a research "
            "accord on 3 May 2024.",
            "Norway-Kenya Trade Council",
            "NO",
        ),
        (
            "A six-member team of the Finnish-African Water Network visited the University of Nairobi on 3 "
            "May 2024 and signed an exchange accord there.",
            "Finnish-African Water Network",
            "FI",
        ),
        (
            "Kenyatta University signed an exchange accord with Iceland-Chile Vantorsk University "
            "on 3 May 2024.",
            "Iceland-Chile Vantorsk University",
            "IS",
        ),
    ],
)
def test_a_name_opening_on_two_nations_stands_in_the_first(text, name, code):
    assert _countries(text).get(name) == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Conference of Rectors of Finnish Universities signed an exchange accord with "
            "the University of Nairobi on 3 May 2024.",
            "Conference of Rectors of Finnish Universities",
            "FI",
        ),
        (
            "Nine envoys from the Association of Icelandic Colleges toured Kenyatta University in Kenya on "
            "3 May 2024.",
            "Association of Icelandic Colleges",
            "IS",
        ),
        (
            "The Federation of Norwegian Industries and the University of Nairobi signed a training "
            "accord on 3 May 2024 for engineers in Kenya and Tanzania.",
            "Federation of Norwegian Industries",
            "NO",
        ),
    ],
)
def test_a_body_named_for_its_members_is_of_their_nation(text, name, code):
    assert _countries(text).get(name) == code


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The Vantorsk-Norway Polytechnic signed an exchange accord with the University "
            "of Nairobi on 3 May 2024.",
            "Vantorsk-Norway Polytechnic",
            "NO",
        ),
        (
            "The Institute of Icelandic Studies signed an exchange accord with the University "
            "of Nairobi on 3 May 2024.",
            "Institute of Icelandic Studies",
            "IS",
        ),
    ],
)
def test_no_nation_where_the_name_states_none(text, name, code):
    assert _countries(text).get(name) != code

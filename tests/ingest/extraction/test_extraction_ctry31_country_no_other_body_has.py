"""The one body left without a country takes the one country the article names that none of its other
bodies has: mostly the publisher, whose own page need not say where it is ("the Ruritanian side", "our
campus in Ruritania") while its partners are named with theirs. Nothing is taken where two bodies are left
without a country, where the article names two such countries, for a state body, or from the place a trip
went to."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _countries(text):
    result = parse_article(f"Campus news\n\n{text}\n", file="t.txt")
    return {item["name"]: item["country"] for item in result["institutions"]}


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "A delegation of the University of Nairobi visited QNWU on 3 May 2024. QNWU and the University "
            "of Nairobi sealed an exchange accord. The rector said the ties between Norway and "
            "the partner would grow.",
            "QNWU",
            "NO",
        ),
        (
            "Vantorsk Mariner College hosted a delegation from Kenyatta University on 3 May 2024. The two "
            "rectors sealed an exchange accord. The college is the oldest in Finland.",
            "Vantorsk Mariner College",
            "FI",
        ),
        (
            "On 3 May 2024 the rector of Brattlund Polytechnic welcomed the guests from Kenyatta "
            "University. The two schools will exchange students between Kenya and Iceland.",
            "Brattlund Polytechnic",
            "IS",
        ),
    ],
)
def test_the_one_country_no_other_body_has(text, name, code):
    assert _countries(text).get(name) == code


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vantorsk Mariner College and Brattlund Polytechnic sealed an exchange accord with "
            "the University of Nairobi on 3 May 2024. The ties between Norway and Kenya will grow.",
            "Vantorsk Mariner College",
        ),
        (
            "Vantorsk Mariner College sealed an exchange accord with the University of Nairobi "
            "on 3 May 2024. Students from Norway and Iceland will take part.",
            "Vantorsk Mariner College",
        ),
        (
            "A delegation of Vantorsk Mariner College visited the University of Nairobi on 3 May 2024, "
            "after a visit to Tanzania.",
            "Vantorsk Mariner College",
        ),
        (
            "In June 2024 a delegation from Vantorsk Mariner College toured Norway. It called on the "
            "University of Nairobi's office there.",
            "Vantorsk Mariner College",
        ),
        (
            "Touring Iceland in June 2024, the rector of Brattlund Polytechnic met the University of "
            "Nairobi's envoys.",
            "Brattlund Polytechnic",
        ),
        (
            "The Water Commission sealed an exchange accord with the University of Nairobi and "
            "the University of Ghana on 3 May 2024. Experts from Norway will take part.",
            "Water Commission",
        ),
    ],
)
def test_no_country_is_taken(text, name):
    assert _countries(text).get(name) is None

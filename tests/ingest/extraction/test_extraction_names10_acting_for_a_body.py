"""A council, a foundation or another body that the article names only in passing is left out, but one that
someone acts for ("on the part of the X Council", "on behalf of the X Foundation", "representing the X
Union") or that organised the occasion takes part."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _names(body):
    result = parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")
    return [item["name"] for item in result["institutions"]]


@pytest.mark.parametrize(
    ("body", "body_name"),
    [
        (
            "Harbourside University met its partners on 4 April 2024. On the part of the Council of Harbour "
            "Rectors, the meeting was chaired by its vice president.",
            "Council of Harbour Rectors",
        ),
        (
            "On 4 April 2024 Harbourside University signed a memorandum of understanding; Mr. Paul Ode, on "
            "behalf of the Lakeshore Heritage Foundation, signed it too.",
            "Lakeshore Heritage Foundation",
        ),
        (
            "Dr. Mira Salo, representing the Union of Northern Rectors, welcomed Harbourside University's "
            "delegation on 4 April 2024.",
            "Union of Northern Rectors",
        ),
        (
            "The education fair, organised by the Kestrel Arts Foundation, was visited by Harbourside "
            "University on 4 April 2024.",
            "Kestrel Arts Foundation",
        ),
    ],
)
def test_a_body_someone_acts_for_takes_part(body, body_name):
    assert body_name in _names(body)


def test_a_body_named_in_passing_is_left_out():
    body = (
        "Harbourside University signed a memorandum of understanding with Lakeshore University on 4 April "
        "2024; the Lakeshore Heritage Foundation was founded in 1990."
    )
    assert "Lakeshore Heritage Foundation" not in _names(body)

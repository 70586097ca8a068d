"""A country's name read whole is not read again by its parts: "Northern Ireland" is the United Kingdom
alone, "Papua New Guinea" is not Guinea, "Guinea-Bissau" is its own state."""

import pytest

from registry.ingest.extraction.places import countries_named


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("The Zorvath Lyceum hosted guests from Northern Ireland last week.", {"GB"}),
        ("A choir from Papua New Guinea sang at the Quellmire Polytechnic.", {"PG"}),
        ("Teachers from Guinea-Bissau toured the Brannoch Academy.", {"GW"}),
        ("Envoys of the Democratic Republic of the Congo visited Tesk Hall.", {"CD"}),
        ("Students of Equatorial Guinea and South Sudan joined the Veltrin course.", {"GQ", "SS"}),
        ("A minister of North Korea spoke, then one of Trinidad and Tobago.", {"KP", "TT"}),
    ],
)
def test_a_name_read_whole_is_not_read_again_by_its_parts(text, codes):
    assert countries_named(text) == codes


def test_the_parts_named_on_their_own_still_count():
    text = "The Orrisby Institute signed with partners in Ireland, Guinea and Sudan."
    assert countries_named(text) == {"IE", "GN", "SD"}

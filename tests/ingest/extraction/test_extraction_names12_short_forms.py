"""A name printed again in a shorter form is the same institution: without a honorific of several words in
front, where the short form still has three words or more ("Queen Adela II Harbour Marine University", then
"Harbour Marine University"); or a two-word name whose first word is distinctive, without what its head is
"of" or "for" ("Quorvel University for Science and Technology", then "Quorvel University"). A short form
that opens with a place or a nationality is another institution ("Tokyo University" is not "Tokyo University
of Science")."""

import pytest

from registry.ingest.extraction.institutions import same_institution
from registry.ingest.extraction.parser import parse_article


@pytest.mark.parametrize(
    ("body", "long_name"),
    [
        (
            "On 3 March 2024 Harbourside College signed a memorandum with Queen Adela II Norvik Marine "
            "University. Norvik Marine University will send ten students in autumn.",
            "Queen Adela II Norvik Marine University",
        ),
        (
            "Harbourside College hosted a delegation of Quorvel University for Science and Technology on "
            "3 March 2024. The President of Quorvel University thanked the hosts.",
            "Quorvel University for Science and Technology",
        ),
        (
            "Harbourside College and Sandrel Institute of Applied Arts signed an agreement on 3 March 2024. "
            "Students of Sandrel Institute will join the summer school.",
            "Sandrel Institute of Applied Arts",
        ),
    ],
)
def test_a_shorter_form_of_a_name_is_the_same_institution(body, long_name):
    result = parse_article(f"Cooperation news\n\n{body}\n", file="t.txt")
    names = [item["name"] for item in result["institutions"]]
    assert long_name in names
    assert len(names) == 2, names


@pytest.mark.parametrize(
    ("short", "long_name"),
    [
        ("Tokyo University", "Tokyo University of Science"),
        ("American University", "American University of Beirut"),
        ("Warsaw University", "Warsaw University of Technology"),
        ("Kazakh National University", "Al-Farabi Kazakh National University"),
        ("Sydney Institute of Technology", "Western Sydney Institute of Technology"),
    ],
)
def test_a_short_form_opening_with_a_place_or_a_nationality_is_another(short, long_name):
    assert not same_institution(short, long_name)

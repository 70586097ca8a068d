"""Where the publisher is configured and the signing sentence names only the partner, a bare "the
university" (or school, college, institute) as the signer is the publisher; a named institution left in
the article stays the signer, and with no publisher configured nothing is invented."""

import pytest

from registry.ingest.extraction import parse_article

HOME = "Karvella State University"


def parties(body, home=HOME):
    text = f"News of the week\n\ndate 2024-03-05\n\n{body} The two sides will exchange staff.\n"
    found = parse_article(text, file="t.txt", home_institution=home)["agreements"]
    return [sorted(a["parties"]) for a in found]


@pytest.mark.parametrize(
    ("body", "partner"),
    [
        (
            "The University signed a student exchange agreement with Tarsley Polytechnic on 4 March 2024.",
            "Tarsley Polytechnic",
        ),
        (
            "On 4 March 2024 the college and the Halvorsen Institute of Design concluded a memorandum of "
            "understanding.",
            "Halvorsen Institute of Design",
        ),
        (
            "A framework agreement was signed on 4 March 2024 by the school with Dunmoor Medical University.",
            "Dunmoor Medical University",
        ),
    ],
)
def test_a_bare_body_word_as_signer_is_the_configured_publisher(body, partner):
    assert parties(body) == [sorted([HOME, partner])]


def test_a_named_institution_in_the_article_stays_the_signer():
    body = (
        "Merrow University hosted a forum on 3 March 2024. On 4 March 2024 the university signed an MoU "
        "with Tarsley Polytechnic."
    )
    assert parties(body) == [["Merrow University", "Tarsley Polytechnic"]]


def test_without_a_configured_publisher_no_signer_is_invented():
    body = "The university signed a memorandum of understanding with Tarsley Polytechnic on 4 March 2024."
    assert parties(body, home=None) == [["Tarsley Polytechnic"]]

"""Who the parties of an agreement are when the sentence does not name them plainly: a list of partners set
off by semicolons. Each rule in at least three phrasings that no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreement_parties(result):
    return sorted(sorted(a["parties"]) for a in result["agreements"])


# -- partners listed with semicolons ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University signed four agreements during the trip, with Ghent University; Uppsala University; "
        "Leiden University and Aarhus University.",
        "During the tour Lund University concluded separate agreements with Ghent University; Uppsala "
        "University; Leiden University; and Aarhus University.",
        "Lund University inked cooperation agreements, among them ones with Ghent University; Uppsala "
        "University; Leiden University; Aarhus University.",
    ],
)
def test_a_partner_list_set_off_by_semicolons_gives_one_document_per_partner(sentence):
    result = read(sentence)
    assert agreement_parties(result) == [
        ["Aarhus University", "Lund University"],
        ["Ghent University", "Lund University"],
        ["Leiden University", "Lund University"],
        ["Lund University", "Uppsala University"],
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University signed a memorandum of understanding with Ghent University; Uppsala University "
        "hosted the ceremony.",
        "Lund University signed a memorandum of understanding with Ghent University; later, Uppsala "
        "University welcomed the rector.",
        "Lund University renewed its agreement with Ghent University; the rector then flew to Uppsala "
        "University.",
    ],
)
def test_a_clause_after_a_semicolon_is_no_partner_of_the_document_before_it(sentence):
    result = read(sentence)
    assert agreement_parties(result) == [["Ghent University", "Lund University"]]

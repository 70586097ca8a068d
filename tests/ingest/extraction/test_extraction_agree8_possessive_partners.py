"""A partner named with its country's or owner's possessive ("between the university's X and Brazil's Y",
"with Belgium's A and Denmark's B") stays in the partner list. Each rule in three phrasings no article
uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def parties(result):
    return sorted(sorted(a["parties"]) for a in result["agreements"])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "There the President of Lund University signed an agreement between the university's Lund "
            "Institute of Technology and Belgium's Ghent University.",
            [["Ghent University", "Lund Institute of Technology"]],
        ),
        (
            "Uppsala University signed agreements with Belgium's Ghent University and Denmark's Aarhus "
            "University on 3 May.",
            [["Aarhus University", "Uppsala University"], ["Ghent University", "Uppsala University"]],
        ),
        (
            "On 3 May Uppsala University concluded MoUs with Sweden's Lund University, Belgium's Ghent "
            "University and Denmark's Aarhus University.",
            [
                ["Aarhus University", "Uppsala University"],
                ["Ghent University", "Uppsala University"],
                ["Lund University", "Uppsala University"],
            ],
        ),
    ],
)
def test_a_partner_named_with_a_possessive_stays_in_the_partner_list(sentence, expected):
    assert parties(read(sentence)) == expected

"""Words of titles are never read as people: "Chief", "Emeritus", "High Commissioner", "Hon.", the Malay
"Madya". Three phrasings each, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article


def names_in(*sentences):
    text = "Cooperation news\n\ndate 2023-05-10\n\n" + "\n\n".join(sentences) + "\n"
    return {p["name"] for p in parse_article(text, file="t.txt")["people"]}


VISIT = "A delegation from Ghent University visited Leiden University on 3 May."


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("The Deputy Chief Executive, Dr Anna Verbeek, welcomed the delegation.", "Anna Verbeek"),
        ("Mr. Jan Smit, President Emeritus of the Dutch Rectors' Conference, attended.", "Jan Smit"),
        ("The High Commissioner met Rector Anna Verbeek on the first day.", "Anna Verbeek"),
        ("The delegation was received by Prof. Hon. Jan Smit, the Rector.", "Jan Smit"),
        ("Also present was Prof Madya Dr Anna Verbeek, Dean of Law.", "Anna Verbeek"),
        ("Profesor Madya Jan Smit, Director of the International Office, spoke.", "Jan Smit"),
        ("Rector Anna Verbeek thanked the Honourable Jan Smit, the Vice-Rector, for the visit.", "Jan Smit"),
        (
            "The Chief Commissioner, Professor Emerita Anna Verbeek, signed for Leiden University.",
            "Anna Verbeek",
        ),
    ],
)
def test_a_title_word_is_no_person(sentence, person):
    names = names_in(VISIT, sentence)
    assert person in names
    assert not names & {
        "Chief",
        "Emeritus",
        "Emerita",
        "High Commissioner",
        "High",
        "Hon",
        "Madya",
        "Commissioner",
    }

"""A plan to sign a memorandum, told of two bodies that sign one in the same article, is the plan of that
document (one document, one record), whether the plan is told before the signing or after it, and whether
the memorandum is named by its bare noun or by its full name ("a Memorandum of Understanding"). A document
signed in an earlier year, and a plan named by another kind's noun, stay documents of their own."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = sorted(["Brisdane Maritime College", "Ostrelin Polytechnic"])


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "On 3 May, Ostrelin Polytechnic and Brisdane Maritime College agreed to sign a Memorandum of "
            "Understanding (MoU).",
            "The signing ceremony was held at the rectorate of Ostrelin Polytechnic.",
            "The signed MoU will run for four years and covers staff exchange between the two colleges.",
        ),
        (
            "Brisdane Maritime College signed a memorandum of understanding with Ostrelin Polytechnic on "
            "4 May.",
            "The visit of the Brisdane delegation was meant to carry the plan forward with the signing of a "
            "memorandum of understanding, said the director of Ostrelin Polytechnic.",
        ),
        (
            "Ostrelin Polytechnic and Brisdane Maritime College signed a memorandum of cooperation on 4 May.",
            "Talks on the signing of the Memorandum of Understanding between Ostrelin Polytechnic and "
            "Brisdane Maritime College had taken place in March.",
        ),
    ],
)
def test_the_plan_of_a_memorandum_signed_is_no_record_of_its_own(sentences):
    assert actions_and_parties(article(*sentences)) == [("signed", PAIR)]


def test_a_plan_of_another_kind_stays_its_own_record():
    text = article(
        "Ostrelin Polytechnic and Brisdane Maritime College signed a memorandum of understanding on 4 May.",
        "The two colleges also plan to sign a student exchange agreement next year.",
    )
    assert ("discussed", PAIR) in actions_and_parties(text)

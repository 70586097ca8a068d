"""A plan to sign a memorandum, told of two bodies that sign one in the same article, is the plan of that
document (one document, one record), whether the plan is told before the signing or after it, and whether
the memorandum goes by its bare noun or by its full name ("a Memorandum of Agreement"). A plan named by
another kind's noun stays a document of its own."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

PAIR = sorted(["Brisdane Maritime College", "Ostrelin Polytechnic"])


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Ostrelin Polytechnic and Brisdane Maritime College agreed they would sign a Memorandum of "
            "Agreement (MoA) soon.",
            "The signing rite took place in the rectorate of Ostrelin Polytechnic on 5 May.",
            "The signed MoA will run for four years and covers staff exchange between the two colleges.",
        ),
        (
            "Brisdane Maritime College inked a memorandum of agreement with Ostrelin Polytechnic on 4 May.",
            "The visit of the Brisdane delegation was meant to carry the plan further with a signing of the "
            "memorandum of agreement, said the director of Ostrelin Polytechnic.",
        ),
        (
            "Ostrelin Polytechnic and Brisdane Maritime College inked a memorandum of cooperation on 4 May.",
            "Talks about signing the Memorandum of Agreement between Ostrelin Polytechnic and Brisdane "
            "Maritime College had taken place in March.",
        ),
    ],
)
def test_the_plan_of_a_memorandum_signed_is_no_record_of_its_own(sentences):
    assert actions_and_parties(article(*sentences)) == [("signed", PAIR)]


def test_a_plan_of_another_kind_stays_its_own_record():
    text = article(
        "Ostrelin Polytechnic and Brisdane Maritime College inked a memorandum of agreement on 4 May.",
        "The two colleges also plan to conclude a student exchange agreement next year.",
    )
    assert ("discussed", PAIR) in actions_and_parties(text)

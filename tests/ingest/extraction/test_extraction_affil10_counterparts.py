"""The person named by a title whom someone of a known institution met or signed with acts for the one other
institution the sentence names; with no other institution there, or several, nothing is said. Three
phrasings per rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

OPENING = "Rector Anna Verbeek of Ghent University led a delegation on a tour of Dutch universities."


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Verbeek also visited Leiden University and met with Executive Vice-President Jan Smit.",
        "Rector Verbeek later toured Leiden University, where she signed a partnership agreement with "
        "Rector Jan Smit.",
        "In May, Rector Verbeek met with Dean Jan Smit to sign an exchange agreement with Leiden University.",
    ],
)
def test_the_person_met_acts_for_the_other_institution_of_the_sentence(sentence):
    assert institutions_of(article(OPENING, sentence))["Jan Smit"] == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Verbeek visited Leiden University and Utrecht University and met with Dean Jan Smit.",
        "Rector Verbeek then met with Vice-Rector Jan Smit in the capital.",
        "Rector Verbeek signed an agreement with Leiden University and held talks with Utrecht University "
        "and with Dean Jan Smit.",
    ],
)
def test_with_no_other_institution_or_several_nothing_is_said(sentence):
    assert institutions_of(article(OPENING, sentence)).get("Jan Smit") is None


def test_a_person_met_by_someone_whose_institution_is_unknown_gets_none():
    text = article(
        "Leiden University signed an agreement with Ghent University.",
        # (no visit told: whom someone met right after visiting a place acts for that place, people39)
        "Jan Pieters met with Dean Jan Smit to sign an agreement with Utrecht University.",
    )
    assert institutions_of(text).get("Jan Smit") is None

"""A title the article ties to an institution names the institution of a person with that bare title only
where the place it is printed gives it to nobody else: printed beside another named person it is theirs, and
printed apart from the person's own name in the sentence that names them ("President A signed the agreement
the President of X had signed") it tells a second holder. Printed as the person's own ("X President A") it
still counts. Three phrasings per rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article
from tests.ingest.extraction.reading import institutions_of as people

OPENING = "Ghent University and Leiden University held talks on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Jan Smit signed the accord, which the Rector of Leiden University had signed in April.",
        "Rector Jan Smit thanked the hosts and said that the Rector of Leiden University would visit in "
        "June.",
        "The talks were opened by Rector Jan Smit; the Rector of Leiden University sent a message.",
    ],
)
def test_a_title_printed_apart_from_the_holders_name_tells_a_second_holder(sentence):
    assert people(article(OPENING, sentence))["Jan Smit"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice Rector of Leiden University and President of the Lorentz Society Anna Verbeek arrived on "
        "2 May.",
        "The guests were led by Vice Rector of Leiden University, President of the Lorentz Society, Prof. "
        "Anna Verbeek.",
        "Anna Verbeek, President of the Lorentz Society and Vice Rector of Leiden University, arrived on "
        "2 May.",
    ],
)
def test_a_title_printed_beside_another_named_person_is_theirs(sentence):
    text = article(OPENING, sentence, "Vice Rector Jan Smit hosted the talks.")
    assert people(text)["Jan Smit"] is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Leiden University Rector Jan Smit, Dean Anna Verbeek and Dean Karel Bos met the guests.",
        "The Rector of Leiden University, Prof. Dr. Jan Smit, and Dean Anna Verbeek met the guests.",
        "Leiden University's Rector, Jan Smit, toured the campus with Dean Anna Verbeek.",
    ],
)
def test_a_title_printed_as_the_holders_own_still_names_the_institution(sentence):
    assert people(article(OPENING, sentence, "Rector Jan Smit spoke of new exchanges."))["Jan Smit"] == (
        "Leiden University"
    )

"""A body read from the role it plays: a capitalised name that has no head word the grammar knows and that the
gazetteer does not know is an institution where only a body stands: either side of "between X and Y", the side
a delegation comes from ("a delegation from X") or is named by ("the X delegation"). Not where the name is a
person's (a title before it anywhere in the article), a country, a programme, a plural or the first part of a
longer name. Three phrasings per rule, none taken from an article; every body is invented."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article, parsed, trips


@pytest.mark.parametrize(
    "sentence",
    [
        "The memorandum between Brackwater University and Tessaly Crafts Guild was signed on 3 May.",
        "An agreement between Tessaly Crafts Guild and Brackwater University was signed on 3 May.",
        "On 3 May the twinning accord between Tessaly Crafts Guild and Brackwater University was signed.",
    ],
)
def test_a_name_without_a_head_word_is_a_party_to_the_document(sentence):
    agreements = actions_and_parties(article(sentence))
    assert ("signed", ["Brackwater University", "Tessaly Crafts Guild"]) in agreements


@pytest.mark.parametrize(
    "sentence",
    [
        "A delegation from Orrisfield Learning Board visited Brackwater University on 3 May.",
        "Brackwater University welcomed the Orrisfield Learning Board delegation on 3 May.",
        "On 3 May Brackwater University hosted a delegation of Orrisfield Learning Board led by its chair.",
    ],
)
def test_a_name_without_a_head_word_is_the_visiting_side(sentence):
    assert ("Orrisfield Learning Board", "Brackwater University") in trips(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "An agreement between Vice Chancellor Amelie Strand and Brackwater University was signed on 3 May.",
        "A delegation from Valdoria visited Brackwater University on 3 May.",
        "An agreement between Erasmus Mundus Programme and Brackwater University was signed on 3 May.",
    ],
)
def test_a_title_a_country_or_a_programme_in_the_slot_is_no_body(sentence):
    names = {item["name"] for item in parsed(article(sentence))["institutions"]}
    assert names == {"Brackwater University"}


@pytest.mark.parametrize(
    ("sentences", "not_a_body"),
    [
        (
            (
                "An agreement between Brackwater University and Orrin Vale was signed on 3 May.",
                "President Orrin Vale thanked the hosts for the welcome.",
            ),
            "Orrin Vale",
        ),
        (
            ("A delegation from Coastal Mining and Design Institute visited Brackwater University.",),
            "Coastal Mining",
        ),
        (
            ("A delegation from Northern Tourism Partners visited Brackwater University on 3 May.",),
            "Northern Tourism Partners",
        ),
    ],
)
def test_a_person_a_part_of_a_longer_name_or_a_plural_is_no_body(sentences, not_a_body):
    names = {item["name"] for item in parsed(article(*sentences))["institutions"]}
    assert not_a_body not in names

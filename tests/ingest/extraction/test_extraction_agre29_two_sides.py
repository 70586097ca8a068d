"""A document is made between two sides. Where the article lets the parser find only one of them, the
record would name half a document, and a registry reader could not tell it from a real one: no record is
kept. Two exceptions: the unnamed publisher ("our college signed an MoU with B"), never given a name, and
a side the article counts without naming ("with the representatives of nine colleges"); there the one
partner named is all the article tells, and the record stays."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "Orvanto Maritime Academy inked a cooperation memorandum on 3 May.",
            "The memorandum opens a summer school for cadets.",
        ),
        (
            "Kelmora Institute of Design opened its new library on 12 April.",
            "At the opening, Kelmora Institute of Design also signed a cooperation agreement.",
        ),
        (
            "Students of Brisdane Polytechnic College presented their robots at the fair.",
            "Brisdane Polytechnic College inked an agreement to promote internships.",
        ),
    ],
)
def test_a_document_with_one_side_found_is_no_record(sentences):
    assert actions_and_parties(article(*sentences)) == []


@pytest.mark.parametrize(
    "sentence, partner",
    [
        (
            "Our college inked a cooperation memorandum with Orvanto Maritime Academy.",
            "Orvanto Maritime Academy",
        ),
        (
            "Our university and Kelmora Institute of Design signed an MoU on 4 May.",
            "Kelmora Institute of Design",
        ),
        (
            "An agreement was signed between our school and Brisdane Polytechnic College.",
            "Brisdane Polytechnic College",
        ),
    ],
)
def test_the_one_partner_of_an_unnamed_publisher_is_the_record(sentence, partner):
    assert actions_and_parties(article(sentence)) == [("signed", [partner])]


@pytest.mark.parametrize(
    "sentence",
    [
        "The MoU was signed between Orvanto Maritime Academy and the representatives of nine colleges.",
        "Orvanto Maritime Academy inked a cooperation memorandum with twelve partner universities.",
        "An agreement was signed by Orvanto Maritime Academy and five vocational schools of the region.",
    ],
)
def test_the_one_side_named_beside_a_counted_group_is_the_record(sentence):
    assert actions_and_parties(article(sentence)) == [("signed", ["Orvanto Maritime Academy"])]

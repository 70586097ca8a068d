"""A sentence that names only a document's partner ("an MoU was signed with B") leaves the signer to the
story, and the last default is the article's most-named body. An acronym that nobody spells out (nor the
gazetteer) is no such default: on real pages it abbreviated a document, a title or a group of students as
often as a body, and a wrong party costs a missed record and an extra one. With no signer found, the record
names one side only, and none is kept. A body named in full stays the default."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "The KVD opened its spring school on 2 May.",
            "The KVD welcomed forty students from abroad.",
            "A cooperation memorandum was inked with Ostrelin Polytechnic.",
        ),
        (
            "The QZR held its annual congress in March.",
            "Delegates of the QZR elected a new board.",
            "An agreement on joint research was signed with Velmora University on 4 May.",
        ),
        (
            "The MNT hosted a fair of vocational schools.",
            "The MNT showed its new workshops.",
            "During the fair, an MoU was signed with Kelmora Institute of Design.",
        ),
    ],
)
def test_an_unexplained_acronym_is_not_guessed_as_the_signer(sentences):
    assert actions_and_parties(article(*sentences)) == []


def test_a_body_named_in_full_stays_the_default_signer():
    sentences = (
        "Brisdane Polytechnic College opened its spring school on 2 May.",
        "Brisdane Polytechnic College welcomed forty students from abroad.",
        "A cooperation memorandum was inked with Ostrelin Polytechnic.",
    )
    assert actions_and_parties(article(*sentences)) == [
        ("signed", sorted(["Brisdane Polytechnic College", "Ostrelin Polytechnic"]))
    ]

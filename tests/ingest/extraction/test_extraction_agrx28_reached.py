"""An agreement "reached" is a document concluded where the text names its partners, its time or its aim
right after it ("reached a transfer agreement with B", "An accord was reached between A and B", "had
reached an agreement back in 2019", "A framework accord was reached covering ..."); one reached on or
about something, or to do something, is a consensus of talks and names no document; so does one put in
the future."""

import pytest

from tests.ingest.extraction.reading import actions_and_parties, article

ONE, OTHER = "Tamsworth Polytechnic", "Corrivale University of Music"
PAIR = sorted([ONE, OTHER])


@pytest.mark.parametrize(
    "sentence",
    [
        f"{ONE} has reached a transfer agreement with {OTHER} in Lisbon, Portugal.",
        f"An accord was reached between {ONE} and {OTHER} for a chair of organ studies.",
        f"{ONE} and {OTHER} had reached an agreement back in March 2019 so that lecturers teach at both.",
    ],
)
def test_an_agreement_reached_with_its_partners_or_its_time_is_signed(sentence):
    assert actions_and_parties(article(sentence)) == [("signed", PAIR)]


def test_a_framework_agreement_reached_by_the_pair_just_told_is_signed():
    text = article(
        f"On 4 April a delegation of {OTHER} visited {ONE}.",
        "A framework accord was reached covering joint research in early music by the two universities.",
    )
    assert actions_and_parties(text) == [("signed", PAIR)]


@pytest.mark.parametrize(
    "sentence",
    [
        f"{ONE} and {OTHER} reached an agreement on closer ties between their choirs.",
        f"When {ONE} met {OTHER}, an accord was reached to widen the exchange of teachers.",
        f"{ONE} and {OTHER} reached an agreement that their libraries would share scores.",
    ],
)
def test_an_agreement_reached_on_something_is_a_consensus_not_a_document(sentence):
    assert ("signed", PAIR) not in actions_and_parties(article(sentence))


def test_an_agreement_still_to_be_reached_is_not_signed():
    text = article(f"{ONE} and {OTHER} will reach an agreement with each other before the winter term.")
    assert ("signed", PAIR) not in actions_and_parties(text)

"""A signing or talks held at the place of one of their sides. "A of X and B of Y renewed the agreement in a
ceremony at Y", "the signing ceremony, held at Y's Senate Hall", "talks were held at the rector's office in
the Old Mill building, Y": the other side came to Y, a trip of its own though no verb of visiting tells it
(extraction-format.md: one record per visitor and host). Not for an online signing, a committee of one body
meeting somewhere, or where the article tells the trips to the place itself.
Three phrasings, none taken from an article; every body and person is invented."""

import pytest

from tests.ingest.extraction.reading import article, trips

GUEST = [("Quellmoor Polytechnic", "Brackwater University")]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "On 3 May 2024, Rector Olaf Ruud of Quellmoor Polytechnic and President Ines Kamau of Brackwater "
            "University renewed their exchange agreement in a ceremony at Brackwater University.",
        ),
        (
            "Rector Olaf Ruud of Quellmoor Polytechnic joined President Ines Kamau of Brackwater "
            "University for "
            "the signing ceremony of a memorandum of understanding, held at Brackwater University's "
            "Senate Hall "
            "on 3 May 2024.",
        ),
        (
            "Brackwater University and Quellmoor Polytechnic signed a memorandum of understanding on 3 "
            "May 2024.",
            "After the signing, talks between the two delegations were held at the rector's office in "
            "the Old "
            "Mill building, Brackwater University.",
        ),
    ],
)
def test_the_other_side_of_an_occasion_at_ones_place_is_its_guest(sentences):
    assert trips(article(*sentences)) == GUEST


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May 2024, Quellmoor Polytechnic and Brackwater University signed a memorandum of understanding "
        "online, in a ceremony hosted at Brackwater University.",
        "The annual meeting of the joint committee of Quellmoor Polytechnic was held at Brackwater "
        "University on "
        "3 May 2024.",
    ],
)
def test_an_online_signing_or_a_committee_held_somewhere_is_no_trip(sentence):
    assert trips(article(sentence)) == []

"""Thanks for a visit or for hospitality, told after the trip itself: the trip is read once and the thanks
sentence is read without a failure (the check "is a trip between them told already?" compared the two
institutions as set members, which they cannot be, so the sentence was dropped with a warning). Three
phrasings, none taken from an article; every body and person is invented."""

import pytest

from tests.ingest.extraction.reading import article, parsed, trips


@pytest.mark.parametrize(
    ("sentences", "trip"),
    [
        (
            (
                "On 4 May, a delegation from Quellmoor Polytechnic visited Brackwater University.",
                "Rector Olaf Ruud of Brackwater University thanked the delegation from Quellmoor "
                "Polytechnic for the visit.",
            ),
            ("Quellmoor Polytechnic", "Brackwater University"),
        ),
        (
            (
                "Dean Hilde Marsk of Tarnvale College visited Ostrander University on 12 June.",
                "Dean Hilde Marsk thanked Rector Ivo Pell of Ostrander University for his hospitality.",
            ),
            ("Tarnvale College", "Ostrander University"),
        ),
        (
            (
                "A team from Saint Ormond Institute called on Vellhaven University on 2 March.",
                "In closing, Registrar Mara Quist of Vellhaven University thanked the team from Saint Ormond "
                "Institute for their visit.",
            ),
            ("Saint Ormond Institute", "Vellhaven University"),
        ),
    ],
)
def test_thanks_after_a_trip_told_add_no_trip_and_no_warning(sentences, trip):
    text = article(*sentences)
    assert trips(text) == [trip]
    assert not [w for w in parsed(text)["warnings"] if "not read" in w]

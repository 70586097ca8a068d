"""Who visits whom where the host is told first. "X had the honour to receive a visit from Y", "..., said A of
X on receiving a two-day visit from Y": every form of the verb (infinitive, participle, present) tells X
as the host and Y as the visitor, as "X received a visit from Y" already did.
Three phrasings, none taken from an article; every body and person is invented."""

import pytest

from tests.ingest.extraction.reading import article, trips


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May 2024, Brackwater University had the honour to receive a visit from Quellmoor Polytechnic.",
        "“We look forward to joint projects,” said Rector Olaf Ruud of Brackwater University on receiving "
        "a working visit from Quellmoor Polytechnic on 3 May 2024.",
        "Brackwater University receives a study visit from Quellmoor Polytechnic this week, its rector "
        "said on 3 May 2024.",
    ],
)
def test_the_subject_of_receiving_a_visit_hosts_it(sentence):
    assert trips(article(sentence)) == [("Quellmoor Polytechnic", "Brackwater University")]

"""The stops of a trip abroad told as talks. "A delegation from X, which was in Kenya recently, met with the
leaders of A and B", "On 4 May, delegates held talks with B": on a trip to a host in another country than the
visitor's, each body of a country other than the visitor's that the travellers meet or sign with is one more
host of the trip (extraction-format.md: one record per visitor and host); bodies of the visitor's own country
are not. Three phrasings, none taken from an article; every body and person is invented."""

import pytest

from tests.ingest.extraction.reading import article, trips

TWO_HOSTS = [
    ("Brackwater University", "Quellmoor University"),
    ("Brackwater University", "Tarnvale University"),
]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "A delegation from Brackwater University, Australia, which was in Kenya last week, met with the "
            "leaders of Quellmoor University, Kenya, and Tarnvale University, Kenya.",
            "The delegation also visited Quellmoor University and signed a memorandum of understanding "
            "on 3 May "
            "2024.",
        ),
        (
            "Brackwater University (Australia) visited Quellmoor University (Kenya) on 3 May 2024.",
            "On 4 May, delegates held talks with Tarnvale University (Kenya) on research cooperation.",
        ),
        (
            "Vice-Chancellor Olaf Ruud of Brackwater University, Australia, visited Quellmoor "
            "University, Kenya, "
            "on 3 May 2024.",
            "On 5 May, Vice-Chancellor Ruud and Rector Ines Kamau of Tarnvale University, Kenya, signed a "
            "memorandum of understanding at a ceremony in Mombasa.",
        ),
    ],
)
def test_each_body_abroad_met_on_the_trip_is_a_host(sentences):
    assert trips(article(*sentences)) == TWO_HOSTS


def test_a_body_of_the_visitors_own_country_met_on_the_trip_is_no_host():
    text = article(
        "Vice-Chancellor Olaf Ruud of Brackwater University, Australia, visited Quellmoor University, "
        "Australia, "
        "on 3 May 2024.",
        "On 5 May, Vice-Chancellor Ruud and Rector Ines Kamau of Tarnvale University, Australia, signed a "
        "memorandum of understanding at a ceremony in Perth.",
    )
    assert trips(text) == [("Brackwater University", "Quellmoor University")]

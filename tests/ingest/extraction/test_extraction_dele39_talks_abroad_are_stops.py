"""The stops of a trip abroad told as talks. "X visited A in Kenya. ... Talks with the management of B,
Kenya, followed on 5 May", "On 4 May, delegates held talks with B (Kenya)": on a trip to a host in another
country than the visitor's, each body of a country the trip went to that the travellers meet or sign with,
in a sentence that names no host of theirs, is one more host of the trip (extraction-format.md: one record
per visitor and host). Bodies of a third country, or of the visitor's own, are people met, not stops; and
where a signing ceremony is split by host, a host the visitor signed nothing with held talks.
Three phrasings each, none taken from an article; every body and person is invented."""

import pytest

from tests.ingest.extraction.reading import article, parsed, trips

TWO_HOSTS = [
    ("Brackwater University", "Quellmoor University"),
    ("Brackwater University", "Tarnvale University"),
]


@pytest.mark.parametrize(
    "sentences",
    [
        (
            "A delegation of Brackwater University, Australia, visited Quellmoor University, Kenya, on 3 May "
            "2024.",
            "Talks with the management of Tarnvale University, Kenya, followed on 5 May.",
        ),
        (
            "Brackwater University (Australia) visited Quellmoor University (Kenya) on 3 May 2024.",
            "On 4 May, delegates held talks with Tarnvale University (Kenya) on research cooperation.",
        ),
        (
            "Vice-Chancellor Olaf Ruud of Brackwater University, Australia, visited Quellmoor University, "
            "Kenya, on 3 May 2024.",
            "On 5 May, Vice-Chancellor Ruud and Rector Ines Kamau of Tarnvale University, Kenya, signed a "
            "memorandum of understanding at a ceremony in Mombasa.",
        ),
    ],
)
def test_each_body_of_the_country_visited_met_on_the_trip_is_a_host(sentences):
    assert trips(article(*sentences)) == TWO_HOSTS


@pytest.mark.parametrize("country", ["Uganda", "Australia"])
def test_a_body_of_another_country_met_on_the_trip_is_no_host(country):
    text = article(
        "Brackwater University (Australia) visited Quellmoor University (Kenya) on 3 May 2024.",
        f"On 4 May, delegates held talks with Tarnvale University ({country}) on research cooperation.",
    )
    assert trips(text) == [("Brackwater University", "Quellmoor University")]


@pytest.mark.parametrize(
    "second",
    [
        "The signing ceremony of a memorandum of understanding between Brackwater University and Tarnvale "
        "University (Kenya) was held on 5 May; the rector of Quellmoor University also attended.",
        "The signing ceremony of an exchange agreement between Brackwater University and Tarnvale University "
        "(Kenya) took place on 5 May, with the president of Quellmoor University among the guests.",
        "A day later the ceremony for the signing of a memorandum between Brackwater University and Tarnvale "
        "University (Kenya) was held; the rector of Quellmoor University was present too.",
    ],
)
def test_a_host_of_the_tour_that_signed_nothing_held_talks(second):
    text = article(
        "Brackwater University (Australia) visited Quellmoor University (Kenya) on 4 May 2024.", second
    )
    meetings = sorted((m["kind"], tuple(sorted(m["parties"]))) for m in parsed(text)["meetings"])
    assert meetings == [
        ("signing", ("Brackwater University", "Tarnvale University")),
        ("talk", ("Brackwater University", "Quellmoor University")),
    ]

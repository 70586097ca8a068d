"""A trip whose host no reading could find is no record: the visit was read, but not whom it called on, and
on the tuning pages such records were wrong nine times in nine (the host was named and missed, or the
sentence told no trip of that body at all); a delegation is one trip of one visitor to one host. A visit to
the unnamed publisher ("our university") keeps its empty host, as the extraction format says, and so does a
trip abroad or to another country, which the gold records with no host. Phrasings invented; every body and
person is invented."""

import pytest

from tests.ingest.extraction.reading import article, trips_with_none


@pytest.mark.parametrize(
    "sentences",
    [
        ("Rector Ivo Pell of Quellmoor Polytechnic was in Brackwater for two hours on 4 May.",),
        ("On 12 June, a group of visitors from Tarnvale College came to the city of Brackwater.",),
        ("Students from Saint Ormond Institute toured the region on 2 March to learn about farming.",),
    ],
)
def test_a_trip_with_no_host_found_is_no_record(sentences):
    assert all(host is not None for _visitor, host in trips_with_none(article(*sentences)))


@pytest.mark.parametrize(
    "sentence",
    [
        "On 4 May, a delegation from Quellmoor Polytechnic paid a visit to our university.",
        "A visit of delegation from Tarnvale College to our university took place on 12 June.",
        "On 2 March, Rector Olaf Ruud of Saint Ormond Institute visited our school.",
    ],
)
def test_a_visit_to_the_unnamed_publisher_keeps_its_empty_host(sentence):
    assert [host for _visitor, host in trips_with_none(article(sentence))] == [None]


def test_a_trip_whose_host_is_named_is_kept():
    text = article("On 4 May, a delegation from Quellmoor Polytechnic visited Brackwater University.")
    assert trips_with_none(text) == [("Quellmoor Polytechnic", "Brackwater University")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A delegation from Quellmoor Polytechnic, Norway, was in Chile from 3 to 5 May 2023.",
        "Rector Olaf Ruud of Saint Ormond Institute led a delegation visiting two colleges abroad in April.",
        "In May 2022, a delegation from Tarnvale College, Canada, toured Portugal.",
    ],
)
def test_a_trip_to_another_country_keeps_its_empty_host(sentence):
    assert [host for _visitor, host in trips_with_none(article(sentence))] == [None]

"""A visit whose host the sentence names only by its head's office ("paid a courtesy call on the
Vice-Chancellor") or as "the institute" is a visit to the institution the article is about, as "visited the
campus" already was; an office the sentence ties to another institution ("the President of X") is not.
Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

article = partial(
    reading.article, title="Visitors from Sweden at Makerere University", published="2023-05-20"
)


@pytest.mark.parametrize(
    "visit",
    [
        "On 3 May 2023, representatives of Lund University paid a courtesy call on the Vice-Chancellor, "
        "Prof. Peter Okello.",
        "A delegation from Lund University made a courtesy call to the Deputy Vice Chancellor on 3 May 2023.",
        "On 3 May 2023, a team from Lund University visited the institute to discuss joint research.",
    ],
)
def test_the_host_named_by_its_office_is_the_articles_institution(visit):
    text = article(visit, "Makerere University has hosted Swedish students since 2010.")
    assert trips(text) == [("Lund University", "Makerere University")]


def test_an_office_of_another_institution_is_not_the_articles():
    text = article(
        "On 3 May 2023, representatives of Lund University paid a courtesy call on the Vice-Chancellor of "
        "Kyambogo University.",
        "Makerere University has hosted Swedish students since 2010.",
    )
    assert ("Lund University", "Makerere University") not in trips(text)

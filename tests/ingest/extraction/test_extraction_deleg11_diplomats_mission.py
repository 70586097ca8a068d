"""A diplomat who calls on an institution travels for his mission: where the sentence of the visit names no
mission but the article names one elsewhere (the one of the state his title names, or its only mission),
that mission is the visitor; with none named, or several it cannot choose between, none is invented and
the call is no trip on record (it has no visitor), only talks at the host.
Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import parsed, trips

article = partial(reading.article, published="2023-05-20")


@pytest.mark.parametrize(
    "visit",
    [
        "On 3 May 2023, Mr. Pablo Soto, Ambassador of the Republic of Chile to Belgium, visited Ghent "
        "University.",
        "The Chilean Ambassador, Mr. Pablo Soto, paid a courtesy visit to Ghent University on 3 May 2023.",
        "On 3 May 2023, H.E. Pablo Soto, the Ambassador of Chile, visited Ghent University and lectured.",
    ],
)
def test_the_mission_named_elsewhere_is_the_diplomats(visit):
    text = article(
        visit,
        "The Embassy of Chile in Belgium has supported student exchanges for ten years.",
        "The Embassy of Belgium in Chile hosts a Flemish week each spring.",
    )
    assert ("Embassy of Chile in Belgium", "Ghent University") in trips(text)


@pytest.mark.parametrize(
    "visit",
    [
        "The Bangladesh High Commissioner, Mr. Rafiq Ahmed, visited the University of Kelaniya on 3 May.",
        "On 3 May, the High Commissioner of Bangladesh, Mr. Rafiq Ahmed, visited the University of Kelaniya.",
        "Mr. Rafiq Ahmed, High Commissioner of Bangladesh to Sri Lanka, visited the University of Kelaniya.",
    ],
)
def test_the_articles_only_mission_takes_the_state_of_the_title(visit):
    text = article(visit, "He was accompanied by two officials from the High Commission.")
    result = parsed(text)
    visitors = [d["visitor"] for d in result["delegations"] if d["host"] == "University of Kelaniya"]
    assert visitors == ["High Commission"]
    country = {i["name"]: i["country"] for i in result["institutions"]}
    assert country["High Commission"] == "BD"


def test_no_mission_is_invented_where_the_article_names_none():
    text = article("On 3 May 2023, Mr. Pablo Soto, Ambassador of Chile to Belgium, visited Ghent University.")
    assert trips(text) == []
    talks = [(m["kind"], m["date"], m["parties"]) for m in parsed(text)["meetings"]]
    assert talks == [("talk", "2023-05-03", ["Ghent University"])]


def test_a_diplomat_of_another_state_does_not_take_the_only_mission():
    text = article(
        "On 3 May 2023, Mr. Pablo Soto, Ambassador of Chile to Belgium, visited Ghent University.",
        "The Embassy of Peru in Belgium sent a message of support.",
    )
    assert trips(text) == []


def test_a_diplomat_who_went_along_makes_the_mission_no_visitor():
    text = article(
        "On 3 May 2023, the Minister President of Flanders, Mr. Jan Jambon, with the Ambassador of Chile, "
        "Mr. Pablo Soto, visited the laboratories of the Catholic University of Chile.",
        "The Embassy of Chile in Belgium helped to prepare the trip.",
    )
    assert ("Embassy of Chile in Belgium", "Catholic University of Chile") not in trips(text)

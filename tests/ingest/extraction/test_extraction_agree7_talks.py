"""Talks told by their verb ("discussed with", "received the rector of") and who takes part in them (a
ministry that meets is a party; an embassy where the talks are held is the place). Each rule in at least
three phrasings that no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def meetings(result):
    return [(m["kind"], sorted(m["parties"])) for m in result["meetings"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rector of Lund University on Monday discussed with the Ambassador of Chile ways to widen "
        "exchanges of staff.",
        "The president of Lund University has received today the Ambassador of Chile and his deputy to "
        "talk about joint research.",
        "Receiving a delegation from Ghent University in his office, the rector of Lund University praised "
        "the ties between the universities.",
    ],
)
def test_talks_told_by_their_verb_are_a_meeting(sentence):
    result = read(sentence)
    assert [kind for kind, _parties in meetings(result)] == ["talk"]
    assert "Lund University" in meetings(result)[0][1] or "Ghent University" in meetings(result)[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rector of Lund University received an award for her research.",
        "Lund University received a grant from the Nordic research fund.",
        "The committee discussed the budget of Lund University for the next year.",
    ],
)
def test_receiving_a_thing_or_discussing_a_topic_is_no_meeting(sentence):
    assert meetings(read(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ministry of Education of Chile held talks with the Ministry of Higher Education of Peru on "
        "3 May.",
        "On 3 May the Ministry of Education of Chile met the Ministry of Higher Education of Peru in Lima.",
        "Officials of the Ministry of Education of Chile and the Ministry of Higher Education of Peru had a "
        "working meeting on 3 May.",
    ],
)
def test_ministries_that_meet_are_the_parties_of_the_meeting(sentence):
    result = read(sentence)
    [(kind, parties)] = meetings(result)
    assert kind == "talk"
    assert len(parties) == 2 and all(name.startswith("Ministry of") for name in parties)


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University held talks at the Embassy of Sweden in Belgium on 3 May.",
        "On 3 May Lund University met Ghent University at the Embassy of Sweden in Brussels.",
        "Lund University had a working meeting with Ghent University at the Embassy of Sweden on 3 May.",
    ],
)
def test_an_embassy_where_the_talks_are_held_is_no_party(sentence):
    result = read(sentence)
    assert meetings(result) == [("talk", ["Ghent University", "Lund University"])]


@pytest.mark.parametrize(
    ("sentence", "mode"),
    [
        (
            "The Virtual University of Tirana and Lund University signed a memorandum of understanding in "
            "Tirana on 3 May.",
            "in_person",
        ),
        (
            "On 3 May the Riga Virtual Academy of Music signed a memorandum of understanding with "
            "Lund University at a ceremony in Lund.",
            "in_person",
        ),
        (
            "The Virtual University of Tirana and Lund University signed a memorandum of understanding on "
            "3 May by video conference.",
            "online",
        ),
    ],
)
def test_a_word_of_an_institutions_name_tells_no_mode(sentence, mode):
    result = read(sentence)
    assert [m["mode"] for m in result["meetings"]] == [mode]


@pytest.mark.parametrize(
    "second",
    [
        "The first meeting was attended by a number of government officials and by the rector of Lund "
        "University, Anna Berg.",
        "The inaugural meeting was attended by business leaders, diplomats and Lund University's rector, "
        "Anna Berg.",
        "This first meeting was attended by students, officials and the rector of Lund University.",
    ],
)
def test_a_meeting_told_again_by_its_rank_is_the_one_told(second):
    result = read(
        "Lund University hosted the first meeting of a bilateral forum on research between Sweden "
        f"and Chile. {second}"
    )
    assert len(result["meetings"]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May, Rector Anna Berg of Ghent University visited our campus to talk about joint degrees.",
        "A delegation from Ghent University visited our university on 3 May and toured the library.",
        "On 3 May our school welcomed a delegation of Ghent University led by Dean Karl Holm.",
    ],
)
def test_a_visit_to_the_unnamed_publisher_is_a_meeting_of_the_visitor(sentence):
    result = read(sentence)
    assert [(m["kind"], m["parties"], m["date"]) for m in result["meetings"]] == [
        ("talk", ["Ghent University"], "2023-05-03")
    ]

"""Which day a meeting is on, and which occasions are one: a dispatch's dateline ("Ghent, 9 May 2023 -")
gives the day the news was filed, and the day the sentence tells after it is the event's; a date given as
before the story ("earlier in March 2021") is not carried on to the sentences after it; "in February" is a
time, not the place of a signing; talks of one trip with two of its hosts on one day are two meetings; "X
said that ..." names the source of the news, not who travelled.
Phrasings written for these tests, none taken from an article."""

from functools import partial

import pytest

from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import parsed, trips

article = partial(reading.article, published="2023-05-20")


def signings(text):
    return [(m["date"], sorted(m["parties"])) for m in parsed(text)["meetings"] if m["kind"] == "signing"]


@pytest.mark.parametrize(
    "lead",
    [
        "12 May 2023, Ghent - Ghent University signed a memorandum of understanding with Lund University on "
        "9 May 2023 at the Ghent campus.",
        "Lund, May.12 (Agency) - Ghent University and Lund University signed a memorandum of understanding "
        "on Tuesday at a ceremony.",
        "Ghent, 12/05/2023- On the 9th of May, 2023, Ghent University and Lund University signed a "
        "memorandum of understanding at a ceremony.",
    ],
)
def test_the_day_after_a_dateline_is_the_events(lead):
    text = article(lead, published="2023-05-12")
    assert signings(text) == [("2023-05-09", ["Ghent University", "Lund University"])]
    assert [a["date"] for a in parsed(text)["agreements"]] == ["2023-05-09"]


def test_a_dateline_that_gives_the_only_day_leaves_the_signing_undated():
    # The dateline ("12 May 2023, Ghent -") is stripped as page text: it tells the day the news was filed,
    # which the variants show is often not the signing's; with no other day the signing has none.
    text = article(
        "12 May 2023, Ghent - Ghent University and Lund University signed a memorandum of understanding "
        "at a ceremony.",
        published="2023-05-12",
    )
    assert signings(text) == [(None, ["Ghent University", "Lund University"])]


@pytest.mark.parametrize(
    "recalled",
    [
        "The rector recalled a similar memorandum concluded with Hasselt University earlier in March 2021.",
        "The two universities had first worked together on a summer school back in June 2019.",
        "Their first joint programme with Hasselt University opened as early as September 2018.",
    ],
)
def test_a_recalled_date_is_not_carried_to_the_next_sentence(recalled):
    text = article(
        "On 9 May 2023, Ghent University and Lund University signed a memorandum of understanding at a "
        "ceremony in the Aula.",
        recalled + " The rectors of Ghent University and Lund University held talks after the ceremony.",
    )
    days = {m["date"] for m in parsed(text)["meetings"]}
    assert days == {"2023-05-09"}


@pytest.mark.parametrize(
    "earlier",
    [
        "Ghent University had signed a similar agreement with Hasselt University in February 2021.",
        "Ghent University concluded a similar agreement with Hasselt University in October 2020.",
        "It may be noted that Ghent University had signed an agreement with Hasselt University in May 2019.",
    ],
)
def test_a_month_is_no_place_of_a_signing(earlier):
    text = article(
        "On 9 May 2023, Ghent University and Lund University signed a memorandum of understanding at a "
        "ceremony.",
        earlier,
    )
    assert ("2023-05-09", ["Ghent University", "Lund University"]) in signings(text)
    assert not any("Hasselt University" in parties for _day, parties in signings(text))


def test_a_signing_in_a_city_is_still_an_occasion():
    text = article("Ghent University signed an agreement with Hasselt University in Brussels.")
    assert signings(text) == [(None, ["Ghent University", "Hasselt University"])]


@pytest.mark.parametrize(
    "second_host",
    [
        "Prof. Jan Peeters, Director of the Scheldt Institute for Marine Research, met with the delegation.",
        "Dr. Jan Peeters, Head of the Scheldt Institute for Marine Research, also met with the delegation.",
        "The delegation also met with Prof. Jan Peeters, Director of the Scheldt Institute for "
        "Marine Research.",
    ],
)
def test_talks_with_two_hosts_of_one_trip_are_two_meetings(second_host):
    text = article(
        "On 9 May 2023, a delegation of Lund University visited Ghent University and the Scheldt Institute "
        "for Marine Research.",
        "Prof. Anna Claes, Rector of Ghent University, met with the delegation.",
        second_host,
    )
    talks = sorted(sorted(m["parties"]) for m in parsed(text)["meetings"])
    assert ["Lund University", "Scheldt Institute for Marine Research"] in talks
    assert ["Ghent University", "Lund University"] in talks


@pytest.mark.parametrize(
    "reported",
    [
        "Figures from the Embassy of Chile in Belgium show that most of these exports came to Europe.",
        "The Embassy of Chile in Belgium said that a third of the goods came to Antwerp last year.",
        "The Embassy of Chile in Belgium reported that many of its graduates came to Flanders for work.",
    ],
)
def test_the_source_of_a_report_makes_no_trip(reported):
    text = article(
        "On 9 May 2023, Ghent University and Lund University signed a memorandum of understanding.", reported
    )
    assert [d["visitor"] for d in parsed(text)["delegations"]] == []


@pytest.mark.parametrize(
    "talks",
    [
        "Rector Anna Claes of Ghent University held talks with a delegation of Lund University, who arrived "
        "on a working visit to Ghent University.",
        "Ghent University received Prof. Erik Berg, Rector of Lund University, who came on an official visit "
        "to Ghent University.",
        "The rector of Ghent University met with Lund University's rector, who was on a visit to Ghent "
        "University.",
    ],
)
def test_the_one_a_who_clause_tells_arriving_travels(talks):
    assert ("Lund University", "Ghent University") in trips(article(talks))
    assert ("Ghent University", "Lund University") not in trips(article(talks))


@pytest.mark.parametrize(
    "signing",
    [
        "The photo shows the rectors of Ghent University and Lund University during the signing of the "
        "memorandum.",
        "Ghent University signed a memorandum with Lund University during the Flanders Science Week.",
        "Ghent University and Lund University concluded a memorandum during their annual meeting of rectors.",
    ],
)
def test_a_signing_during_an_event_is_an_occasion(signing):
    assert signings(article(signing)) == [(None, ["Ghent University", "Lund University"])]


@pytest.mark.parametrize(
    "involved",
    [
        "The institutions involved in the signing include Hasselt University and the University of Antwerp.",
        "Hasselt University and the University of Antwerp were also involved in the ceremony.",
        "The universities involved in the signing are Hasselt University and the University of Antwerp.",
    ],
)
def test_those_involved_in_a_signing_are_its_parties(involved):
    text = article(
        "On 9 May 2023, Ghent University signed a multilateral memorandum with four universities at a "
        "ceremony in the Aula.",
        involved,
    )
    parties = {p for _day, ps in signings(text) for p in ps}
    assert {"Ghent University", "Hasselt University", "University of Antwerp"} <= parties


@pytest.mark.parametrize(
    "named_before",
    [
        "They are Ghent University in Belgium and Lund University in Sweden. The signing ceremony was held "
        "online.",
        "The partners are Ghent University and Lund University. The signing ceremony took place by video "
        "link.",
        "The two partners are Ghent University and Lund University. The ceremony was held online.",
    ],
)
def test_a_ceremony_told_after_its_parties_has_them(named_before):
    text = article("Two universities from Belgium and Sweden agreed to launch a joint centre.", named_before)
    meetings = [(m["mode"], sorted(m["parties"])) for m in parsed(text)["meetings"]]
    assert ("online", ["Ghent University", "Lund University"]) in meetings


SIGNED = (
    "On 9 May 2023, Ghent University and Lund University signed a memorandum of understanding at a ceremony. "
    "Present were Prof. Anna Claes, Rector of Ghent University, and Prof. Erik Berg, Rector of Lund "
    "University."
)


@pytest.mark.parametrize(
    "thanks",
    [
        "Prof. Erik Berg thanked Prof. Anna Claes for her hospitality.",
        "Prof. Anna Claes thanked the guest for his visit to the campus.",
        "Prof. Erik Berg expressed his gratitude to Prof. Anna Claes for the warm welcome.",
    ],
)
def test_thanks_for_a_visit_or_for_hospitality_tell_who_was_whose_guest(thanks):
    assert trips(article(SIGNED, thanks)) == [("Lund University", "Ghent University")]


def test_thanks_for_something_else_tell_no_trip():
    text = article(SIGNED, "Prof. Erik Berg thanked Prof. Anna Claes for her support of the joint programme.")
    assert trips(text) == []


@pytest.mark.parametrize(
    "planned",
    [
        "He added that signing the agreement with Lund University will open new exchanges.",
        "Signing the memorandum with Lund University would let students move between the two campuses.",
        "The rector said that signing an agreement with Lund University is expected to follow in autumn.",
    ],
)
def test_a_signing_still_to_come_is_no_signing_meeting(planned):
    text = article(
        "On 9 May 2023, the rector of Ghent University met the rector of Lund University to discuss an "
        "exchange agreement.",
        planned,
    )
    assert {m["kind"] for m in parsed(text)["meetings"]} == {"talk"}


@pytest.mark.parametrize(
    "recent",
    [
        "During the meeting, the rector recalled that the Flemish-Swedish Rectors Forum, which was recently "
        "held, agreed to more exchanges.",
        "During the meeting, both recalled the Baltic Universities Forum held recently in Riga.",
        "At the meeting, the rector noted that the North Sea Symposium, which was recently held, chose "
        "Ghent University as a host.",
    ],
)
def test_a_forum_held_recently_is_no_meeting_of_the_story(recent):
    text = article(
        "On 9 May 2023, the rector of Ghent University met the rector of Lund University to discuss joint "
        "degrees.",
        recent,
    )
    assert {m["kind"] for m in parsed(text)["meetings"]} == {"talk"}


@pytest.mark.parametrize(
    "held",
    [
        "Speaking during the ceremonial signing held at the Aula on 9 May 2023, the rector praised the "
        "partners.",
        "The formal signing took place in the Aula on 9 May 2023, in the presence of both rectors.",
        "On 9 May 2023, the official signing of the memorandum was held in the Aula.",
    ],
)
def test_a_signing_told_as_an_event_held_takes_the_documents_parties(held):
    text = article(
        "Ghent University and Lund University have signed a memorandum of understanding.",
        held,
        "The rector also recalled an agreement concluded with Hasselt University in 2019.",
    )
    assert ("2023-05-09", ["Ghent University", "Lund University"]) in signings(text)
    assert not any("Hasselt University" in parties for _day, parties in signings(text))

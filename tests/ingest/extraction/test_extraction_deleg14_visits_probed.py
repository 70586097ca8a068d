"""Visits told in the many ways a news page may tell them: whoever comes (a group by its noun or its
institution's name, an officer by title, a person of another institution), however the coming is told
(hosting after a word of gladness, being at a place, calling on, holding talks at, a visit of someone to),
and wherever the host is named (the sentence, "the university" the article is about). And what is no trip:
being at one's own institution, calling on a body to do something. Phrasings written for these tests, none
taken from an article."""

from functools import partial

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction import reading
from tests.ingest.extraction.reading import trips

GUEST = "Brennmoor State University"
HOST = "Tallon Institute of Technology"


article = partial(reading.article, title="Campus news", published="2023-05-20", joiner=" ")


@pytest.mark.parametrize(
    "sentence",
    [
        f"On 12 May, {HOST} received representatives of {GUEST} in its main hall.",
        f"{HOST} welcomed a {GUEST} delegation on 12 May.",
        f"On 12 May, {HOST} hosted the vice-rector of {GUEST}, Dr. Mira Halden.",
    ],
)
def test_the_guests_of_a_host_may_be_any_group_or_officer_of_another_institution(sentence):
    assert (GUEST, HOST) in trips(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        f"On 12 May, {HOST} had the pleasure of hosting Dr. Mira Halden, dean of law at {GUEST}.",
        f"{HOST} was delighted to welcome colleagues from {GUEST} on 12 May.",
        f"Last Friday {HOST} had the honour of receiving a team from {GUEST}.",
    ],
)
def test_hosting_told_after_a_word_of_gladness_is_hosting(sentence):
    assert (GUEST, HOST) in trips(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        f"Officials from {GUEST} were at {HOST} on 12 May to review the joint programme.",
        f"Dr. Mira Halden, provost of {GUEST}, was at {HOST} on 12 May.",
        f"A small team of {GUEST} was at {HOST} for two days in May.",
    ],
)
def test_a_group_or_a_person_of_another_institution_at_a_place_is_on_a_trip_there(sentence):
    assert (GUEST, HOST) in trips(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        f"On 12 May, senior staff of {GUEST} called on {HOST}.",
        f"Dr. Mira Halden of {GUEST} called on {HOST} on 12 May to discuss joint supervision.",
        f"Colleagues from {GUEST} held talks at {HOST} on 12 May.",
    ],
)
def test_calling_on_a_body_or_holding_talks_at_it_is_a_visit(sentence):
    assert (GUEST, HOST) in trips(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        f"On 12 May, the rector of {HOST} called on {GUEST} to share its archive.",
        f"Dr. Mira Halden of {GUEST} called on the Ministry of Science to double research funding.",
        f"The union called on {HOST} to raise salaries.",
    ],
)
def test_calling_on_a_body_to_do_something_is_no_trip(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"The visit of Dr. Mira Halden, provost of {GUEST}, to {HOST} ended on 12 May.",
        f"The two-day visit of Prof. Ivo Brandt of {GUEST} to {HOST} began on 12 May.",
        f"A visit by Dr. Mira Halden, the dean of {GUEST}, to {HOST} took place in May.",
    ],
)
def test_a_visit_of_a_titled_person_to_a_place_is_read_past_the_abbreviations(sentence):
    assert (GUEST, HOST) in trips(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        f"Dr. Mira Halden of {GUEST} spoke to students at {HOST} on 12 May during a visit.",
        f"A team from {GUEST} met engineers at {HOST} on 12 May while on a short visit.",
        f"Prof. Ivo Brandt, dean of {GUEST}, taught a class at {HOST} in May as part of a visit.",
    ],
)
def test_a_visit_with_no_destination_is_to_the_place_the_sentence_puts_the_visitor(sentence):
    assert (GUEST, HOST) in trips(article(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        f"During their visit to the university on 12 May, colleagues from {GUEST} toured the labs.",
        f"On 12 May, officials from {GUEST} held talks at the university.",
        f"Dr. Mira Halden, provost of {GUEST}, was at the university on 12 May.",
    ],
)
def test_the_university_after_a_verb_of_visiting_is_the_one_the_article_is_about(sentence):
    opening = f"{HOST} is a public research institute founded in 1950."
    assert (GUEST, HOST) in trips(article(opening, sentence, title=f"{HOST} news"))


@pytest.mark.parametrize(
    "sentence",
    [
        f"The rector of {HOST} toured the {HOST} library on 12 May.",
        f"Dr. Mira Halden, dean of {HOST}, was at {HOST} on 12 May for the graduation.",
        f"Researchers of {HOST} held talks at {HOST} on 12 May with their students.",
    ],
)
def test_being_at_ones_own_institution_is_no_trip(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        f"{HOST} hosted a {GUEST} delegation.",
        f"Last week the provost welcomed a {GUEST} team.",
        f"Among the guests on 12 May was a {GUEST} group.",
    ],
)
def test_a_name_before_a_group_noun_that_ends_the_sentence_is_an_institution(sentence):
    names = [i["name"] for i in parse_article(article(sentence), file="t.txt")["institutions"]]
    assert GUEST in names

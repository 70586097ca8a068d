"""Who did what across sentences: a delegation told again, one occasion told twice, dates against a
dateline, earlier agreements named with their year. Three phrasings per rule, in words no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, published="2023-05-10"):
    return parse_article(f"Cooperation news\n\ndate {published}\n\n{body}\n", file="t.txt")


def trip_facts(body):
    return [(d["visitor"], d["host"], d["leader"], d["size"]) for d in read(body)["delegations"]]


@pytest.mark.parametrize(
    ("body", "size"),
    [
        ("A 9-member delegation of Lund University visited Ghent University on 3 May 2023.", 9),
        ("A delegation of seven from Lund University visited Ghent University on 3 May 2023.", 7),
        ("A four-strong team from Lund University visited Ghent University on 3 May 2023.", 4),
        (
            "A two-week study visit by a 14-person group of Lund University to Ghent University "
            "began on 3 May 2023.",
            14,
        ),
    ],
)
def test_the_size_of_a_delegation_in_words_and_figures(body, size):
    assert [facts[3] for facts in trip_facts(body)] == [size]


@pytest.mark.parametrize(
    "body",
    [
        "A delegation of Lund University visited Ghent University on 3 May 2023.\n\n"
        "The delegation, led by Vice-Rector Prof. Erik Holm, toured the library.",
        "Lund University sent a team to Ghent University on 3 May 2023.\n\n"
        "The team, headed by Vice-Rector Prof. Erik Holm, met students of the host.",
        "A delegation of Lund University visited Ghent University on 3 May 2023.\n\n"
        "Ghent's rector Prof. Anna Berg received the guests, who were led by Vice-Rector Prof. Erik Holm.",
    ],
)
def test_a_later_sentence_names_the_leader(body):
    assert trip_facts(body) == [("Lund University", "Ghent University", "Erik Holm", None)]


@pytest.mark.parametrize(
    "body",
    [
        "Lund University visited Ghent University on 3 May 2023.\n\n"
        "The visitors came as a group of five people.",
        "A Lund University delegation visited Ghent University on 3 May 2023.\n\n"
        "The delegation of five toured the labs.",
        "Lund University visited Ghent University on 3 May 2023.\n\n"
        "The five-member delegation also met students.",
    ],
)
def test_a_later_sentence_gives_the_size(body):
    assert [facts[3] for facts in trip_facts(body)] == [5]


@pytest.mark.parametrize(
    "body",
    [
        "A delegation of Lund University visited Ghent University on 3 May 2023.\n\n"
        "A delegation of twelve will return in June.",
        "A delegation of Lund University visited Ghent University on 3 May 2023.\n\n"
        "Ghent plans to send a 20-member delegation, led by Prof. Anna Berg, next year.",
        "A delegation of Lund University visited Ghent University on 3 May 2023.\n\n"
        "A six-strong team is expected to follow in autumn.",
    ],
)
def test_a_planned_delegation_gives_no_size_or_leader(body):
    assert [facts[2:] for facts in trip_facts(body)] == [(None, None)]


def agreement_dates(body, published="2023-05-10"):
    return [a["date"] for a in read(body, published)["agreements"]]


@pytest.mark.parametrize(
    "body",
    [
        "OSLO, May 4 (NTB) - Lund University and Ghent University signed a memorandum of understanding "
        "on Thursday.",
        "GHENT, 4 May (Belga) -- Ghent University signed a cooperation agreement with Lund University on "
        "Thursday, the university said.",
        "LUND, May 4 - Lund University on Thursday signed an agreement with Ghent University.",
    ],
)
def test_a_weekday_under_a_dateline_of_that_weekday_is_that_day(body):
    assert agreement_dates(body, "2023-05-05") == ["2023-05-04"]


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University have extended their exchange agreement, the university "
        "announced on 9 May 2023.\n\nThe extension was signed on 2 May 2023 by the two rectors.",
        "Lund University has renewed its agreement with Ghent University, Ghent University reported on "
        "May 9.\n\nThe renewal was signed on 2 May 2023 in Lund.",
        "Lund University said on 9 May that it signed a memorandum with Ghent University.\n\n"
        "The memorandum was signed on 2 May 2023 by the rectors.",
    ],
)
def test_the_day_of_a_report_is_not_the_day_of_the_event(body):
    assert agreement_dates(body) == ["2023-05-02"]


def agreement_facts(body, published="2023-05-10"):
    return sorted((a["action"], a["date"]) for a in read(body, published)["agreements"])


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University re-signed their cooperation agreement on 3 May 2023.\n\n"
        "The two universities first signed a cooperation agreement in 2011.",
        "On 3 May 2023 Ghent University renewed its agreement with Lund University.\n\n"
        "Lund University and Ghent University concluded the agreement in 2011.",
        "Lund University and Ghent University re-signed their memorandum on 3 May 2023.\n\n"
        "In 2011, the two universities signed a memorandum on student exchange.",
    ],
)
def test_an_earlier_agreement_named_with_its_year_is_a_record_of_its_own(body):
    assert agreement_facts(body) == [("renewed", "2023-05-03"), ("signed", "2011")]


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University met on 3 May 2023.\n\n"
        "The parties discussed extending their 2011 memorandum of understanding.",
        "Lund University and Ghent University met on 3 May 2023.\n\n"
        "The two sides talked about renewing the 2011 exchange agreement.",
        "Lund University and Ghent University met on 3 May 2023.\n\n"
        "Both universities agreed to renew their 2011 cooperation agreement.",
    ],
)
def test_a_document_named_by_its_year_was_signed_that_year(body):
    assert agreement_facts(body) == [("discussed", None), ("signed", "2011")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 2011 the two universities have cooperated under a general agreement.",
        "Lund University has signed 2011 agreements with partners across the world.",
        "Lund University and Ghent University have worked together since 2011 and signed an agreement "
        "on 3 May 2023.",
    ],
)
def test_a_past_year_that_dates_no_signing_makes_no_earlier_record(sentence):
    assert all(date != "2011" for _, date in agreement_facts(sentence))


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University signed a memorandum of agreement on 3 May 2023.",
        "On 3 May 2023 Lund University and Ghent University signed a memorandum of agreement on research.",
        "Lund University and Ghent University signed a memorandum at a ceremony on 3 May 2023.\n\n"
        "The rectors of Lund University and Ghent University signed the agreement in the Aula.",
    ],
)
def test_one_document_told_with_two_nouns_is_one_agreement(body):
    assert agreement_facts(body) == [("signed", "2023-05-03")]


def meeting_facts(body, published="2023-05-10"):
    return [(m["kind"], m["date"]) for m in read(body, published)["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University signed an agreement at a signing ceremony last week.\n\n"
        "The ceremony on 3 May was attended by the rectors of Lund University and Ghent University.",
        "Lund University and Ghent University signed a memorandum at a ceremony in Lund recently.\n\n"
        "The signing ceremony of Lund University and Ghent University took place on 3 May 2023.",
        "Lund University and Ghent University held a signing ceremony for their new agreement.\n\n"
        "On 3 May 2023 Lund University and Ghent University signed the agreement at a ceremony.",
    ],
)
def test_a_ceremony_told_again_with_its_day_is_one_meeting(body):
    assert meeting_facts(body) == [("signing", "2023-05-03")]


@pytest.mark.parametrize(
    "body",
    [
        "A delegation of Lund University visited Ghent University from 2 to 4 May 2023.\n\n"
        "During the visit, both sides held talks on joint degrees. On the sidelines of the visit, the two "
        "universities signed a memorandum of understanding.",
        "A Lund University delegation paid a three-day visit to Ghent University from 2 to 4 May 2023.\n\n"
        "The two sides met to discuss research. The two universities also signed an exchange agreement.",
        "A delegation of Lund University visited Ghent University from 2 to 4 May 2023.\n\n"
        "The guests held talks with the host. Both universities then signed a cooperation agreement.",
    ],
)
def test_talks_and_a_signing_no_day_tells_apart_are_one_meeting(body):
    assert [kind for kind, _ in meeting_facts(body)] == ["signing"]


def trips_of(body):
    return [(d["visitor"], d["host"], d["leader"]) for d in read(body)["delegations"]]


@pytest.mark.parametrize(
    "body",
    [
        "Ghent University received a delegation from Lund University, Sweden, on 3 May 2023.\n\n"
        "The Swedish delegation, headed by Prof. Erik Holm, was welcomed by Ghent University's rector.",
        "Ghent University hosted guests from Lund University, Sweden, on 3 May 2023.\n\n"
        "The Swedish guests, led by Prof. Erik Holm, met the deans of Ghent University.",
        "A delegation of Lund University, Sweden, visited Ghent University on 3 May 2023.\n\n"
        "The Swedish delegation, led by Prof. Erik Holm, toured Ghent University's library.",
    ],
)
def test_a_delegation_named_by_its_nationality_is_the_visitor_beside_a_host_of_another_country(body):
    assert trips_of(body) == [("Lund University", "Ghent University", "Erik Holm")]


@pytest.mark.parametrize(
    "body",
    [
        "Ghent University of Belgium and Lund University of Sweden signed a memorandum on 3 May 2023 "
        "during a visit of the Swedish delegation.",
        "On 3 May 2023, during the visit of a Swedish delegation, Lund University of Sweden and Ghent "
        "University of Belgium signed an agreement.",
        "Lund University of Sweden and Ghent University of Belgium renewed their agreement on 3 May 2023 "
        "in the course of a three-day visit by the Swedish delegation.",
    ],
)
def test_a_visit_told_as_a_noun_of_a_national_delegation(body):
    assert [(v, h) for v, h, _ in trips_of(body)] == [("Lund University", "Ghent University")]


def meeting_parties(body):
    return [sorted(m["parties"]) for m in read(body)["meetings"]]


@pytest.mark.parametrize(
    "body",
    [
        "Lund University signed three memoranda of understanding at a ceremony on 3 May 2023.\n\n"
        "The memoranda were signed with Ghent University, Leiden University and Uppsala University.",
        "At a signing ceremony on 3 May 2023, Lund University exchanged agreements with three partners.\n\n"
        "Lund University signed agreements with Ghent University, Leiden University and Uppsala University.",
        "Lund University held a signing ceremony on 3 May 2023 for three new memoranda.\n\n"
        "It signed memoranda with Ghent University, Leiden University and Uppsala University.",
    ],
)
def test_a_ceremony_lists_the_parties_of_every_document_signed_at_it(body):
    assert meeting_parties(body) == [
        ["Ghent University", "Leiden University", "Lund University", "Uppsala University"]
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The joint committee of Lund University and Ghent University met in Lund on 3 May 2023.\n\n"
        "Representatives of Leiden University and Uppsala University also took part.",
        "Lund University and Ghent University held a seminar on 3 May 2023.\n\n"
        "Researchers from Leiden University and Uppsala University participated.",
        "Lund University and Ghent University held talks on 3 May 2023.\n\n"
        "Leiden University and Uppsala University were also represented.",
    ],
)
def test_those_who_took_part_are_parties_of_the_meeting_just_told(body):
    assert meeting_parties(body) == [
        ["Ghent University", "Leiden University", "Lund University", "Uppsala University"]
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University renewed their student exchange agreement on 3 May 2023.\n\n"
        "The two universities first concluded the exchange agreement in 2011.",
        "Lund University and Ghent University extended their student exchange agreement on 3 May 2023.\n\n"
        "The two universities signed the exchange agreement in 2011.",
        "On 3 May 2023 Lund University renewed its student exchange agreement with Ghent University.\n\n"
        "In 2011, Lund University and Ghent University first signed the exchange agreement.",
    ],
)
def test_an_earlier_signing_of_a_document_told_by_a_longer_name_is_of_its_kind(body):
    kinds = sorted((a["action"], a["kind"]) for a in read(body)["agreements"])
    assert kinds == [("renewed", "student_exchange"), ("signed", "student_exchange")]


@pytest.mark.parametrize(
    ("body", "size"),
    [
        (
            "Ghent University hosted a group of 12 students and three teachers from Lund University on "
            "3 May 2023.",
            15,
        ),
        (
            "Rector Erik Holm of Lund University visited Ghent University with two colleagues on 3 May 2023.",
            3,
        ),
        (
            "A team of six researchers and two technicians from Lund University visited Ghent University on "
            "3 May 2023.",
            8,
        ),
    ],
)
def test_a_size_told_as_a_sum_or_as_companions(body, size):
    assert [facts[3] for facts in trip_facts(body)] == [size]


@pytest.mark.parametrize(
    "body",
    [
        "Ghent University hosted a group of students from Lund University on 3 May 2023.",
        "On 3 May 2023, Ghent University received a team of engineers from Lund University.",
        "Ghent University welcomed a group of twelve from Lund University on 3 May 2023.",
    ],
)
def test_the_institution_that_hosted_a_group_is_its_host(body):
    assert [facts[:2] for facts in trip_facts(body)] == [("Lund University", "Ghent University")]


@pytest.mark.parametrize(
    "body",
    [
        "Ghent University received two delegations this week.\n\nOn Monday, a delegation of Lund "
        "University met the rector of Ghent University.\n\nOn Tuesday, a delegation from Leiden University "
        "toured the campus.",
        "A delegation of Lund University visited Ghent University on 2 May 2023.\n\nOn 4 May 2023, a team "
        "of Leiden University toured the laboratories.",
        "Lund University's rector visited Ghent University on 2 May 2023.\n\nOn 4 May 2023 guests from "
        "Leiden University paid a visit to the library.",
    ],
)
def test_a_delegation_whose_host_is_unnamed_came_to_the_host_of_the_others(body):
    assert sorted(facts[:2] for facts in trip_facts(body)) == [
        ("Leiden University", "Ghent University"),
        ("Lund University", "Ghent University"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University have extended their exchange agreement.\n\n"
        "The extension was inked on 3 May 2023 by the two rectors.",
        "Lund University and Ghent University have renewed their memorandum.\n\n"
        "The renewal was penned on 3 May 2023 in Ghent.",
        "Lund University and Ghent University have prolonged their exchange agreement.\n\n"
        "The extension was concluded on 3 May 2023 by the two rectors.",
    ],
)
def test_a_later_sentence_dates_the_renewal_whatever_its_signing_verb(body):
    assert agreement_facts(body) == [("renewed", "2023-05-03")]


@pytest.mark.parametrize(
    "body",
    [
        "A delegation of Lund University visited Ghent University from 2 to 5 May 2023.\n\n"
        "A seminar for students was given on 4 May 2023.\n\n"
        "During the visit, the two universities signed a memorandum of understanding.",
        "A Lund University delegation stayed at Ghent University from 2 to 5 May 2023.\n\n"
        "The guests toured the library on 3 May 2023.\n\n"
        "On the sidelines of the visit, both universities signed an exchange agreement.",
        "A delegation of Lund University visited Ghent University from 2 to 5 May 2023.\n\n"
        "Students met the guests on 4 May 2023.\n\n"
        "In the course of the visit, the two universities signed a cooperation agreement.",
    ],
)
def test_during_a_visit_of_several_days_is_not_the_day_last_told(body):
    assert agreement_facts(body) == [("signed", None)]

"""Visits told as nouns, possessive names, and plans that are no visit yet. Three phrasings per rule."""

import pytest

from registry.ingest.extraction import parse_article


def trips(sentence):
    text = f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n"
    return [(d["visitor"], d["host"], d["start"]) for d in parse_article(text, file="t.txt")["delegations"]]


TRIP = ("Lund University", "Ghent University", "2023-05-03")


@pytest.mark.parametrize(
    "sentence",
    [
        "A visit of Lund University's delegation to Ghent University took place on 3 May 2023.",
        "The visit by Lund University to Ghent University on 3 May 2023 opened new prospects.",
        "On 3 May 2023, an official visit of a Lund University team to Ghent University began.",
    ],
)
def test_a_visit_told_as_a_noun(sentence):
    assert trips(sentence) == [TRIP]


@pytest.mark.parametrize(
    "sentence",
    [
        "During their visit to Ghent University on 3 May 2023, "
        "the Lund University delegation toured the labs.",
        "On 3 May 2023, during its visit to Ghent University, Lund University presented its programmes.",
        "In the course of their visit to Ghent University on 3 "
        "May 2023, guests from Lund University met students.",
    ],
)
def test_during_their_visit_to_a_host(sentence):
    assert trips(sentence) == [TRIP]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University's rector Erik Holm visited Ghent University on 3 May 2023.",
        "On 3 May 2023, Lund University’s delegation visited Ghent University.",
        "Lund University's vice-rector Anna Berg paid a visit to Ghent University on 3 May 2023.",
    ],
)
def test_a_possessive_name_ends_at_its_head_word(sentence):
    assert trips(sentence) == [TRIP]


@pytest.mark.parametrize(
    "sentence",
    [
        "During their visit to Ghent University next month, "
        "the Lund University delegation will tour the labs.",
        "A visit of Lund University's delegation to Ghent University is planned for June.",
        "Lund University's rector will visit Ghent University in June.",
    ],
)
def test_a_planned_visit_is_no_delegation(sentence):
    assert trips(sentence) == []


def leaders(text):
    return [d["leader"] for d in parse_article(text, file="t.txt")["delegations"]]


@pytest.mark.parametrize(
    ("members", "leader"),
    [
        (
            "The guests included Dean Anna Berg of Lund University and Rector Erik Holm of Lund University.",
            "Erik Holm",
        ),
        (
            "Professor Karl Lind of Lund University and Vice-Rector "
            "Anna Berg of Lund University presented their work.",
            "Anna Berg",
        ),
        (
            "Rector Lieve Peeters of Ghent University welcomed Director Karl Lind of Lund University.",
            "Karl Lind",
        ),
    ],
)
def test_a_delegation_nobody_is_said_to_lead_is_led_by_its_most_senior_member(members, leader):
    text = (
        "Universities meet\n\nOn 3 May 2023, a delegation from Lund University visited Ghent University.\n\n"
        f"{members}\n"
    )
    assert leaders(text) == [leader]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "Under the invitation of Ghent University and Aalto University, the Lund University delegation "
            "paid a visit to the two universities on 3 May 2023."
        ),
        (
            "At the request of Ghent University and Aalto University, the Lund University delegation made a "
            "visit to the two universities on 3 May 2023."
        ),
        (
            "On the invitation of Ghent University and Aalto University, the Lund University delegation paid "
            "an official visit to the two universities on 3 May 2023."
        ),
    ],
)
def test_paid_a_visit_to_the_universities_just_named_reaches_each(sentence):
    assert sorted(trips(sentence)) == [("Lund University", "Aalto University", "2023-05-03"), TRIP]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Invited by Ghent University and Aalto University, Lund University made a visit to both "
                "universities on 3 May 2023."
            ),
            [("Lund University", "Aalto University", "2023-05-03"), TRIP],
        ),
        (
            "At the invitation of Ghent University, a delegation of "
            "Lund University visited Ghent University on 3 May 2023.",
            [TRIP],
        ),
        (
            "Upon the invitation of Ghent University, Lund University paid a visit to it on 3 May 2023.",
            [TRIP],
        ),
    ],
)
def test_whoever_invites_hosts_and_does_not_travel(sentence, expected):
    assert sorted(trips(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegations from Lund University and Uppsala University visited Ghent University on 3 May 2023.",
        "On 3 May 2023 Ghent University hosted delegations from Lund University and Uppsala University.",
        "Ghent University welcomed visitors from Lund University, Uppsala University, and Stockholm "
        "University on 3 May 2023.",
    ],
)
def test_visitors_named_together_make_a_trip_each(sentence):
    visitors = [visitor for visitor, host, start in trips(sentence)]
    assert visitors[:2] == ["Lund University", "Uppsala University"]
    assert {(host, start) for _, host, start in trips(sentence)} == {("Ghent University", "2023-05-03")}
    assert len(visitors) == (3 if "Stockholm" in sentence else 2)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University received a delegation from Lund University on 3 May 2023, and Uppsala University "
        "sent its greetings.",
        "A delegation from Lund University visited Ghent University with Uppsala University's support on "
        "3 May 2023.",
        "On 3 May 2023 a delegation from Lund University, led by the rector of Uppsala University's former "
        "partner, visited Ghent University.",
    ],
)
def test_an_institution_named_beside_the_visitor_but_not_joined_to_it_does_not_travel(sentence):
    assert [visitor for visitor, _, _ in trips(sentence)] == ["Lund University"]

"""Who visited whom, what was signed, and when, read on general mechanisms: references back across
sentences, visits told as verbs and as nouns, plans that are not events, one occasion one record.
Each rule in at least three phrasings that no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def trips(body, **kwargs):
    return [(d["visitor"], d["host"], d["start"]) for d in read(body, **kwargs)["delegations"]]


LUND_TO_GHENT = ("Lund University", "Ghent University", "2023-05-03")
LUND_TO_LEIDEN = ("Lund University", "Leiden University", "2023-05-05")


@pytest.mark.parametrize(
    "body",
    [
        "Rector Erik Holm of Lund University visited Ghent University on 3 May 2023. "
        "He also visited Leiden University on 5 May 2023.",
        "Rector Erik Holm of Lund University visited Ghent University on 3 May 2023. "
        "The rector then travelled to Leiden University, where he met the dean on 5 May 2023.",
        "A delegation of Lund University visited Ghent University on 3 May 2023. "
        "On 5 May 2023, they also visited Leiden University.",
    ],
)
def test_the_visitor_is_followed_across_sentences(body):
    assert trips(body) == [LUND_TO_GHENT, LUND_TO_LEIDEN]


@pytest.mark.parametrize(
    "body",
    [
        "Lund University's visit to Ghent University took place on 3 May 2023.",
        "On 3 May 2023, Lund University's two-day visit to Ghent University opened with a lecture.",
        "Vice-Rector Anna Berg of Lund University's visit to Ghent University on 3 May 2023 began early.",
    ],
)
def test_a_possessive_visit_to_a_host_is_a_delegation(body):
    assert trips(body) == [LUND_TO_GHENT]


@pytest.mark.parametrize(
    "body",
    [
        "On a visit to Ghent University on 3 May 2023, Rector Erik Holm of Lund University toured the labs.",
        "During an official visit to Ghent University on 3 May 2023, Lund University presented its courses.",
        "On 3 May 2023, Lund University sent a delegation to Ghent University.",
    ],
)
def test_a_visit_by_an_indefinite_noun_or_a_sent_delegation(body):
    assert trips(body) == [LUND_TO_GHENT]


@pytest.mark.parametrize(
    "body",
    [
        "On 3 May 2023, the partners opened a centre, which was planned during Lund University's "
        "visit to Ghent University.",
        "The laboratory, opened during Lund University's visit to Ghent University last year, "
        "was shown to students on 3 May 2023.",
        "A delegation from Lund University is set to arrive at Ghent University next week.",
        "A delegation from Lund University is due to visit Ghent University in June.",
    ],
)
def test_a_recalled_or_planned_visit_is_no_delegation(body):
    assert trips(body) == []

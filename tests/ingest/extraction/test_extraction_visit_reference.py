"""Who visits whom when the sentence does not name both: the word "visiting" as an adjective, the host told as
"the campus", a delegation referred back to, a visitor no institution is named for. Three phrasings per rule,
none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article


def trips(text):
    return [(d["visitor"], d["host"]) for d in parse_article(text, file="t.txt")["delegations"]]


def article(*sentences, title="Cooperation news"):
    return f"{title}\n\ndate 2023-05-10\n\n" + "\n\n".join(sentences) + "\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University Welcomes Visiting Lecturer From Lund University",
        "Ghent University offers visiting research fellows of Lund University a summer house.",
        "The two partners, Ghent University and Lund University, run joint visiting "
        "academic and technical staff programmes.",
    ],
)
def test_visiting_as_an_adjective_of_a_person_or_programme_tells_no_visit(sentence):
    assert trips(article(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A delegation from Lund University is visiting Ghent University this week.",
        "Researchers of Lund University spent May visiting Ghent University laboratories.",
        "The visiting delegation of Lund University was shown round Ghent University.",
    ],
)
def test_visiting_as_a_verb_still_tells_a_visit(sentence):
    assert ("Lund University", "Ghent University") in trips(article(sentence))

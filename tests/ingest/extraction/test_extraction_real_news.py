"""Mechanisms that real news pages needed (issue 15, this session's tuning on stored pages): who the
parties of a signing are, visits told by who received whom, signings told as nouns, modality, dates
glued to their words. Each rule in at least three phrasings that no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def deals(body, **kwargs):
    return [(a["kind"], a["action"], a["parties"], a["date"]) for a in read(body, **kwargs)["agreements"]]


def trips(body, **kwargs):
    return [(d["visitor"], d["host"], d["leader"]) for d in read(body, **kwargs)["delegations"]]


LUND_GHENT = ["Lund University", "Ghent University"]


@pytest.mark.parametrize(
    "body",
    [
        "A memorandum of understanding between Lund University and Ghent University, Belgium was signed "
        "on 3 May 2023 at the Swedish Institute (Photo/Nordic Press Agency).",
        "The MoU between Lund University and Ghent University was signed on 3 May 2023 at a ceremony "
        "organised in the hall of the Nordic Council of Ministers.",
        "On 3 May 2023 Lund University signed an MoU with Ghent University (UGent) in the building of the "
        "Flemish Academy of Sciences.",
    ],
)
def test_the_partners_after_between_or_with_end_where_the_coordination_ends(body):
    assert deals(body) == [("mou", "signed", LUND_GHENT, "2023-05-03")]


@pytest.mark.parametrize(
    "partners",
    [
        "Ghent University of Belgium, Leiden University and the University of Tartu",
        "Ghent University (UGent), the Dutch research university Leiden University and University of Tartu",
        "Ghent University, Belgium, Leiden University as well as the University of Tartu",
    ],
)
def test_a_list_of_partners_with_countries_and_appositions_stays_one_list(partners):
    body = f"On 3 May 2023 Lund University signed MoUs with {partners}."
    assert [a[2] for a in deals(body)] == [
        ["Lund University", "Ghent University"],
        ["Lund University", "Leiden University"],
        ["Lund University", "University of Tartu"],
    ]


TRIP = (
    "Vice-Rector Anna Berg of Lund University led a delegation to Ghent University, Leiden University and "
    "Utrecht University last week.\n\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        "At Leiden, the delegation called at Leiden University and met its president. "
        "They signed a memorandum of understanding on joint research.",
        "The delegation then paid a visit to Leiden University, where the two sides signed a memorandum "
        "of understanding.",
        "The second stop was Leiden University. Both sides signed a memorandum of understanding there.",
    ],
)
def test_they_of_a_trip_are_the_visitor_and_the_host_the_story_is_at(paragraph):
    agreements = read(TRIP + paragraph)["agreements"]
    assert [sorted(a["parties"]) for a in agreements] == [["Leiden University", "Lund University"]]

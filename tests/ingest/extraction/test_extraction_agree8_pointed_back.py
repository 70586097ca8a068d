"""A document pointed back to ("this MoU", "the renewed agreement, signed in May") is the one told before: no
new record with whoever its sentence names, and the day its signing is given there dates it. Each rule in
three phrasings no article uses."""

import pytest

from registry.ingest.extraction import parse_article


def read(body, title="Cooperation news", published="2023-05-26"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def agreements(result):
    return [(a["action"], sorted(a["parties"]), a["date"]) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


@pytest.mark.parametrize(
    "second",
    [
        'At the ceremony, Jan Smet, director of the Flemish Education Agency, said: "The signing of this MoU '
        'opens a new chapter."',
        "Speaking for the Swedish Research Council, its director Eva Lind said that this agreement would "
        "help young researchers.",
        "Petra Maes of the Erasmus Foundation welcomed that memorandum as a model for the region.",
    ],
)
def test_a_document_pointed_back_to_is_not_a_new_one_with_the_speakers_body(second):
    first = "Lund University and Ghent University signed a memorandum of understanding on 12 May."
    result = read(f"{first} {second}")
    assert agreements(result) == [("signed", LUND_GHENT, "2023-05-12")]


@pytest.mark.parametrize(
    "second",
    [
        "The renewed MoU, signed in May 2023, deepens ties between Sweden and Belgium.",
        "This agreement, signed on 12 May, strengthens links between both countries.",
        "The new memorandum, concluded in May 2023, builds trust between the two nations.",
    ],
)
def test_a_document_pointed_back_to_is_dated_by_the_signing_its_sentence_tells(second):
    result = read(
        "The rectors of Lund University and Ghent University have signed a renewed memorandum of "
        f"understanding on research. {second}"
    )
    assert len(result["agreements"]) == 1
    assert result["agreements"][0]["date"] in ("2023-05", "2023-05-12")

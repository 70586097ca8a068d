"""A partnership "announced", "launched", "unveiled" or "forged" is one formed, a record signed; one only
planned ("announced plans for", "will launch") is none."""

import pytest

from tests.ingest.extraction.reading import article, parsed

PAIR = ["Pellworth University", "Sandhaven Institute of Marine Science"]


def partnerships(body):
    return [(a["action"], a["kind"], sorted(a["parties"])) for a in parsed(article(body))["agreements"]]


@pytest.mark.parametrize(
    "body",
    [
        "Pellworth University and Sandhaven Institute of Marine Science announced a partnership on 2 May to "
        "train coastal engineers.",
        "On 2 May, Sandhaven Institute of Marine Science launched a five-year partnership with Pellworth "
        "University.",
        "Pellworth University unveiled a new research partnership with Sandhaven Institute of Marine Science "
        "on 2 May.",
        "Sandhaven Institute of Marine Science and Pellworth University forged a strategic partnership "
        "on 2 May.",
    ],
)
def test_a_partnership_made_public_is_formed(body):
    assert partnerships(body) == [("signed", "partnership", PAIR)]


@pytest.mark.parametrize(
    "body",
    [
        "Pellworth University and Sandhaven Institute of Marine Science announced plans for a partnership on "
        "2 May.",
        "Pellworth University will launch a partnership with Sandhaven Institute of Marine Science "
        "next year.",
        "Pellworth University praised its partnership with Sandhaven Institute of Marine Science on 2 May.",
    ],
)
def test_a_partnership_only_planned_or_praised_is_no_record(body):
    assert partnerships(body) == []

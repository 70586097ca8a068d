"""An officer of an unnamed publisher travelling: no visit with a null visitor when a credit line names the
publisher by an acronym the text never spells out ("Source: XYZ News Center"). Three phrasings, none taken
from an article."""

import pytest

from registry.ingest.extraction import parse_article
from tests.ingest.extraction.reading import trips_in_order as trips

VISIT = (
    "Cooperation news\n\ndate 2023-05-10\n\n"
    "Last week, a delegation led by Vice-President Tom Reed visited Lund University and "
    "Uppsala University.\n\n"
)


@pytest.mark.parametrize(
    "credits",
    [
        "Editor: Li Wei\nSource: HNU News Office\n",
        "Written by Anna Berg, ACU Media\n",
        "Source: KTV News Center\n",
    ],
)
def test_a_publisher_credited_by_acronym_leaves_its_officers_trip_unrecorded(credits):
    assert trips(VISIT + credits) == []


@pytest.mark.parametrize("credits", ["", "Editor: Li Wei\n", "Photos: Anna Berg\n"])
def test_with_no_publisher_credited_the_trip_is_recorded_with_no_visitor_named(credits):
    result = parse_article(VISIT + credits, file="t.txt")
    assert [(d["visitor"], d["host"]) for d in result["delegations"]] == [
        (None, "Lund University"),
        (None, "Uppsala University"),
    ]
    assert any("no name is invented" in warning for warning in result["warnings"])

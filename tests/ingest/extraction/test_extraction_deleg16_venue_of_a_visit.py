"""The place of a visit told as its venue ("Y was the venue of a visit by X"), and a stay spent at a named
place ("spent a week at Y"): Y hosts."""

from tests.ingest.extraction.reading import article, trips

V, H = "Orrin Polytechnic University", "Tavistock University"


def test_the_venue_of_a_visit_hosts_it():
    for told in (
        f"{H} was the venue of a visit by a delegation from {V} on 12 April 2023.",
        f"On 12 April 2023, {H} was the scene of a two-day visit from {V}.",
        f"{H} is the setting for a visit of rectors from {V} this week.",
    ):
        assert trips(article(told)) == [(V, H)], told


def test_a_stay_spent_at_a_named_place_is_a_visit_there():
    for told in (
        f"Five professors from {V} spent a week at {H} in April 2023.",
        f"A team from {V} spent three days at {H} in May.",
        f"Researchers of {V} spent two months at the {H} laboratories.",
    ):
        assert trips(article(told)) == [(V, H)], told


def test_time_spent_at_no_place_named_is_no_visit():
    assert trips(article(f"{V} spent two months at the planning stage of the joint degree with {H}.")) == []

"""The size of a delegation from the people said to have accompanied its leader."""

from tests.ingest.extraction.reading import article, parsed

V, H = "Orrin Polytechnic University", "Tavistock University"
VISIT = f"Professor Jan Olsen, the President of {V}, visited {H} on 9 June 2023."


def _sizes(*sentences):
    return [d["size"] for d in parsed(article(*sentences))["delegations"]]


def test_those_who_accompanied_the_leader_named_by_title_and_one_name():
    assert _sizes(
        VISIT,
        f"Professor Mira Lund, Vice Dean of Law, and Professor Aldo Serra, Director of International"
        f" Office, {V} accompanied Professor Olsen at the meeting.",
    ) == [3]


def test_the_leader_accompanied_by_two_officers():
    assert _sizes(
        f"The {V} team arrived at {H} on 11 October 2023, led by Prof. Jan Olsen, accompanied by the Deputy"
        " Director, Dr. Mira Lund, and the Secretary, Dr. Aldo Serra."
    ) == [3]


def test_a_hosts_officer_who_accompanied_the_guest_is_no_member():
    assert _sizes(VISIT, f"Prof. Omar Haddad of {H} accompanied Professor Olsen on a campus tour.") == [None]


def test_companions_of_someone_else_count_for_nothing():
    assert _sizes(VISIT, "Dr. Mira Lund and Dr. Aldo Serra accompanied the minister to the opening.") == [
        None
    ]

"""The size of a delegation whose members a later sentence names: those named, with the leader."""

from tests.ingest.extraction.reading import article, parsed

V, H = "Orrin Polytechnic University", "Tavistock University"


def _sizes(*sentences):
    return [d["size"] for d in parsed(article(*sentences))["delegations"]]


def test_the_members_included_count_with_their_leader():
    assert _sizes(
        f"{H} hosted a delegation from {V}, led by Rector Jan Olsen, on 3 May 2023.",
        "The delegation included Mira Lund, Director of International Affairs, and Aldo Serra, Dean of Law.",
    ) == [3]


def test_the_members_included_with_no_leader_told_are_the_whole_group():
    assert _sizes(
        f"On 3 May 2023, a delegation from {V} had a working visit to {H}.",
        "The delegation included Mr. Omar Haddad - Coordinator of International Relations and Ms. Lena Vik -"
        " Director of the Language Centre.",
    ) == [2]
    assert _sizes(f"A team from {V} visited {H} on 3 May 2023.", "The team included Prof. Anna Berg.") == [1]


def test_a_size_stated_outright_stands():
    assert _sizes(
        f"A five-member delegation from {V} visited {H} on 3 May 2023.",
        "The delegation included Prof. Anna Berg and Dr. Jan Olsen.",
    ) == [5]

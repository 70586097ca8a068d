"""One trip, one leader: the stops of a tour told after its first sentence are led by whom that sentence
names, not by another group's leader the travellers met on the way; a trip at another time keeps its own."""

from tests.ingest.extraction.reading import article, parsed

V = "Qorvina University"
A, B, C = "Lindqvist University", "Harrowgate University", "Corvallo University"


def _leaders(*sentences):
    return sorted((d["host"] or "", d["leader"]) for d in parsed(article(*sentences))["delegations"])


def test_a_stop_where_the_group_joined_another_delegation():
    assert _leaders(
        f"{V} President Ade Mbeki led a delegation that travelled to Norway in May 2023.",
        f"The delegation first visited {A} to sign a memorandum.",
        f"The {V} group then travelled to Bergen to join a larger delegation led by Dr. Tomas Brekke to"
        f" visit {B}.",
    ) == [(B, "Ade Mbeki"), (A, "Ade Mbeki")]


def test_the_next_stops_told_without_a_leader():
    assert _leaders(
        f"A delegation of {V} headed by Rector Dr. Ilse Marlow arrived in Chile on 3 May 2023.",
        f"The delegation visited {A} and {B}.",
        f"It then travelled to Valdoria, where the delegates called on {C}.",
    ) == [(C, "Ilse Marlow"), (B, "Ilse Marlow"), (A, "Ilse Marlow")]


def test_a_trip_in_another_year_keeps_its_own_leader():
    assert _leaders(
        f"In March 2019, Rector Dr. Ilse Marlow of {V} visited {A}.",
        f"In May 2023, Prof. Jonas Pike, Vice-Rector of {V}, visited {B}.",
    ) == [(B, "Jonas Pike"), (A, "Ilse Marlow")]

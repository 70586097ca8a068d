"""A guest received "on a visit": the one named between the verb of hosting and the visit travels, the
subject of the verb hosts."""

from tests.ingest.extraction.reading import article, trips

G, H = "University of Brennmoor", "Tavistock Institute of Science"


def test_a_guest_received_on_a_visit_came_from_the_guests_school():
    for told in (
        f"The rector of {H}, Prof. Jan Olsen, said this while receiving the Deputy Dean, Faculty of Law, {G},"
        " Norway, Professor Mira Lund, on a courtesy visit to his office.",
        f"The rector of {H}, Prof. Jan Olsen, received Prof. Mira Lund, vice-rector of {G}, on a working"
        " visit on 3 May.",
        f"Prof. Jan Olsen, President of {H}, said so when hosting the dean of {G}, Dr. Mira Lund, on a visit"
        " to the campus.",
    ):
        assert trips(article(told)) == [(G, H)], told


def test_a_delegation_welcomed_on_an_official_visit_has_its_host():
    for verb in ("welcomed", "hosted", "received"):
        told = f"{H} {verb} a delegation from {G} on an official visit on 3 May."
        assert trips(article(told)) == [(G, H)], told


def test_a_host_welcoming_someone_on_no_visit_is_read_as_before():
    assert trips(article(f"A delegation from {G} visited {H} on 3 May and was welcomed by the rector.")) == [
        (G, H)
    ]

"""A body's name printed as the opening of a scholarship's, a ranking's, a prize's or an event's name ("the X
University Scholarship", "X Government (ABC) Scholarships", "World University Rankings", "the X University
Leaders Dialogue") names that programme, not the body: it is no mention of an institution. The same body
named elsewhere as a party is still read. Every name and sentence is invented."""

from tests.ingest.extraction.reading import article, parsed


def _names(*sentences):
    return {item["name"] for item in parsed(article(*sentences))["institutions"]}


def test_a_scholarship_named_after_a_body_is_no_mention_of_it():
    found = _names(
        "On 2 April 2024 Harbourside University signed an exchange agreement with Quillmark Polytechnic.",
        "Two of its students came on the Velmora-Ardmoor University Scholarship last year.",
    )
    assert not any("Ardmoor" in name for name in found)
    found = _names(
        "On 3 April 2024 Harbourside University signed an exchange agreement with Quillmark Polytechnic.",
        "Its students study under Ruritanian Government (Orvath:RGS) Scholarships.",
    )
    assert "Ruritanian Government" not in found


def test_a_ranking_or_a_dialogue_named_after_bodies_is_no_mention_of_them():
    found = _names(
        "On 4 April 2024 Harbourside University signed an exchange agreement with Quillmark Polytechnic, "
        "ranked high in the Velmora Higher Learning World University Rankings.",
    )
    assert not any("World University" in name for name in found)
    found = _names(
        "On 5 April 2024 Harbourside University signed an exchange agreement with Quillmark Polytechnic "
        "at the Orvath–Velmora University Leaders Dialogue.",
    )
    assert not any("Velmora University" in name for name in found)


def test_the_body_named_elsewhere_as_a_party_is_still_read():
    found = _names(
        "On 6 April 2024 Harbourside University signed an exchange agreement with Kestrel University.",
        "Two Kestrel University Scholarship holders spoke at the ceremony.",
    )
    assert {"Harbourside University", "Kestrel University"} <= found

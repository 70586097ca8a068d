"""A body printed again with words left out of the middle of its name ("the Kestrel Maritime University
... Kestrel University"), or with its initials run together ("R. K. Brannock Global University ... RK
Brannock University"), is the same body: the shorter name is an alias of the longer, as it already was when
the opening or closing words were left out. The words left out hold no head word of their own, and the
first and last words are the same.

Where the gazetteer knows the shorter name and not the longer, the longer is a spelling of the known body (a
name run on into what follows it, "University of Helsinki and X Akatemia", or a variant): it takes the known
body's name. Only two names the gazetteer knows as two bodies stay apart."""

from tests.ingest.extraction.reading import article, parsed


def _read(*sentences):
    found = parsed(article(*sentences))
    names = {item["name"]: item["aliases"] for item in found["institutions"]}
    parties = {frozenset(a["parties"]) for a in found["agreements"]}
    trips = {(d["visitor"], d["host"]) for d in found["delegations"]}
    return names, parties, trips


def test_a_university_named_again_without_its_middle_word_is_the_same_university():
    names, parties, _ = _read(
        "The Kestrel Maritime University and Harbourside University inked a cooperation memorandum "
        "on 3 May 2023.",
        "The president of Kestrel University thanked the hosts.",
    )
    assert "Kestrel University" not in names
    assert "Kestrel University" in names["Kestrel Maritime University"]
    assert parties == {frozenset({"Kestrel Maritime University", "Harbourside University"})}


def test_initials_printed_with_and_without_stops_are_one_name():
    names, _, _ = _read(
        "R. K. Brannock Global University inked a cooperation memorandum with Harbourside University "
        "on 3 May 2023.",
        "The rector of RK Brannock University thanked the hosts.",
    )
    assert "RK Brannock University" not in names
    assert "RK Brannock University" in names["R. K. Brannock Global University"]


def test_a_word_left_out_that_is_a_head_of_its_own_keeps_two_bodies():
    names, _, _ = _read(
        "The Kestrel Maritime University and Harbourside University inked a cooperation memorandum "
        "on 3 May 2023.",
        "The Kestrel Music College choir sang at the ceremony.",
    )
    assert "Kestrel Music College" not in names.get("Kestrel Maritime University", [])


def test_a_name_run_on_around_a_known_university_is_that_university():
    names, _, trips = _read(
        "A delegation of the University of Helsinki and Velmora Akatemia visited Harbourside University "
        "on 3 May 2023.",
        "The University of Helsinki will host a return visit.",
    )
    assert "University of Helsinki and Velmora Akatemia" not in names
    assert trips == {("University of Helsinki", "Harbourside University")}

"""Where a government body's name ends. An embassy, consulate, ministry or government takes the capitalised
words after it only through "of", "in" or "General" ("Embassy of Varnland in Osterreach", "Consulate
General of ..."): capitalised words printed straight after the head are a person's name ("the Embassy Lira
Tovanek", "the Consulate Ormet Drask") or another word ("Government Delegation"), and a name that ran on to
them was listed as a body that no article names and took the person's visit with it.

The list printed after a government body's name after a comma runs on only as a list of its portfolios
("Ministry of Education, Culture and Sports"); after a place ("the Embassy of Varnland in Osterreach,
Lira Tovanek and Ormet Drask": people) or with an acronym or a place in it ("the Tessaly Government, KVX and
Harbourside Polytechnic", "in the Osterreach, Ireland and Norway": other bodies and places) the name ends
before the comma."""

from tests.ingest.extraction.reading import article, parsed


def _read(*sentences):
    found = parsed(article(*sentences))
    names = [item["name"] for item in found["institutions"]]
    trips = [(d["visitor"], d["host"]) for d in found["delegations"]]
    return names, trips


def test_a_person_named_straight_after_an_embassy_is_no_part_of_its_name():
    names, _ = _read(
        "On 6 May 2024 the Ambassador of Varnland, Doran Pell, and First Secretary of the Embassy Lira "
        "Tovanek visited Harbourside Polytechnic.",
    )
    assert not any("Tovanek" in name for name in names)


def test_a_person_named_straight_after_a_consulate_general_is_no_part_of_its_name():
    names, _ = _read(
        "Velmora University and Harbourside Polytechnic put their names to a memorandum on 7 May 2024.",
        "The ceremony was attended by the Varnish Consulate General Ormet Drask.",
    )
    assert not any("Drask" in name for name in names)


def test_a_government_delegation_is_no_body_named_delegation():
    names, _ = _read(
        "On 8 May 2024 a delegation of the Tessaly Provincial Government Delegation, led by Deputy Governor "
        "Amra Velt, visited Velmora University.",
    )
    assert not any(name.endswith("Delegation") for name in names)


def test_an_embassy_in_its_country_ends_before_the_people_listed_after_it():
    names, _ = _read(
        "The delegation of Harbourside Polytechnic was received on 9 May 2024 by the Counsellor at the "
        "Embassy of Varnland in Portugal, Lira Tovanek, and Ormet Drask.",
    )
    assert "Embassy of Varnland in Portugal" in names
    assert not any("Tovanek" in name for name in names)


def test_a_government_ends_before_acronyms_listed_after_it():
    names, _ = _read(
        "Under the partnership of the Tessaly Provincial Government, KVX and Harbourside Polytechnic "
        "concluded a memorandum with Velmora University on 10 May 2024.",
    )
    assert not any("KVX" in name and "Government" in name for name in names)


def test_a_ministry_in_a_country_ends_before_the_countries_listed_after_it():
    names, _ = _read(
        "The exhibition was organised by the Varnish Ministry of Education in Portugal, Ireland and Norway "
        "on 11 May 2024, and Velmora University signed a memorandum with Harbourside Polytechnic there.",
    )
    assert not any("Norway" in name for name in names)


def test_a_ministry_keeps_the_portfolios_listed_after_it():
    names, _ = _read(
        "On 12 May 2024 Velmora University concluded a memorandum with the Ministry of "
        "Education, Culture, Youth and Sports of Tessaly.",
    )
    assert any(name.startswith("Ministry of Education, Culture, Youth and Sports") for name in names)

"""A body printed in full and again without its opening or closing words ("the Kestrel City College of
Vocational Technology ... Kestrel City College", "Saint Olwen Pedagogical University of Dunmore ... the
Pedagogical University of Dunmore") is one institution, the shorter name an alias of the longer, so its
trips, documents and people are not split between two. The words left out must hold no head word of
their own (the "Dunmore Foundation Hospital" is the foundation's hospital, a body apart), and the
gazetteer must not know the two as different bodies ("Shenyang University" is not "Shenyang University
of Chemical Technology")."""

from tests.ingest.extraction.reading import article, parsed


def _read(*sentences):
    found = parsed(article(*sentences))
    names = {item["name"]: item["aliases"] for item in found["institutions"]}
    trips = {(d["visitor"], d["host"]) for d in found["delegations"]}
    return names, trips


def test_a_college_named_again_without_its_fields_is_the_same_college():
    names, trips = _read(
        "The president of the Kestrel City College of Vocational Technology visited Harbourside University "
        "on 3 May 2023.",
        "Harbourside University and Kestrel City College agreed to exchange teachers.",
    )
    assert "Kestrel City College" not in names
    assert "Kestrel City College" in names["Kestrel City College of Vocational Technology"]
    assert trips == {("Kestrel City College of Vocational Technology", "Harbourside University")}


def test_a_university_named_again_without_its_opening_words_is_the_same_university():
    names, _ = _read(
        "A delegation of Saint Olwen Pedagogical University of Dunmore visited Harbourside University on 3 "
        "May 2023.",
        "The rector of the Pedagogical University of Dunmore thanked the hosts.",
    )
    assert "Pedagogical University of Dunmore" not in names
    assert "Pedagogical University of Dunmore" in names["Saint Olwen Pedagogical University of Dunmore"]


def test_the_short_name_in_a_later_plan_is_an_alias_of_the_signatory():
    names, _ = _read(
        "The Brenholt Valley College of Applied Arts signed an MoU with Harbourside University on 3 May "
        "2023.",
        "Teachers from Brenholt Valley College will visit Harbourside University in June.",
    )
    assert names["Brenholt Valley College of Applied Arts"] == ["Brenholt Valley College"]


def test_a_longer_name_with_a_head_word_of_its_own_is_another_body():
    names, _ = _read(
        "Harbourside University signed an MoU with the Dunmore Foundation Hospital on 3 May 2023.",
        "The Dunmore Foundation and Harbourside University also signed a second MoU on 4 May 2023.",
    )
    assert "Dunmore Foundation Hospital" in names
    assert "Dunmore Foundation" in names


def test_two_schools_the_gazetteer_tells_apart_stay_two():
    names, _ = _read(
        "Harbourside University signed an MoU with Shenyang University of Chemical Technology on 3 May 2023.",
        "Representatives of Shenyang University also attended the ceremony.",
    )
    assert len(names) == 3

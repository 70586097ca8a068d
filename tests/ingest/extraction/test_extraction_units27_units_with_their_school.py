"""A unit printed with the school it belongs to stands for that school: "the Coastal Studies Institute of
Brenholt University", "the Marlow Learning Centre of the Quelmar Language School", "the Department of
Optics at Tolvane University", "the Harbour Lore Institute of BRU" (the school's acronym). Its dean acts
for the school, a visit to it is a visit to the school, and the unit is no institution of its own, nor is
its bare name printed again ("the Coastal Studies Institute"). Only a unit that is always a part (a
department, a faculty, an office) is read "at" a school: a centre or an institute "at" one may be a body of
its own (a joint institute hosted there), and this rule leaves it as the rest of the reading takes it."""

from tests.ingest.extraction.reading import article, parsed


def _read(*sentences):
    found = parsed(article(*sentences))
    names = {item["name"] for item in found["institutions"]}
    people = {person["name"]: person["institution"] for person in found["people"]}
    trips = {(d["visitor"], d["host"]) for d in found["delegations"]}
    return names, people, trips


def test_an_institute_of_a_school_is_that_school():
    names, people, _ = _read(
        "A delegation of Harbourside University visited the Coastal Studies Institute of Brenholt University "
        "on 4 May 2023.",
        "Professor Olwen Fairbairn, Dean of the Coastal Studies Institute, welcomed the guests.",
    )
    assert "Brenholt University" in names
    assert not any("Institute" in name for name in names)
    assert people["Olwen Fairbairn"] == "Brenholt University"


def test_a_centre_of_a_named_school_is_a_visit_to_the_school():
    names, _, trips = _read(
        "Harbourside University and the Quelmar Language School signed a memorandum on 4 May 2023.",
        "The guests from Harbourside University then visited the Marlow Learning Centre of the Quelmar "
        "Language School, meeting its director.",
    )
    assert "Marlow Learning Centre" not in names
    assert ("Harbourside University", "Quelmar Language School") in trips


def test_a_department_at_a_school_acts_for_the_school():
    names, people, _ = _read(
        "Tolvane University signed a memorandum with Harbourside University on 4 May 2023.",
        "Dr. Ismay Kettleburn, from the Department of Optics at Tolvane University, thanked the partners.",
    )
    assert "Department of Optics" not in names
    assert people["Ismay Kettleburn"] == "Tolvane University"


def test_an_institute_of_a_school_named_by_its_acronym_is_that_school():
    names, people, _ = _read(
        "Brenholt University (BRU) signed a memorandum with Harbourside University on 4 May 2023.",
        "Professor Dace Morrow, Director of the Harbour Lore Institute of BRU, spoke at the signing.",
    )
    assert not any("Harbour Lore" in name for name in names)
    assert people["Dace Morrow"] == "Brenholt University"

"""A body the gazetteer does not know whose name ends on "Institute", with no school's head word before it,
is no school: a leadership or cultural institute, a training centre, a state's agency (kind other). A school's
head word before "Institute" makes it that school's unit and leaves the school a school; a joint institute
stays joint; an institute the gazetteer knows keeps the gazetteer's type."""

from tests.ingest.extraction.reading import article, parsed


def _kinds(*sentences):
    found = parsed(article(*sentences))
    return {item["name"]: item["kind"] for item in found["institutions"]}


def test_an_institute_named_for_its_work_is_no_school():
    kinds = _kinds(
        "On 2 April 2024 Harbourside University concluded a cooperation memorandum with the Velmoran "
        "Leadership Institute.",
    )
    assert kinds["Velmoran Leadership Institute"] == "other"


def test_an_institute_named_for_a_region_or_a_person_is_no_school():
    kinds = _kinds(
        "A delegation of the Orvath Lakes Institute visited Harbourside University on 3 April 2024 to "
        "discuss training courses for teachers.",
    )
    assert kinds["Orvath Lakes Institute"] == "other"
    kinds = _kinds(
        "On 4 April 2024 the Ardel Pell Institute signed a cooperation agreement with "
        "Harbourside University.",
    )
    assert kinds["Ardel Pell Institute"] == "other"
    kinds = _kinds(
        "Teachers of the Kestrel Bay Training Institute visited Harbourside University on 5 April 2024.",
    )
    assert kinds["Kestrel Bay Training Institute"] == "other"


def test_a_schools_language_institute_leaves_the_school_a_school():
    kinds = _kinds(
        "On 5 April 2024 the Quillmark University Language Institute hosted teachers of Harbourside "
        "Polytechnic for a week of courses.",
    )
    assert all(kind == "university" for name, kind in kinds.items() if "University" in name)


def test_a_joint_institute_stays_joint():
    kinds = _kinds(
        "On 6 April 2024 Harbourside University and Quillmark Polytechnic opened the Harbourside-Quillmark "
        "Joint Tides Institute.",
    )
    assert kinds.get("Harbourside-Quillmark Joint Tides Institute") in (None, "joint_institute")


def test_an_institute_of_a_field_is_still_read_as_before():
    kinds = _kinds(
        "On 7 April 2024 the Velmora Institute of Technology concluded a cooperation memorandum with "
        "Harbourside University.",
    )
    assert kinds["Velmora Institute of Technology"] == "university"

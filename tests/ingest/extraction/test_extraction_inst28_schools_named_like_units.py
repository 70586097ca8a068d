"""A name that opens on a unit's head and "of" ("College of ...", "Institute of ...") is read as a
university's unit: "the College of Engineering", "the Institute of Tidal Studies". Some schools are named
that way on their own ("College of Charleston", "College of Wooster"): where the gazetteer knows the
whole name, word for word, as a university, it is a school of its own, so it signs, hosts and employs like
any other. A unit the gazetteer does not know as a university stays a unit."""

from tests.ingest.extraction.reading import article, parsed


def _read(*sentences):
    found = parsed(article(*sentences))
    names = {item["name"] for item in found["institutions"]}
    people = {person["name"]: person["institution"] for person in found["people"]}
    parties = [set(a["parties"]) for a in found["agreements"]]
    return names, people, parties


def test_a_college_the_gazetteer_knows_signs_as_a_party():
    names, _, parties = _read(
        "Harbourside University has signed a student exchange agreement.",
        "The College of Charleston and Harbourside University signed the agreement on 4 May 2023.",
    )
    assert "College of Charleston" in names
    assert {"College of Charleston", "Harbourside University"} in parties


def test_a_known_college_employs_its_president():
    names, people, _ = _read(
        "Brenholt University welcomed guests from Maine.",
        "Orrin Vantreece, President of the College of Wooster, met Rector Ilsa Marrow of Brenholt "
        "University on 4 May 2023.",
    )
    assert "College of Wooster" in names
    assert people["Orrin Vantreece"] == "College of Wooster"


def test_a_known_college_is_a_host_of_a_visit():
    names, _, _ = _read(
        "A delegation from Quelmar Polytechnic visited the Institute of Science Tokyo on 4 May 2023 and met "
        "its provost.",
    )
    assert "Institute of Science Tokyo" in names


def test_a_college_of_a_field_stays_a_unit():
    names, _, _ = _read(
        "A delegation from Quelmar Polytechnic visited the College of Engineering of Brenholt University "
        "on 4 May 2023.",
    )
    assert "College of Engineering" not in names


def test_a_graduate_school_of_a_field_stays_the_school_s_unit():
    names, people, _ = _read(
        "Professor Maren Adeyemi of Brenholt University's Graduate School of Engineering visited Quelmar "
        "Polytechnic on 4 May 2023.",
    )
    assert names == {"Brenholt University", "Quelmar Polytechnic"}
    assert people["Maren Adeyemi"] == "Brenholt University"

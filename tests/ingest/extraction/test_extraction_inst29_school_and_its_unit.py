"""A school printed with one of its units after its name ("the University of Helsinki College of Marine
Sciences") and printed again on its own ("the University of Helsinki") is one institution: the school, under
its own name, with the longer name as its alias. So the document the unit signed and the students the school
sends belong to one body, and the gazetteer's school is not listed beside a body of its own unit."""

from tests.ingest.extraction.reading import article, parsed


def _read(*sentences):
    found = parsed(article(*sentences))
    names = {item["name"]: item["aliases"] for item in found["institutions"]}
    parties = {frozenset(a["parties"]) for a in found["agreements"]}
    trips = {(d["visitor"], d["host"]) for d in found["delegations"]}
    return names, parties, trips


def test_a_known_university_printed_with_its_college_is_the_university():
    names, parties, _ = _read(
        "The University of Helsinki College of Marine Sciences inked a cooperation memorandum with "
        "Kestrel Maritime University on 3 May 2023.",
        "The University of Helsinki will send ten students to Kestrel.",
    )
    assert "University of Helsinki College of Marine Sciences" in names["University of Helsinki"]
    assert parties == {frozenset({"University of Helsinki", "Kestrel Maritime University"})}


def test_a_known_university_printed_with_its_faculty_visits_as_the_university():
    names, _, trips = _read(
        "A delegation of the University of Helsinki Faculty of Velmora Studies visited Brannock Polytechnic "
        "on 3 May 2023.",
        "The University of Helsinki and Brannock Polytechnic agreed to exchange staff.",
    )
    assert "University of Helsinki Faculty of Velmora Studies" not in names
    assert trips == {("University of Helsinki", "Brannock Polytechnic")}


def test_an_invented_school_printed_with_its_school_of_law_is_one_body():
    names, _, _ = _read(
        "A delegation of Quellmoor University School of Law visited Brannock Polytechnic on 3 May 2023.",
        "Quellmoor University and Brannock Polytechnic agreed to exchange staff.",
    )
    assert len([name for name in names if name.startswith("Quellmoor")]) == 1

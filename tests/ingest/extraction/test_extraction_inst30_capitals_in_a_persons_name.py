"""Capitals that belong to a person's printed name are no institution: two or three initials printed before a
surname that a title follows after a comma ("received by KT Rambel, the Vice-Chancellor of X"), a short
surname printed in capitals after a title and a given name ("Rector Professor Tarkan OZ signed"), and the
Central European doctorates printed after a name's comma ("prof. Jan Dvorek, CSc., who heads ..."). Listed
as bodies, they became a third party of the signing and a stop of the visit.

An acronym used as a body's name stays one."""

from tests.ingest.extraction.reading import article, parsed


def _read(*sentences):
    found = parsed(article(*sentences))
    names = [item["name"] for item in found["institutions"]]
    parties = [sorted(a["parties"]) for a in found["agreements"]]
    trips = [(d["visitor"], d["host"]) for d in found["delegations"]]
    return names, parties, trips


def test_initials_before_a_surname_with_a_title_after_it_are_no_body():
    names, _, trips = _read(
        "On 3 May 2023 a delegation of Harbourside Polytechnic was welcomed by KT Rambel, the "
        "Vice-Chancellor of Velmora University.",
    )
    assert "KT" not in names
    assert trips == [("Harbourside Polytechnic", "Velmora University")]


def test_initials_before_a_surname_with_a_deputy_title_after_it_are_no_body():
    names, _, _ = _read(
        "Velmora University signed a memorandum with Harbourside Polytechnic on 4 May 2023.",
        "The memorandum was signed by MRV Tandor, Pro-Vice-Chancellor of Velmora University, and the "
        "rector of Harbourside Polytechnic.",
    )
    assert "MRV" not in names


def test_a_short_surname_in_capitals_after_a_title_and_a_given_name_is_no_party():
    names, parties, _ = _read(
        "Harbourside Polytechnic Rector Professor Tarkan OZ and Velmora University President Lin Dov signed "
        "the agreement on 3 May 2023.",
    )
    assert "OZ" not in names
    assert parties == [["Harbourside Polytechnic", "Velmora University"]]


def test_a_doctorate_after_a_names_comma_is_no_body():
    names, _, trips = _read(
        "A delegation of Velmora University visited Harbourside Polytechnic on 3 May 2023.",
        "Harbourside Polytechnic sent two professors to the talks: prof. Ing. Jan Dvorek, CSc., who heads "
        "its physics laboratory, and prof. Ing. Petr Holan, CSc., who teaches chemistry there.",
    )
    assert "CSc" not in names
    assert trips == [("Velmora University", "Harbourside Polytechnic")]


def test_an_acronym_heading_a_delegation_is_still_a_body():
    names, _, trips = _read(
        "On 3 May 2023 a delegation from KTVU, led by its rector Anna Berg, visited Harbourside Polytechnic.",
        "KTVU and Harbourside Polytechnic agreed to exchange students.",
    )
    assert "KTVU" in names
    assert ("KTVU", "Harbourside Polytechnic") in trips

"""A school of diplomats the gazetteer does not know, an academy, institute or school whose name says it
trains for the diplomatic or the foreign service, belongs to its foreign ministry: a government body, not a
university. A university's own diplomatic academy stays the university's kind, and a company that merely has
the word in its name stays a company."""

from registry.ingest.extraction.institutions import _kind_of_a_body_unknown
from tests.ingest.extraction.reading import article, parsed


def _kinds(*sentences):
    found = parsed(article(*sentences))
    return {item["name"]: item["kind"] for item in found["institutions"]}


def test_a_diplomatic_academy_is_a_government_body():
    kinds = _kinds(
        "On 11 June 2024 Harbourside University and the Velmoran Diplomatic Academy concluded a cooperation "
        "memorandum on training young envoys.",
    )
    assert kinds["Velmoran Diplomatic Academy"] == "government"


def test_a_foreign_service_institute_is_a_government_body():
    assert _kind_of_a_body_unknown("Foreign Service Institute of Orvath") == "government"
    assert _kind_of_a_body_unknown("Quillmark Foreign Service Academy") == "government"


def test_a_diplomatic_training_institute_is_a_government_body():
    assert _kind_of_a_body_unknown("Tarnov International Diplomatic Training Institute") == "government"


def test_a_universitys_academy_and_a_company_keep_their_kinds():
    assert _kind_of_a_body_unknown("Orvath University Diplomatic Academy") is None
    assert _kind_of_a_body_unknown("Diplomatic Ledger Group") is None

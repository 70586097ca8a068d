"""An acronym in brackets that stands for a programme or a document names no institution, in whatever
language its letters are: the phrase before the bracket holds a programme's or a document's word ("a Joint
Work Agreement (PKR)", "Mobility Programmes for ... (EMPX)"), or that word follows the bracket as the
programme's own ("the Free Study Campus (KMBT) programme, ..."). A body's acronym followed by the word of one
of its units ("(VPU) project office") stays the body's."""

from tests.ingest.extraction.reading import article, parsed


def _names(*sentences):
    found = parsed(article(*sentences))
    printed = [item["name"] for item in found["institutions"]]
    return printed + [alias for item in found["institutions"] for alias in item["aliases"]]


def test_a_documents_acronym_is_no_party():
    names = _names(
        "On 3 June 2024 Harbourside University and Quillmark Polytechnic concluded a cooperation memorandum.",
        "The memorandum will be followed by a Joint Work Agreement (PKR) with the faculties of both schools.",
        "Both rectors hope the PKR will be signed soon.",
    )
    assert "PKR" not in names


def test_a_programmes_acronym_named_after_the_bracket_is_no_body():
    names = _names(
        "To support the Free Study Campus (KMBT) programme, Harbourside University concluded a cooperation "
        "memorandum with Quillmark Polytechnic on 4 June 2024.",
        "KMBT students of Harbourside University will spend a term at Quillmark Polytechnic.",
    )
    assert "KMBT" not in names


def test_a_programme_spelt_out_before_its_acronym_is_no_body():
    names = _names(
        "Harbourside University Mobility Programmes for Coastal Engineering Skills (EMPX) hosted a "
        "delegation of Quillmark Polytechnic on 5 June 2024.",
        "The EMPX coordinator, Dr. Oren Vask, welcomed the guests.",
    )
    assert "EMPX" not in names


def test_a_bodys_acronym_before_a_units_word_stays_a_body():
    names = _names(
        "On 6 June 2024 a delegation of the Velmoran Polytechnic University (VPU) visited Harbourside "
        "University.",
        "Mira Hestin, head of the VPU project office, led the delegation.",
    )
    assert "Velmoran Polytechnic University" in names

"""A body's own name can state its kind more precisely than the gazetteer's coarse type or the head-word
default: a body named by its member schools in the plural is their association (an alliance), and an academy
of sciences or a research institute is a research body (other), not a school. A school's own head word
before those words keeps it a school, and a foundation, commission or ministry keeps its own kind."""

from registry.ingest.extraction.institutions import _kind_the_name_states
from tests.ingest.extraction.reading import article, parsed


def _kinds(*sentences):
    found = parsed(article(*sentences))
    return {item["name"]: item["kind"] for item in found["institutions"]}


def test_a_body_opening_on_its_member_schools_is_their_association():
    # Such names come from the gazetteer or a headline; the name alone decides.
    assert _kind_the_name_states("Colleges Iceland") == "alliance"
    assert _kind_the_name_states("Institutes of Design Quillmark") == "alliance"
    assert _kind_the_name_states("Universities Tarnovia International") == "alliance"


def test_an_association_of_schools_named_by_its_members_is_an_alliance():
    kinds = _kinds(
        "On 4 March 2024 the Velmoran Council of Private Colleges concluded a cooperation memorandum with "
        "Harbourside University.",
    )
    assert kinds["Velmoran Council of Private Colleges"] == "alliance"
    kinds = _kinds(
        "On 4 March 2024 the Quillmark Association of Colleges concluded a cooperation memorandum with "
        "Harbourside University.",
    )
    assert kinds["Quillmark Association of Colleges"] == "alliance"


def test_an_academy_of_sciences_is_a_research_body():
    kinds = _kinds(
        "On 5 March 2024 the Ostravian Academy of Agricultural Sciences signed a cooperation agreement with "
        "Harbourside University.",
    )
    assert kinds["Ostravian Academy of Agricultural Sciences"] == "other"


def test_a_research_institute_is_a_research_body():
    kinds = _kinds(
        "On 6 March 2024 the Tarnovian Seaweed Research Institute and Harbourside University concluded a "
        "cooperation memorandum.",
    )
    assert kinds["Tarnovian Seaweed Research Institute"] == "other"
    kinds = _kinds(
        "On 6 March 2024 the Velmoran Institute of Lichen Research and Harbourside University concluded a "
        "cooperation memorandum.",
    )
    assert kinds["Velmoran Institute of Lichen Research"] == "other"


def test_a_schools_own_head_word_first_keeps_it_a_school():
    kinds = _kinds(
        "On 7 March 2024 the Quillmark University of Agricultural Sciences concluded a cooperation "
        "memorandum with Harbourside University.",
    )
    assert kinds["Quillmark University of Agricultural Sciences"] == "university"
    assert _kind_the_name_states("Graduate University of the Velmoran Academy of Sciences") is None
    assert _kind_the_name_states("Quillmark University & Colleges") is None


def test_a_foundation_or_a_commission_keeps_its_own_kind():
    kinds = _kinds(
        "On 8 March 2024 the Velmoran Universities Commission concluded a cooperation memorandum with "
        "Harbourside University.",
    )
    assert kinds["Velmoran Universities Commission"] == "government"
    kinds = _kinds(
        "On 8 March 2024 the Tarnovian Rectors Foundation concluded a cooperation memorandum with "
        "Harbourside University.",
    )
    assert kinds["Tarnovian Rectors Foundation"] == "other"

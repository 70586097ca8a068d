"""A body of schools can name its members in its own language ("Conférence des Recteurs ...", "Union des
Écoles et Collèges ...") or end its name on them in the plural ("Orvath Research Universities"): it
is their association (an alliance), as its English counterpart headed by "Conference of" or "Council of" is.
A school's own head word before the members keeps a name a school's, and a school is never read as one."""

from registry.ingest.extraction.institutions import _kind_the_name_states
from tests.ingest.extraction.reading import article, parsed


def _kinds(*sentences):
    found = parsed(article(*sentences))
    return {item["name"]: item["kind"] for item in found["institutions"]}


def test_a_conference_of_rectors_named_in_french_is_an_alliance():
    assert _kind_the_name_states("Conférence des Recteurs de Velmorie") == "alliance"
    assert _kind_the_name_states("Conférence des Présidents d'Université de Quillmark") == "alliance"


def test_a_union_of_colleges_named_in_french_is_an_alliance():
    assert _kind_the_name_states("Union des Universités et Collèges d'Orvath") == "alliance"
    named = "Conférence des Directeurs des Écoles d'Ingénieurs de Velmorie"
    assert _kind_the_name_states(named) == "alliance"


def test_a_spanish_conference_of_rectors_is_an_alliance():
    assert _kind_the_name_states("Conferencia de Rectores de Universidades de Velmora") == "alliance"


def test_a_name_ending_on_its_member_schools_is_an_alliance():
    kinds = _kinds(
        "On 9 May 2024 the Orvath Research Universities (ORU) and the Harbourside Polytechnic concluded a "
        "cooperation memorandum.",
    )
    assert kinds.get("Orvath Research Universities") == "alliance"
    assert _kind_the_name_states("Quillmark Nine Universities") == "alliance"


def test_a_schools_head_word_first_keeps_it_a_school():
    assert _kind_the_name_states("Université de Velmorie") is None
    assert _kind_the_name_states("Conference of Deans at Orvath University Institutes") is None
    assert _kind_the_name_states("Universidad de los Rectores") is None

"""General rules of news writing the parser follows, each shown on a short text written for the test.

Same fake-gazetteer harness as test_extraction.py: only the entries named here are "known".
"""
from tests.test_extraction import FakeGazetteer, entry, names, parse, parties
from registry.extraction.gazetteer import GazetteerEntry
from registry.extraction.text import clean

GAZETTEER = FakeGazetteer(
    entry("Alpha State University", "KZ"),
    entry("Beta University of Technology", "CZ", aliases=["XYZ - Beta University of Technology"]),
    GazetteerEntry(name="Virginia Soybean Board", country="US", ror=None, kind="other", aliases=(),
                   acronyms=("XYZ",)),
)


def run(text, **options):
    options.setdefault("gazetteer", GAZETTEER)
    return parse(text, **options)


# -- agency datelines and tags ---------------------------------------------------------------------------

def test_an_agency_dateline_and_a_trailing_agency_tag_are_not_part_of_the_text():
    assert clean("HANOI (VNA) – Gamma University signed") == "Gamma University signed"
    assert clean("Almaty, Feb 7, KAZINFORM – Gamma University") == "Gamma University"
    assert clean("Present was Ambassador Jan Novak.-VNA\n") == "Present was Ambassador Jan Novak.\n"
    # a name in front of a dash is kept
    assert clean("Gamma University (GU) – a leading school") == "Gamma University (GU) – a leading school"


def test_an_agency_acronym_in_a_dateline_is_not_an_institution():
    result = run("Universities sign MoU\n\nHANOI (VNA) – Gamma University and Delta University signed a "
                 "memorandum of understanding on May 5.\n\nThe ambassador attended.-VNA\n")
    assert names(result) == {"Gamma University", "Delta University"}


# -- acronyms of things that are not institutions --------------------------------------------------------

def test_an_acronym_defined_for_a_committee_or_a_technology_is_not_an_institution():
    result = run("Committee meets\n\nThe Joint Steering Committee (JSC) of Gamma University and Delta University "
                 "met on May 5 to review carbon capture and storage (CCS) research. The JSC approved the plan "
                 "and CCS funding.\n")
    assert names(result) == {"Gamma University", "Delta University"}


def test_a_gazetteer_acronym_of_a_non_academic_body_from_an_unmentioned_country_is_not_trusted():
    result = run("Ostrava deal\n\nGamma University and XYZ - Beta University of Technology signed a memorandum "
                 "of understanding. XYZ rector and XYZ staff attended.\n")
    assert "Virginia Soybean Board" not in names(result)
    assert "Beta University of Technology" in names(result)
    assert any(set(a["parties"]) == {"Gamma University", "Beta University of Technology"}
               for a in result["agreements"])


# -- one institution under several spellings -------------------------------------------------------------

def test_an_old_nationality_word_and_a_country_suffix_do_not_make_another_institution():
    result = run("Visit\n\nA delegation of Belarusian Zorya Polytechnic University visited Gamma University on May 5. "
                 "Byelorussian Zorya Polytechnic University was founded long ago. Gamma University and Belarusian "
                 "Zorya Polytechnic University of Belarus signed an agreement.\n")
    assert len([n for n in names(result) if "Polytechnic" in n]) == 1


def test_st_and_saint_spell_one_name():
    result = run("Visit\n\nSaint Omega State University signed an agreement with Gamma University on May 5. "
                 "The rector of St. Omega State University attended.\n")
    assert len([n for n in names(result) if "Omega" in n]) == 1

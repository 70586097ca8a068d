"""General rules of news writing the parser follows, each shown on a short text written for the test.

Same fake-gazetteer harness as test_extraction.py: only the entries named here are "known".
"""

from registry.ingest.extraction.gazetteer import GazetteerEntry
from registry.ingest.extraction.text import clean
from tests.ingest.extraction.test_extraction import FakeGazetteer, entry, names, parse, parties

GAZETTEER = FakeGazetteer(
    entry("Alpha State University", "KZ"),
    entry("Beta University of Technology", "CZ", aliases=["XYZ - Beta University of Technology"]),
    GazetteerEntry(
        name="Virginia Soybean Board", country="US", ror=None, kind="other", aliases=(), acronyms=("XYZ",)
    ),
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
    result = run(
        "Universities sign MoU\n\nHANOI (VNA) – Gamma University and Riverton University signed a "
        "memorandum of understanding on May 5.\n\nThe ambassador attended.-VNA\n"
    )
    assert names(result) == {"Gamma University", "Riverton University"}


# -- acronyms of things that are not institutions --------------------------------------------------------


def test_an_acronym_defined_for_a_committee_or_a_technology_is_not_an_institution():
    result = run(
        "Committee meets\n\nThe Joint Steering Committee (JSC) of Gamma University and Riverton University "
        "met on May 5 to review carbon capture and storage (CCS) research. The JSC approved the plan "
        "and CCS funding.\n"
    )
    assert names(result) == {"Gamma University", "Riverton University"}


def test_a_gazetteer_acronym_of_a_non_academic_body_from_an_unmentioned_country_is_not_trusted():
    result = run(
        "Ostrava deal\n\nGamma University and XYZ - Beta University of Technology signed a memorandum "
        "of understanding. XYZ rector and XYZ staff attended.\n"
    )
    assert "Virginia Soybean Board" not in names(result)
    assert "Beta University of Technology" in names(result)
    assert any(
        set(a["parties"]) == {"Gamma University", "Beta University of Technology"}
        for a in result["agreements"]
    )


# -- one institution under several spellings -------------------------------------------------------------


def test_an_old_nationality_word_and_a_country_suffix_do_not_make_another_institution():
    result = run(
        "Visit\n\nA delegation of Belarusian Zorya Polytechnic University visited Gamma University on May 5. "
        "Byelorussian Zorya Polytechnic University was founded long ago. Gamma University and Belarusian "
        "Zorya Polytechnic University of Belarus signed an agreement.\n"
    )
    assert len([n for n in names(result) if "Polytechnic" in n]) == 1


def test_st_and_saint_spell_one_name():
    result = run(
        "Visit\n\nSaint Omega State University signed an agreement with Gamma University on May 5. "
        "The rector of St. Omega State University attended.\n"
    )
    assert len([n for n in names(result) if "Omega" in n]) == 1


def test_a_university_of_technology_is_not_the_university_of_the_same_city():
    result = run(
        "Trip\n\nOn May 5, a delegation of Gamma University visited Omega University of Technology. "
        "On May 6, the delegation was hosted by the University of Omega.\n"
    )
    assert {"Omega University of Technology", "University of Omega"} <= names(result)


# -- agreements ---------------------------------------------------------------------------------------------


def test_a_letter_of_intent_penned_concluded_or_exchanged_is_a_signed_agreement():
    for verb in ("penned", "concluded", "exchanged", "entered into"):
        result = run(
            f"Universities sign agreement\n\nOn May 5, 2023, Gamma University "
            f"{verb} a letter of intent with Riverton University.\n"
        )
        assert [(a["action"], parties(a)) for a in result["agreements"]] == [
            ("signed", {"Gamma University", "Riverton University"})
        ], verb


def test_agreeing_to_explore_an_agreement_is_a_discussion():
    result = run(
        "Universities sign agreement\n\nOn May 5, 2023, Gamma University and Riverton University agreed to "
        "explore the conclusion of a university-level agreement.\n"
    )
    assert [a["action"] for a in result["agreements"]] == ["discussed"]


# -- visits --------------------------------------------------------------------------------------------------


def test_a_trip_to_several_hosts_gives_one_visit_and_one_meeting_per_host_and_day():
    result = run(
        "Gamma University delegation visits Poland\n\ndate 2023-09-21\n\n"
        "From September 4 to 8, 2023, a delegation from Gamma University travelled to Poland.\n\n"
        "On September 5, the delegation visited Omega University of Technology, where the rectors penned "
        "an Agreement on Academic Exchange.\n\n"
        "The next day, the delegation was hosted by the University of Omega. Both sides agreed to explore "
        "a joint degree agreement.\n\n"
        "On September 7, the delegation arrived in Krakow and met with Prof. Jan Nowak, Vice-Rector of "
        "Sigma University. The two universities renewed their agreement.\n"
    )
    visits = {(d["host"], d["start"]) for d in result["delegations"]}
    assert {
        ("Omega University of Technology", "2023-09-05"),
        ("University of Omega", "2023-09-06"),
        ("Sigma University", "2023-09-07"),
    } <= visits
    meetings = {(m["date"], frozenset(m["parties"])) for m in result["meetings"]}
    assert (("2023-09-06", frozenset({"Gamma University", "University of Omega"}))) in meetings
    renewed = [a for a in result["agreements"] if a["action"] == "renewed"]
    assert [parties(a) for a in renewed] == [{"Gamma University", "Sigma University"}]


def test_the_visit_supported_by_an_embassy_is_not_a_visit_to_the_embassy():
    result = run(
        "Universities sign agreement\n\nOn May 5, 2023, a delegation of Gamma University visited Riverton "
        "University. The visit was supported by the Embassy of Japan in Poland.\n"
    )
    assert {d["host"] for d in result["delegations"]} == {"Riverton University"}
    assert "Embassy of Japan in Poland" not in names(result)


# -- institutions mentioned in passing ----------------------------------------------------------------------


def test_existing_partners_and_planned_visits_are_not_listed():
    result = run(
        "Universities sign agreement\n\nOn May 5, 2023, Gamma University signed an agreement with Riverton "
        "University. Gamma University maintains partnerships with 14 universities in Russia, including Kappa "
        "State University and Lambda State University. The delegation is scheduled to visit Mu University "
        "next week.\n"
    )
    assert names(result) == {"Gamma University", "Riverton University"}


def test_the_person_who_is_visiting_at_the_head_of_a_delegation_gives_the_visitor():
    result = run(
        "Universities sign letter of intent\n\nGamma University and Riverton University signed a letter of "
        "intent. The letter was signed by President of Gamma University Ali Karimi and Vice-Rector of "
        "Riverton University Sergei Andreyev, who is visiting Tehran at the head of a 5-member delegation.\n"
    )
    assert [(d["visitor"], d["host"]) for d in result["delegations"]] == [
        ("Riverton University", "Gamma University")
    ]


def test_a_host_that_hosted_or_received_a_person_is_visited_by_that_persons_institution():
    result = run(
        "Erasmus+ visit\n\nLast week Gamma University hosted Dr. Aigul Temirbekova, head of the "
        "international department of Riverton University (Kazakhstan). Gamma University received funding for "
        "it.\n"
    )
    assert [(d["visitor"], d["host"]) for d in result["delegations"]] == [
        ("Riverton University", "Gamma University")
    ]


def test_a_delegation_named_by_nationality_is_the_one_institution_of_that_country():
    result = run(
        "Universities sign agreement\n\nGamma University (Germany) and Riverton University (India) signed a "
        "letter of intent on 12 June 2023. The Indian delegation stayed in Erlangen on 12 and 13 June 2023. "
        "They also visited Kappa Institute of Social Sciences.\n"
    )
    visits = {(d["visitor"], d["host"], d["start"]) for d in result["delegations"]}
    assert ("Riverton University", "Gamma University", "2023-06-12") in visits
    assert any(host == "Kappa Institute of Social Sciences" for _, host, _ in visits)


def test_our_university_is_the_one_other_institution_of_the_headline():
    result = run(
        "Gamma University delegation strengthens ties with Riverton University\n\nA delegation of Gamma "
        "University visited our University on October 7, 2019.\n"
    )
    assert [(d["visitor"], d["host"]) for d in result["delegations"]] == [
        ("Gamma University", "Riverton University")
    ]
    result = run(
        "Gamma University delegation visits our University\n\nA delegation of Gamma University visited our "
        "University on October 7, 2019.\n"
    )
    assert [(d["visitor"], d["host"]) for d in result["delegations"]] == [("Gamma University", None)]


def test_a_hyphenated_word_ending_in_a_head_word_starts_an_institution_name():
    result = run(
        "Universities sign agreement\n\nFriedrich-Alexander-Universität Erlangen-Nürnberg (FAU) and Riverton "
        "University signed an agreement. FAU will host students.\n"
    )
    assert "Friedrich-Alexander-Universität Erlangen-Nürnberg" in names(result)


def test_a_visit_to_a_list_of_hosts_and_a_paragraph_opening_at_one_of_them():
    result = run(
        "Gamma University delegation visits Russian universities\n\n"
        "From June 24 to 29, a delegation of Gamma University visited Kappa State University (KSU), Lambda "
        "University and Mu Polytechnic University, and attended the Rectors' Forum of the Association of "
        "Northern Technical Universities (ANTU).\n\n"
        "At KSU, the president held talks with the rector. The two universities renewed their cooperation "
        "agreement.\n\n"
        "At Lambda University, the president met with the vice-rector. The two parties agreed to sign a "
        "memorandum of understanding before the end of the year.\n\n"
        "The delegation attended the forum held at Mu Polytechnic University. During the forum, the "
        "president also met with the rector of Mu Polytechnic University.\n"
    )
    assert {d["host"] for d in result["delegations"]} == {
        "Kappa State University",
        "Lambda University",
        "Mu Polytechnic University",
    }
    assert "Association of Northern Technical Universities" in names(result)
    found = {(a["action"], frozenset(a["parties"])) for a in result["agreements"]}
    assert found == {
        ("renewed", frozenset({"Gamma University", "Kappa State University"})),
        ("discussed", frozenset({"Gamma University", "Lambda University"})),
    }
    kinds = sorted(m["kind"] for m in result["meetings"])
    assert kinds.count("symposium") == 1 and kinds.count("talk") == 3


def test_a_university_called_by_its_eponym_is_the_university_named_after_that_person():
    result = run(
        "Memorandum signed\n\nIn the Main Building of Zhukov University a memorandum between the Kazakh "
        "National Research Technical University named after K.I. Zhukov and Riverton University was signed.\n"
    )
    assert len([n for n in names(result) if "Zhukov" in n]) == 1


def test_companies_under_their_legal_names_are_companies():
    result = run(
        "Memorandum signed\n\nOn May 5, 2023, Gamma University, Petroliam Nasional Berhad (Petronas) and "
        'LLP "Omega Technologies Kazakhstan" signed a memorandum of understanding. Petronas will fund '
        "scholarships.\n"
    )
    companies = {i["name"]: i for i in result["institutions"] if i["kind"] == "company"}
    assert set(companies) == {"Petroliam Nasional Berhad", "Omega Technologies Kazakhstan"}
    assert "Petronas" in companies["Petroliam Nasional Berhad"]["aliases"]
    assert [len(a["parties"]) for a in result["agreements"]] == [3]


def test_a_signing_told_online_stays_online_when_the_next_sentence_names_the_signatories():
    result = run(
        "Memorandum signed\n\ndate 2020-12-03\n\nOn 2 December, in the format of a video conference, the "
        "rectors of two universities signed a memorandum. The memorandum was signed by the Rector of Gamma "
        "University (GU) and the Rector of Riverton University. Also, within the event, GU and Riverton "
        "University concluded a bilateral agreement on academic mobility.\n"
    )
    assert {m["mode"] for m in result["meetings"]} == {"online"}
    assert sorted(a["kind"] for a in result["agreements"]) == ["mou", "student_exchange"]

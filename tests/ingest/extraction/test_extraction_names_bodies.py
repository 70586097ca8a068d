"""The name grammar on bodies that are not universities: agencies, commissions, societies, councils and
ministries, whose names run longer and take other links than a school's. Every sentence is invented."""

from registry.ingest.extraction.names import find_names
from tests.ingest.extraction.test_extraction import parse


def printed(sentence):
    return [m.text for m in find_names(sentence, 0)]


# -- "for the <purpose>" ---------------------------------------------------------------------------------


def test_a_body_named_after_its_purpose_runs_on_after_for_the():
    assert printed("The Vandor Society for the Advancement of Marine Biology met the rector on Monday.") == [
        "Vandor Society for the Advancement of Marine Biology"
    ]
    assert printed("A team from the National Agency for the Accreditation of Study Programmes arrived.") == [
        "National Agency for the Accreditation of Study Programmes"
    ]
    assert printed("Staff of the Corlan Foundation for the Preservation of Heritage toured the labs.") == [
        "Corlan Foundation for the Preservation of Heritage"
    ]


def test_for_the_without_an_action_noun_ends_the_name():
    # a programme or an occasion after "for the" says what the body did, not which body it is
    assert printed("The Brenmoor Council for the Erasmus programme met twice.") == ["Brenmoor Council"]
    assert printed("Ostravel University signed with the Kelvar Foundation for the Summer School.") == [
        "Ostravel University",
        "Kelvar Foundation",
    ]


def test_a_university_does_not_run_on_after_for_the():
    assert printed("Ostravel University for the Development of joint degrees signed on Monday.") == [
        "Ostravel University"
    ]


# -- fields listed with commas ----------------------------------------------------------------------------


def test_a_body_named_after_a_list_of_fields_keeps_the_whole_list():
    assert printed("The Tarvanian Commission for Research, Innovation and Technology came.") == [
        "Tarvanian Commission for Research, Innovation and Technology"
    ]
    assert printed("Delegates of the Agency for Health, Education and Sports were welcomed in the hall.") == [
        "Agency for Health, Education and Sports"
    ]
    assert printed("The Orsk Institute of Physics, Chemistry, and Mathematics hosted the meeting.") == [
        "Orsk Institute of Physics, Chemistry, and Mathematics"
    ]


def test_a_list_that_names_other_institutions_is_not_one_name():
    assert printed("The Varel Council for Research, Ostravel University and Kelvar College met.") == [
        "Varel Council for Research",
        "Ostravel University",
        "Kelvar College",
    ]
    assert printed("The Varel Council for Research, Brasov and Cluj signed the charter.") == [
        "Varel Council for Research"
    ]


# -- a second "and" -----------------------------------------------------------------------------------------


def test_a_second_and_before_an_activity_word_continues_the_name():
    assert printed("The Omsk Institute of Energy and Water Management and Planning signed the plan.") == [
        "Omsk Institute of Energy and Water Management and Planning"
    ]
    assert printed("We hosted the Varel Agency for Research and Innovation Funding and Assessment.") == [
        "Varel Agency for Research and Innovation Funding and Assessment"
    ]
    assert printed("Staff of the Dunmore Council of Trade and Export Promotion and Licensing came.") == [
        "Dunmore Council of Trade and Export Promotion and Licensing"
    ]


def test_a_second_and_before_a_place_or_another_name_starts_another():
    assert printed("It was signed by the Gamma Institute of Science and Technology and Nanjing.") == [
        "Gamma Institute of Science and Technology"
    ]
    assert printed("Gamma Institute of Science and Technology and Ostravel Group signed.") == [
        "Gamma Institute of Science and Technology",
        "Ostravel Group",
    ]


# -- companies printed without their legal form -------------------------------------------------------------


def test_a_company_name_ending_on_a_trade_word_is_read_as_a_body():
    for sentence, name in [
        ("Gamma University inked a deal with Korvex Technologies last week.", "Korvex Technologies"),
        ("Brannick Consulting Services sent two engineers to the campus.", "Brannick Consulting Services"),
        ("Ostravel University and Yarrow Pharmaceuticals agreed to cooperate.", "Yarrow Pharmaceuticals"),
    ]:
        found = [m for m in find_names(sentence, 0) if m.text == name]
        assert found and found[0].is_body, sentence  # kept only where it stands as a party


def test_a_trade_word_after_of_or_and_names_a_field_not_a_company():
    assert printed("The Faculty of Computer Systems at Gamma University hosted us.") == ["Gamma University"]
    assert printed("Gamma University teaches Health and Social Services.") == ["Gamma University"]
    assert printed("Gamma University set up a chair for Water Systems.") == ["Gamma University"]


def kinds(text):
    return {record["name"]: record["kind"] for record in parse(text)["institutions"]}


def test_a_company_named_as_a_party_is_a_company_of_the_article():
    for text, name in [
        (
            "Deal\n\nGamma University signed a deal with Korvex Technologies on May 5, 2023.\n",
            "Korvex Technologies",
        ),
        (
            "Visit\n\nOn May 5, 2023, staff of Brannick Consulting Services visited Gamma University.\n",
            "Brannick Consulting Services",
        ),
        (
            "MoU\n\nYarrow Pharmaceuticals and Gamma University signed a memorandum on May 5, 2023.\n",
            "Yarrow Pharmaceuticals",
        ),
    ]:
        assert kinds(text).get(name) == "company", text


def test_a_school_whose_field_ends_on_a_trade_word_stays_a_school():
    found = kinds(
        "Gamma signs\n\nKorvex University of Digital Technologies signed an agreement with Gamma University "
        "on May 5, 2023.\n"
    )
    assert found["Korvex University of Digital Technologies"] == "university"


# -- public bodies: services, administrations, municipalities, chambers ------------------------------------


def test_a_public_body_named_as_a_party_is_an_institution_of_the_article():
    for text, name, kind in [
        (
            "Visit\n\nOn May 5, 2023, officials of the Municipality of Korvath visited Gamma University.\n",
            "Municipality of Korvath",
            "government",
        ),
        (
            "Deal\n\nGamma University signed with the Chamber of Trade of Ostrava on May 5, 2023.\n",
            "Chamber of Trade of Ostrava",
            "other",
        ),
        (
            "Grant\n\nThe Varel Scholarship Service and Gamma University signed a deal on May 5, 2023.\n",
            "Varel Scholarship Service",
            "other",
        ),
        (
            "Talks\n\nOn May 5, 2023, a team from the State Administration of Forestry and Grassland "
            "visited Gamma University.\n",
            "State Administration of Forestry and Grassland",
            "government",
        ),
    ]:
        assert kinds(text).get(name) == kind, text


def test_a_public_body_in_the_background_is_no_institution_of_the_article():
    found = kinds(
        "Tour\n\nOn May 5, 2023, Gamma University hosted Ostravel University. The guests toured the old "
        "town, which the Municipality of Korvath restored, and a hall the Chamber of Trade of Ostrava owns.\n"
    )
    assert set(found) == {"Gamma University", "Ostravel University"}

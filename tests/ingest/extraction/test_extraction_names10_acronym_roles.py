"""An acronym printed once and never spelt out is a body where only a body stands: the employer of a title
("KVRA senior policy advisor"), a body's own name beside its kind ("the training agency NTVQ"), one of two
sides. Titles, people's names and lines printed in capitals are not read that way."""

import pytest

from registry.ingest.extraction.parser import parse_article


def _parse(body):
    return parse_article(f"Harbourside University news\n\n{body}\n", file="t.txt")


def _names(result):
    return [item["name"] for item in result["institutions"]]


def _institution_of(result, person):
    return next(p["institution"] for p in result["people"] if p["name"] == person)


@pytest.mark.parametrize(
    ("body", "person", "acronym"),
    [
        (
            "Harbourside University signed a memorandum of understanding with the regional training "
            "authority on 3 March 2024. Dr. Lena Moss, KVRA senior policy advisor, said it helps trainees.",
            "Lena Moss",
            "KVRA",
        ),
        (
            "Harbourside University signed a memorandum of understanding on 3 March 2024. QRSA's Chief "
            "Executive Officer, Anna Bell, said it was a big day for the sector.",
            "Anna Bell",
            "QRSA",
        ),
        (
            "Harbourside University signed a memorandum of understanding on 3 March 2024. Speaking after the "
            "ceremony, Mr. Omar Diallo, PVTB Ghana country director, thanked the rector.",
            "Omar Diallo",
            "PVTB",
        ),
    ],
)
def test_an_acronym_before_a_title_is_the_employer_of_the_person_who_holds_it(body, person, acronym):
    result = _parse(body)
    assert acronym in _names(result)
    assert _institution_of(result, person) == acronym


@pytest.mark.parametrize(
    ("body", "acronym"),
    [
        (
            "Harbourside University welcomed Mr. Tom Reyes, director at the Bureau of Skills of the national "
            "training agency NTVQ, on 3 March 2024.",
            "NTVQ",
        ),
        (
            "On 3 March 2024 Harbourside University received Ms. Ada Lee, a senior official of the Korean "
            "education ministry KEMX, to discuss scholarships.",
            "KEMX",
        ),
        (
            "On 3 March 2024 Harbourside University hosted Dr. Ivo Petrov from the regional accreditation "
            "council RACQ, who toured the library.",
            "RACQ",
        ),
    ],
)
def test_an_acronym_after_its_kind_of_body_is_that_body(body, acronym):
    assert acronym in _names(_parse(body))


@pytest.mark.parametrize(
    "body",
    [
        "The dinner was attended by MP Joan Okafor and HXU Vice-Rectors, who praised the new library.",
        "PARTNERSHIP WITH NORTHERN TECHNICAL INSTITUTES. PARTNERSHIP WITH COASTAL COLLEGE, GHANA.",
        "The courses follow the QRF guidelines, and students earn 30 ECTS credits at Harbourside University.",
    ],
)
def test_titles_capital_lines_and_programmes_are_no_bodies(body):
    names = _names(_parse(body))
    assert not {"MP", "WITH", "PARTNERSHIP", "QRF", "ECTS"} & set(names)


def test_a_country_after_an_acronym_is_no_given_name_of_a_shouted_surname():
    result = _parse(
        "Harbourside University signed a memorandum of understanding on 3 March 2024 in the presence of "
        "Mr. Jo Amara, TAVID senior education advisor, and Ms. Rita Kaye, TAVID India senior science advisor."
    )
    assert _institution_of(result, "Rita Kaye") == "TAVID"


def test_an_acronym_is_not_read_off_a_name_that_has_an_acronym_of_its_own():
    result = _parse(
        "On 4 May 2011 a delegation from UNSTC visited Kofi Mensah University of Science and Technology "
        "(KMUST) and signed a memorandum of understanding. KMUST thanked UNSTC for the visit."
    )
    assert "UNSTC" in _names(result)
    assert [d["visitor"] for d in result["delegations"]] == ["UNSTC"]


@pytest.mark.parametrize(
    "body",
    [
        "A delegation called on the Vice Chancellor (VC), Harbourside University, Prof. Ian Roe, on 3 March "
        "2024. The delegation, while talking with the VC, presented its programmes.",
        "The ambassador visited Harbourside University on 3 March 2024 and held talks with VC on possible "
        "collaborations. The VC also stressed joint research.",
        "On 3 March 2024 the DVC Research of Harbourside University hosted Kestrel College; the DVC showed "
        "the guests the campus.",
    ],
)
def test_a_vice_chancellors_acronym_is_a_title_not_a_body(body):
    assert not {"VC", "DVC", "PVC"} & set(_names(_parse(body)))

"""A renewal that dates the agreement it renews tells two records: the renewal and the earlier signing."""

import pytest

from registry.ingest.extraction import parse_article


def agreements(sentence):
    text = f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n"
    return sorted((a["action"], a["date"]) for a in parse_article(text, file="t.txt")["agreements"])


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("On 3 May 2023, Lund University and Ghent University renewed the agreement signed in 2015.", "2015"),
        (
            (
                "On 3 May 2023, Lund University and Ghent University renewed their memorandum of "
                "understanding, first signed in 2018."
            ),
            "2018",
        ),
        (
            (
                "On 3 May 2023, Lund University renewed its student exchange agreement with Ghent "
                "University, originally concluded in 2010."
            ),
            "2010",
        ),
    ],
)
def test_the_earlier_signing_is_a_record_of_its_own(sentence, year):
    assert agreements(sentence) == [("renewed", "2023-05-03"), ("signed", year)]


@pytest.mark.parametrize(
    "sentence",
    [
        "On 3 May 2023, Lund University and Ghent University renewed their memorandum of understanding.",
        "On 3 May 2023, Lund University and Ghent University renewed the agreement, which runs until 2028.",
        "On 3 May 2023, Lund University and Ghent University "
        "renewed the agreement they signed in 2023 for five years.",
    ],
)
def test_no_earlier_signing_without_an_earlier_year(sentence):
    assert [action for action, _ in agreements(sentence)] == ["renewed"]


@pytest.mark.parametrize(
    "sentence",
    [
        (
            "On 3 May 2023, agreements were signed with Ghent University, memorandum of understanding was "
            "signed with Aalto University."
        ),
        "On 3 May 2023, Lund University signed agreements with "
        "Ghent University, memoranda with Aalto University.",
        (
            "On 3 May 2023, an exchange agreement was signed with Ghent University, memorandum of "
            "cooperation with Aalto University."
        ),
    ],
)
def test_each_document_of_a_list_has_its_own_parties(sentence):
    text = f"Lund University signs documents\n\ndate 2023-05-10\n\n{sentence}\n"
    parties = [set(a["parties"]) for a in parse_article(text, file="t.txt")["agreements"]]
    assert parties and all(len(p & {"Ghent University", "Aalto University"}) == 1 for p in parties), parties


@pytest.mark.parametrize(
    "sentence",
    [
        "Lund University and Ghent University are set to sign a memorandum of understanding in June.",
        "Lund University and Ghent University are due to sign an exchange agreement next month.",
        "Lund University is poised to renew its partnership agreement with Ghent University.",
    ],
)
def test_a_signing_not_done_yet_is_discussed_and_no_signing_meeting(sentence):
    text = f"Cooperation news\n\ndate 2023-05-10\n\n{sentence}\n"
    result = parse_article(text, file="t.txt")
    assert [a["action"] for a in result["agreements"]] == ["discussed"]
    assert result["meetings"] == []


@pytest.mark.parametrize(
    "body",
    [
        "The agreement was signed on 3 May 2023 by Rector Erik "
        "Holm and Rector Lieve Peeters.\n\nIt covers exchange.",
        "It covers student exchange.\n\nThe document was signed on 3 May 2023 in Lund.",
        "The memorandum was signed on May 3, 2023 after a tour of the campus.\n\nMore visits will follow.",
    ],
)
def test_an_agreement_told_in_the_headline_takes_the_day_the_body_gives_its_signing(body):
    text = f"Lund University signs agreement with Ghent University\n\ndate 2023-05-10\n\n{body}\n"
    assert [a["date"] for a in parse_article(text, file="t.txt")["agreements"]] == ["2023-05-03"]

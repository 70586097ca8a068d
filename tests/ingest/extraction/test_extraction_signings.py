"""Signings and their occasions, what kind of document was signed, and on which day: read on general
mechanisms (who signed, what a headline dates, a phrase standing for the pair of partners). Each rule in at
least three phrasings that no article uses."""

import pytest

from registry.ingest.extraction import parse_article
from registry.ingest.extraction.agreements import agreement_kind


def read(body, title="Cooperation news", published="2023-05-10"):
    return parse_article(f"{title}\n\ndate {published}\n\n{body}\n", file="t.txt")


def signings(result):
    meetings = result["meetings"]
    return [(m["kind"], sorted(m["parties"]), m["date"]) for m in meetings if m["kind"] == "signing"]


def agreements(result):
    return [(a["kind"], a["action"], sorted(a["parties"]), a["date"]) for a in result["agreements"]]


LUND_GHENT = ["Ghent University", "Lund University"]


# -- a date in the headline -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "On 3 May 2023, Lund University and Ghent University signed a memorandum of understanding",
            "The ceremony took place in the main hall of Ghent University.",
        ),
        (
            "Lund University and Ghent University renewed their memorandum of understanding on May 3, 2023",
            "The renewal ceremony was attended by the deans of both universities.",
        ),
        (
            "Memorandum of understanding signed by Lund University and Ghent University (3rd May 2023)",
            "The two universities signed the memorandum of understanding at a ceremony in Ghent.",
        ),
    ],
)
def test_a_day_the_headline_gives_dates_the_story_it_opens(title, body):
    result = read(body, title=title)
    assert [a["date"] for a in result["agreements"]] == ["2023-05-03"]
    assert [m["date"] for m in result["meetings"]] == ["2023-05-03"]


@pytest.mark.parametrize(
    "title",
    ["Campus news, 10 May 2023", "International Office | 10 May 2023", "Newsletter of 10 May 2023"],
)
def test_a_headline_that_is_only_the_page_date_dates_nothing(title):
    result = read("Lund University and Ghent University signed a memorandum of understanding.", title=title)
    assert [a["date"] for a in result["agreements"]] == [None]


# -- named people signing: the signing as an occasion (extraction-format.md) --------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Rector Erik Holm of Lund University and President Anna Berg of Ghent University signed a "
        "memorandum of understanding.",
        "Erik Holm, rector of Lund University, and Anna Berg, president of Ghent University, inked the "
        "memorandum of understanding.",
        "On behalf of their universities, Rector Erik Holm (Lund University) and President Anna Berg (Ghent "
        "University) signed the memorandum of understanding.",
    ],
)
def test_people_named_signing_make_the_signing_an_occasion(body):
    assert signings(read(body)) == [("signing", LUND_GHENT, None)]


@pytest.mark.parametrize(
    "body",
    [
        "Rector Erik Holm of Lund University said that the university signed a memorandum of understanding "
        "with Ghent University.",
        "Rector Erik Holm of Lund University noted: the university concluded a memorandum of understanding "
        "with Ghent University.",
        "Erik Holm, rector of Lund University, stressed that his university and Ghent University have "
        "concluded a memorandum of understanding.",
    ],
)
def test_a_person_who_only_speaks_of_a_signing_does_not_make_it_an_occasion(body):
    result = read(body)
    assert result["agreements"] and signings(result) == []


# -- a signing takes the day its agreement was told to be signed ---------------------------------------------


@pytest.mark.parametrize(
    "retold",
    [
        "The agreement was reached on 3 May 2023.",
        "The memorandum was formalised on May 3, 2023.",
        "This agreement, the rectors recalled, was reached on 3rd May 2023.",
    ],
)
def test_a_signing_is_on_the_day_its_agreement_was_signed(retold):
    body = (
        "Rector Erik Holm of Lund University and President Anna Berg of Ghent University signed a memorandum "
        f"of understanding at a ceremony. {retold}"
    )
    assert signings(read(body)) == [("signing", LUND_GHENT, "2023-05-03")]


# -- the pair of partners, and documents told with a long subject -------------------------------------------

WELCOME = (
    "Rector Erik Holm of Lund University welcomed President Anna Berg of Ghent University on 3 May 2023."
)


@pytest.mark.parametrize(
    "signed",
    [
        "A memorandum about the cooperation and communication in teaching, research and the exchange of "
        "doctoral candidates between two universities was signed by Rector Holm and President Berg.",
        "An agreement on joint supervision, summer schools, library services and shared laboratories between "
        "the 2 universities was signed by Holm and Berg.",
        "The agreement signed by the 2 parties covers summer schools and shared laboratories.",
    ],
)
def test_a_document_signed_between_the_pair_is_theirs_alone(signed):
    parties = [a["parties"] for a in read(f"{WELCOME} {signed}")["agreements"]]
    assert [sorted(p) for p in parties] == [LUND_GHENT]


# -- modality: a signing planned or talked about is not done; a ceremony held to renew did renew -------------


def actions(body):
    return [a["action"] for a in read(body)["agreements"]]


@pytest.mark.parametrize(
    "body",
    [
        "The talks between Lund University and Ghent University aimed to sign a memorandum of understanding.",
        "Lund University and Ghent University exchanged views on joint degrees and signing a memorandum of "
        "understanding.",
        "Lund University and Ghent University discussed the prospects of jointly signing a cooperation "
        "agreement.",
        "Lund University and Ghent University look at signing a cooperation agreement in the near future.",
    ],
)
def test_a_signing_aimed_at_or_talked_about_is_only_discussed(body):
    assert actions(body) == ["discussed"]


@pytest.mark.parametrize(
    "body",
    [
        "After signing a memorandum of understanding, Lund University and Ghent University toured the labs.",
        "Lund University welcomed Ghent University, signing a memorandum of understanding with it.",
        "Lund University and Ghent University ended the talks by signing a memorandum of understanding.",
    ],
)
def test_a_signing_told_as_a_done_gerund_is_signed(body):
    assert actions(body) == ["signed"]


@pytest.mark.parametrize(
    "body",
    [
        "A ceremony was held to renew the cooperation agreement of Lund University and Ghent University.",
        "A short ceremony took place to extend the Lund University and Ghent University exchange agreement.",
        "On 3 May 2023, a signing ceremony was organised to prolong the memorandum of Lund University and "
        "Ghent University.",
    ],
)
def test_a_ceremony_held_to_renew_an_agreement_renewed_it(body):
    assert actions(body) == ["renewed"]


# -- the kind of a document: its head noun first, then its topic ---------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        "a memorandum of understanding on student exchange",
        "an MoU on academic mobility and joint research",
        "a memorandum of collaboration and student mobility",
    ],
)
def test_a_memorandum_is_an_mou_whatever_it_is_about(document):
    result = read(f"Lund University and Ghent University signed {document}.")
    assert [a["kind"] for a in result["agreements"]] == ["mou"]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Memorandum of Student Exchange", "student_exchange"),
        ("memorandum on students exchange", "student_exchange"),
        ("memorandum for the exchange of students", "student_exchange"),
        ("MoA and Academic Cooperation Agreements", "cooperation_agreement"),
        ("MOU and Student Exchange Agreements", "student_exchange"),
        ("memorandum of understanding and cooperation", "mou"),
    ],
)
def test_a_memorandum_named_for_an_exchange_or_listed_before_another_noun(name, kind):
    assert agreement_kind(name) == kind


@pytest.mark.parametrize(
    "name",
    [
        "agreement on exchanging students",
        "students exchange agreement",
        "agreement on jointly run programmes (students exchanging and joint degrees)",
    ],
)
def test_a_student_exchange_in_any_word_order(name):
    assert agreement_kind(name) == "student_exchange"


# -- a meeting told with the signing it held is a signing meeting, and told again it is the same -----------


@pytest.mark.parametrize(
    "body",
    [
        "The aim of this meeting of Lund University and Ghent University was the signing of a memorandum of "
        "understanding, which both rectors then signed.",
        "In a working meeting, Lund University and Ghent University signed a cooperation agreement.",
        "Lund University and Ghent University held talks and signed a student exchange agreement.",
    ],
)
def test_a_meeting_told_with_the_document_signed_at_it_is_a_signing(body):
    assert [m["kind"] for m in read(body)["meetings"]] == ["signing"]


@pytest.mark.parametrize(
    "again",
    [
        "The deans of Ghent University held a working meeting with the guests.",
        "Ghent University also held talks with Lund University.",
        "The meeting between Lund University and Ghent University was cordial.",
    ],
)
def test_talks_among_the_parties_of_an_undated_signing_are_that_signing_told_again(again):
    body = (
        f"In a working meeting, Lund University and Ghent University signed a cooperation agreement. {again}"
    )
    assert [(m["kind"], sorted(m["parties"])) for m in read(body)["meetings"]] == [("signing", LUND_GHENT)]


def test_talks_at_another_place_are_another_meeting():
    body = (
        "In a working meeting, Lund University and Ghent University signed a cooperation agreement. "
        "The rector of Lund University later met alumni of Ghent University in a meeting at Grand Hotel."
    )
    assert [m["kind"] for m in read(body)["meetings"]] == ["signing", "talk"]


# -- a meeting only the headline tells -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "At Ghent University, Rector Erik Holm of Lund University has met President Anna Berg to agree on "
        "joint research.",
        "Lund University and Ghent University hold talks on joint degrees",
        "Lund University president meets with Ghent University rector on joint research",
    ],
)
def test_a_meeting_told_only_by_the_headline_is_read_from_it(title):
    body = "Joint research in marine biology is the first topic. Summer schools may follow."
    assert [(m["kind"], sorted(m["parties"])) for m in read(body, title=title)["meetings"]] == [
        ("talk", LUND_GHENT)
    ]


@pytest.mark.parametrize(
    "title",
    [
        "Lund University will hold talks with Ghent University",
        "Lund University plans to meet with Ghent University next year",
        "Talks between Lund University and Ghent University scheduled for June",
    ],
)
def test_a_meeting_the_headline_only_plans_is_none(title):
    body = "Joint research in marine biology is the first topic. Summer schools may follow."
    assert read(body, title=title)["meetings"] == []


# -- trigger forms of talks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Today the rector of Lund University meets with the president of Ghent University.",
        "Each spring Lund University meets with Ghent University to review the exchange.",
        "The dean of Lund University meets with colleagues of Ghent University on 3 May 2023.",
    ],
)
def test_meets_with_tells_talks(body):
    assert [m["kind"] for m in read(body)["meetings"]] == ["talk"]


# -- one forum of a day is one meeting of many parties -------------------------------------------------------


@pytest.mark.parametrize(
    "again",
    [
        "Within the framework of the Forum, Leiden University and Ghent University signed an agreement.",
        "On the sidelines of the Rectors Forum, Leiden University and Ghent University held a round table.",
        "At the forum of rectors, Leiden University presented a symposium paper with Ghent University.",
    ],
)
def test_a_forum_told_again_on_its_day_is_that_forum_with_more_parties(again):
    body = f"The Rectors Forum of Lund University and Ghent University was held on 3 May 2023. {again}"
    forums = [m for m in read(body)["meetings"] if m["kind"] == "symposium"]
    assert [sorted(m["parties"]) for m in forums] == [
        ["Ghent University", "Leiden University", "Lund University"]
    ]


# -- a meeting talked about is not held ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The rector of Lund University stressed the possibility of holding a joint forum with Ghent "
        "University.",
        "Lund University proposed to organise a seminar with Ghent University.",
        "Lund University and Ghent University discussed plans for convening a symposium on marine biology.",
    ],
)
def test_a_meeting_only_proposed_or_planned_is_none(body):
    assert read(body)["meetings"] == []


def test_talks_held_where_another_meeting_is_proposed_are_read():
    body = "Lund University and Ghent University met on 3 May 2023 and agreed to hold further talks."
    assert [m["kind"] for m in read(body)["meetings"]] == ["talk"]


# -- "the official signing ceremony": the signing just told -------------------------------------------------


@pytest.mark.parametrize(
    "retold",
    [
        "The Embassy of Sweden in Belgium hosted the official signing ceremony.",
        "The formal signing ceremony took place at the Embassy of Belgium in Sweden.",
        "The Ministry of Education of Belgium hosted the joint signing ceremony.",
    ],
)
def test_a_signing_ceremony_with_a_word_before_it_is_the_signing_just_told(retold):
    body = f"Lund University and Ghent University signed a memorandum of understanding. {retold}"
    assert [(m["kind"], sorted(m["parties"])) for m in read(body)["meetings"]] == [("signing", LUND_GHENT)]


# -- "when they signed", "the universities signed": the pair the story is at ---------------------------------


@pytest.mark.parametrize(
    "signed",
    [
        "Their partnership began when they signed a memorandum of understanding.",
        "Cooperation in marine biology grew after they first signed an exchange agreement.",
        "The universities signed a cooperation agreement.",
    ],
)
def test_they_or_the_universities_who_sign_are_the_pair(signed):
    parties = [a["parties"] for a in read(f"{WELCOME} {signed}")["agreements"]]
    assert [sorted(p) for p in parties] == [LUND_GHENT]


# -- one document told by a general name, then by a narrower one ---------------------------------------------


@pytest.mark.parametrize(
    ("again", "kind"),
    [
        (
            "The memorandum of understanding between Lund University and Ghent University was signed by "
            "the two rectors.",
            "mou",
        ),
        (
            "The student exchange agreement of Lund University and Ghent University was signed in the senate "
            "hall.",
            "student_exchange",
        ),
        (
            "The partnership agreement was signed by Lund University and Ghent University in Lund.",
            "partnership",
        ),
    ],
)
def test_a_document_told_again_by_a_narrower_name_is_of_that_kind(again, kind):
    body = f"Lund University and Ghent University entered into a collaborative agreement. {again}"
    assert [a["kind"] for a in read(body)["agreements"]] == [kind]


# -- "to be held" is a plan, not a meeting held --------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Lund University and Ghent University plan to send students to the summer seminar on ecology to be "
        "held in June.",
        "Lund University will take part in a workshop of Ghent University that will be held in July.",
        "Lund University and Ghent University are expected to join a symposium which is to be held next "
        "year.",
    ],
)
def test_a_meeting_to_be_held_is_a_plan(body):
    assert read(body)["meetings"] == []


def test_a_meeting_held_beside_a_plan_is_read():
    body = (
        "Lund University met Ghent University on 3 May 2023 and they agreed a seminar will be held in June."
    )
    assert len(read(body)["meetings"]) == 1


# -- "the two universities" where the sentence names two already ---------------------------------------------


@pytest.mark.parametrize(
    "then",
    [
        "Then Rector Holm met the rector of Leiden University and talked about cooperation between the two "
        "universities.",
        "Afterwards, Leiden University held talks with Rector Holm on ties between the two universities.",
        "Rector Holm then met with Leiden University, and both sides discussed summer schools.",
    ],
)
def test_the_two_universities_are_the_two_the_sentence_names(then):
    body = (
        "Rector Erik Holm of Lund University and President Anna Berg of Ghent University signed a memorandum "
        f"of understanding. {then}"
    )
    talks = [sorted(m["parties"]) for m in read(body)["meetings"] if m["kind"] == "talk"]
    assert talks == [["Leiden University", "Lund University"]]

"""People and the institution each acts for, found by systematic probing (issue 15), as a specification.
Every phrasing is invented.

- A heap of honours before a name ("H.E. Prof. Dr.", "Hon.", "Engr.", "Drs.", "Hj.") is no part of the name,
  ends no sentence, and ends an institution's name printed right before it.
- "A, arrived at X", "B, spoke at X": a verb of coming or speaking before "at" says where, not whom for.
- "Receiving the delegation was A", "Welcoming the guests were B and C": the host's people.
- "A, dean, School of Graduate Studies at X": a unit with "Graduate" in its name is no degree taken at X.
- "A represented X": the body the person represented.
"""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

TWO = "Ferrow University signed a memorandum of understanding with Calder Institute of Technology on 3 May."
F, C = "Ferrow University", "Calder Institute of Technology"
VISIT = "A delegation from Ferrow University visited Calder Institute of Technology on 4 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Ferrow University's Rector Drs. Mira Solberg and Calder Institute of Technology's Dean Engr. Tomas "
        "Reyes signed the document.",
        "H.E. Prof. Dr. Mira Solberg of Ferrow University and Hon. Tomas Reyes of Calder Institute of "
        "Technology signed the agreement.",
        "The ceremony was attended by Ferrow University President Hj. Mira Solberg and Calder Institute of "
        "Technology Registrar Tomas Reyes.",
    ],
)
def test_honours_before_a_name(sentence):
    assert institutions_of(article(TWO, sentence)) == {"Mira Solberg": F, "Tomas Reyes": C}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ferrow University delegation, headed by Prof. Mira Solberg, arrived at Calder Institute of "
        "Technology on 4 May.",
        "The Ferrow University team, led by Dr. Mira Solberg, landed at Calder Institute of Technology on "
        "4 May.",
        "The visitors from Ferrow University, headed by Prof. Mira Solberg, stayed at Calder Institute of "
        "Technology for two days from 4 May.",
    ],
)
def test_a_verb_of_coming_before_at_names_no_institution(sentence):
    assert institutions_of(article(sentence))["Mira Solberg"] != C  # the leader's own, or none said


@pytest.mark.parametrize(
    "sentence",
    [
        "Receiving the delegation was Vice-Rector Tomas Reyes.",
        "Welcoming the guests were Dean Tomas Reyes and Registrar Lena Ortiz.",
        "Hosting the visitors on the day was Prof. Tomas Reyes, the provost.",
    ],
)
def test_receiving_the_delegation_was(sentence):
    assert institutions_of(article(VISIT, sentence))["Tomas Reyes"] == C


@pytest.mark.parametrize(
    "sentence",
    [
        "The event was attended by Dr. Tomas Reyes, dean, School of Graduate Studies at Calder Institute of "
        "Technology.",
        "Also present was Prof. Tomas Reyes, director, Graduate Centre at Calder Institute of Technology.",
        "The talk was given by Dr. Tomas Reyes, head, Graduate Programmes Office at Calder Institute of "
        "Technology.",
    ],
)
def test_a_graduate_unit_is_no_degree(sentence):
    assert institutions_of(article(TWO, sentence))["Tomas Reyes"] == C


@pytest.mark.parametrize(
    "sentence",
    [
        "Prof. Mira Solberg represented Ferrow University and Dr. Tomas Reyes represented Calder Institute "
        "of Technology at the signing.",
        "At the ceremony Dean Mira Solberg represented Ferrow University, while Rector Tomas Reyes "
        "represented Calder Institute of Technology.",
        "Dr. Mira Solberg, who represented Ferrow University, signed with Prof. Tomas Reyes, who represented "
        "Calder Institute of Technology.",
    ],
)
def test_represented(sentence):
    assert institutions_of(article(TWO, sentence)) == {"Mira Solberg": F, "Tomas Reyes": C}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ceremony was attended by Ferrow University Rector H.E. Prof. Mira Solberg, Calder Institute "
            "of Technology Vice President for Research H.E. Prof. Dr. Tomas Reyes and others.",
            {"Mira Solberg": F, "Tomas Reyes": C},
        ),
        (
            "Present were Ferrow University Dean Hon. Mira Solberg, Calder Institute of Technology Provost "
            "Drs. Tomas Reyes and guests.",
            {"Mira Solberg": F, "Tomas Reyes": C},
        ),
        (
            "Signing were Ferrow University President Engr. Mira Solberg, Calder Institute of Technology "
            "Director Hj. Tomas Reyes and two witnesses.",
            {"Mira Solberg": F, "Tomas Reyes": C},
        ),
    ],
)
def test_a_list_of_bodies_titles_and_honours_before_names(sentence, expected):
    assert institutions_of(article(TWO, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Vice-Chancellor, Prof. Tomas Reyes, disclosed this at a press briefing on Wednesday.",
        "The rector, Dr. Tomas Reyes, said the visit opened a new chapter.",
        "The Provost, Tomas Reyes, described the partnership as timely.",
    ],
)
def test_a_bare_title_opening_a_sentence_is_held_at_the_article_s_university(sentence):
    lead = "Calder University has signed a memorandum of understanding with Ferrow Trading Company."
    assert institutions_of(article(lead, sentence))["Tomas Reyes"] == "Calder University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Several staff members from Ferrow University attended as witnesses, including Prof. Mira Solberg, "
        "Dean of Law; Dr. Tomas Reyes, Registrar; and Ms. Lena Ortiz.",
        "Officials of Ferrow University were also present, among them Dr. Mira Solberg, Provost, and "
        "Prof. Tomas Reyes, Bursar.",
        "Faculty members from Ferrow University joined the ceremony, including Prof. Mira Solberg and "
        "Dr. Tomas Reyes.",
    ],
)
def test_a_group_of_a_body_s_people_then_a_list(sentence):
    people = institutions_of(article(TWO, sentence))
    assert (people["Mira Solberg"], people["Tomas Reyes"]) == (F, F)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ferrow University team was led by Prof. Mira Solberg, Rector, accompanied by Dr. Tomas Reyes, "
        "Dean.",
        "Prof. Mira Solberg, President of Ferrow University, was joined by Dean Tomas Reyes.",
        "The delegation was led by the Provost of Ferrow University, Dr. Mira Solberg, accompanied by the "
        "Registrar, Prof. Tomas Reyes.",
    ],
)
def test_who_accompanies_acts_for_the_one_accompanied(sentence):
    people = institutions_of(article(VISIT, sentence))
    assert (people["Mira Solberg"], people["Tomas Reyes"]) == (F, F)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr. Mira Solberg, Dean, and Prof. Tomas Reyes, Registrar, both of Ferrow University, attended the "
        "signing.",
        "Prof. Mira Solberg, Provost, and Dr. Tomas Reyes, Bursar, all from Ferrow University, witnessed it.",
        "Present were Dr. Mira Solberg, Rector, and Dr. Tomas Reyes, Vice-Rector, both of the Ferrow "
        "University.",
    ],
)
def test_a_list_closed_by_both_of(sentence):
    people = institutions_of(article(TWO, sentence))
    assert (people["Mira Solberg"], people["Tomas Reyes"]) == (F, F)


@pytest.mark.parametrize(
    "sentence",
    [
        "Drs. Tomas Reyes, SH., MH., the Rector of Calder Institute of Technology, signed the agreement.",
        "Dr. Tomas Reyes, S.E., M.M., Dean of Calder Institute of Technology, was accompanied by Dr. Lena "
        "Ortiz, ST., MT., Registrar.",
        "Prof. Ir. Tomas Reyes, S.P., M.P., IPU, ASEAN Eng, the Provost of Calder Institute of Technology, "
        "opened the meeting.",
    ],
)
def test_degrees_printed_after_a_name(sentence):
    people = institutions_of(article(TWO, sentence))
    assert people["Tomas Reyes"] == C
    assert not {"Sh", "SH", "Asean Eng", "ASEAN Eng"} & set(people)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ferrow University Visiting Team to Japan was led directly by Prof. Mira Solberg.",
        "The Ferrow University research team was personally headed by Dr. Mira Solberg, who opened talks.",
        "The visit was led by the Director of the Ferrow University Graduate School, Prof. Mira Solberg.",
    ],
)
def test_a_team_led_directly_and_a_unit_after_the_body(sentence):
    assert institutions_of(article(sentence, "It ended on 5 May."))["Mira Solberg"] == F


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Mira Solberg of Ferrow University said the recent visit of Chinese Vice President Arlo Venn "
        "would open new doors.",
        "Prof. Mira Solberg of Ferrow University recalled that Thai Prime Minister Arlo Venn had praised the "
        "programme.",
        "Dean Mira Solberg of Ferrow University thanked Ghanaian President Arlo Venn for his support.",
    ],
)
def test_a_state_office_named_by_its_nationality_is_no_participant(sentence):
    people = institutions_of(article(TWO, sentence))
    assert people["Mira Solberg"] == F
    assert "Arlo Venn" not in people


@pytest.mark.parametrize(
    "sentence",
    [
        "Vice-Rector Tomas Reyes met with Ferrow University delegation headed by Dean Mira Solberg.",
        "On the same day Provost Tomas Reyes met with a Ferrow University delegation.",
        "Later, Rector Tomas Reyes met with the Ferrow University delegation in the library.",
    ],
)
def test_who_met_a_named_body_s_delegation_is_the_host_s(sentence):
    text = article("Calder Institute of Technology hosted guests from Ferrow University on 4 May.", sentence)
    assert institutions_of(text)["Tomas Reyes"] == C


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Calder Institute of Technology's vice-rector, Prof. Tomas Reyes, opened the day.", C),
        ("The guests met University of Westmere's registrar, Dr. Tomas Reyes.", "University of Westmere"),
        ("Universitas Bentar Raya's dean, Dr. Tomas Reyes, thanked the guests.", "Universitas Bentar Raya"),
    ],
)
def test_a_possessive_ends_the_body_s_name_with_its_last_word(sentence, body):
    assert institutions_of(article(TWO, sentence))["Tomas Reyes"] == body

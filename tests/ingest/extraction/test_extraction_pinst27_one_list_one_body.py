"""People printed as one list (names with their titles, joined only by commas, semicolons or "and", no verb
between) act for one institution when the members that say whom they act for all say the same one: a member
named after the first of them that says nothing acts for it too, whatever its title's wording ("Director of
International Relations", "Head, Records Office"), unless its own item names another body. Two names
joined are not such a list (they are as often one signatory of each side). Invented phrasings, none taken
from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

SIGNED = "Varnholt University and Quessary Institute of Technology signed an exchange agreement on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Varnholt University staff present included Rector Olga Brenn, vice rectors Tomas Ekvall and Per "
        "Lindgren, and Mira Sundqvist, head of the Debating Club and professor of History.",
        "Also present were Prof. Olga Brenn, Varnholt University Provost, Dr. Tomas Ekvall, Director of "
        "Global Engagement (DGE), and Ms. Mira Sundqvist, Officer, Partnerships Desk.",
        "Joining the talks were Prof. Olga Brenn, Rector of Varnholt University, Dr. Tomas Ekvall, Director "
        "of the Language Centre (VLC), and Ms. Mira Sundqvist, Head of Admissions.",
    ],
)
def test_members_after_the_first_that_names_the_body_act_for_it(sentence):
    people = institutions_of(article(SIGNED, sentence))
    assert people["Tomas Ekvall"] == people["Mira Sundqvist"] == "Varnholt University"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The guests were welcomed by Prof. Olga Brenn, Vice-Rector of Varnholt University, Dr. Tomas "
            "Ekvall, Director of International Affairs, and Ms. Mira Sundqvist, Chief Executive of the "
            "Harrowgate Foundation.",
            "Harrowgate Foundation",
        ),
        (
            "The guests were welcomed by Prof. Olga Brenn, Vice-Rector of Varnholt University, Dr. Tomas "
            "Ekvall, Director of International Affairs, and Ms. Mira Sundqvist, Director of the Kestrelford "
            "Trust.",
            "Kestrelford Trust",
        ),
        (
            "The guests were met by Prof. Olga Brenn, Vice-Rector of Varnholt University, Dr. Tomas Ekvall, "
            "Registrar, and Ms. Mira Sundqvist, Chair of the Orlane Hospital board.",
            "Orlane Hospital",
        ),
    ],
)
def test_a_member_whose_own_words_name_another_body_is_left_to_it(sentence, body):
    people = institutions_of(article(SIGNED, sentence))
    assert people["Mira Sundqvist"] == body


@pytest.mark.parametrize(
    "sentence",
    [
        "The guests were received by Dr. Tomas Ekvall, Director of Exchanges, Ms. Mira Sundqvist, Head of "
        "Student Mobility, and Prof. Olga Brenn, Rector of Varnholt University.",
        "Present were Dr. Tomas Ekvall, Registrar; Ms. Mira Sundqvist, Head of Admissions; and Prof. Olga "
        "Brenn, Quessary Institute of Technology Rector.",
        "Seated at the table were Dr. Tomas Ekvall, Dean of Law, Ms. Mira Sundqvist, Bursar, and Prof. Olga "
        "Brenn, President of Varnholt University.",
    ],
)
def test_members_named_before_the_first_that_names_a_body_are_not_given_it(sentence):
    people = institutions_of(article(SIGNED, sentence))
    assert people["Tomas Ekvall"] is None

"""A run of names, each followed only by its title and unit with no verb between, is one list: a member whose
own words name no other body acts for the institution of the member before, past a unit with no title word
("Dr. A, Department of Botany, Dr. B"), a bracketed title or a title referring back to "the University".
Three phrasings per rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

SIGNED = "Ghent University and Leiden University signed an exchange agreement on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Present were Prof. Anna Verbeek, Ghent University Provost, Dr. Jan Smit, Herbarium and Seed Bank, "
        "and Mrs. Petra Kool, Coordinator, Exchange Desk.",
        "Among those present were Prof. Anna Verbeek, Dean, Faculty of Law, Ghent University, Dr. Jan Smit, "
        "Department of Botany & Zoology, and Dr. Petra Kool, Head, Unit of Soil Studies.",
        "Present were Prof. Anna Verbeek, Rector of Ghent University; Dr. Jan Smit, Seed Bank, Botany "
        "Section and Ms. Petra Kool, Legal Counsel.",
        "Those present included Prof. Anna Verbeek, Rector of Ghent University, Dr. Jan Smit, Office of "
        "Alumni Relations, and Ms. Petra Kool, Senior Archivist.",
    ],
)
def test_the_list_goes_on_past_a_member_named_with_a_unit_only(sentence):
    people = institutions_of(article(SIGNED, sentence))
    assert people["Jan Smit"] == people["Petra Kool"] == "Ghent University"


@pytest.mark.parametrize(
    "sentence",
    [
        "The guests met Prof. Anna Verbeek, Rector of Leiden University, and Dr. Jan Smit (Reader in Soil "
        "Science) to plan joint work.",
        "Talks were held with Prof. Anna Verbeek, Dean of the University, and Dr. Jan Smit (Lecturer in Law) "
        "on joint degrees.",
        "They spoke with Prof. Anna Verbeek, head of Leiden University, and Dr. Jan Smit (Senior Fellow) "
        "about exchanges.",
    ],
)
def test_a_member_with_a_bracketed_title_acts_for_the_one_named_before(sentence):
    people = institutions_of(article(SIGNED, sentence))
    assert people["Jan Smit"] == "Leiden University"


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Present were Prof. Anna Verbeek, Rector of Leiden University, and Dr. Jan Smit, Director of "
            "Orvanta Trust.",
            "Orvanta Trust",
        ),
        (
            "Present were Prof. Anna Verbeek, Rector of Leiden University; and Dr. Jan Smit, Counsellor, "
            "Embassy of Belgium.",
            "Embassy of Belgium",
        ),
        (
            "Present were Prof. Anna Verbeek, Rector of Leiden University, and Dr. Jan Smit, Ghent "
            "University's Registrar.",
            "Ghent University",
        ),
    ],
)
def test_a_member_whose_own_words_name_another_body_keeps_it(sentence, body):
    assert institutions_of(article(SIGNED, sentence))["Jan Smit"] == body


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University staff present included Rector Anna Verbeek, deans Jan Smit and Petra Kool.",
        "Those present included Dr. Anna Verbeek, Provost of Ghent University, Registrar Dr. Jan Smit, and "
        "Treasurer Dr. Petra Kool.",
        "Present were Prof. Anna Verbeek, Rector of Ghent University, Vice-Rector Jan Smit and Dean Petra "
        "Kool.",
    ],
)
def test_a_title_printed_before_the_next_name_keeps_the_list_going(sentence):
    people = institutions_of(article(SIGNED, sentence))
    assert people["Jan Smit"] == people["Petra Kool"] == "Ghent University"

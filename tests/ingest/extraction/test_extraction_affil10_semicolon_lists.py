"""People listed through semicolons, each with a title and no verb of their own, act for the institution
the list names for one of them; a title's qualifier in brackets and honours after a name keep a list going.
Three phrasings per rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

VISIT = "A delegation from Ghent University visited Leiden University on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "They were received by the Rector of Leiden University, Prof. Anna Verbeek, along with Vice-Rector "
        "(Education), Prof. Jan Smit; Bursar, Mrs. Petra Kool; and Head of Library, Dr. Rik Mulder.",
        "The Rector of Leiden University, Prof. Anna Verbeek; Dean of Law, Prof. Jan Smit; Secretary, Mrs. "
        "Petra Kool; and Librarian, Dr. Rik Mulder welcomed them.",
        "The guests were met by Prof. Anna Verbeek, Rector of Leiden University; Dr. Jan Smit, Dean of Law; "
        "Mrs. Petra Kool, Treasurer; and Dr. Rik Mulder, Librarian.",
    ],
)
def test_members_after_the_first_act_for_its_institution(sentence):
    people = institutions_of(article(VISIT, sentence))
    assert {people[name] for name in ("Jan Smit", "Petra Kool", "Rik Mulder")} == {"Leiden University"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The guests met Senior Professor Jan Smit; the Rector of Leiden University, Dr. Anna Verbeek; and "
        "the Head, Office of International Relations, Dr. Rik Mulder.",
        "Present were Prof. Jan Smit; the Leiden University Rector, Dr. Anna Verbeek; and Dr. Rik Mulder.",
        "The visitors talked to Dean Jan Smit; Leiden University's Rector, Dr. Anna Verbeek; and the "
        "Treasurer, Dr. Rik Mulder.",
    ],
)
def test_a_member_before_the_one_named_with_the_institution_acts_for_it_too(sentence):
    people = institutions_of(article(VISIT, sentence))
    assert people["Jan Smit"] == people["Rik Mulder"] == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Present were the Chief Executive of Nordic Mobility Trust, Prof. Jan Smit; and the Leiden "
        "University Rector, Dr. Anna Verbeek.",
        "Also present were Prof. Jan Smit, Director at the City Council; and the Rector of Leiden "
        "University, Dr. Anna Verbeek.",
        "Present were Prof. Anna Verbeek, Rector of Leiden University; and Ms. Petra Kool of the Embassy "
        "of Belgium.",
        "Present were Prof. Anna Verbeek, Rector of Leiden University; and Mr. Jan Smit, Counsellor at the "
        "Embassy of Belgium.",
    ],
)
def test_a_member_whose_own_title_names_another_body_keeps_it(sentence):
    people = institutions_of(article(VISIT, sentence))
    assert people.get("Jan Smit") in (None, "Nordic Mobility Trust", "City Council", "Embassy of Belgium")
    assert people.get("Petra Kool") in (None, "Embassy of Belgium")


@pytest.mark.parametrize(
    "sentence",
    [
        "The guests met Leiden University Vice-Rector Anna Verbeek, Dean (acting) Jan Smit and Head "
        "(International Office) Rik Mulder.",
        "They were welcomed by the Rector of Leiden University, Professor Anna Verbeek, OBE, FRS along with "
        "Vice-Rector (Research), Professor Jan Smit.",
        "Leiden University Rector Anna Verbeek, Vice-Rector (in-charge) Jan Smit and Dean Rik Mulder "
        "received them.",
    ],
)
def test_a_bracketed_qualifier_or_honours_keep_a_list_going(sentence):
    people = institutions_of(article(VISIT, sentence))
    assert people["Jan Smit"] == "Leiden University"


def test_a_list_broken_by_a_verb_shares_nothing():
    text = article(VISIT, "Rector Anna Verbeek of Leiden University spoke; Jan Smit said the talks went on.")
    assert institutions_of(text).get("Jan Smit") != "Leiden University"

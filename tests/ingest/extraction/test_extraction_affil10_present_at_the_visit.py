"""People named only as present at a visit's meeting, with no institution said, act for the host of the
visit; those whose own words name another institution keep it, and with no visit told nothing is said.
Three phrasings, none taken from an article."""

import pytest

from registry.ingest.extraction import parse_article


def institutions_of(*sentences):
    text = "Cooperation news\n\ndate 2023-05-10\n\n" + "\n\n".join(sentences) + "\n"
    return {p["name"]: p["institution"] for p in parse_article(text, file="t.txt")["people"]}


VISIT = "A delegation from Ghent University led by Rector Piet Claes visited Leiden University on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Present at the meeting were Professor Anna Verbeek, Dean of Law, and Dr. Jan Smit, the Registrar.",
        "The meeting was also attended by Dr. Anna Verbeek the university deputy for research and Dr. Jan "
        "Smit the adviser for international relations.",
        "The talks were held in the presence of Prof. Anna Verbeek, the dean of sciences, and Dr. Jan Smit, "
        "the head of the international office.",
    ],
)
def test_people_present_at_the_visit_act_for_the_host(sentence):
    people = institutions_of(VISIT, sentence)
    assert people["Anna Verbeek"] == people["Jan Smit"] == "Leiden University"


def test_a_person_present_whose_own_words_name_another_institution_keeps_it():
    people = institutions_of(
        VISIT, "Present at the meeting were Dean Anna Verbeek and Dr. Jan Smit of the Embassy of Belgium."
    )
    assert people["Jan Smit"] == "Embassy of Belgium"


def test_with_no_visit_told_nothing_is_said():
    people = institutions_of(
        "Leiden University and Ghent University signed an agreement online on 3 May.",
        "Present at the ceremony were Professor Anna Verbeek, Dean of Law, and Dr. Jan Smit, the Registrar.",
    )
    assert people.get("Anna Verbeek") is None and people.get("Jan Smit") is None

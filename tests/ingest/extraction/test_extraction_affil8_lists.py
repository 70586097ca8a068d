"""People listed after someone whose institution is known act for it too, when only titles stand between them:
titles that name the unit they head ("Dean Faculty of Engineering Prof Dr B", "Head of the Physics Study
Program B"), titles followed by a comma ("Vice-Rector for Research, Prof. Dr. B"), degrees printed after a
name ("A, S.T., M.T., Head ... B"), and companions ("along with", "accompanied by his associates,"). Three
phrasings per rule, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of


def institution_of(text, name):
    return institutions_of(text)[name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Leiden University Registrar Anna Verbeek, Dean Faculty of Law Prof Dr Jan Smit and others attended.",
        "Leiden University Rector Anna Verbeek and Head of the Physics Study Program Dr. Jan Smit attended.",
        "Leiden University Rector Anna Verbeek, Dean of the School of Arts and Design Professor Jan Smit, "
        "and two students attended.",
    ],
)
def test_a_title_naming_its_unit_keeps_the_list_going(sentence):
    text = article("Ghent University and Leiden University signed an agreement on 3 May.", sentence)
    assert institution_of(text, "Jan Smit") == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Leiden University Rector Anna Verbeek, Vice-Rector for Research, Prof. Dr. Jan Smit and others "
        "attended.",
        "Leiden University Rector Anna Verbeek, S.T., M.T., Head of the Quality Assurance Office Jan Smit "
        "and others attended.",
        "Leiden University Rector Anna Verbeek, M.Sc., Ph.D., and Dean Jan Smit attended.",
    ],
)
def test_commas_after_titles_and_degrees_after_names_keep_the_list_going(sentence):
    text = article("Ghent University and Leiden University signed an agreement on 3 May.", sentence)
    assert institution_of(text, "Jan Smit") == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Leiden University Rector Anna Verbeek, along with Associate Professor Jan Smit, spoke to the press.",
        "Leiden University Rector Anna Verbeek accompanied by his associates, Vice-Rector for Research, "
        "Prof. Dr. Jan Smit, spoke to the press.",
        "Leiden University Rector Anna Verbeek, together with Dean Jan Smit, spoke to the press.",
    ],
)
def test_a_companion_acts_for_the_person_accompanied(sentence):
    text = article("Ghent University and Leiden University signed an agreement on 3 May.", sentence)
    assert institution_of(text, "Jan Smit") == "Leiden University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Leiden University Rector Anna Verbeek held talks with Dean Jan Smit.",
        "Leiden University Rector Anna Verbeek met Dean Jan Smit on Monday.",
        "Leiden University Rector Anna Verbeek signed the agreement with Professor Jan Smit.",
    ],
)
def test_the_other_side_of_a_meeting_is_no_companion(sentence):
    text = article("Ghent University and Leiden University signed an agreement on 3 May.", sentence)
    assert institution_of(text, "Jan Smit") != "Leiden University"

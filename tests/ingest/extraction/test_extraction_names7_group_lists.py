"""A person's institution from the list a group is said to be made of: "the X delegation includes A; B; C"
gives every member listed, not only the first, the institution of the group. The list ends at the sentence's
end, at a verb of its own or where another institution is named. Every sentence is invented."""

import pytest

from tests.ingest.extraction.test_extraction import parse


def institution_of(result, name):
    return next(p for p in result["people"] if p["name"] == name)["institution"]


@pytest.mark.parametrize(
    "listing",
    [
        "The Kelvar University delegation to Ostravel includes Rector, Professor Anja Morrel; Director "
        "of Partnerships, Dr Ivo Marn; Senior Lecturer in Law, Dr Lena Dorr and Head of Admissions, "
        "Tomas Ruhle.",
        "The Kelvar University team comprised Vice-Rector for Research and Innovation, Prof. Anja Morrel; "
        "Head of Global Engagement and Alumni Relations, Prof. Ivo Marn; Senior Tutor in Coastal Ecology, "
        "Ms. Lena Dorr; and Director of the Office of the Rector, Mr. Tomas Ruhle.",
        "The delegation of Kelvar University consists of Provost Anja Morrel; Professor of Maritime Law "
        "and Policy, Dr. Ivo Marn; Coordinator for Exchanges and Summer Schools, Ms. Lena Dorr; and "
        "Project Manager Tomas Ruhle.",
    ],
)
def test_every_member_listed_after_the_groups_verb_acts_for_the_group(listing):
    result = parse(
        "Visit to Ostravel\n\n"
        f"Kelvar University visited Ostravel University on 4 March 2024. {listing} Rector Piet Dorrman of "
        "Ostravel University welcomed the guests."
    )
    for name in ("Anja Morrel", "Ivo Marn", "Lena Dorr", "Tomas Ruhle"):
        assert institution_of(result, name) == "Kelvar University", name


def test_the_list_ends_at_a_verb_of_its_own():
    result = parse(
        "Forum in Ostravel\n\n"
        "Ostravel University hosted a forum on water on 4 March 2024. The Kelvar University team included "
        "Rector Anja Morrel, and the closing session was chaired by Professor Tomas Ruhle."
    )
    assert institution_of(result, "Anja Morrel") == "Kelvar University"
    assert institution_of(result, "Tomas Ruhle") is None


def test_the_list_ends_at_the_sentences_end():
    result = parse(
        "Forum in Ostravel\n\n"
        "Ostravel University hosted a forum on water on 4 March 2024. The Kelvar University team included "
        "Rector Anja Morrel. Professor Tomas Ruhle gave the keynote on river basins."
    )
    assert institution_of(result, "Tomas Ruhle") is None


def test_the_list_ends_where_another_institution_is_named():
    result = parse(
        "Forum in Ostravel\n\n"
        "Ostravel University hosted a forum on water on 4 March 2024. The Kelvar University team included "
        "Rector Anja Morrel; Director of Brenmoor Institute of Technology, Dr Ivo Marn; and Lecturer "
        "Lena Dorr."
    )
    assert institution_of(result, "Ivo Marn") == "Brenmoor Institute of Technology"
    assert institution_of(result, "Lena Dorr") != "Kelvar University"

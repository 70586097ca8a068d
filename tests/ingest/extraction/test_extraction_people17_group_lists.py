"""The people a group of one institution is said to be made of (issue people17), as a specification. Every
phrasing is invented.

- "X representatives consisting of A; B; and C", "the X team comprising A, B and C": "consisting of" and
  "comprising" open a group's list of members as "included" and "comprised" do, every member acting for X.
- "Present at the ceremony from X were A; B and C": an opener that names whose the people are gives them
  all to X; they are not taken for the host's because they are named as present at the visit.
"""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

VISIT = "A delegation from Ferrow University (FU) visited Calder Institute of Technology (CIT) on 4 May."
F, C = "Ferrow University", "Calder Institute of Technology"
MEMBERS = ("Tomas Reyes", "Anika Brandt", "Lena Ortiz")


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "CIT representatives consisting of Prof. Tomas Reyes, Rector; Dr. Anika Brandt, Vice Rector; and "
            "Dr. Lena Ortiz, Dean, welcomed the guests.",
            C,
        ),
        (
            "The CIT side, consisting of Prof. Tomas Reyes - Rector; Dr. Anika Brandt - Vice Rector; and Dr. "
            "Lena Ortiz - Dean of Studies, showed the guests the laboratories.",
            C,
        ),
        (
            "The FU team comprising Prof. Tomas Reyes, Pro-Rector; Dr. Anika Brandt, Head of Admissions; and "
            "Ms. Lena Ortiz, Registrar, toured the campus.",
            F,
        ),
    ],
)
def test_consisting_of_and_comprising_open_a_groups_list(sentence, body):
    people = institutions_of(article(VISIT, sentence))
    assert {name: people.get(name) for name in MEMBERS} == dict.fromkeys(MEMBERS, body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Present at the meeting from Ferrow University were Dr. Tomas Reyes, Vice Provost; Ms. Anika Brandt, "
        "Director of Outreach and Prof Lena Ortiz, Associate Professor of Law.",
        "Present at the talks from FU were Prof. Tomas Reyes, Dean; Dr. Anika Brandt, Registrar; and Ms. "
        "Lena Ortiz, Head of Alumni Relations.",
        "Also present from Ferrow University were Tomas Reyes, Vice-Rector; Anika Brandt, Registrar and Lena "
        "Ortiz, Director of Sport.",
    ],
)
def test_present_from_a_named_body_are_that_bodys_people(sentence):
    people = institutions_of(article(VISIT, sentence))
    assert {name: people.get(name) for name in MEMBERS} == dict.fromkeys(MEMBERS, F)

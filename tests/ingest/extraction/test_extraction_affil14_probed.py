"""People and the institution each acts for, found by systematic probing (issue 15), as a specification.
Every phrasing is invented.

- "its rector, Prof. A", "Dr. B, its president", "Its dean, C, ...": a title after "its" names the body named
  last before the pronoun (in the sentence, or the one before when the sentence opens with it).
- A clause opener ("On behalf of X,", "For X,") reaches only its own clause: not past a semicolon, nor past
  another body named on the way.
- "X, represented by Rector A": the participle set off by a comma, as "X was represented by" is.
- "A, who heads X", "B, who chairs the X": a relative clause naming the body the person heads.
- "A is the dean of X", "B, who serves as provost at X": a verb of being, a title and the body.
- "Rector A for X and Dean B for Y": the body right after "for".
- "attended by Rector of X A, Dean of Y B": in a list printing titles first, the title after a comma whose
  body is followed by a name is that name's.
"""

import pytest

from registry.ingest.extraction import parse_article


def institutions_of(*paragraphs):
    text = "Cooperation news\n\ndate 2023-05-10\n\n" + "\n\n".join(paragraphs) + "\n"
    return {p["name"]: p["institution"] for p in parse_article(text, file="t.txt")["people"]}


TWO = "Ferrow University signed a memorandum of understanding with Calder Institute of Technology on 3 May."
F, C = "Ferrow University", "Calder Institute of Technology"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Signing for Ferrow University was its provost, Prof. Mira Solberg; Calder Institute of "
            "Technology was represented by Dr. Tomas Reyes, its director.",
            {"Mira Solberg": F, "Tomas Reyes": C},
        ),
        (
            "Ferrow University was represented by its dean, Dr. Mira Solberg, and Calder Institute of "
            "Technology by its chancellor, Prof. Tomas Reyes.",
            {"Mira Solberg": F, "Tomas Reyes": C},
        ),
        (
            "Calder Institute of Technology hosted the ceremony. Its director, Dr. Tomas Reyes, thanked the "
            "guests.",
            {"Tomas Reyes": C},
        ),
    ],
)
def test_its_title_names_the_body_named_before(sentence, expected):
    people = institutions_of(TWO, sentence)
    for name, institution in expected.items():
        assert people[name] == institution


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On behalf of Ferrow University, Provost Mira Solberg signed; Dr. Tomas Reyes signed on behalf "
            "of Calder Institute of Technology.",
            {"Mira Solberg": F, "Tomas Reyes": C},
        ),
        (
            "For Ferrow University, the memorandum was signed by Provost Mira Solberg, and for Calder "
            "Institute of Technology by Director Tomas Reyes.",
            {"Mira Solberg": F, "Tomas Reyes": C},
        ),
        (
            "At Ferrow University, Provost Mira Solberg opened the day; Dr. Tomas Reyes spoke for Calder "
            "Institute of Technology.",
            {"Mira Solberg": F, "Tomas Reyes": C},
        ),
    ],
)
def test_a_clause_opener_reaches_its_own_clause_only(sentence, expected):
    people = institutions_of(TWO, sentence)
    for name, institution in expected.items():
        assert people[name] == institution


@pytest.mark.parametrize(
    "sentence",
    [
        "The signatories were Ferrow University, represented by Provost Mira Solberg, and Calder Institute "
        "of Technology, represented by Director Tomas Reyes.",
        "The parties, Ferrow University, represented by Dean Mira Solberg, and Calder Institute of "
        "Technology, represented by Chancellor Tomas Reyes, met online.",
        "Ferrow University, represented by Prof. Mira Solberg, its provost, and Calder Institute of "
        "Technology, represented by Dr. Tomas Reyes, put their seals on it.",
    ],
)
def test_represented_by_after_a_comma(sentence):
    people = institutions_of(TWO, sentence)
    assert people["Mira Solberg"] == F
    assert people["Tomas Reyes"] == C


@pytest.mark.parametrize(
    "sentence",
    [
        "Mira Solberg, who heads Ferrow University, and Tomas Reyes, who leads Calder Institute of "
        "Technology, signed it.",
        "Mira Solberg, who chairs Ferrow University, met Tomas Reyes, who represents Calder Institute of "
        "Technology.",
        "Mira Solberg, who currently directs Ferrow University, greeted Tomas Reyes, who runs the Calder "
        "Institute of Technology.",
    ],
)
def test_a_relative_clause_names_the_body_headed(sentence):
    people = institutions_of(TWO, sentence)
    assert people["Mira Solberg"] == F
    assert people["Tomas Reyes"] == C


@pytest.mark.parametrize(
    "second",
    [
        "Mira Solberg is the provost of Ferrow University.",
        "Mira Solberg, who serves as dean at Ferrow University, was pleased.",
        "Mira Solberg has been the vice-rector of Ferrow University since 2020.",
    ],
)
def test_a_verb_of_being_ties_the_title_to_the_body(second):
    first = "Prof. Mira Solberg signed it with Director Tomas Reyes of Calder Institute of Technology."
    people = institutions_of(TWO, first + " " + second)
    assert people["Mira Solberg"] == F


@pytest.mark.parametrize(
    "sentence",
    [
        "Heads of both signed: Provost Mira Solberg for Ferrow University and Director Tomas Reyes for "
        "Calder Institute of Technology.",
        "The signatures were those of Dean Mira Solberg for Ferrow University and Chancellor Tomas Reyes "
        "for Calder Institute of Technology.",
        "Signatories: Prof. Mira Solberg for Ferrow University; Dr. Tomas Reyes for Calder Institute of "
        "Technology.",
    ],
)
def test_the_body_right_after_for(sentence):
    people = institutions_of(TWO, sentence)
    assert people["Mira Solberg"] == F
    assert people["Tomas Reyes"] == C


def test_for_a_bodys_possessive_is_no_tie():
    people = institutions_of(
        TWO,
        "Director Tomas Reyes of Calder Institute of Technology thanked Provost Mira Solberg for Ferrow "
        "University's hospitality.",
    )
    assert people["Tomas Reyes"] == C
    assert people["Mira Solberg"] != F  # thanked for Ferrow's hospitality: "for" ties her to no body


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting was attended by Provost of Ferrow University Mira Solberg, Director of Calder Institute "
        "of Technology Tomas Reyes and others.",
        "Present were Vice Dean of Ferrow University Mira Solberg, Vice Director of Calder Institute of "
        "Technology Tomas Reyes, and guests.",
        "Speakers included Rector of Ferrow University Mira Solberg, Chancellor of Calder Institute of "
        "Technology Prof. Tomas Reyes and students.",
    ],
)
def test_a_list_printing_titles_first(sentence):
    people = institutions_of(TWO, sentence)
    assert people["Mira Solberg"] == F
    assert people["Tomas Reyes"] == C

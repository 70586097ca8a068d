"""People and the institution each acts for, second round (issue 15), as a specification. Every phrasing is
invented.

- Initials printed without full stops ("Prof Dr S M A Nkosi") are words of one name, "A" among them.
- "The embassy's counsellor A", "Director B of the foundation", "Academy President C": a body's noun (not only
  "university") refers back to the body of that kind the article named.
- "X (XU) President, Dr. A": the acronym in brackets between an institution and a title set off by a comma.
- A list printed one item a line ("Prof. A, Dean of X;" then "Dr. B, Registrar; and C, Bursar") is one list.
- Where one visit is told: who does something to the visitors ("thanked the delegation") is the host's; "the
  leader of the team, Mr. A" is the visitor's; "a meeting with A, the Head of ...", "a meeting attended by B,
  Vice-Rector" name the host's people.
"""

import pytest

from registry.ingest.extraction import parse_article


def people_of(*paragraphs):
    text = "Cooperation news\n\ndate 2023-05-10\n\n" + "\n\n".join(paragraphs) + "\n"
    return {p["name"]: p for p in parse_article(text, file="t.txt")["people"]}


def institutions_of(*paragraphs):
    return {name: p["institution"] for name, p in people_of(*paragraphs).items()}


TWO = "Leiden University signed a memorandum of understanding with Ghent University on 3 May."


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Prof Dr S M A Nkosi, Rector of Ghent University, signed the memorandum.", "S M A Nkosi"),
        ("The memorandum was signed by Dr K A Mensah of Ghent University.", "K A Mensah"),
        ("Prof A B Okafor, Dean of Ghent University, spoke at the ceremony.", "A B Okafor"),
    ],
)
def test_initials_without_full_stops_stay_in_the_name(sentence, name):
    people = institutions_of(TWO, sentence)
    assert people == {name: "Ghent University"}


@pytest.mark.parametrize(
    ("sentences", "name", "body"),
    [
        (
            [
                "A delegation of Leiden University visited the Embassy of France in The Hague on 3 May.",
                "The delegation met Karel Dijk, the embassy counsellor for science.",
            ],
            "Karel Dijk",
            "Embassy of France",
        ),
        (
            [
                "Leiden University signed an agreement with the Rembrandt Heritage Foundation on 3 May.",
                "Present were President Jan Smit of the university and Director Eva Lind of the foundation.",
            ],
            "Eva Lind",
            "Rembrandt Heritage Foundation",
        ),
        (
            [
                "Leiden University signed an agreement with the Ministry of Education of Estonia on 3 May.",
                "The ministry's Deputy Secretary Mart Kask thanked the partners.",
            ],
            "Mart Kask",
            "Ministry of Education of Estonia",
        ),
    ],
)
def test_a_bodys_noun_refers_back_to_the_body_named(sentences, name, body):
    assert institutions_of(*sentences)[name].startswith(body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Among those present alongside Academy President Tomas Berg were the heads of its institutes.",
        "The talks, chaired by Academy Secretary Tomas Berg, lasted two hours.",
        "Speaking for the hosts, Academy Vice-President Tomas Berg recalled the first projects.",
    ],
)
def test_a_capitalised_bodys_noun_before_a_title_names_the_one_body_of_that_kind(sentence):
    people = institutions_of(
        "Leiden University signed an agreement with the Estonian Academy of Sciences.", sentence
    )
    assert people["Tomas Berg"] == "Estonian Academy of Sciences"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghent University (GU) President, Dr. Anna Verbeek, on Monday received the guests from Leiden.",
        "Ghent University (UGent) Rector, Prof. Anna Verbeek, opened the meeting.",
        "On 3 May, Ghent University (GU) Dean, Anna Verbeek, welcomed the partners.",
    ],
)
def test_an_acronym_in_brackets_between_the_institution_and_a_comma_title(sentence):
    people = people_of(TWO, sentence)
    assert people["Anna Verbeek"]["institution"] == "Ghent University"


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Attending were Prof. Jan Smit, Dean of Law of Ghent University;",
            "Dr. Eva Lind, Registrar; and Mr. Piet Bos, Bursar.",
        ],
        [
            "Present were Dr. Jan Smit, Director of Ghent University;",
            "Ms. Eva Lind, Head of Admissions; Mr. Piet Bos, Officer.",
        ],
        [
            "The guests were Prof. Jan Smit, Rector of Ghent University;",
            "Prof. Eva Lind, Vice-Rector; and Dr. Piet Bos, Dean.",
        ],
    ],
)
def test_a_list_printed_one_item_a_line_is_one_list(lines):
    people = institutions_of(TWO, *lines)
    assert people["Eva Lind"] == "Ghent University"
    assert people["Piet Bos"] == "Ghent University"


VISIT = "A delegation of Leiden University visited Ghent University on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Anna Verbeek and her colleagues thanked the delegation for its interest.",
        "Vice-Rector Anna Verbeek briefed the guests on the exchange programmes.",
        "Dean Anna Verbeek showed the visitors the new laboratories and introduced the staff.",
    ],
)
def test_who_does_something_to_the_visitors_is_the_hosts(sentence):
    assert institutions_of(VISIT, sentence)["Anna Verbeek"] == "Ghent University"


@pytest.mark.parametrize(
    ("sentence", "name", "side"),
    [
        (
            "In his reply the leader of the team, Mr. Jan Smit, praised the hosts.",
            "Jan Smit",
            "Leiden University",
        ),
        (
            "A fruitful meeting was held with Anna Verbeek, the Head of the Law Department.",
            "Anna Verbeek",
            "Ghent University",
        ),
        (
            "The visit began with a meeting attended by Anna Verbeek, Vice-Rector for Research.",
            "Anna Verbeek",
            "Ghent University",
        ),
    ],
)
def test_the_side_a_person_takes_in_the_one_visit_told(sentence, name, side):
    assert institutions_of(VISIT, sentence)[name] == side

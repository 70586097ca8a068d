"""People and the institution each acts for, as a specification (issue 15). Every phrasing is invented.

- A list that prints each title before its holder ("signed by the Rector of X, Prof. A, Rector of Y, Prof.
  B") gives each name the institution of the title before it, not the one after it; a list that prints the
  names first ("A, President of X, B, Dean of Y") keeps each title with the name before it.
- "Representing X were A; B; and C", "Representing X at the ceremony were A": X's people.
- "its President and Founder, Mr. A": a founder's title held now is no background of a founding.
- Honours of churches and academies ("Rev. Dr.", "Prof. Acad.", "Academician") are honorifics, not names.
- Words of units and bodies ("Branch", "Commission", "Partnerships") are no words of a person's name.
"""

import pytest

from registry.ingest.extraction import parse_article


def people_of(*sentences):
    text = "Cooperation news\n\ndate 2023-05-10\n\n" + "\n\n".join(sentences) + "\n"
    return {p["name"]: p for p in parse_article(text, file="t.txt")["people"]}


def institutions_of(*sentences):
    return {name: p["institution"] for name, p in people_of(*sentences).items()}


THREE = "Leiden University, Ghent University and Utrecht University signed an exchange agreement on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "The agreement was signed by the Rector of Leiden University, Prof. Jan Smit, Rector of Ghent "
        "University, Prof. Dr. Anna Verbeek, and Rector of Utrecht University, Dr. Piet Bos.",
        "It was signed by the President of Leiden University, Dr. Jan Smit, President of Ghent University, "
        "Prof. Anna Verbeek, and President of Utrecht University, Prof. Piet Bos.",
        "Signing were the Dean of Leiden University, Prof. Jan Smit, Dean of Ghent University, Dr. Anna "
        "Verbeek, and Dean of Utrecht University, Dr. Piet Bos.",
    ],
)
def test_a_list_printing_titles_first_gives_each_name_the_title_before_it(sentence):
    people = institutions_of(THREE, sentence)
    assert people["Jan Smit"] == "Leiden University"
    assert people["Anna Verbeek"] == "Ghent University"
    assert people["Piet Bos"] == "Utrecht University"


def test_a_list_printing_names_first_keeps_each_title_with_the_name_before_it():
    people = institutions_of(
        THREE,
        "Present were Jan Smit, Rector of Leiden University, Anna Verbeek, Dean of Ghent University, and "
        "Piet Bos, Director of Utrecht University.",
    )
    assert people["Jan Smit"] == "Leiden University"
    assert people["Anna Verbeek"] == "Ghent University"


TWO = "Universiti Sains Malaysia signed a memorandum of understanding with Kyoto University on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Representing Kyoto University were Prof. Dr Taro Yamada, Vice President for Research; Dr Hanako "
        "Sato, Director of the Global Office; and Kenji Ito, Coordinator at the Centre for Languages.",
        "Representing the Kyoto University at the ceremony were Prof. Taro Yamada, Dean of Law; Dr Hanako "
        "Sato, Head of the Language Centre; and Mr. Kenji Ito, Officer of the Global Office.",
        "Present from Kyoto University at the signing were Dr Taro Yamada, Vice-Rector; Prof. Hanako Sato, "
        "Dean of Science; and Kenji Ito, Programme Coordinator.",
    ],
)
def test_representing_x_were_names_xs_people(sentence):
    people = institutions_of(TWO, sentence)
    assert people["Taro Yamada"] == people["Hanako Sato"] == people["Kenji Ito"] == "Kyoto University"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kyoto University was represented by its President and Founder, Mr. Kenji Ito.",
        "Kyoto University was represented by its Founder and President, Dr. Kenji Ito.",
        "The Kyoto University's Chairman and Co-Founder, Mr. Kenji Ito, signed for the university.",
    ],
)
def test_a_founders_title_held_now_is_no_background(sentence):
    assert institutions_of(TWO, sentence)["Kenji Ito"] == "Kyoto University"


def test_a_founding_recalled_is_still_background():
    assert "Kenji Ito" not in people_of(TWO, "Kyoto University was founded by Mr. Kenji Ito in 1897.")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "A delegation from Kyoto University, led by its president Prof. Acad. Taro Yamada, visited the "
            "Universiti Sains Malaysia.",
            "Taro Yamada",
        ),
        ("Kyoto University President, Rev. Dr. Taro Yamada, signed the memorandum.", "Taro Yamada"),
        (
            "The guests were welcomed by the Rector of Universiti Sains Malaysia, Academician Ahmad Zaki.",
            "Ahmad Zaki",
        ),
    ],
)
def test_honours_of_churches_and_academies_are_no_words_of_the_name(sentence, name):
    people = people_of(TWO, sentence)
    assert name in people
    assert people[name]["institution"] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "A delegation from the Far East Branch of the Kyoto University visited Universiti Sains Malaysia.",
        "Talks were held with the Head of the International Cooperation Commission Dr. Hanako Sato.",
        "The Director of Global Partnerships of Kyoto University spoke at the signing.",
    ],
)
def test_words_of_units_are_no_words_of_a_persons_name(sentence):
    names = people_of(TWO, sentence)
    assert not any(word in name for name in names for word in ("Branch", "Commission", "Partnerships"))

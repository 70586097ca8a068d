"""A title set off from the name by a comma ("the Ambassador, A") names a person where the title opens a
list's next item with "the" ("A; the Director for Culture, B"), where a nationality or a body's word
stands before the title ("with Ruritanian Ambassador to Jordan, C", "by the University President, D"), or
where a verb of speech does ("says Partnerships Manager, E"). Before, such people were never read at all:
ten people on pages of five tuning sets from five sites, one wrong person (half a name) dropped, none added.
A title after a name and a comma still belongs to that name: "A, Vice President, B" stays a list. Invented
phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of, parsed

SIGNED = "Varnholt University and Quessary Institute of Technology signed an agreement on 3 May."


def names(*sentences):
    return [person["name"] for person in parsed(article(SIGNED, *sentences))["people"]]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        (
            "On behalf of Varnholt University, the Rector, Ilse Marrowby; the Director for Culture, Tobin "
            "Ashgrove; and the Registrar, Wenna Pollard attended the ceremony.",
            "Tobin Ashgrove",
        ),
        (
            "The Rector of Varnholt University, Prof. Ilse Marrowby, discussed the programme with Ruritanian "
            "Ambassador to Jordan, Tobin Ashgrove, and his staff.",
            "Tobin Ashgrove",
        ),
        (
            "The visitors were received by the University President, Tobin Ashgrove, and two deans.",
            "Tobin Ashgrove",
        ),
        (
            '"The exchange opens next year," says Partnerships Manager, Tobin Ashgrove.',
            "Tobin Ashgrove",
        ),
    ],
)
def test_a_title_set_off_by_a_comma_names_the_person_after_it(sentence, person):
    assert person in names(sentence)


def test_the_next_item_of_a_list_takes_the_body_its_clause_opens_with():
    sentence = (
        "On behalf of Quessary Institute of Technology, the Provost, Ilse Marrowby; the Director of "
        "Exchanges, Tobin Ashgrove; and the Bursar, Wenna Pollard signed the papers."
    )
    found = institutions_of(article(SIGNED, sentence))
    assert found["Ilse Marrowby"] == "Quessary Institute of Technology"
    assert found["Tobin Ashgrove"] == "Quessary Institute of Technology"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Marrowby, Vice President, Student Affairs, spoke first.",
        "Ilse Marrowby, Dean, Faculty Of Music Studies, spoke first.",
        "Ilse Marrowby, Director, Research Office, spoke first.",
    ],
)
def test_the_words_after_a_title_in_a_persons_apposition_are_no_person(sentence):
    assert names(sentence) == ["Ilse Marrowby"]

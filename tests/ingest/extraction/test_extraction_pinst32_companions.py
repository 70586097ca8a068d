"""The people a sentence lists as going with someone act for that person's institution: "Accompanying A
were B, C and D", "Accompanying the Rector were B and C" (the one person who holds that title), "A, who was
accompanied to X by B, C and D". A place they were accompanied to is no body of theirs, though the words
before their name ("to X by Professor B") read like "X Professor B". Seen on pages of three tuning sets from
three sites (8 people, all to the gold's institution). Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

TARNWICK = "Tarnwick University"
OLVESSA = "Olvessa Institute of Technology"
VISIT = "A delegation of Tarnwick University visited Olvessa Institute of Technology on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Rector Ada Pemberly of Tarnwick University met the hosts. Accompanying Ada Pemberly were Tomas "
        "Vilk, Director of Outreach; Imre Castellan, Dean of the Faculty of Music; and Lio Farrant, Bursar.",
        "Rector Ada Pemberly of Tarnwick University opened the talks. Joining Ada Pemberly were Prof. Tomas "
        "Vilk, Head of Admissions, Dr. Imre Castellan, Registrar, and Lio Farrant, Librarian.",
        "Rector Ada Pemberly of Tarnwick University thanked the hosts. Accompanying Ada Pemberly on the day "
        "were Dr. Tomas Vilk, Prof. Imre Castellan and Dr. Lio Farrant.",
    ],
)
def test_who_accompanies_a_named_person_acts_for_that_persons_body(sentence):
    found = institutions_of(article(VISIT, sentence))
    assert found["Tomas Vilk"] == TARNWICK
    assert found["Imre Castellan"] == TARNWICK


@pytest.mark.parametrize(
    "opener, title",
    [
        ("The Rector of Tarnwick University, Prof. Ada Pemberly, signed the agreement.", "Rector"),
        ("The Provost of Tarnwick University, Prof. Ada Pemberly, signed the agreement.", "Provost"),
        ("The Chancellor of Tarnwick University, Prof. Ada Pemberly, signed the agreement.", "Chancellor"),
    ],
)
def test_who_accompanies_the_holder_of_a_title_acts_for_the_holders_body(opener, title):
    sentence = (
        f"Accompanying the {title} were Prof. Tomas Vilk, Director of Outreach; Dr. Imre Castellan, Deputy "
        "Head of the Bureau of Admissions; and Ms. Lio Farrant, Coordinator of Exchanges."
    )
    found = institutions_of(article(VISIT, opener, sentence))
    assert found["Tomas Vilk"] == TARNWICK
    assert found["Imre Castellan"] == TARNWICK


@pytest.mark.parametrize(
    "sentence",
    [
        "The Rector of Tarnwick University, Prof. Ada Pemberly, who was accompanied to Olvessa Institute of "
        "Technology by Professor Tomas Vilk, Professor Imre Castellan, and Professor Lio Farrant, praised "
        "the hosts.",
        "The Rector of Tarnwick University, Prof. Ada Pemberly, who was accompanied to OIT by Dr. Tomas "
        "Vilk, Dr. Imre Castellan and Dr. Lio Farrant, said the talks went well.",
        "The Rector of Tarnwick University, Prof. Ada Pemberly, who was accompanied by Dean Tomas Vilk, "
        "Registrar Imre Castellan and Dr. Lio Farrant, toured the campus.",
    ],
)
def test_a_place_someone_was_accompanied_to_is_not_the_companions_body(sentence):
    opener = "Olvessa Institute of Technology (OIT) and Tarnwick University signed an agreement on 3 May."
    found = institutions_of(article(opener, sentence))
    assert found["Tomas Vilk"] == TARNWICK
    assert found["Imre Castellan"] == TARNWICK
    assert found["Lio Farrant"] == TARNWICK


def test_companions_whose_own_words_name_their_body_keep_it():
    sentence = (
        "Accompanying Ada Pemberly were Tomas Vilk, Director of Outreach, and Imre Castellan, Chief "
        "Executive of the Brennholt Heritage Foundation."
    )
    found = institutions_of(article(VISIT, "Rector Ada Pemberly of Tarnwick University spoke.", sentence))
    assert found["Tomas Vilk"] == TARNWICK
    assert found["Imre Castellan"] == "Brennholt Heritage Foundation"

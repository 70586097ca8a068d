"""In a list of "Title of Body Name" items each name takes the body of its own item, printed before it, not
the body of the next item printed after it: "the Rector of X Prof. Dr. A, the Rector of Y Prof. Dr. B"
(honours between the title and the name), "Advisor to the Minister of Culture A, Rector of Y (YU) B" (an
acronym in brackets after the next body), "Rector of X A, Secretary of the Ministry of Trade and Industry
B" (an "and" inside the next body's name). Seen on pages of four tuning sets (four sites): a rector, a
ministry's adviser and a university's rector, a vice-chancellor given the next item's body. A name printed
first, its title after a comma ("A, Rector of X, B, Dean of Y"), and a clause after a name ("A, Director
of X, were present") keep their reading. Invented phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

TARNWICK = "Tarnwick University"
OLVESSA = "Olvessa Institute of Technology"
SIGNED = "Tarnwick University and Olvessa Institute of Technology signed an agreement on 3 May."


@pytest.mark.parametrize(
    "sentence",
    [
        "Seated at the gala were the Rector of Tarnwick University Prof. Dr. Ada Pemberly, the "
        "Rector of Olvessa Institute of Technology Prof. Dr. Tomas Vilk, and the deans.",
        "Guests included the President of Tarnwick University Dr. Ada Pemberly, the Director of Olvessa "
        "Institute of Technology Prof. Tomas Vilk, and students.",
        "Present were the Chancellor of Tarnwick University Prof. Ada Pemberly, the Provost of Olvessa "
        "Institute of Technology Dr. Tomas Vilk, and staff of both schools.",
    ],
)
def test_honours_between_a_title_and_its_name_keep_the_item_whole(sentence):
    found = institutions_of(article(SIGNED, sentence))
    assert found["Ada Pemberly"] == TARNWICK
    assert found["Tomas Vilk"] == OLVESSA


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were attended by Advisor to the Minister of Culture Ada Pemberly, Rector of Olvessa "
        "Institute of Technology (OIT) Tomas Vilk, and Head of Studies of Tarnwick University Imre "
        "Castellan.",
        "The visit was joined by Assistant to the Minister of Health Ada Pemberly, Chancellor of Olvessa "
        "Institute of Technology (OIT) Tomas Vilk, Bursar of Tarnwick University Imre Castellan.",
        "The talks were attended by Adviser to the Minister of Culture Ada Pemberly, Dean of Olvessa "
        "Institute of Technology (OIT) Tomas Vilk, Head of the Office of Tarnwick University Imre "
        "Castellan.",
    ],
)
def test_an_acronym_after_the_next_body_leaves_that_body_to_the_next_name(sentence):
    found = institutions_of(article(SIGNED, sentence))
    assert found.get("Ada Pemberly") != OLVESSA
    assert found["Tomas Vilk"] == OLVESSA


@pytest.mark.parametrize(
    "sentence",
    [
        "On the panel sat Rector of Tarnwick University Ada Pemberly, Head of the Research "
        "Department of the Ruritanian Ministry of Science and Education Tomas Vilk, and the deans.",
        "Present were Rector of Tarnwick University Ada Pemberly, Director of the Velmaran Academy of "
        "Arts and Sciences Tomas Vilk, and guests.",
        "Guests were Provost of Tarnwick University Ada Pemberly, Secretary of the Ruritanian Ministry "
        "of Trade and Industry Tomas Vilk, and others.",
    ],
)
def test_an_and_inside_the_next_title_does_not_end_that_item(sentence):
    found = institutions_of(article(SIGNED, sentence))
    assert found["Ada Pemberly"] == TARNWICK
    assert found["Tomas Vilk"] not in (TARNWICK, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Present were Ada Pemberly, Rector of Tarnwick University, Tomas Vilk, Dean of Olvessa Institute "
        "of Technology.",
        "Prof. Ada Pemberly, Vice-Rector of Tarnwick University, and Dr. Tomas Vilk, Registrar of "
        "Olvessa Institute of Technology, signed the agreement.",
        "Dr. Ada Pemberly, Director of International Affairs of Tarnwick University were present, where "
        "Mr. Tomas Vilk, Dean, represented Olvessa Institute of Technology.",
    ],
)
def test_names_printed_before_their_titles_keep_their_reading(sentence):
    found = institutions_of(article(SIGNED, sentence))
    assert found["Ada Pemberly"] == TARNWICK

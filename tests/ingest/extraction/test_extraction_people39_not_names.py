"""The number of an office or a deputy ("Vice Rector IV Office", "Vice-Dean II"), a degree printed like a word
("A, DTech - Principal") and the plural of a document's acronym ("sign MoUs") are no person's name. Seen on
three pages of two tuning sets (three sites): three people too many. Invented phrasings, none taken from an
article."""

from registry.ingest.extraction import parse_article


def _names(text):
    return [p["name"] for p in parse_article(text, file="names.txt")["people"]]


def test_the_number_of_a_vice_rectors_office_is_no_person():
    names = _names(
        "Velmora Tech receives guests\n\n"
        "Velmora Institute of Technology received a delegation of Brenwick College on 3 May 2024. Rector "
        "Osric Wendale welcomed the guests at the Vice Rector III Office on the second floor.\n"
    )
    assert names == ["Osric Wendale"]


def test_a_degree_printed_after_a_name_is_no_person():
    names = _names(
        "Brenwick College signs with Velmora Tech\n\n"
        "Brenwick College and Velmora Institute of Technology signed a memorandum of understanding online on "
        "3 May 2024. Present were Prof. Osric Wendale, Rector, and Engr. Talia Brusk, DEng - Principal, "
        "Velmora Institute of Technology.\n"
    )
    assert "DEng" not in names


def test_the_plural_of_a_documents_acronym_is_no_person():
    names = _names(
        "Brenwick College tours the north\n\n"
        "Rector Osric Wendale of Brenwick College led a tour of three universities in May 2024. MoUs signed "
        "on the tour will open exchanges for students and staff.\n"
    )
    assert names == ["Osric Wendale"]

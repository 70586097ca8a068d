"""A list of officers goes on past a full stop: a titled person whom nothing ties to a body, in a sentence
that names no institution, acts for the one body every person of the nearest earlier sentence naming people
acts for ("X President A led the X panel. College of Law Dean C and Registrar D also
joined the signing."). Seen on pages of two tuning sets (two sites): seven deans, directors, a treasurer and a
registrar left with no body. Not where either sentence tells a meeting, a visit or a welcome (the people then
may be the other side), nor where a person of the earlier sentence is named again beside them. Invented
phrasings, none taken from an article."""

import pytest

from tests.ingest.extraction.reading import article, institutions_of

HALDEN = "Haldenbrook University"


@pytest.mark.parametrize(
    ("sentences", "people"),
    [
        (
            (
                "Haldenbrook University and Orsk Maritime Academy signed a memorandum of understanding "
                "online.",
                "Haldenbrook University President Mirela Ostrova led the Haldenbrook University panel.",
                "College of Law Dean Anneke Vollrath and Library Director Pieter Saltonstall also joined the "
                "online signing.",
            ),
            ("Anneke Vollrath", "Pieter Saltonstall"),
        ),
        (
            (
                "The agreement was signed by Prof. Mirela Ostrova, Rector, Haldenbrook University, at a "
                "short ceremony.",
                "It was signed in presence of Dr. Jurgen Halloway, Bursar, and Ms. Ilse Varga, Registrar.",
            ),
            ("Jurgen Halloway", "Ilse Varga"),
        ),
        (
            (
                "Rector Mirela Ostrova of Haldenbrook University opened the summer school on 4 July.",
                "Programme Coordinator Bram Oudeman and Student Affairs Director Lise Tarvin then presented "
                "the course schedule.",
            ),
            ("Bram Oudeman", "Lise Tarvin"),
        ),
    ],
)
def test_officers_listed_after_a_sentence_of_one_body_act_for_it(sentences, people):
    bodies = institutions_of(article(*sentences))
    assert [bodies[name] for name in people] == [HALDEN] * len(people)


def test_people_who_welcome_the_ones_before_are_not_given_their_body():
    bodies = institutions_of(
        article(
            "Rector Mirela Ostrova of Haldenbrook University arrived in Orsk on 4 July.",
            "Vice-Rector Pavel Grusin and Dean Olga Merin welcomed the guests at the harbour.",
        )
    )
    assert bodies.get("Pavel Grusin") != HALDEN and bodies.get("Olga Merin") != HALDEN


def test_a_person_signing_beside_someone_named_before_is_not_given_their_body():
    bodies = institutions_of(
        article(
            "Prof. Mirela Ostrova of Haldenbrook University gave a lecture on port logistics.",
            "The letter of intent was signed by Vice Rector Dr. Pavel Grusin and Prof. Mirela Ostrova.",
        )
    )
    assert bodies.get("Pavel Grusin") != HALDEN


def test_someone_of_the_sentence_before_tied_to_no_body_does_not_stop_the_list():
    bodies = institutions_of(
        article(
            "Rector Mirela Ostrova of Haldenbrook University opened the summer school on 4 July, and the "
            "poet Jonas Pell said the town was proud of it.",
            "Registrar Ilse Varga and Student Affairs Director Lise Tarvin then presented the course "
            "schedule.",
        )
    )
    assert bodies.get("Jonas Pell") is None
    assert (bodies["Ilse Varga"], bodies["Lise Tarvin"]) == (HALDEN, HALDEN)

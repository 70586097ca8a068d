"""The stops of a trip listed: after the trip ("The universities visited were A, B and C", "The tour took in A
and B"), or in its own sentence with each stop's place ("visited A Manila, B and C", "A in Lyon, B")."""

from tests.ingest.extraction.reading import article, trips

V, A, B, C = "Orrin Polytechnic University", "Kestrel University", "Tavistock University", "Marlow College"
ALL = sorted([(V, A), (V, B), (V, C)])
TOUR = f"In May 2022, a delegation from {V} toured the Netherlands."


def test_the_stops_of_a_tour_listed_in_a_later_sentence():
    for listed in (
        f"The universities visited were {A}, {B} and {C}.",
        f"The tour took in {A}, {B} and {C}.",
        f"Its itinerary included visits to {A}, {B} and {C}.",
        f"The three universities were {A}, {B} and {C}.",
    ):
        assert trips(article(TOUR, listed)) == ALL, listed


def test_people_of_universities_listed_after_a_tour_are_no_stops():
    told = f"The universities were represented by Prof. Jan Olsen of {A} and Dr. Mira Lund of {B}."
    assert trips(article(TOUR, told)) == [(V, "")]


def test_a_stops_place_printed_after_its_name_keeps_the_list_going():
    for told in (
        f"A delegation from {V} visited {A} Manila, {B} and {C} Manila.",
        f"A delegation from {V} visited {A} in Lyon, {B} in Bordeaux and {C}.",
        f"A delegation from {V} visited {A}, Philippines, {B} and {C}.",
        f"A delegation from {V} visited {A}, {B}, as well as {C}.",
    ):
        assert trips(article(told)) == ALL, told


def test_a_clause_after_a_stops_place_names_no_stop():
    told = f"A delegation from {V} visited {A} Manila, where it met {B} alumni."
    assert trips(article(told)) == [(V, A)]

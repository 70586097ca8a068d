"""A trip's next stop told after the first: in the next sentence ("It then travelled to C", "The delegation
then went on to C") or in the same one ("visited A and then C", "visited A before travelling to C")."""

from tests.ingest.extraction.reading import article, trips

V, A, C = "Orrin Polytechnic University", "Tavistock University", "Kestrel Institute of Science"


def test_it_then_travelled_to_a_second_host():
    assert trips(
        article(f"A delegation from {V} visited {A} on 3 March 2023.", f"It then travelled to {C}.")
    ) == sorted([(V, A), (V, C)])


def test_the_delegation_went_on_or_headed_to_a_second_host():
    for verb in ("then went on to", "headed to", "continued on to"):
        assert trips(
            article(f"{A} hosted a six-member delegation from {V} on 3 March.", f"The delegation {verb} {C}.")
        ) == sorted([(V, A), (V, C)]), verb


def test_a_second_stop_after_and_then_or_before_travelling_in_one_sentence():
    for told in (
        f"A team from {V} visited {A} on 3 March 2023 and then {C} on 5 March.",
        f"A team from {V} visited {A}, then {C}.",
        f"A team from {V} visited {A} before travelling to {C}.",
    ):
        assert trips(article(told)) == sorted([(V, A), (V, C)]), told


def test_going_on_to_something_is_no_trip_of_anyone_but_a_group():
    assert trips(
        article(
            f"A delegation from {V} visited {A} on 3 March 2023.",
            f"Many graduates of {A} went on to {C} for doctoral study.",
        )
    ) == [(V, A)]


def test_a_clause_of_its_own_after_and_then_names_no_stop():
    assert trips(article(f"A delegation from {V} visited {A} and then {C} announced a new programme.")) == [
        (V, A)
    ]

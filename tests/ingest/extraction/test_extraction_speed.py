"""The parser's speed work keeps what it reads: each faster helper answers as the slower code it replaced.

Each test states the helper's answer on phrasings that exercise its edges (a lookbehind before the match, a
name that goes on, overlapping spellings), so that a faster rewrite that changes a single answer fails here.
"""

from registry.ingest.extraction.institutions import _short_form_places


def test_a_short_form_is_found_wherever_it_stands_alone():
    text = "Haifa signed the plan; Haifa's team, and Haifa."
    assert list(_short_form_places("Haifa", text)) == [(0, 5), (23, 28), (41, 46)]


def test_a_short_form_after_a_place_preposition_is_the_city():
    text = "students in Haifa, a trip to Haifa, visiting Haifa, then Haifa agreed"
    assert list(_short_form_places("Haifa", text)) == [(57, 62)]


def test_a_short_form_that_a_longer_name_goes_on_from_is_not_alone():
    text = "Haifa University, Haifa of old, Haifa-based, xHaifa, Haifa President Ron, Haifa Dean"
    assert list(_short_form_places("Haifa", text)) == [(53, 58), (74, 79)]  # before a title, it is alone


def test_spellings_that_overlap_are_read_left_to_right_once():
    assert list(_short_form_places("Ab.Ab", "Ab.Ab.Ab,")) == [(0, 5)]  # not (3, 8) as well

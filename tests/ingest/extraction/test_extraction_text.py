"""Text clean-up: glued titles and initials, runs of spaces, agency datelines in the forms pages
print them."""

import pytest

from registry.ingest.extraction import parse_article
from registry.ingest.extraction.text import clean, dateline_day


@pytest.mark.parametrize(
    ("printed", "read"),
    [
        ("Prof.A. Smith spoke.", "Prof. A. Smith spoke."),
        ("led by Mr.Kenji Mori,", "led by Mr. Kenji Mori,"),
        ("Dr.Olga Petrova and K.Lindqvist", "Dr. Olga Petrova and K. Lindqvist"),
    ],
)
def test_a_title_or_initial_glued_to_a_name_is_set_apart(printed, read):
    assert clean(printed) == read


@pytest.mark.parametrize(
    "printed", ["Gamma  University", "Gamma\u00a0University", "Gamma \u2009 \u3000University"]
)
def test_runs_of_spaces_of_any_width_are_one_space(printed):
    assert clean(printed) == "Gamma University"


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("KUALA LUMPUR, 9 June (Bernama) -- Gamma University signed", "9 June"),
        ("OSLO, June 9th (NTB) - Gamma University signed", "June 9th"),
        ("LIMA, 9th of June 2021 (Andina) – Gamma University signed", "9th of June 2021"),
    ],
)
def test_a_dateline_in_either_order_is_no_part_of_the_sentence(line, day):
    assert dateline_day(line) == day
    assert clean(line).startswith("Gamma University")


def test_a_dateline_day_is_not_the_signing_date():
    text = (
        "Gamma and Riverton sign a memorandum\n\ndate 2021-06-12\n\nKUALA LUMPUR, 9 June (Bernama) -- Gamma "
        "University and Riverton University have signed a memorandum of understanding on research.\n"
    )
    assert [a["date"] for a in parse_article(text, file="t.txt")["agreements"]] == [None]


@pytest.mark.parametrize(
    ("glued", "spaced"),
    [
        ("the rector and his teamfromthe Osterby Institute arrived", "his team from the Osterby Institute"),
        ("the delegation visitedour campus on Monday", "delegation visited our campus"),
        ("a memorandum signedwiththeir partners in Kalmbach", "signed with their partners"),
    ],
)
def test_small_words_glued_by_a_scraper_are_spaced(glued, spaced):
    assert spaced in clean(glued)


@pytest.mark.parametrize(
    "text",
    ["We drank absinthe together.", "The other mother went to bathe.", "Another tour of their theatre."],
)
def test_words_that_end_like_glued_ones_stay_whole(text):
    assert clean(text) == text

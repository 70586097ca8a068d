"""An agency dateline is matched once an article: the parser asks for its place and for its day, and both
come from the one match. A text read after another gets its own dateline, never the one before it."""

import pytest

from registry.ingest.extraction.text import dateline_day, dateline_place


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("VELMORA, Oct. 3 (Quillpress) -- Brennhal Polytechnic signed an agreement.", "VELMORA", "Oct. 3"),
        ("OSTRAVIK, 14 May (Dunmere Wire) - Velkaro Institute hosted guests.", "OSTRAVIK", "14 May"),
        ("SARNHOLT (June 21): Quillmere Academy welcomed a delegation.", "SARNHOLT", "June 21"),
    ],
)
def test_the_place_and_the_day_come_from_one_dateline(text, place, day):
    assert (dateline_place(text), dateline_day(text)) == (place, day)
    assert (dateline_place(text), dateline_day(text)) == (place, day)  # asked again: the same answers


def test_each_text_reads_its_own_dateline():
    first = "VELMORA, Oct. 3 (Quillpress) -- Brennhal Polytechnic signed an agreement."
    second = "Brennhal Polytechnic and Velkaro Institute signed an agreement in Velmora."
    third = "OSTRAVIK, 14 May (Dunmere Wire) - Velkaro Institute hosted guests."
    places = [dateline_place(t) for t in (first, second, third, first)]
    assert places == ["VELMORA", None, "OSTRAVIK", "VELMORA"]
    assert [dateline_day(t) for t in (third, second, first)] == ["14 May", None, "Oct. 3"]

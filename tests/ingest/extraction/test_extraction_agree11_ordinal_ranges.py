"""A span of days printed with ordinals on both days ("from 27th to 30th October 2025") is one span that
starts on its first day, as the same span printed without ordinals is: not the last day alone."""

import pytest

from registry.ingest.extraction.dates import find_date


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "The deans met in Jakarta from 27th to 30th October 2025 for the benchmarking visit.",
            "2025-10-27",
            "2025-10-30",
        ),
        (
            "The summer school ran on the 3rd and 4th of July 2019 at the host campus.",
            "2019-07-03",
            "2019-07-04",
        ),
        ("Between 12th-15th March 2024 the rectors toured three faculties.", "2024-03-12", "2024-03-15"),
    ],
)
def test_a_span_of_ordinal_days_starts_on_its_first_day(sentence, start, end):
    found = find_date(sentence, "2025-12-01")
    assert (found.start, found.end) == (start, end)


def test_a_single_ordinal_day_is_still_one_day():
    found = find_date("The rectors met on the 21st of May 2024 in Lund.", "2025-12-01")
    assert (found.start, found.end) == ("2024-05-21", "2024-05-21")

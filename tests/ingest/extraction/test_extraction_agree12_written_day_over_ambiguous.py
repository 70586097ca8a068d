"""A numeric date that could be read day first or month first ("06/10/2009") gives way to a day written out in
the same sentence ("the 3rd of October, 2009"): the written day dates the event. An ambiguous numeric date
alone still leaves the event undated, with a warning. Each rule in three phrasings no article uses."""

import pytest

from registry.ingest.extraction.dates import find_date


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Tartu, 05/04/2021 - On Friday the 2nd of April, 2021, the two rectors signed an agreement.",
            "2021-04-02",
        ),
        ("Posted 05/04/2021: the universities signed a memorandum on 2 April 2021 in Tartu.", "2021-04-02"),
        ("On 03/04/2021 (reported), Tartu and Riga met on April 1, 2021 to sign a protocol.", "2021-04-01"),
    ],
)
def test_a_day_written_out_wins_over_an_ambiguous_numeric_date(sentence, day):
    found = find_date(sentence, "2021-12-06")
    assert (found.start, found.warning) == (day, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The two universities signed the agreement on 05/04/2021 in Tartu.",
        "On 03/04/2021 the rectors of the two universities met in Riga.",
        "A memorandum was signed by both rectors on 02/03/2021 at the ceremony.",
    ],
)
def test_an_ambiguous_numeric_date_alone_dates_nothing(sentence):
    found = find_date(sentence, "2021-12-06")
    assert found.start is None and "day/month or month/day" in found.warning

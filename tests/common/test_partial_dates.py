"""PartialDate: a date known to the day, month or year, stored without inventing the rest."""

import datetime

import pytest

from registry.common.partial_dates import PartialDate


@pytest.mark.parametrize(
    ("text", "first_day", "precision", "shown"),
    [
        ("2019-12-15", datetime.date(2019, 12, 15), "day", "15 Dec 2019"),
        ("2019-12", datetime.date(2019, 12, 1), "month", "Dec 2019"),
        ("2015", datetime.date(2015, 1, 1), "year", "2015"),
    ],
)
def test_parse_keeps_only_what_is_known_and_displays_it_as_given(text, first_day, precision, shown):
    date = PartialDate.parse(text)
    assert (date.first_day, date.precision, str(date), date.isoformat()) == (
        first_day,
        precision,
        shown,
        text,
    )


@pytest.mark.parametrize("text", ["2022-02-30", "2019-13", "19-12-01", "December 2019", "2019-1-5"])
def test_parse_rejects_impossible_or_malformed_dates_with_the_value_in_the_message(text):
    with pytest.raises(ValueError, match=text):
        PartialDate.parse(text)


def test_empty_values_mean_no_date():
    assert PartialDate.parse(None) is None
    assert PartialDate.parse("") is None


def test_a_partial_date_cannot_pretend_to_know_a_day():
    with pytest.raises(ValueError):
        PartialDate(datetime.date(2019, 12, 15), "month")
    with pytest.raises(ValueError):
        PartialDate(datetime.date(2019, 12, 1), "year")


def test_last_day_covers_the_whole_period():
    assert PartialDate.parse("2020-02").last_day == datetime.date(2020, 2, 29)
    assert PartialDate.parse("2019-12").last_day == datetime.date(2019, 12, 31)
    assert PartialDate.parse("2015").last_day == datetime.date(2015, 12, 31)


def test_partial_dates_sort_by_their_first_day():
    dates = [PartialDate.parse(t) for t in ["2020", "2019-12-15", "2019-12"]]
    assert [d.isoformat() for d in sorted(dates)] == ["2019-12", "2019-12-15", "2020"]

"""A day told without its month ("on the 7th", "on the 26th of last month", "On the morning of the 28th,"),
as many pages that write the day before the month do: its month is the publication's, or the one before
where "last month" says so or the day is later than the publication's day (extraction-format.md: a relative
date takes what it lacks from the publication date where that is safe). A numbered floor, anniversary or
forum is no day, and with no publication date the day stays unknown."""

from functools import partial

from tests.ingest.extraction.reading import article, parsed

A, B = "Marlowe Ridge University", "Tavelli Institute of Technology"
published_on_the_5th = partial(article, published="2024-03-05")


def _signing_dates(text):
    out = parsed(text)
    return [a["date"] for a in out["agreements"]], [m["date"] for m in out["meetings"]]


def test_a_day_of_last_month_takes_the_month_before_the_publication():
    text = published_on_the_5th(
        f"At 10 am on the 19th of last month, {A} and {B} signed a teaching memorandum during a formal "
        "ceremony."
    )
    assert _signing_dates(text) == (["2024-02-19"], ["2024-02-19"])


def test_a_day_not_after_the_publication_is_of_its_month():
    text = published_on_the_5th(
        f"Rector Ilse Vandermolen of {A} and President Oren Castellane of {B} signed an exchange agreement "
        f"in the senate hall of {B} on the 4th."
    )
    assert _signing_dates(text) == (["2024-03-04"], ["2024-03-04"])


def test_a_day_later_than_the_publication_is_of_the_month_before():
    text = published_on_the_5th(
        f"On the afternoon of the 27th, {A} signed a cooperation agreement with {B} at a ceremony.",
    )
    assert _signing_dates(text) == (["2024-02-27"], ["2024-02-27"])


def test_a_numbered_floor_or_forum_is_no_day():
    text = published_on_the_5th(
        f"On 2 March 2024, {A} and {B} signed a teaching memorandum in the assembly room on the 6th floor.",
        "Both attended the 12th Lakeshore Education Forum.",
    )
    assert _signing_dates(text)[0] == ["2024-03-02"]


def test_without_a_publication_date_the_day_stays_unknown():
    text = article(
        f"{A} and {B} signed a teaching memorandum in the main lecture theatre on the 9th.", published="none"
    ).replace("date none\n\n", "")
    assert _signing_dates(text)[0] == [None]

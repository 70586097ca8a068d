"""A signing told on a day shows the signing as an occasion (extraction-format.md, "A signing meeting"),
also on a page that prints no year: the day is told though it cannot be dated, so the meeting is recorded
with no date (and a warning says why). A document only said to have been concluded on that day still
makes none."""

from tests.ingest.extraction.reading import parsed

A, B = "Lindqvist University", "Qorvina University"


def _meetings_of_an_undated_page(*sentences):
    """The (kind, date, parties) of each meeting read from a page with no date line and no year anywhere."""
    out = parsed("Cooperation news\n\n" + "\n\n".join(sentences) + "\n")
    return [(m["kind"], m["date"], sorted(m["parties"])) for m in out["meetings"]]


def test_a_memorandum_signed_on_a_month_and_day_is_a_signing_meeting():
    assert _meetings_of_an_undated_page(
        f"{A} signed a memorandum of understanding with {B} on March 12 to open a joint laboratory."
    ) == [("signing", None, [A, B])]


def test_a_day_written_before_its_month_is_a_day_told_too():
    assert _meetings_of_an_undated_page(
        f"On the morning of 4 June, {A} and {B} signed a student exchange agreement."
    ) == [("signing", None, [A, B])]


def test_a_renewal_told_on_an_ordinal_day_is_a_signing_meeting():
    assert _meetings_of_an_undated_page(
        f"{A} renewed its partnership agreement with {B} on 21st November for another five years."
    ) == [("signing", None, [A, B])]


def test_a_document_concluded_on_a_day_without_a_year_makes_no_meeting():
    assert _meetings_of_an_undated_page(f"On March 12, {A} concluded a cooperation agreement with {B}.") == []

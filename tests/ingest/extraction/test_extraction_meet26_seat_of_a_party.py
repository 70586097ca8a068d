"""A place printed right after an institution's name ("Y University in Haryana") says where that institution
is, not where a document was signed: it shows no signing occasion (extraction-format.md, "A signing meeting").
A place the signing itself is told at ("signed ... in Tallinn") still does."""

from tests.ingest.extraction.reading import article, parsed

A, B = "Lindqvist University", "Qorvina University"


def _records(sentence):
    out = parsed(article(sentence))
    return [m["kind"] for m in out["meetings"]], [a["action"] for a in out["agreements"]]


def test_the_seat_of_the_subject_is_no_place_of_signing():
    meetings, agreements = _records(
        f"{A} and {B} in Tallinn have signed a memorandum of understanding on joint research."
    )
    assert meetings == []
    assert agreements == ["signed"]


def test_the_seat_of_the_partner_signed_with_is_no_place_of_signing():
    meetings, agreements = _records(f"{A} signed a memorandum on student exchange with {B} in Vilnius.")
    assert meetings == []
    assert agreements == ["signed"]


def test_a_signing_told_in_a_city_is_a_signing_meeting():
    meetings, _ = _records(f"{A} and {B} signed a memorandum of understanding in Tallinn.")
    assert meetings == ["signing"]

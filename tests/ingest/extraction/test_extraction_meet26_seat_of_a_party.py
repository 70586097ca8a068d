"""A place printed right after a signatory's name ("Y College in Lowland Province signed") says where that
institution is, not where a document was signed: it shows no signing occasion (extraction-format.md, "A
signing meeting"). A place told after the signing verb ("signed ... in Tallinn", "signed ... with B in
Vilnius") still does."""

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


def test_the_seat_of_the_second_signatory_is_no_place_of_signing():
    meetings, agreements = _records(
        f"{A} and {B} in Vilnius, Lithuania, signed a memorandum on student exchange."
    )
    assert meetings == []
    assert agreements == ["signed"]


def test_a_place_after_the_partner_signed_with_is_still_the_signings():
    meetings, _ = _records(f"{A} signed a memorandum on student exchange with {B} in Vilnius.")
    assert meetings == ["signing"]


def test_a_signing_told_in_a_city_is_a_signing_meeting():
    meetings, _ = _records(f"{A} and {B} signed a memorandum of understanding in Tallinn.")
    assert meetings == ["signing"]

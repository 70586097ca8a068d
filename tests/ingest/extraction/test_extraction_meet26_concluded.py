"""A document said to have been concluded or entered into is said to exist; its day alone shows no signing
occasion (extraction-format.md, "A signing meeting": "An agreement only said to exist or to have been
concluded gives none"). The agreement is still read, with its day; "signed" on a day, or a ceremony, still
makes the signing meeting."""

from tests.ingest.extraction.reading import article, parsed

A, B = "Lindqvist University", "Qorvina University"


def _records(sentence):
    out = parsed(article(sentence))
    meetings = [(m["kind"], m["date"]) for m in out["meetings"]]
    return meetings, [(a["action"], a["date"]) for a in out["agreements"]]


def test_concluded_on_a_day_is_an_agreement_and_no_meeting():
    meetings, agreements = _records(f"On 15 April 2023, {A} concluded a cooperation agreement with {B}.")
    assert meetings == []
    assert agreements == [("signed", "2023-04-15")]


def test_entered_into_on_a_day_is_an_agreement_and_no_meeting():
    meetings, agreements = _records(
        f"On the 2nd of May 2023, {A} and {B} entered into a memorandum of understanding on joint research."
    )
    assert meetings == []
    assert agreements == [("signed", "2023-05-02")]


def test_signed_on_a_day_is_still_a_signing():
    meetings, _ = _records(f"On 15 April 2023, {A} signed a cooperation agreement with {B}.")
    assert meetings == [("signing", "2023-04-15")]


def test_concluded_at_a_ceremony_is_still_a_signing():
    meetings, _ = _records(
        f"{A} concluded a cooperation agreement with {B} at a ceremony in the senate hall on 15 April 2023."
    )
    assert meetings == [("signing", "2023-04-15")]

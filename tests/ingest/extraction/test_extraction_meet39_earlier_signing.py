"""A signing that ended more than a year before the latest day the article tells (its publication, a visit,
another meeting) is an earlier agreement recalled: a record of its own (extraction-format.md, "An earlier
agreement"), but no occasion the story shows, so no signing meeting. A signing a few weeks before the
publication, across the turn of a year, is still the story's occasion."""

from functools import partial

from tests.ingest.extraction.reading import article, parsed

A, B = "Lindqvist University", "Qorvina University"


def _meetings_and_agreements(text):
    out = parsed(text)
    return [(m["kind"], m["date"]) for m in out["meetings"]], [
        (a["action"], a["date"]) for a in out["agreements"]
    ]


def test_an_existing_memorandum_signed_years_before_the_visit_makes_no_signing_meeting():
    meetings, agreements = _meetings_and_agreements(
        article(
            f"A delegation of {B} visited {A} on 8 March 2023 for talks on joint research.",
            f"{B} has an existing memorandum of agreement with {A} signed on April 30, 2019.",
        )
    )
    assert ("signing", "2019-04-30") not in meetings
    assert ("signed", "2019-04-30") in agreements


def test_the_day_a_partnership_began_long_ago_is_no_meeting_of_the_story():
    meetings, agreements = _meetings_and_agreements(
        article(f"The partnership began on 3 March 2016, when {A} and {B} signed a cooperation agreement.")
    )
    assert meetings == []
    assert agreements == [("signed", "2016-03-03")]


def test_signatories_named_on_a_day_years_back_make_no_meeting_of_this_visit():
    meetings, agreements = _meetings_and_agreements(
        article(
            f"A delegation of {B} visited {A} on 8 March 2023.",
            f"{A} and {B} inked a memorandum of understanding before the ministers on 14 June 2018.",
        )
    )
    assert ("signing", "2018-06-14") not in meetings
    assert ("signed", "2018-06-14") in agreements


def test_a_signing_weeks_before_a_january_publication_is_still_its_occasion():
    january_page = partial(article, published="2024-01-05")
    meetings, _ = _meetings_and_agreements(
        january_page(f"On 20 December 2023, {A} and {B} signed a memorandum of understanding at a ceremony.")
    )
    assert meetings == [("signing", "2023-12-20")]

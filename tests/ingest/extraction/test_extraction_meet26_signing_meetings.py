"""A meeting whose own clause has a document signed at it is the signing's occasion (extraction-format.md, "A
signing meeting": "a signing during ... a meeting"): "met the heads of the partners and signed memoranda",
"had a meeting and formalised their relationship", "the memorandum was extended at a meeting". A meeting held
"to discuss" a signing signs nothing and stays talks."""

from tests.ingest.extraction.reading import article, parsed

A, B = "Lindqvist University", "Qorvina University"


def _meetings(*sentences):
    return [(m["kind"], m["date"]) for m in parsed(article(*sentences))["meetings"]]


def test_met_the_heads_of_the_partners_and_signed_memoranda():
    kinds = _meetings(
        f"On 14 March 2023, the rector of {A} met the heads of several partner universities and signed"
        " memoranda on student exchange.",
    )
    assert kinds == [("signing", "2023-03-14")]


def test_a_memorandum_signed_in_a_joint_meeting():
    kinds = _meetings(
        f"One memorandum for the whole network was inked by its rectors during the spring meeting at {A}"
        " on 2 April 2023.",
    )
    assert kinds == [("signing", "2023-04-02")]


def test_a_memorandum_extended_at_a_meeting():
    kinds = _meetings(
        f"The cooperation memorandum of the network was extended at a meeting hosted by {A} on 2 April 2023.",
    )
    assert kinds == [("signing", "2023-04-02")]


def test_a_meeting_and_a_relationship_formalised():
    kinds = _meetings(
        f"On 9 February 2023, the deans of {A} and {B} had a meeting in Tallinn and formalised their"
        " relationship.",
    )
    assert kinds == [("signing", "2023-02-09")]


def test_a_meeting_to_discuss_a_signing_stays_talks():
    kinds = _meetings(
        f"On 9 February 2023, the deans of {A} and {B} held a meeting to discuss and plan the signing of an"
        " agreement on joint degrees.",
    )
    assert kinds == [("talk", "2023-02-09")]

"""A signing with a side that is neither the visitor nor a host of its trip, or with a document signed between
two of its sides without the visitor, is one ceremony of many parties (extraction-format.md, "One occasion,
one meeting"), not one signing per host of the trip. A visitor's signings with each host it visited are
still one meeting per host."""

from tests.ingest.extraction.reading import article, parsed

X, A, B = "Lindqvist University", "Qorvina University", "Tallemark Institute of Technology"
C = "Ruritania Academy of Sciences"
VISIT = f"A delegation of {X} visited {A} and {B} on 3 May 2023."


def _signings(*sentences):
    out = parsed(article(*sentences))
    return sorted(sorted(m["parties"]) for m in out["meetings"] if m["kind"] == "signing")


def test_a_ceremony_where_a_body_from_outside_the_trip_signs_too_is_one_meeting():
    assert _signings(
        VISIT,
        f"At one ceremony that day, {X} signed memoranda with {A} and {B}, and {C} signed one with {A}.",
    ) == [sorted([X, A, B, C])]


def test_a_document_between_two_hosts_makes_their_ceremony_one_meeting():
    assert _signings(
        f"On 3 May 2023, a delegation of {X} visited {A} and {B} for a signing ceremony.",
        f"The agreements signed at the ceremony include an MoU between {A} and {B} and an exchange agreement "
        f"between {X} and {A}.",
    ) == [sorted([X, A, B])]


def test_a_joint_declaration_of_four_signed_during_a_visit_is_one_meeting():
    assert _signings(
        f"{X} delegation visited {A} and {B} on 3 May 2023, where {X}, {A}, {B} and {C} signed a joint "
        "declaration at a ceremony."
    ) == [sorted([X, A, B, C])]


def test_the_visitors_signings_with_each_host_stay_one_per_host():
    assert _signings(
        f"A delegation of {X} visited {A} and {B} on 3 May 2023 and signed memoranda of understanding with "
        "both universities."
    ) == [sorted([X, A]), sorted([X, B])]

"""Talks told from one side only ("The rector met the guests", "the president met staff of A") name one
party; where the article tells a meeting of that party with another on the same occasion (the same mode,
no day telling them apart), the one-sided telling is that meeting, not a second one (extraction-format.md,
"One occasion, one meeting"). A one-sided telling on another day, or of a seminar or ceremony, stays."""

from tests.ingest.extraction.reading import article, parsed

A, B = "Marlowe Ridge University", "Tavelli Institute of Technology"


def _meetings(*sentences):
    out = parsed(article(*sentences))
    return sorted((m["kind"], tuple(sorted(m["parties"])), m["date"]) for m in out["meetings"])


def test_the_host_meeting_the_guests_before_a_signing_is_that_signing():
    assert _meetings(
        f"The rector of {B} met the visiting professors at the library.",
        f"{A} and {B} then signed a research memorandum during a ceremony.",
    ) == [("signing", tuple(sorted([A, B])), None)]


def test_the_visitors_leader_meeting_alumni_is_the_visits_talks():
    assert _meetings(
        f"Rector Imre Vasquez of {A} met alumni at a dinner on the first evening.",
        f"The next morning the delegation of {A} held talks with {B}.",
    ) == [("talk", tuple(sorted([A, B])), None)]


def test_the_hosts_staff_meeting_the_guests_is_the_visits_talks():
    assert _meetings(
        f"Professors of {B} met the guests at the entrance.",
        f"The visitors from {A} then held talks with the leadership of {B}.",
    ) == [("talk", tuple(sorted([A, B])), None)]


def test_one_side_told_first_then_both_is_one_meeting():
    assert _meetings(
        f"Vice-rector Ansel Drummond of {A} met representatives at the education fair.",
        f"In the afternoon, {A} signed a memorandum with {B} at a ceremony in the main hall.",
    ) == [("signing", tuple(sorted([A, B])), None)]


def test_a_one_sided_telling_on_another_day_stays():
    assert _meetings(
        f"On 3 May 2023, {A} held talks with {B} in the senate hall.",
        f"On 5 May 2023, the president of {A} met students at the summer school.",
    ) == [("talk", (A,), "2023-05-05"), ("talk", tuple(sorted([A, B])), "2023-05-03")]


def test_one_sided_talks_told_before_a_ceremony_stay():
    assert _meetings(
        f"On 3 May 2023, {A} and {B} signed a research memorandum during a signing ceremony.",
        f"Before the signing ceremony, Rector Imre Vasquez of {A} held talks with the guests.",
    ) == [("signing", tuple(sorted([A, B])), "2023-05-03"), ("talk", (A,), "2023-05-03")]

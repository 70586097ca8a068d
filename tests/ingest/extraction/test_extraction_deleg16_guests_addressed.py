"""A delegation hosted by whoever addressed it, or welcomed it and held something with it; "he" the person
the sentence before opened with; a visit told only as what it will bring is no trip."""

from functools import partial

from tests.ingest.extraction.reading import article, trips

G, H = "Orrin Polytechnic University", "University of Qarlo"
one_paragraph = partial(article, joiner=" ")


def test_the_subject_that_welcomed_and_held_something_with_a_delegation_hosts_it():
    for told in (
        f"On 8 January, the Faculty of Languages of {H} welcomed and held an academic exchange with a"
        f" delegation of professors and students from {G}.",
        f"{H} received and held talks with a delegation from {G} on 8 January.",
        f"Prof. Jan Olsen, rector of {H}, briefed a delegation from {G} on the campus on Monday.",
        f"Prof. Jan Olsen, rector of {H}, was addressing a delegation from {G} on Monday.",
    ):
        assert trips(article(told)) == [(G, H)], told


def test_he_who_addressed_the_delegation_is_the_person_the_sentence_before_opened_with():
    told = one_paragraph(
        f"{H} Vice Chancellor Prof Jan Olsen has said the cooperation will grow.",
        f"He was addressing a delegation from {G} here on Monday.",
    )
    assert trips(told) == [(G, H)]


def test_he_in_a_new_paragraph_is_no_one_known():
    told = article(
        f"{H} Vice Chancellor Prof Jan Olsen has said the cooperation will grow.",
        f"He was addressing a delegation from {G} here on Monday.",
    )
    assert (G, H) not in trips(told)


def test_a_visit_told_as_what_it_will_bring_is_no_trip():
    for told in (
        f"{H} Vice Chancellor Prof Jan Olsen has said the landmark visit of Vice President Wang Li will"
        " promote new ties between the two countries.",
        f"The rector of {H} said this visit by the minister would open doors for students.",
    ):
        assert trips(article(told)) == [], told
